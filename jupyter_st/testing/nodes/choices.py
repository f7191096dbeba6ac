"""AppTest's nodes for choices: radio, selectbox, multiselect, pills, segmented_control
(`select`, `unselect`, `select_index`); select_slider is a slider (numbers.py)."""

from __future__ import annotations

from typing import Any

from .base import WidgetNode, node_for
from .numbers import Slider

node_for("select_slider")(Slider)


@node_for("radio", "selectbox")
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


@node_for("multiselect")
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


@node_for("button_group")
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
