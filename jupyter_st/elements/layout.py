"""Layout blocks: containers, columns, tabs, expanders, forms, and the `st.empty` slot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Block, Element


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


@dataclass(frozen=True, kw_only=True)
class Empty(Element):
    """The placeholder `st.empty()` leaves in its slot."""

    KIND: ClassVar[str] = "empty"
