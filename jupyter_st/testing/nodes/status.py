"""AppTest's nodes for status elements: exception (`message`, `stack_trace`) and progress;
alerts and toast are text nodes (text.py)."""

from __future__ import annotations

from .base import Node, node_for


@node_for("exception")
class ExceptionNode(Node):
    @property
    def value(self) -> str:
        return self.element.message.strip()  # type: ignore[attr-defined]

    @property
    def message(self) -> str:
        return self.value

    @property
    def stack_trace(self) -> list[str]:
        return list(self.element.stack_trace)  # type: ignore[attr-defined]


@node_for("progress")
class ProgressNode(Node):
    @property
    def value(self) -> int:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def text(self) -> str:
        return self.element.text or ""  # type: ignore[attr-defined]
