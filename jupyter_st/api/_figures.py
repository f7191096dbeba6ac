"""Plotly and Graphviz charts: the figure serialised by its own library, drawn in the
browser by plotly.js and Graphviz-in-WebAssembly (both loaded only when used)."""

from __future__ import annotations

import json
from typing import Any

from ..elements import charts as el
from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from ..runtime.context import Cursor, container_method
from ._add import add
from ._chart_layout import chart_width, check_state_not_assigned, normalize_alt
from ._policies import callback_mode, check_key
from ._sizes import check_height, check_width
from ._widgets import Common, add_widget

PLOTLY_SELECTION_MODES = ("box", "lasso", "points")


def _import_plotly() -> Any:
    try:
        import plotly.io
        import plotly.tools
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "No module named 'plotly'. st.plotly_chart needs Plotly: `pip install plotly`.",
            name="plotly",
        ) from exc
    return plotly


def _plotly_modes(selection_mode: Any) -> tuple[str, ...]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(PLOTLY_SELECTION_MODES):
        raise StreamlitValueError("selection_mode", "'box', 'lasso', 'points'")
    return tuple(sorted(modes))


@container_method
def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = ("points", "box", "lasso"),
    config: dict[str, Any] | None = None,
    alt: str | None = None,
) -> Any:
    """A Plotly figure.  >>> st.plotly_chart(px.scatter(df, x="a", y="b"))"""
    width = chart_width(use_container_width, width)
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    plotly = _import_plotly()
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", "'streamlit', None")
    callback = callback_mode(on_select, "on_select")
    key = check_key(key)
    if type(figure_or_data).__module__.startswith("matplotlib"):
        figure = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, True)
    fields = {
        "spec": _figure_json(plotly, figure, theme),
        "config": dict(config or {}),
        "theme": theme,
        "width": width,
        "height": height,
        "alt": normalize_alt(alt),
    }
    if on_select == "ignore":
        return add(el.PlotlyChart(**fields))
    modes = _plotly_modes(selection_mode)
    check_state_not_assigned(key, el.PlotlyState)
    identity = {**fields, "config": json.dumps(fields["config"]), "selection_mode": modes}
    return add_widget(
        el.PlotlySelectionChart,
        Common(label="", key=key, on_change=callback),
        default=el.PlotlyState.empty(),
        identity=identity,
        fields={**fields, "selection_mode": modes},
        key_params=False,
        kind="plotly_chart",
    )


def _figure_json(plotly: Any, figure: dict[str, Any], theme: str | None) -> str:
    """The figure as Plotly JSON. With theme="streamlit" a figure on Plotly's default template
    goes without it (~6 KB): the view styles it in the app's theme, as Streamlit does; a
    template the author chose is kept."""
    layout = figure.get("layout") or {}
    if theme == "streamlit" and "template" in layout:
        default = plotly.io.templates["plotly"].to_plotly_json()  # not one the author set
        if layout["template"] == default:
            layout = {k: v for k, v in layout.items() if k != "template"}
            figure = {**figure, "layout": layout}
    return plotly.io.to_json(figure, validate=False)


def _dot_source(figure_or_dot: Any) -> tuple[str, str]:
    if hasattr(figure_or_dot, "source") and type(figure_or_dot).__module__.startswith("graphviz"):
        return figure_or_dot.source, getattr(figure_or_dot, "engine", "dot") or "dot"
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    raise StreamlitInvalidParameterTypeError(
        "figure_or_dot",
        "graphviz.Graph, graphviz.Digraph, graphviz.Source, str",
        type(figure_or_dot).__name__,
    )


@container_method
def graphviz_chart(
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "content",
    height: Any = "content",
    alt: str | None = None,
) -> Cursor:
    """A Graphviz graph.  >>> st.graphviz_chart("digraph { a -> b }")"""
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    source, engine = _dot_source(figure_or_dot)
    if not isinstance(source, str):
        raise StreamlitAPIException("The graph's DOT source is not text.")
    chart = el.GraphvizChart(
        spec=source, engine=engine, width=width, height=height, alt=normalize_alt(alt)
    )
    return add(chart)
