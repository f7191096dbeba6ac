"""`st.column_config`: how st.dataframe and st.data_editor show (and edit) each column.

As in Streamlit, each function returns a plain dict (`{"label": ..., "type_config":
{"type": "number", ...}}`); `st.dataframe(column_config={"price": NumberColumn(...)})`
takes these dicts, a label string, or None (hide the column).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import StreamlitAPIException, StreamlitValueError

# Reached as `st.column_config.NumberColumn`, never as `st.NumberColumn`: nothing to export
# into the st namespace (Streamlit's column types are the module's public functions).
__all__: list[str] = []

CHART_COLORS = (
    "auto",
    "auto-inverse",
    "red",
    "blue",
    "green",
    "yellow",
    "violet",
    "orange",
    "gray",
    "grey",
    "primary",
)
_CSS_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\))$")


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _column(type_config: dict[str, Any] | None = None, **common: Any) -> dict[str, Any]:
    config = _without_none(common)
    if type_config is not None:
        config["type_config"] = _without_none(type_config)
    return config


def _check_chart_color(color: str | None) -> None:
    if color is not None and color not in CHART_COLORS and not _CSS_COLOR.match(str(color)):
        supported = [*CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"]
        raise StreamlitValueError("color", ", ".join(supported))


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, dt.timedelta) else step


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
    return _column(
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
    return _column(
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
    return _column(
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
    return _column(
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
    return _column(
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
    return _column(
        {"type": "selectbox", "options": choices},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
    )


def _chart(
    kind: str,
    label: str | None,
    width: Any,
    help: str | None,
    pinned: bool | None,
    y_min: float | None,
    y_max: float | None,
    color: str | None,
) -> dict[str, Any]:
    _check_chart_color(color)
    type_config = {"type": kind, "y_min": y_min, "y_max": y_max, "color": color}
    return _column(type_config, label=label, width=width, help=help, pinned=pinned)


def BarChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: float | None = None,
    y_max: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers as small bar charts.  >>> BarChartColumn("Sales", y_min=0)"""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: float | None = None,
    y_max: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers as small line charts.  >>> LineChartColumn("Trend")"""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: float | None = None,
    y_max: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers as small area charts.  >>> AreaChartColumn("Trend")"""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def ImageColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """Image URLs (http(s) or data:image) as small images.  >>> ImageColumn("Logo")"""
    return _column(
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
    return _column(
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
    return _column(
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
    return _column(
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
    return _column(
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
    return _column(
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
    return _column(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=None if default is None else list(default),
    )


def DatetimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: dt.datetime | None = None,
    format: str | None = None,
    min_value: dt.datetime | None = None,
    max_value: dt.datetime | None = None,
    step: Any = None,
    timezone: str | None = None,
) -> dict[str, Any]:
    """Datetimes; `format` is "localized", "distance", "calendar", "iso8601" or a
    Moment.js pattern.  >>> DatetimeColumn("When", format="D MMM YYYY, h:mm a")"""
    type_config = {
        "type": "datetime",
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": _seconds(step),
        "timezone": timezone,
    }
    return _column(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=_iso(default),
    )


def DateColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: dt.date | None = None,
    format: str | None = None,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    step: int | None = None,
) -> dict[str, Any]:
    """Dates.  >>> DateColumn("Birthday", format="DD.MM.YYYY")"""
    type_config = {
        "type": "date",
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": step,
    }
    return _column(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=_iso(default),
    )


def TimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: dt.time | None = None,
    format: str | None = None,
    min_value: dt.time | None = None,
    max_value: dt.time | None = None,
    step: Any = None,
) -> dict[str, Any]:
    """Times of day.  >>> TimeColumn("Alarm", format="hh:mm a")"""
    type_config = {
        "type": "time",
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": _seconds(step),
    }
    return _column(
        type_config,
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=_iso(default),
    )


def ProgressColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: float | None = None,
    max_value: float | None = None,
    step: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Numbers as progress bars between min_value (0) and max_value (1).
    >>> ProgressColumn("Done", format="percent")"""
    _check_chart_color(color)
    type_config = {
        "type": "progress",
        "format": format,
        "min_value": min_value,
        "max_value": max_value,
        "step": step,
        "color": color,
    }
    return _column(type_config, label=label, width=width, help=help, pinned=pinned)


def check_mapping(column_config: Any) -> dict[Any, dict[str, Any]]:
    """`column_config` as `{column: config dict}`: a str is a label, None hides (Streamlit)."""
    from ..errors import StreamlitInvalidParameterTypeError

    if column_config is None:
        return {}
    if not isinstance(column_config, dict):
        raise StreamlitAPIException(
            f"`column_config` must be a dict of column names to configurations, "
            f"not {type(column_config).__name__}."
        )
    mapping: dict[Any, dict[str, Any]] = {}
    for column, config in column_config.items():
        if config is None:
            mapping[column] = {"hidden": True}
        elif isinstance(config, str):
            mapping[column] = {"label": config}
        elif isinstance(config, dict):
            mapping[column] = dict(config)
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config",
                "None, str, dict",
                type(config).__name__,
                f"Invalid configuration for column `{column}`.",
            )
    return mapping
