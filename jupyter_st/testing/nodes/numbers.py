"""AppTest's nodes for numbers: slider (`set_range`; also select_slider's) and number_input
(`increment`, `decrement` within its bounds)."""

from __future__ import annotations

from typing import Any

from .base import WidgetNode, node_for


@node_for("slider")
class Slider(WidgetNode):
    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))  # type: ignore[return-value]

    @property
    def options(self) -> list[str]:
        return list(getattr(self.element, "labels", ()))


@node_for("number_input")
class NumberInput(WidgetNode):
    def increment(self) -> NumberInput:
        e = self.element
        v = (self.value or 0) + e.step  # type: ignore[attr-defined]
        return self.set_value(min(v, e.max) if e.max is not None else v)  # type: ignore[attr-defined, return-value]

    def decrement(self) -> NumberInput:
        e = self.element
        v = (self.value or 0) - e.step  # type: ignore[attr-defined]
        return self.set_value(max(v, e.min) if e.min is not None else v)  # type: ignore[attr-defined, return-value]
