"""AppTest's node for time_input (`increment`, `decrement` by its step); date_input is a
plain `WidgetNode`."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from .base import WidgetNode, node_for


@node_for("time_input")
class TimeInput(WidgetNode):
    def _shift(self, seconds: int) -> TimeInput:
        base = datetime.combine(date.min, self.value or time())
        return self.set_value((base + timedelta(seconds=seconds)).time())  # type: ignore[return-value]

    def increment(self) -> TimeInput:
        return self._shift(self.element.step)  # type: ignore[attr-defined]

    def decrement(self) -> TimeInput:
        return self._shift(-self.element.step)  # type: ignore[attr-defined]
