"""Date and time inputs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from ..elements import dates as el
from ..errors import StreamlitAPIException, StreamlitValueAboveMaxError, StreamlitValueBelowMinError
from ..runtime.run_context import container_method
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["date_input", "time_input"]
DATE_INPUT = WidgetSpec(element=el.DateInput)
TIME_INPUT = WidgetSpec(element=el.TimeInput)

Callback = Callable[..., Any] | None
DATE_FORMATS = (
    "YYYY/MM/DD",
    "DD/MM/YYYY",
    "MM/DD/YYYY",
    "YYYY-MM-DD",
    "DD-MM-YYYY",
    "MM-DD-YYYY",
    "YYYY.MM.DD",
    "DD.MM.YYYY",
    "MM.DD.YYYY",
)


def _as_date(value: Any, name: str) -> date:
    if value == "today":
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise StreamlitAPIException(
        f'Date `{name}` must be a date, datetime, ISO string or "today", got `{value!r}`.'
    )


def _years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


@container_method
def date_input(
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """A date picker; a pair as `value` picks a range.  >>> st.date_input("Birthday")"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    if format not in DATE_FORMATS:
        raise StreamlitAPIException(
            f"The provided format (`{format}`) is not valid. DateInput format should be one of "
            f"`{list(DATE_FORMATS)}`."
        )
    is_range = isinstance(value, list | tuple)
    dates = (
        [] if value is None else [_as_date(v, "value") for v in (value if is_range else [value])]
    )
    anchor = dates[0] if dates else date.today()
    lo = _as_date(min_value, "min_value") if min_value is not None else _years(anchor, -10)
    hi = _as_date(max_value, "max_value") if max_value is not None else _years(anchor, 10)
    for d in dates:
        if d < lo:
            raise StreamlitValueBelowMinError(d, lo)
        if d > hi:
            raise StreamlitValueAboveMaxError(d, hi)
    default = tuple(dates) if is_range else (dates[0] if dates else None)
    return add_widget(
        DATE_INPUT,
        common,
        default=default,
        default_given=value != "today",
        identity={"value": default, "min_value": lo, "max_value": hi, "format": format},
        fields={"min": lo, "max": hi, "format": format},
    )


def _as_time(value: Any) -> time | None:
    if value is None:
        return None
    if value == "now":
        return datetime.now().time().replace(second=0, microsecond=0)
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise StreamlitAPIException(
        f"The type of value should be one of datetime, time, ISO string or None, got `{value!r}`."
    )


def _step_seconds(step: Any) -> int:
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise StreamlitAPIException(
            f"`step` can only be `int` or `timedelta` but {type(step)} is provided."
        )
    if not 60 <= seconds <= 23 * 3600:
        raise StreamlitAPIException(
            f"`step` must be between 60 seconds and 23 hours but is currently set to {seconds} "
            "seconds."
        )
    return seconds


@container_method
def time_input(
    label: str,
    value: Any = "now",
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    step: Any = timedelta(minutes=15),
    width: Any = "stretch",
) -> time | None:
    """A time picker.  >>> t = st.time_input("Alarm", datetime.time(8, 45))"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    default = _as_time(value)
    seconds = _step_seconds(step)
    return add_widget(
        TIME_INPUT,
        common,
        default=default,
        default_given=value != "now",
        identity={"value": default, "step": seconds},
        fields={"step": seconds},
    )
