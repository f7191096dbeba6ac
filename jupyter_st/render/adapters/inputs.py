"""Input widgets: buttons, checkbox and toggle, text, colour, link button. `read` turns a
browser value into the script's value, or rejects it."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ...elements import inputs as el
from ..html import escape, safe_url
from .base import Rejected, Traits, adapts, label_traits


def _listen_click(widget: w.Button, emit: Any) -> None:
    widget.on_click(lambda _button: emit(True))


@adapts(
    el.Button, widget=w.Button, read=lambda e, v: True, listen=_listen_click, classes=("st-button",)
)
def button(e: el.Button) -> Traits:
    style = {"primary": "primary", "secondary": "", "tertiary": ""}[e.type]
    return {
        "description": e.label,
        "tooltip": e.help or "",
        "disabled": e.disabled,
        "button_style": style,
        "icon": "",
    }


def _read_bool(e: el.Checkbox, value: Any) -> bool:
    if not isinstance(value, bool):
        raise Rejected(f"{e.KIND} expects a bool, got {value!r}")
    return value


@adapts(el.Checkbox, widget=w.Checkbox, read=_read_bool, classes=("st-checkbox",))
@adapts(el.Toggle, widget=w.Checkbox, read=_read_bool, classes=("st-toggle",))
def checkbox(e: el.Checkbox) -> Traits:
    return {**label_traits(e), "indent": False, "value": e.value}


# -- text and colours -------------------------------------------------------------------
def _read_text(e: el.TextInput | el.TextArea, value: Any) -> str:
    if not isinstance(value, str):
        raise Rejected(f"{e.KIND} expects text, got {type(value).__name__}")
    return value[: e.max_chars] if e.max_chars is not None else value


@adapts(
    el.TextInput,
    widget=lambda e: w.Password if e.type == "password" else w.Text,
    read=_read_text,
    classes=("st-text-input",),
    events=("submit",),  # Enter: the runtime decides whether it submits a form
)
def text_input(e: el.TextInput) -> Traits:
    return {
        **label_traits(e),
        "continuous_update": False,
        "placeholder": e.placeholder,
        "value": e.value or "",
    }


@adapts(el.TextArea, widget=w.Textarea, read=_read_text, classes=("st-text-area",))
def text_area(e: el.TextArea) -> Traits:
    rows = max(2, (e.height or 100) // 24)
    return {
        **label_traits(e),
        "continuous_update": False,
        "placeholder": e.placeholder,
        "rows": rows,
        "value": e.value or "",
    }


def _read_color(e: el.ColorPicker, value: Any) -> str:
    if not isinstance(value, str) or not el.HEX_COLOR.match(value):
        raise Rejected(f"color_picker expects a hex colour, got {value!r}")
    return value


@adapts(el.ColorPicker, widget=w.ColorPicker, read=_read_color, classes=("st-color-picker",))
def color_picker(e: el.ColorPicker) -> Traits:
    return {**label_traits(e), "concise": False, "value": e.value}


# -- link buttons ---------------------------------------------------------------------
@adapts(el.LinkButton, widget=w.HTML, classes=("st-link-button",))
def link_button(e: el.LinkButton) -> Traits:
    safe = safe_url(e.url) or "#"
    label = f"{e.icon} {e.label}" if e.icon else e.label
    style = " st-link-button-primary" if e.type == "primary" else ""
    link = (
        f'<a class="st-link-button-anchor{style}" href="{escape(safe, quote=True)}" '
        f'target="_blank" rel="noopener noreferrer">{escape(label)}</a>'
    )
    return {"value": link, "tooltip": e.help or ""}
