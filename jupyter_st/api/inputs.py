"""Buttons, checkboxes, text and colour inputs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..elements import inputs as el
from ..errors import StreamlitAPIException
from ..runtime.run_context import container_method, get_run_context
from ._add import add
from ._widgets import Common, WidgetSpec, add_widget

__all__ = [
    "button",
    "checkbox",
    "color_picker",
    "link_button",
    "text_area",
    "text_input",
    "toggle",
]

Callback = Callable[..., Any] | None
BUTTON_TYPES = ("primary", "secondary", "tertiary")
BUTTON = WidgetSpec(element=el.Button, value_life="trigger")
CHECKBOX = WidgetSpec(element=el.Checkbox)
TOGGLE = WidgetSpec(element=el.Toggle)
TEXT_INPUT = WidgetSpec(element=el.TextInput, keyed_by={"max_chars"})
TEXT_AREA = WidgetSpec(element=el.TextArea, keyed_by={"max_chars"})
COLOR_PICKER = WidgetSpec(element=el.ColorPicker)


def check_button_type(kind: str, type: str) -> None:
    if type not in BUTTON_TYPES:
        raise StreamlitAPIException(
            f'The type argument to st.{kind} must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".'
        )


@container_method
def button(
    label: str,
    key: Any = None,
    help: str | None = None,
    on_click: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
) -> bool:
    """A button; True only in the run right after a click.

    >>> if st.button("Say hello"): st.write("Hello!")
    """
    if get_run_context("button").cursor.form_id:
        raise StreamlitAPIException(
            "`st.button()` can't be used in an `st.form()`.\n\nFor more information, refer to "
            "the [documentation for forms](https://docs.streamlit.io/develop/api-reference/"
            "execution-flow/st.form)."
        )
    check_button_type("button", type)
    common = Common.of(label, key, help, on_click, args, kwargs, disabled, callback_name="on_click")
    return add_widget(
        BUTTON,
        common,
        default=False,
        identity={"icon": icon, "type": type},
        fields={"type": type, "icon": icon, "use_container_width": bool(use_container_width)},
    )


def _switch(spec: WidgetSpec, common: Common, value: Any) -> bool:
    """checkbox and toggle: the same widget drawn two ways."""
    on = bool(value)
    return add_widget(
        spec, common, default=on, default_given=on, identity={"value": on}, shown=bool
    )


@container_method
def checkbox(
    label: str,
    value: bool = False,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> bool:
    """A checkbox.  >>> agree = st.checkbox("I agree")"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    return _switch(CHECKBOX, common, value)


@container_method
def toggle(
    label: str,
    value: bool = False,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> bool:
    """A toggle switch.  >>> on = st.toggle("Activate feature")"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    return _switch(TOGGLE, common, value)


def _text_value(value: Any, max_chars: int | None) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text[:max_chars] if max_chars is not None else text


@container_method
def text_input(
    label: str,
    value: Any = "",
    max_chars: int | None = None,
    key: Any = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: Any = "stretch",
) -> str | None:
    """A single-line text input.  >>> name = st.text_input("Name", placeholder="Ada")"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    if type not in ("default", "password"):
        raise StreamlitAPIException(
            f'st.text_input does not support type "{type}". Supported types: "default", "password".'
        )
    default = _text_value(value, max_chars)
    fields = {
        "max_chars": max_chars,
        "type": type,
        "autocomplete": autocomplete,
        "placeholder": "" if placeholder is None else str(placeholder),
    }
    return add_widget(
        TEXT_INPUT,
        common,
        default=default,
        default_given=bool(default),
        identity={"value": default, **fields},
        fields=fields,
        shown=lambda v: _text_value(v, max_chars),
    )


@container_method
def text_area(
    label: str,
    value: Any = "",
    height: int | None = None,
    max_chars: int | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> str | None:
    """A multi-line text input.  >>> notes = st.text_area("Notes", height=200)"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    default = _text_value(value, max_chars)
    fields = {
        "height": height,
        "max_chars": max_chars,
        "placeholder": "" if placeholder is None else str(placeholder),
    }
    return add_widget(
        TEXT_AREA,
        common,
        default=default,
        default_given=bool(default),
        identity={"value": default, **fields},
        fields=fields,
        shown=lambda v: _text_value(v, max_chars),
    )


def check_color(value: Any) -> str:
    if not isinstance(value, str) or not el.HEX_COLOR.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. "
            "Valid ones are like '#00FFAA' or '#000'."
        )
    return value


@container_method
def color_picker(
    label: str,
    value: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> str:
    """A colour picker returning a hex string.  >>> color = st.color_picker("Pick", "#00f900")"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    default = check_color("#000000" if value is None else value)
    return add_widget(
        COLOR_PICKER,
        common,
        default=default,
        default_given=value is not None,
        identity={"value": default},
        shown=check_color,
    )


@container_method
def link_button(
    label: str,
    url: str,
    *,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
) -> Any:
    """A button that opens a URL in a new tab.  >>> st.link_button("Docs", "https://docs.streamlit.io")"""
    check_button_type("link_button", type)
    ctx = get_run_context("link_button")
    element = el.LinkButton(
        id=f"$$link_button-{len(ctx.root.children[0].children)}-{url}", label=str(label),
        help=help, disabled=disabled, url=str(url), type=type, icon=icon,
    )  # fmt: skip
    return add(element)
