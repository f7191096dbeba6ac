"""AppTest's nodes for status elements: exception (`message`, `stack_trace`) and progress;
alerts and toast are text nodes (text.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

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

    @property
    def is_warning(self) -> bool:
        return self.element.is_warning  # type: ignore[attr-defined]

    @property
    def proto(self) -> SimpleNamespace:
        """The fields of Streamlit's Exception message that its AppTest exposes as `proto`."""
        e: Any = self.element
        fields = ("message", "is_warning")
        return SimpleNamespace(type=e.type_name, stack_trace=list(e.stack_trace),
                               **{name: getattr(e, name) for name in fields})  # fmt: skip


@node_for("progress")
class ProgressNode(Node):
    @property
    def value(self) -> int:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def text(self) -> str:
        return self.element.text or ""  # type: ignore[attr-defined]
