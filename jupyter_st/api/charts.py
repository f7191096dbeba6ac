"""Charts: line, area, bar and scatter charts, altair_chart and vega_lite_chart; plotly_chart
and graphviz_chart.

The built-in charts build their Vega-Lite spec in `convert/chart_specs`; user specs are made
ready in `convert/vega`. Every Vega-Lite chart ends in `_add_vega_chart`, which adds a plain
element, or, with `on_select`, a widget whose value is Streamlit's
`{"selection": {param: ...}}`. Plotly and Graphviz figures are serialised by
`convert/figures` and drawn by plotly.js and Graphviz-in-WebAssembly (loaded only when used).
"""

from __future__ import annotations

import json
from typing import Any

from ..convert import chart_specs as specs
from ..convert import figures, vega
from ..convert.chart_append import appended_rows
from ..convert.frames import to_dataframe
from ..elements import charts as el
from ..errors import StreamlitValueError
from ..runtime.run_context import Cursor, container_method
from ._add import add
from ._chart_layout import chart_width, check_state_not_assigned, normalize_alt
from ._policies import callback_mode, check_key
from ._rows import appends_rows
from ._sizes import check_height, check_width
from ._widgets import Common, WidgetSpec, add_widget

__all__ = [
    "altair_chart",
    "area_chart",
    "bar_chart",
    "graphviz_chart",
    "line_chart",
    "plotly_chart",
    "scatter_chart",
    "vega_lite_chart",
]
VEGA_LITE_SELECTION_CHART = WidgetSpec(
    element=el.VegaLiteSelectionChart, kind="vega_lite_chart", keyed_by={"selection_mode"}
)
PLOTLY_SELECTION_CHART = WidgetSpec(
    element=el.PlotlySelectionChart, kind="plotly_chart", keyed_by=None
)  # with a key, the figure still identifies it


def _built_in(
    kind: specs.ChartKind, data: Any, width: Any, height: Any, ucw: Any, alt: Any, **kw: Any
) -> Cursor:
    frame = to_dataframe(data).copy()
    spec, long_data = specs.build_chart(kind, frame, width=width, height=height, **kw)
    return _add_vega_chart(
        spec,
        long_data,
        width=width,
        height=height,
        use_container_width=ucw,
        command=kind.command,
        alt=alt,
    )


@container_method
def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Cursor:
    """A line chart.  >>> st.line_chart(df, x="day", y=["sales", "costs"])"""
    return _built_in(
        specs.LINE,
        data,
        width,
        height,
        use_container_width,
        alt,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
    )


@container_method
def area_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Cursor:
    """An area chart.  >>> st.area_chart(df, stack="normalize")"""
    specs.check_stack(stack)
    stack = "layered" if stack in (None, False) else stack
    return _built_in(
        specs.AREA,
        data,
        width,
        height,
        use_container_width,
        alt,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
        stack=stack,
    )


@container_method
def bar_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    stack: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Cursor:
    """A bar chart.  >>> st.bar_chart(df, x="fruit", y="count", horizontal=True)"""
    specs.check_stack(stack)
    kind = specs.HORIZONTAL_BAR if horizontal else specs.BAR
    return _built_in(
        kind,
        data,
        width,
        height,
        use_container_width,
        alt,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
        stack=stack,
        sort=sort,
    )


@container_method
def scatter_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Cursor:
    """A scatter chart.  >>> st.scatter_chart(df, x="a", y="b", size="c", color="kind")"""
    return _built_in(
        specs.SCATTER,
        data,
        width,
        height,
        use_container_width,
        alt,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
        size=size,
    )


@container_method
def altair_chart(
    altair_chart: Any,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
) -> Any:
    """An Altair chart.  >>> st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b"))"""
    _check_theme(theme)
    spec = vega.altair_to_spec(altair_chart)
    return _add_vega_chart(
        spec,
        None,
        width=width,
        height=height,
        use_container_width=use_container_width,
        theme=theme,
        key=key,
        on_select=on_select,
        selection_mode=selection_mode,
        command="altair_chart",
        alt=alt,
    )


