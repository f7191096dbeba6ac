"""Input widgets. `value` is what the script received this run, as Streamlit returns it.

Choice widgets keep the user's `options` as given and the `labels` shown for them
(`format_func` applied), so a browser index maps back to the user's own object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, ClassVar

from .base import Widget


@dataclass(frozen=True, kw_only=True)
class Button(Widget):
    KIND: ClassVar[str] = "button"
    value: bool = False
    type: str = "secondary"
    icon: str | None = None
    use_container_width: bool = False
    is_form_submitter: bool = False


@dataclass(frozen=True, kw_only=True)
class Checkbox(Widget):
    KIND: ClassVar[str] = "checkbox"
    value: bool = False


@dataclass(frozen=True, kw_only=True)
class Toggle(Checkbox):
    KIND: ClassVar[str] = "toggle"


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
class Slider(Widget):
    """Numbers, dates and times; a tuple `value` makes it a range slider.

    `data_type` is one of "int", "float", "date", "time", "datetime".
    """

    KIND: ClassVar[str] = "slider"
    min: Any = 0
    max: Any = 100
    step: Any = 1
    format: str | None = None
    data_type: str = "int"

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, tuple)

    @property
    def is_temporal(self) -> bool:
        return self.data_type in ("date", "time", "datetime")

    def positions(self) -> list[Any]:
        """The values a date/time slider can stop at, from min to max by step."""
        if self.data_type == "time":
            start, end = (datetime.combine(date.min, t) for t in (self.min, self.max))
            count = int((end - start) / self.step) + 1
            return [(start + i * self.step).time() for i in range(count)]
        count = int((self.max - self.min) / self.step) + 1
        return [self.min + i * self.step for i in range(count)]

    def position_of(self, value: Any) -> int:
        """The index of the position nearest to `value`."""
        points = self.positions()
        return min(range(len(points)), key=lambda i: abs(_seconds(points[i], value)))


def _seconds(a: Any, b: Any) -> float:
    if isinstance(a, time):
        a, b = datetime.combine(date.min, a), datetime.combine(date.min, b)
    return (a - b).total_seconds()


@dataclass(frozen=True, kw_only=True)
class SelectSlider(Widget):
    KIND: ClassVar[str] = "select_slider"
    options: tuple[Any, ...] = ()
    labels: tuple[str, ...] = ()
    indices: tuple[int, ...] = (0,)
    is_range: bool = False


@dataclass(frozen=True, kw_only=True)
class TextInput(Widget):
    KIND: ClassVar[str] = "text_input"
    max_chars: int | None = None
    type: str = "default"
    placeholder: str = ""
    autocomplete: str | None = None


@dataclass(frozen=True, kw_only=True)
class TextArea(Widget):
    KIND: ClassVar[str] = "text_area"
    height: int | None = None
    max_chars: int | None = None
    placeholder: str = ""


@dataclass(frozen=True, kw_only=True)
class NumberInput(Widget):
    """`data_type` is "int" or "float"; `value` may be None (empty)."""

    KIND: ClassVar[str] = "number_input"
    min: float | int | None = None
    max: float | int | None = None
    step: float | int = 1
    format: str | None = None
    placeholder: str = ""
    data_type: str = "int"


@dataclass(frozen=True, kw_only=True)
class DateInput(Widget):
    KIND: ClassVar[str] = "date_input"
    min: Any = None
    max: Any = None
    format: str = "YYYY/MM/DD"


@dataclass(frozen=True, kw_only=True)
class TimeInput(Widget):
    KIND: ClassVar[str] = "time_input"
    step: int = 900


HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")  # what a ColorPicker's value may be


@dataclass(frozen=True, kw_only=True)
class ColorPicker(Widget):
    KIND: ClassVar[str] = "color_picker"
    value: str = "#000000"


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


@dataclass(frozen=True, kw_only=True)
class LinkButton(Widget):
    """A button-looking link to a URL (no value; `id` only identifies it)."""

    KIND: ClassVar[str] = "link_button"
    url: str = ""
    type: str = "secondary"
    icon: str | None = None
