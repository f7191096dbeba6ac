"""AppTest's nodes for inputs: button (`click`), checkbox and toggle (`check`, `uncheck`),
text_input and text_area (`input`, within max_chars), color_picker (`pick`)."""

from __future__ import annotations

from .base import WidgetNode, node_for


@node_for("button")
class Button(WidgetNode):
    def click(self) -> Button:
        return self.set_value(True)  # type: ignore[return-value]


@node_for("checkbox", "toggle")
class Checkbox(WidgetNode):
    def check(self) -> Checkbox:
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> Checkbox:
        return self.set_value(False)  # type: ignore[return-value]


@node_for("text_input", "text_area")
class TextInput(WidgetNode):
    @property
    def max_chars(self) -> int:
        return self.element.max_chars or 0  # type: ignore[attr-defined]

    def input(self, value: str) -> TextInput:
        max_chars = self.element.max_chars  # type: ignore[attr-defined]
        if max_chars is not None and len(value) > max_chars:
            return self
        return self.set_value(value)  # type: ignore[return-value]


@node_for("color_picker")
class ColorPicker(WidgetNode):
    def pick(self, value: str) -> ColorPicker:
        return self.set_value(value)  # type: ignore[return-value]
