"""`st.column_config` columns for dates and times: datetime, date and time of day
(re-exported by api/column_config.py, the public namespace)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..convert.column_config import column_dict, iso, seconds


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
        "min_value": iso(min_value),
        "max_value": iso(max_value),
        "step": seconds(step),
        "timezone": timezone,
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
        default=iso(default),
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
        "min_value": iso(min_value),
        "max_value": iso(max_value),
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
        default=iso(default),
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
        "min_value": iso(min_value),
        "max_value": iso(max_value),
        "step": seconds(step),
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
        default=iso(default),
    )
