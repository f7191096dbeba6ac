"""Choice widgets: radio, selectbox, multiselect, select_slider, pills/segmented_control
and feedback. They keep the user's `options` as given and the `labels` shown for them
(`format_func` applied), so a browser index maps back to the user's own object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Widget


@dataclass(frozen=True, kw_only=True)
class Choice(Widget):
    """A widget picking one of `options`; `index` is None when nothing is picked."""

    options: tuple[Any, ...] = ()
    labels: tuple[str, ...] = ()
    index: int | None = 0
    placeholder: str = ""


@dataclass(frozen=True, kw_only=True)
class Radio(Choice):
    KIND: ClassVar[str] = "radio"
    horizontal: bool = False
    captions: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Selectbox(Choice):
    """`accept_new_options`: the user may type a value that is not an option (a str)."""

    KIND: ClassVar[str] = "selectbox"
    accept_new_options: bool = False


@dataclass(frozen=True, kw_only=True)
class Multiselect(Widget):
    KIND: ClassVar[str] = "multiselect"
    options: tuple[Any, ...] = ()
    labels: tuple[str, ...] = ()
    indices: tuple[int, ...] = ()
    max_selections: int | None = None
    placeholder: str = ""
    accept_new_options: bool = False  # the user may add values that are not options (str)


@dataclass(frozen=True, kw_only=True)
class SelectSlider(Widget):
    KIND: ClassVar[str] = "select_slider"
    options: tuple[Any, ...] = ()
    labels: tuple[str, ...] = ()
    indices: tuple[int, ...] = (0,)
    is_range: bool = False


@dataclass(frozen=True, kw_only=True)
class ButtonGroup(Widget):
    """st.pills and st.segmented_control (`style`); `selection_mode` "single" or "multi"."""

    KIND: ClassVar[str] = "button_group"
    options: tuple[Any, ...] = ()
    labels: tuple[str, ...] = ()
    indices: tuple[int, ...] = ()
    selection_mode: str = "single"
    style: str = "pills"


@dataclass(frozen=True, kw_only=True)
class Feedback(Widget):
    """Thumbs, faces or stars; `value` is the picked index or None."""

    KIND: ClassVar[str] = "feedback"
    options: str = "thumbs"
