"""Buttons, checkboxes, text and colour inputs."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..elements import inputs as el
from ..errors import StreamlitAPIException
from ..runtime.context import container_method, get_run_context
from ._policies import check_label
from ._widgets import add_widget

__all__ = ["button", "checkbox", "color_picker", "text_area", "text_input", "toggle"]

Callback = Callable[..., Any] | None
BUTTON_TYPES = ("primary", "secondary", "tertiary")
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


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
    label = check_label(label)
    return add_widget(
        "button",
        key=key,
        default=False,
        trigger=True,
        identity={"label": label, "icon": icon, "help": help, "type": type},
        on_change=on_click,
        args=args,
        kwargs=kwargs,
        callback_name="on_click",
        build=lambda wid, value, form_id: el.Button(
            id=wid,
            key=key,
            label=label,
            value=value,
            help=help,
            disabled=disabled,
            type=type,
            icon=icon,
            use_container_width=bool(use_container_width),
        ),
    )


def _check(
    kind: str,
    cls: type[el.Checkbox],
    label: Any,
    value: Any,
    key: Any,
    help: Any,
    on_change: Callback,
    args: Any,
    kwargs: Any,
    disabled: bool,
    vis: str,
) -> bool:
    label = check_label(label, vis)
    return add_widget(
        kind,
        key=key,
        default=bool(value),
        default_given=bool(value),
        identity={"label": label, "value": bool(value), "help": help},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        build=lambda wid, v, form_id: cls(
            id=wid,
            key=key,
            label=label,
            value=bool(v),
            help=help,
            disabled=disabled,
            label_visibility=vis,
            form_id=form_id,
        ),
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
    return _check(
        "checkbox",
        el.Checkbox,
        label,
        value,
        key,
        help,
        on_change,
        args,
        kwargs,
        disabled,
        label_visibility,
    )


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
    return _check(
        "toggle",
        el.Toggle,
        label,
        value,
        key,
        help,
        on_change,
        args,
        kwargs,
        disabled,
        label_visibility,
    )


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
    label = check_label(label, label_visibility)
    if type not in ("default", "password"):
        raise StreamlitAPIException(
            f'st.text_input does not support type "{type}". Supported types: "default", "password".'
        )
    default = _text_value(value, max_chars)
    placeholder = "" if placeholder is None else str(placeholder)
    return add_widget(
        "text_input",
        key=key,
        default=default,
        default_given=bool(default),
        identity={
            "label": label,
            "value": default,
            "max_chars": max_chars,
            "type": type,
            "help": help,
            "autocomplete": autocomplete,
            "placeholder": placeholder,
        },
        key_params={"max_chars"},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        build=lambda wid, v, form_id: el.TextInput(
            id=wid,
            key=key,
            label=label,
            value=_text_value(v, max_chars),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            form_id=form_id,
            max_chars=max_chars,
            type=type,
            placeholder=placeholder,
            autocomplete=autocomplete,
        ),
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
    label = check_label(label, label_visibility)
    default = _text_value(value, max_chars)
    placeholder = "" if placeholder is None else str(placeholder)
    return add_widget(
        "text_area",
        key=key,
        default=default,
        default_given=bool(default),
        identity={
            "label": label,
            "value": default,
            "height": height,
            "max_chars": max_chars,
            "help": help,
            "placeholder": placeholder,
        },
        key_params={"max_chars"},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        build=lambda wid, v, form_id: el.TextArea(
            id=wid,
            key=key,
            label=label,
            value=_text_value(v, max_chars),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            form_id=form_id,
            height=height,
            max_chars=max_chars,
            placeholder=placeholder,
        ),
    )


def check_color(value: Any) -> str:
    if not isinstance(value, str) or not _HEX_COLOR.match(value):
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
    label = check_label(label, label_visibility)
    default = check_color("#000000" if value is None else value)
    return add_widget(
        "color_picker",
        key=key,
        default=default,
        default_given=value is not None,
        identity={"label": label, "value": default, "help": help},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        build=lambda wid, v, form_id: el.ColorPicker(
            id=wid,
            key=key,
            label=label,
            value=check_color(v),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            form_id=form_id,
        ),
    )
