"""AppTest's widget nodes: interactions (`set_value`, `click`, `select`...) only record
the value; the next `run()` hands it to the live widget as a browser message."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..elements.base import Element
from .element_nodes import AppTestError, Node

if TYPE_CHECKING:
    from .app_test import AppTest

_UNSET = object()


class WidgetNode(Node):
    """A widget: `value` is what the script saw, or the value set for the next run."""

    def __init__(self, element: Element, root: AppTest) -> None:
        super().__init__(element, root)
        self._pending: Any = _UNSET

    @property
    def id(self) -> str:
        return self.element.id  # type: ignore[attr-defined]

    @property
    def value(self) -> Any:
        return self.element.value if self._pending is _UNSET else self._pending  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> WidgetNode:
        if self.element.disabled:  # type: ignore[attr-defined]
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget (key={self.key!r}). "
                "A browser user cannot interact with a disabled widget."
            )
        self._pending = value
        self.root._interact(self.element, value)
        return self


class Button(WidgetNode):
    def click(self) -> Button:
        return self.set_value(True)  # type: ignore[return-value]


class Checkbox(WidgetNode):
    def check(self) -> Checkbox:
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> Checkbox:
        return self.set_value(False)  # type: ignore[return-value]


class Choice(WidgetNode):
    """radio and selectbox: `options` are the labels shown."""

    @property
    def options(self) -> list[str]:
        return list(self.element.labels)  # type: ignore[attr-defined]

    @property
    def index(self) -> int | None:
        return self.element.index  # type: ignore[attr-defined]

    def select(self, value: Any) -> Choice:
        return self.set_value(value)  # type: ignore[return-value]

    def select_index(self, index: int | None) -> Choice:
        return self.set_value(None if index is None else self.element.options[index])  # type: ignore[attr-defined, return-value]


class Multiselect(WidgetNode):
    @property
    def options(self) -> list[str]:
        return list(self.element.labels)  # type: ignore[attr-defined]

    @property
    def indices(self) -> list[int]:
        return list(self.element.indices)  # type: ignore[attr-defined]

    def select(self, value: Any) -> Multiselect:
        current = list(self.value)
        return self.set_value(current if value in current else [*current, value])  # type: ignore[return-value]

    def unselect(self, value: Any) -> Multiselect:
        return self.set_value([v for v in self.value if v != value])  # type: ignore[return-value]


class ButtonGroup(Multiselect):
    """pills and segmented_control: one option, or a list in "multi" mode."""

    def select(self, value: Any) -> ButtonGroup:
        if self.element.selection_mode == "multi":  # type: ignore[attr-defined]
            return super().select(value)  # type: ignore[return-value]
        return self.set_value(value)  # type: ignore[return-value]

    def unselect(self, value: Any) -> ButtonGroup:
        if self.element.selection_mode == "multi":  # type: ignore[attr-defined]
            return super().unselect(value)  # type: ignore[return-value]
        return self.set_value(None)  # type: ignore[return-value]


class Slider(WidgetNode):
    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))  # type: ignore[return-value]

    @property
    def options(self) -> list[str]:
        return list(getattr(self.element, "labels", ()))


class TextInput(WidgetNode):
    @property
    def max_chars(self) -> int:
        return self.element.max_chars or 0  # type: ignore[attr-defined]

    def input(self, value: str) -> TextInput:
        max_chars = self.element.max_chars  # type: ignore[attr-defined]
        if max_chars is not None and len(value) > max_chars:
            return self
        return self.set_value(value)  # type: ignore[return-value]


class ChatInput(WidgetNode):
    """`set_value(text)` types and submits `text` at the next run (None: nothing)."""

    @property
    def value(self) -> Any:
        """The pending text, else what the last run got, else text the script put in the box."""
        shown = super().value
        return self.element.prefill if shown is None else shown  # type: ignore[attr-defined]

    @property
    def max_chars(self) -> int:
        return self.element.max_chars or 0  # type: ignore[attr-defined]


class NumberInput(WidgetNode):
    def increment(self) -> NumberInput:
        e = self.element
        v = (self.value or 0) + e.step  # type: ignore[attr-defined]
        return self.set_value(min(v, e.max) if e.max is not None else v)  # type: ignore[attr-defined, return-value]

    def decrement(self) -> NumberInput:
        e = self.element
        v = (self.value or 0) - e.step  # type: ignore[attr-defined]
        return self.set_value(max(v, e.min) if e.min is not None else v)  # type: ignore[attr-defined, return-value]


class TimeInput(WidgetNode):
    def _shift(self, seconds: int) -> TimeInput:
        base = datetime.combine(date.min, self.value or time())
        return self.set_value((base + timedelta(seconds=seconds)).time())  # type: ignore[return-value]

    def increment(self) -> TimeInput:
        return self._shift(self.element.step)  # type: ignore[attr-defined]

    def decrement(self) -> TimeInput:
        return self._shift(-self.element.step)  # type: ignore[attr-defined]


class ColorPicker(WidgetNode):
    def pick(self, value: str) -> ColorPicker:
        return self.set_value(value)  # type: ignore[return-value]
