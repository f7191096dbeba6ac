"""Number widgets: slider (numbers, dates and times) and number_input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, ClassVar

from .base import Widget


@dataclass(frozen=True, kw_only=True)
class Slider(Widget):
    """Numbers, dates and times; a tuple `value` makes it a range slider.

    `data_type` is one of "int", "float", "date", "time", "datetime".
    """

    KIND: ClassVar[str] = "slider"
    min: Any = 0
    max: Any = 100
    step: Any = 1
    format: str | None = None
    data_type: str = "int"

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, tuple)

    @property
    def is_temporal(self) -> bool:
        return self.data_type in ("date", "time", "datetime")

    def positions(self) -> list[Any]:
        """The values a date/time slider can stop at, from min to max by step."""
        if self.data_type == "time":
            start, end = (datetime.combine(date.min, t) for t in (self.min, self.max))
            count = int((end - start) / self.step) + 1
            return [(start + i * self.step).time() for i in range(count)]
        count = int((self.max - self.min) / self.step) + 1
        return [self.min + i * self.step for i in range(count)]

    def position_of(self, value: Any) -> int:
        """The index of the position nearest to `value`."""
        points = self.positions()
        return min(range(len(points)), key=lambda i: abs(_seconds(points[i], value)))


def _seconds(a: Any, b: Any) -> float:
    if isinstance(a, time):
        a, b = datetime.combine(date.min, a), datetime.combine(date.min, b)
    return (a - b).total_seconds()


@dataclass(frozen=True, kw_only=True)
class NumberInput(Widget):
    """`data_type` is "int" or "float"; `value` may be None (empty)."""

    KIND: ClassVar[str] = "number_input"
    min: float | int | None = None
    max: float | int | None = None
    step: float | int = 1
    format: str | None = None
    placeholder: str = ""
    data_type: str = "int"
