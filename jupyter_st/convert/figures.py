"""Plotly and Graphviz figures as the browser draws them: Plotly JSON (from a figure, its
data, or a Matplotlib figure) and DOT source with its layout engine. Each library serialises
its own figures, imported only when a chart needs it."""

from __future__ import annotations

from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError

PLOTLY_SELECTION_MODES = ("box", "lasso", "points")


def import_plotly() -> Any:
    try:
        import plotly.io
        import plotly.tools
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "No module named 'plotly'. st.plotly_chart needs Plotly: `pip install plotly`.",
            name="plotly",
        ) from exc
    return plotly


def plotly_json(plotly: Any, figure_or_data: Any, theme: str | None) -> str:
    """A Plotly figure, its data, or a Matplotlib figure, as Plotly JSON."""
    if type(figure_or_data).__module__.startswith("matplotlib"):
        figure = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, True)
    return _figure_json(plotly, figure, theme)


def plotly_selection_modes(selection_mode: Any) -> tuple[str, ...]:
    """`selection_mode` (one mode or several) as the sorted modes Plotly can select with."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(PLOTLY_SELECTION_MODES):
        raise StreamlitValueError("selection_mode", "'box', 'lasso', 'points'")
    return tuple(sorted(modes))


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


def dot_source(figure_or_dot: Any) -> tuple[str, str]:
    """A graphviz object's (or a DOT string's) source text and layout engine."""
    source, engine = _dot_source(figure_or_dot)
    if not isinstance(source, str):
        raise StreamlitAPIException("The graph's DOT source is not text.")
    return source, engine


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
