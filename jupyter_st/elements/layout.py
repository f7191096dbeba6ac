"""Layout blocks: containers, columns, tabs, expanders, forms, status, popover, dialog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Block


@dataclass(frozen=True, kw_only=True)
class Container(Block):
    KIND: ClassVar[str] = "container"
    border: bool | None = None
    height: int | None = None


@dataclass(frozen=True, kw_only=True)
class Columns(Block):
    """Holds one `Column` per weight."""

    KIND: ClassVar[str] = "columns"
    gap: str | None = "small"
    vertical_alignment: str = "top"
    border: bool = False


@dataclass(frozen=True, kw_only=True)
class Column(Block):
    KIND: ClassVar[str] = "column"
    weight: float = 1.0


@dataclass(frozen=True, kw_only=True)
class Tabs(Block):
    """Holds one `Tab` per label."""

    KIND: ClassVar[str] = "tabs"


@dataclass(frozen=True, kw_only=True)
class Tab(Block):
    KIND: ClassVar[str] = "tab"
    label: str


@dataclass(frozen=True, kw_only=True)
class Expander(Block):
    KIND: ClassVar[str] = "expander"
    label: str
    expanded: bool = False
    icon: str | None = None


@dataclass(frozen=True, kw_only=True)
class Form(Block):
    KIND: ClassVar[str] = "form"
    form_id: str
    clear_on_submit: bool = False
    border: bool = True
    enter_to_submit: bool = True


STATUS_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


@dataclass(frozen=True, kw_only=True)
class Status(Block):
    """An expander showing the state of a task: "running", "complete" or "error"."""

    KIND: ClassVar[str] = "status"
    label: str
    state: str = "running"
    expanded: bool = False

    @property
    def icon(self) -> str:
        return STATUS_ICONS[self.state]


@dataclass(frozen=True, kw_only=True)
class Popover(Block):
    """A button that reveals its children."""

    KIND: ClassVar[str] = "popover"
    label: str
    help: str | None = None
    icon: str | None = None
    disabled: bool = False
    type: str = "secondary"
    use_container_width: bool = False


@dataclass(frozen=True, kw_only=True)
class Dialog(Block):
    """A modal over the app, holding what a `@st.dialog` function writes."""

    KIND: ClassVar[str] = "dialog"
    title: str
    width: str | int = "small"
    icon: str | None = None
    dismissible: bool = True
    position: str = "center"  # "left" | "center" | "right"
    id: str = ""  # with an on_dismiss: the trigger that closing it sends
    opened: int = 0  # which call opened it: each call shows it again
