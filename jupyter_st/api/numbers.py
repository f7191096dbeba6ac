"""Numeric widgets: slider (numbers, dates and times, single or range) and number_input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from ..elements import numbers as el
from ..errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
)
from ..runtime.run_context import container_method
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["number_input", "slider"]
SLIDER = WidgetSpec(element=el.Slider, keyed_by={"min_value", "max_value", "step"})
NUMBER_INPUT = WidgetSpec(element=el.NumberInput)

Callback = Callable[..., Any] | None
_SLIDER_DEFAULTS: dict[str, tuple[Any, Any, Any]] = {  # min, max, step when not given
    "int": (0, 100, 1),
    "float": (0.0, 1.0, 0.01),
    "time": (time.min, time.max.replace(second=0, microsecond=0), timedelta(minutes=15)),
}


def _data_type(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, time):
        return "time"
    return None


def _slider_type(values: list[Any], min_value: Any, max_value: Any, step: Any) -> str:
    kind = _data_type(values[0]) if values else None
    if kind is None:
        provided = type(values[0]).__name__ if values else "NoneType"
        raise StreamlitInvalidParameterTypeError(
            "value", "int, float, date, time, datetime, list, tuple", provided
        )
    step_kind = "timedelta" if kind in ("date", "time", "datetime") else kind
    given = {"min_value": min_value, "max_value": max_value, "step": step}
    expect = {"min_value": kind, "max_value": kind, "step": step_kind}
    mismatch = any(
        v is not None and type(v).__name__ != expect[k] and _data_type(v) != expect[k]
        for k, v in given.items()
    )
    if mismatch or any(_data_type(v) != kind for v in values):
        if step is None:  # Streamlit names the type of the step it would use
            given["step"] = _SLIDER_DEFAULTS.get(kind, (0, 0, timedelta(days=1)))[2]
        provided = ", ".join(f"{k}={type(v).__name__}" for k, v in given.items())
        raise StreamlitInvalidParameterTypeError(
            "value", "matching numeric types, matching date/time types", provided
        )
    return kind


def _slider_bounds(kind: str, values: list[Any], lo: Any, hi: Any, step: Any) -> tuple:
    if kind in ("date", "datetime"):
        first = values[0]
        d_lo, d_hi, d_step = (
            first - timedelta(days=14),
            first + timedelta(days=14),
            (timedelta(days=1)),
        )
    else:
        d_lo, d_hi, d_step = _SLIDER_DEFAULTS[kind]
    lo = d_lo if lo is None else lo
    hi = d_hi if hi is None else hi
    step = d_step if step is None else step
    if lo == hi:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value` and `max_value` parameters are both set to {lo}. "
            "They must not be equal."
        )
    if lo > hi:
        lo, hi = hi, lo
    if not step:
        raise StreamlitValueError("step", "a number. Zero is not allowed")
    return min([lo, *values]), max([hi, *values]), step


@container_method
def slider(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """A slider over numbers, dates or times; a pair as `value` makes it a range.

    >>> low, high = st.slider("Range", 0, 100, (25, 75))
    """
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    is_range = isinstance(value, list | tuple)
    if value is None:
        values = [min_value if min_value is not None else 0]
    elif is_range and len(value) == 0:
        values = [min_value if min_value is not None else 0, max_value or 100]
    else:
        values = sorted(value) if is_range else [value]
    kind = _slider_type(values, min_value, max_value, step)
    lo, hi, step = _slider_bounds(kind, values, min_value, max_value, step)
    if is_range and len(value) == 0:
        values = [lo, hi]
    default = tuple(values) if is_range else values[0]

    def shown(v: Any) -> Any:
        v = tuple(v) if is_range else v
        for x in v if is_range else [v]:
            _check_between(x, lo, hi)
        return v

    return add_widget(
        SLIDER,
        common,
        default=default,
        default_given=value is not None,
        identity={
            "min_value": lo,
            "max_value": hi,
            "value": default,
            "step": step,
            "format": format,
        },
        shown=shown,
        fields={"min": lo, "max": hi, "step": step, "format": format, "data_type": kind},
    )


def _number_type(value: Any, min_value: Any, max_value: Any, step: Any) -> str:
    given = {"value": value, "min_value": min_value, "max_value": max_value, "step": step}
    numbers = [v for k, v in given.items() if v is not None and not (k == "value" and v == "min")]
    kinds = {_data_type(v) for v in numbers}
    if kinds <= {"int"} and numbers:
        return "int"
    if kinds <= {"float"}:
        return "float"
    raise StreamlitMixedNumericTypesError(**{k: v for k, v in given.items() if v is not None})


@container_method
def number_input(
    label: str,
    min_value: float | int | None = None,
    max_value: float | int | None = None,
    value: Any = "min",
    step: float | int | None = None,
    format: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: Any = "stretch",
) -> int | float | None:
    """A numeric input with +/- steps.  >>> guests = st.number_input("Guests", 1, 20, 2)"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    kind = _number_type(value, min_value, max_value, step)
    if value == "min":
        value = min_value if min_value is not None else (0 if kind == "int" else 0.0)
    step = step if step is not None else (1 if kind == "int" else 0.01)
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, "
            f"set to {max_value}."
        )
    _check_between(value, min_value, max_value)
    placeholder = "" if placeholder is None else str(placeholder)

    def shown(v: Any) -> Any:
        _check_between(v, min_value, max_value)
        return v

    fields = {"step": step, "format": format, "placeholder": placeholder}
    return add_widget(
        NUMBER_INPUT,
        common,
        default=value,
        default_given=value is not None,
        shown=shown,
        identity={"min_value": min_value, "max_value": max_value, "value": value, **fields},
        fields={"min": min_value, "max": max_value, "data_type": kind, **fields},
    )


def _check_between(value: Any, lo: Any, hi: Any) -> None:
    if value is None:
        return
    if lo is not None and value < lo:
        raise StreamlitValueBelowMinError(value, lo)
    if hi is not None and value > hi:
        raise StreamlitValueAboveMaxError(value, hi)
