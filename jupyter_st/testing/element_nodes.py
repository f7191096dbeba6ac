"""AppTest's read-only views of elements: `Node` and the element-specific ones.

A node wraps an element; the element's fields are readable as attributes, under
Streamlit's names where they differ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..elements.base import Element

if TYPE_CHECKING:
    from .app_test import AppTest


class AppTestError(Exception):
    """An interaction AppTest cannot perform."""


class Node:
    """One element of the tree, as AppTest shows it."""

    def __init__(self, element: Element, root: AppTest) -> None:
        self.element = element
        self.root = root

    @property
    def type(self) -> str:
        return self.element.KIND

    @property
    def key(self) -> str | None:
        return getattr(self.element, "key", None)

    @property
    def value(self) -> Any:
        return getattr(self.element, "body", None)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return getattr(self.element, name)
        except AttributeError:
            raise AttributeError(f"{self.type} has no attribute {name!r}") from None

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class Text(Node):
    """markdown, caption, code, text, json, html, headings, alerts, toast."""

    @property
    def icon(self) -> str:
        return getattr(self.element, "icon", None) or ""

    @property
    def allow_html(self) -> bool:
        return bool(getattr(self.element, "unsafe_allow_html", False))

    @property
    def tag(self) -> str:
        return f"h{self.element.LEVEL}"  # type: ignore[attr-defined]

    @property
    def anchor(self) -> str:
        anchor = getattr(self.element, "anchor", None)
        return anchor if isinstance(anchor, str) else ""

    @property
    def text(self) -> str:
        return getattr(self.element, "text", None) or ""


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


class DataNode(Node):
    @property
    def value(self) -> Any:
        return self.element.data  # type: ignore[attr-defined]


class MetricNode(Node):
    COLORS = {
        "red": 0,
        "green": 1,
        "gray": 2,
        "grey": 2,
        "off": 2,
        "orange": 3,
        "yellow": 4,
        "blue": 5,
        "violet": 6,
        "primary": 7,
    }

    @property
    def value(self) -> str:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def color(self) -> int:
        e = self.element
        name = e.delta_color  # type: ignore[attr-defined]
        if name in ("normal", "inverse"):
            sign = (
                0
                if not e.delta or e.delta.strip("-+ 0.") == ""
                else (-1 if e.delta.lstrip().startswith("-") else 1)
            )  # type: ignore[attr-defined]
            if name == "inverse":
                sign = -sign
            name = {1: "green", -1: "red", 0: "gray"}[sign]
        return self.COLORS[name]


class ProgressNode(Node):
    @property
    def value(self) -> int:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def text(self) -> str:
        return self.element.text or ""  # type: ignore[attr-defined]
