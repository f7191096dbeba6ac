"""Number widgets: slider (and its range, date and time forms) and number_input."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import ipywidgets as w

from ...elements import numbers as el
from .base import Rejected, Traits, adapts, indexed_options, label_traits


# -- sliders ---------------------------------------------------------------------------
def _slider_class(e: el.Slider) -> type[w.Widget]:
    if e.is_temporal:
        return w.SelectionRangeSlider if e.is_range else w.SelectionSlider
    if e.data_type == "int":
        return w.IntRangeSlider if e.is_range else w.IntSlider
    return w.FloatRangeSlider if e.is_range else w.FloatSlider


def _readout(fmt: str | None) -> Traits:
    if not fmt or not fmt.startswith("%") or fmt[-1] not in "dfeg":
        return {}
    return {"readout_format": fmt[1:]}


@adapts(
    el.Slider,
    widget=_slider_class,
    read=lambda e, v: _read_slider(e, v),
    listen=lambda widget, emit: _listen_slider(widget, emit),
    classes=("st-slider",),
)
def slider(e: el.Slider) -> Traits:
    traits = {**label_traits(e), "continuous_update": False}
    if e.is_temporal:
        points = e.positions()
        values = e.value if e.is_range else (e.value,)
        index = tuple(e.position_of(v) for v in values)
        labels = [
            p.isoformat(sep=" ") if isinstance(p, datetime) else p.isoformat() for p in points
        ]
        return {
            **traits,
            "options": indexed_options(tuple(labels)),
            "index": index if e.is_range else index[0],
        }
    bounds = {"max": e.max, "min": e.min} if e.max >= 0 else {"min": e.min, "max": e.max}
    return {**traits, **bounds, "step": e.step, **_readout(e.format), "value": e.value}


def _read_slider(e: el.Slider, value: Any) -> Any:
    if e.is_temporal:
        points = e.positions()
        picks = value if e.is_range else (value,)
        if not all(isinstance(i, int) and 0 <= i < len(points) for i in picks):
            raise Rejected(f"slider has no position {value!r}")
        return tuple(points[i] for i in picks) if e.is_range else points[picks[0]]
    cast = int if e.data_type == "int" else float
    try:
        picks = [min(max(cast(v), e.min), e.max) for v in (value if e.is_range else (value,))]
    except (TypeError, ValueError) as exc:
        raise Rejected(f"slider got {value!r}") from exc
    return tuple(picks) if e.is_range else picks[0]


def _listen_slider(widget: w.Widget, emit: Any) -> None:
    name = "index" if isinstance(widget, w.SelectionSlider | w.SelectionRangeSlider) else "value"
    widget.observe(lambda change: emit(change["new"]), names=name)


def _number_class(e: el.NumberInput) -> type[w.Widget]:
    if e.default is None:  # may be empty (value=None): a text box shows "nothing" honestly
        return w.Text
    bounded = e.min is not None or e.max is not None
    if e.data_type == "int":
        return w.BoundedIntText if bounded else w.IntText
    return w.BoundedFloatText if bounded else w.FloatText


def _read_number(e: el.NumberInput, value: Any) -> Any:
    if isinstance(value, str):  # the text box of an input that may be empty
        if not value.strip():
            return None
        try:
            value = float(value)
        except ValueError:
            raise Rejected(f"number_input expects a number, got {value!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Rejected(f"number_input expects a number, got {value!r}")
    value = int(value) if e.data_type == "int" else float(value)
    if e.min is not None:
        value = max(value, e.min)
    if e.max is not None:
        value = min(value, e.max)
    return value


@adapts(el.NumberInput, widget=_number_class, read=_read_number, classes=("st-number-input",))
def number_input(e: el.NumberInput) -> Traits:
    if e.default is None:
        text = "" if e.value is None else str(e.value)
        return {
            **label_traits(e),
            "placeholder": e.placeholder,
            "continuous_update": False,
            "value": text,
        }
    traits = {**label_traits(e), "step": e.step}
    if e.min is not None or e.max is not None:
        big = 2**53 - 1
        traits.update(
            min=e.min if e.min is not None else -big, max=e.max if e.max is not None else big
        )
    return {**traits, "value": e.value if e.value is not None else 0}
