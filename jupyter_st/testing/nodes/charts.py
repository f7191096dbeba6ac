"""AppTest's view of charts (and maps.py's): readable (spec, data, selection state as
`value`), but not interactive, as in Streamlit's AppTest, which shows them as unknown elements."""

from __future__ import annotations

from typing import Any, NoReturn

from .base import AppTestError, Node, node_for


@node_for("vega_lite_chart", "plotly_chart", "graphviz_chart")
class ChartNode(Node):
    """vega_lite_chart, plotly_chart, deck_gl_json_chart, graphviz_chart."""

    @property
    def value(self) -> Any:
        return getattr(self.element, "value", None)  # the selection state, with on_select

    @property
    def id(self) -> str:
        return getattr(self.element, "id", "")

    def set_value(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        self._unsupported("set_value")

    def click(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        self._unsupported("click")

    def _unsupported(self, method: str) -> NoReturn:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for {self.type}{key_part}. "
            "AppTest can inspect this element but does not implement interactions for it. "
            "Set its value through at.session_state if it has a key, or use a Playwright "
            "e2e test."
        )
