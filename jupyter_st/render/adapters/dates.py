"""Date and time widgets: date_input (a single date or a range) and time_input."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import ipywidgets as w
from traitlets import Any as Any_
from traitlets import Bool, Tuple, Unicode

from ...elements import dates as el
from .base import Rejected, Traits, adapts, label_traits


class DateRangePicker(w.HBox):
    """Two date pickers with one `value`, a (start, end) tuple (st.date_input ranges)."""

    value = Tuple(allow_none=True)  # kernel-side only; the pickers carry the dates
    description = Unicode("")
    tooltip = Unicode("", allow_none=True)
    disabled = Bool(False)
    min = Any_(None, allow_none=True)
    max = Any_(None, allow_none=True)

    def __init__(self, **traits: Any) -> None:
        self._ends = (w.DatePicker(), w.DatePicker())
        super().__init__(children=self._ends)
        for end in self._ends:
            end.observe(self._picked, names="value")
        self.observe(self._show, names=["value", "description", "disabled", "min", "max"])
        for name, value in traits.items():
            setattr(self, name, value)
        self._show(None)

    @property
    def ends(self) -> tuple[w.DatePicker, w.DatePicker]:
        return self._ends

    def _show(self, _change: Any) -> None:
        dates = (*tuple(self.value or ()), None, None)
        for i, end in enumerate(self._ends):
            end.disabled, end.min, end.max, end.value = self.disabled, self.min, self.max, dates[i]
        self._ends[0].description = self.description

    def _picked(self, _change: Any) -> None:
        picked = tuple(end.value for end in self._ends if end.value is not None)
        if picked != tuple(self.value or ()):
            self.value = picked


def _date_widget(e: el.DateInput) -> type[w.Widget]:
    return DateRangePicker if isinstance(e.value, tuple) else w.DatePicker


def _read_date(e: el.DateInput, value: Any) -> Any:
    if isinstance(e.value, tuple):
        if not all(isinstance(d, date) for d in value or ()):
            raise Rejected(f"date_input expects dates, got {value!r}")
        return tuple(sorted(value))
    if not isinstance(value, date):
        raise Rejected(f"date_input expects a date, got {value!r}")
    return value


@adapts(el.DateInput, widget=_date_widget, read=_read_date, classes=("st-date-input",))
def date_input(e: el.DateInput) -> Traits:
    if isinstance(e.value, tuple):
        return {"description": e.label, "disabled": e.disabled, "min": e.min, "max": e.max,
                "value": e.value}  # fmt: skip
    return {**label_traits(e), "min": e.min, "max": e.max, "value": e.value or None}


def _read_time(e: el.TimeInput, value: Any) -> Any:
    if not isinstance(value, time):
        raise Rejected(f"time_input expects a time, got {value!r}")
    return value.replace(microsecond=0)


@adapts(el.TimeInput, widget=w.TimePicker, read=_read_time, classes=("st-time-input",))
def time_input(e: el.TimeInput) -> Traits:
    return {**label_traits(e), "step": e.step, "value": e.value}