@container_method
def vega_lite_chart(
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
) -> Any:
    """A chart from a Vega-Lite spec.  >>> st.vega_lite_chart(df, {"mark": "bar", ...})"""
    _check_theme(theme)
    if isinstance(data, dict) and spec is None:
        data, spec = None, data
    spec = dict(spec or {})
    return _add_vega_chart(
        spec,
        data,
        width=width,
        height=height,
        use_container_width=use_container_width,
        theme=theme,
        key=key,
        on_select=on_select,
        selection_mode=selection_mode,
        alt=alt,
    )


# -- plotly and graphviz ------------------------------------------------------------------
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
    plotly = figures.import_plotly()
    _check_theme(theme)
    callback = callback_mode(on_select, "on_select")
    key = check_key(key)
    fields = {
        "spec": figures.plotly_json(plotly, figure_or_data, theme),
        "config": dict(config or {}),
        "theme": theme,
        "width": width,
        "height": height,
        "alt": normalize_alt(alt),
    }
    if on_select == "ignore":
        return add(el.PlotlyChart(**fields))
    modes = figures.plotly_selection_modes(selection_mode)
    check_state_not_assigned(key, el.PlotlyState)
    identity = {**fields, "config": json.dumps(fields["config"]), "selection_mode": modes}
    return add_widget(
        PLOTLY_SELECTION_CHART,
        Common(key=key, on_change=callback),
        default=el.PlotlyState.empty(),
        identity=identity,
        fields={**fields, "selection_mode": modes},
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
    source, engine = figures.dot_source(figure_or_dot)
    chart = el.GraphvizChart(
        spec=source, engine=engine, width=width, height=height, alt=normalize_alt(alt)
    )
    return add(chart)


def _check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", "'streamlit', None")


def _add_vega_chart(
    spec: dict[str, Any],
    data: Any,
    *,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    command: str = "vega_lite_chart",
    alt: Any = None,
) -> Any:
    """Check the layout and selection arguments, move the data out, add the chart."""
    callback = callback_mode(on_select, "on_select")
    key = check_key(key)
    if use_container_width is None and width is None:
        width = vega.default_width(spec)
    width = chart_width(use_container_width, width)
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    stretch = use_container_width if use_container_width is not None else width == "stretch"
    spec = vega.prepare_spec(spec, stretch)
    frame, named = vega.pull_data(spec, data, _frame)
    spec = vega.stabilize(spec)
    fields = {
        "spec": spec,
        "data": frame,
        "datasets": named,
        "theme": theme,
        "width": width,
        "height": height,
        "command": command,
        "alt": normalize_alt(alt),
    }
    if on_select == "ignore":
        return add(el.VegaLiteChart(**fields))
    modes = tuple(vega.parse_selection_mode(spec, selection_mode))
    return _add_selection_chart(fields, modes, key, callback)


def _add_selection_chart(fields: dict, modes: tuple, key: Any, callback: Any) -> el.VegaLiteState:
    check_state_not_assigned(key, el.VegaLiteState)
    empty = el.VegaLiteState.empty(modes)
    identity = {
        "spec": vega.stable_text(fields["spec"]),
        "data": vega.frame_digest(fields["data"]),
        "datasets": [name for name, _ in fields["datasets"]],
        "theme": fields["theme"],
        "selection_mode": list(modes),
        "alt": fields["alt"],
    }
    return add_widget(
        VEGA_LITE_SELECTION_CHART,
        Common(key=key, on_change=callback),
        default=empty,
        identity=identity,
        fields={**fields, "selection_mode": modes},
    )


def _frame(values: Any) -> Any:
    return to_dataframe(values).copy()


appends_rows(el.VegaLiteChart)(appended_rows)  # add_rows(): convert/chart_append.py
