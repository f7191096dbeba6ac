"""Input widgets: buttons (also st.form_submit_button's, made in api/layout.py), checkbox
and toggle, text inputs, colour picker, link button.

`value` is what the script received this run, as Streamlit returns it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

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


HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")  # what a ColorPicker's value may be


@dataclass(frozen=True, kw_only=True)
class ColorPicker(Widget):
    KIND: ClassVar[str] = "color_picker"
    value: str = "#000000"


@dataclass(frozen=True, kw_only=True)
class LinkButton(Widget):
    """A button-looking link to a URL (no value; `id` only identifies it)."""

    KIND: ClassVar[str] = "link_button"
    url: str = ""
    type: str = "secondary"
    icon: str | None = None
