"""Overlay blocks: st.popover and st.dialog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Block


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
