"""AppTest's node for text elements (markdown, caption, code, headings...), and for every
other leaf element without a node of its own (alerts, toast, divider...)."""

from __future__ import annotations

from .base import OTHER, Node, node_for


@node_for(OTHER)
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
