"""`st.column_config`: how st.dataframe and st.data_editor show (and edit) each column.

As in Streamlit, each function returns a plain dict (`{"label": ..., "type_config":
{"type": "number", ...}}`); `st.dataframe(column_config={"price": NumberColumn(...)})`
takes these dicts, a label string, or None (hide the column). The chart and date columns
live in _chart_columns.py and _date_columns.py; the checks in convert/column_config.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from ..convert.column_config import column_dict
from ._chart_columns import AreaChartColumn as AreaChartColumn
from ._chart_columns import BarChartColumn as BarChartColumn
from ._chart_columns import LineChartColumn as LineChartColumn
from ._chart_columns import ProgressColumn as ProgressColumn
from ._date_columns import DateColumn as DateColumn
from ._date_columns import DatetimeColumn as DatetimeColumn
from ._date_columns import TimeColumn as TimeColumn

# Reached as `st.column_config.NumberColumn`, never as `st.NumberColumn`: nothing to export
# into the st namespace (Streamlit's column types are the module's public functions).
__all__: list[str] = []


def Column(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """A column with generic options.  >>> st.column_config.Column("Name", width="small")"""
    return column_dict(
        None,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
    )


def NumberColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: float | None = None,
    format: str | None = None,
    min_value: float | None = None,
    max_value: float | None = None,
    step: float | None = None,
) -> dict[str, Any]:
    """Numbers, formatted.  >>> NumberColumn("Price", format="dollar")"""
    type_config = {
        "type": "number",
        "min_value": min_value,
        "max_value": max_value,
        "format": format,
        "step": step,
    }
    return column_dict(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def TextColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> dict[str, Any]:
    """Text.  >>> TextColumn("Name", max_chars=20)"""
    type_config = {"type": "text", "max_chars": max_chars, "validate": validate}
    return column_dict(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def LinkColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> dict[str, Any]:
    """URLs shown as links; `display_text` may be a regex with a group.  >>> LinkColumn("Site")"""
    type_config = {
        "type": "link",
        "max_chars": max_chars,
        "validate": validate,
        "display_text": display_text,
    }
    return column_dict(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def CheckboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: bool | None = None,
) -> dict[str, Any]:
    """Booleans as checkboxes.  >>> CheckboxColumn("Done")"""
    return column_dict(
        {"type": "checkbox"},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def SelectboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> dict[str, Any]:
    """A choice among `options` when editing.  >>> SelectboxColumn("Size", options=["S", "M"])"""
    choices: list[Any] | None = None if options is None else list(options)
    if choices and format_func is not None:
        choices = [{"value": o, "label": format_func(o)} for o in choices]
    return column_dict(
        {"type": "selectbox", "options": choices},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
    )


def ImageColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """Image URLs (http(s) or data:image) as small images.  >>> ImageColumn("Logo")"""
    return column_dict(
        {"type": "image"}, label=label, width=width, help=help, pinned=pinned, alignment=alignment
    )


def AudioColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """Audio URLs (http(s) or data:audio) as players.  >>> AudioColumn("Clip")"""
    return column_dict(
        {"type": "audio"}, label=label, width=width, help=help, pinned=pinned, alignment=alignment
    )


def VideoColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """Video URLs (http(s) or data:video) as players.  >>> VideoColumn("Clip")"""
    return column_dict(
        {"type": "video"}, label=label, width=width, help=help, pinned=pinned, alignment=alignment
    )


def MarkdownColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
) -> dict[str, Any]:
    """Text shown as Markdown (edited as text).  >>> MarkdownColumn("Notes")"""
    return column_dict(
        {"type": "markdown"},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def JsonColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """Values shown as JSON.  >>> JsonColumn("Payload")"""
    return column_dict(
        {"type": "json"}, label=label, width=width, help=help, pinned=pinned, alignment=alignment
    )


def ListColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[Any] | None = None,
) -> dict[str, Any]:
    """Lists of values as chips.  >>> ListColumn("Tags")"""
    return column_dict(
        {"type": "list"},
        label=label,
        width=width,
        help=help,
        pinned=pinned,
        disabled=disabled,
        required=required,
        default=None if default is None else list(default),
    )


def MultiselectColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: str | Iterable[str] | None = None,
    format_func: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """Lists of options as coloured tags (picked from `options` when editing); a list of
    colours cycles over the options.  >>> MultiselectColumn("Tags", options=["a", "b"])"""
    choices = None
    if options is not None:
        colours = None
        if color is not None:
            colours = itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color)
        choices = []
        for option in options:
            choice = {"value": option}
            if format_func is not None:
                choice["label"] = format_func(option)
            if colours is not None:
                choice["color"] = next(colours)
            choices.append(choice)
    type_config = {
        "type": "multiselect",
        "options": choices,
        "accept_new_options": accept_new_options,
    }
    return column_dict(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=None if default is None else list(default),
    )
