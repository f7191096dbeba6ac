"""Charts: line, area, bar and scatter charts, altair_chart and vega_lite_chart.

The built-in charts build their Vega-Lite spec in `_chart_specs`; user specs are made ready
in `_vega`. Every chart ends in `_add_vega_chart`, which adds a plain element, or, with
`on_select`, a widget whose value is Streamlit's `{"selection": {param: ...}}`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..elements import charts as el
from ..errors import StreamlitAPIException, StreamlitValueError
from ..runtime.context import Cursor, container_method
from . import _chart_specs as specs
from . import _vega as vega
from ._add import add
from ._chart_data import melt_rows
from ._chart_layout import chart_width, check_state_not_assigned, normalize_alt
from ._figures import graphviz_chart, plotly_chart
from ._policies import callback_mode, check_key
from ._rows import appends_rows
from ._sizes import check_height, check_width
from ._widgets import Common, add_widget
from .data import to_dataframe

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
        el.VegaLiteSelectionChart,
        Common(label="", key=key, on_change=callback),
        default=empty,
        identity=identity,
        fields={**fields, "selection_mode": modes},
        key_params=["selection_mode"],
        kind="vega_lite_chart",
    )


def _frame(values: Any) -> Any:
    return to_dataframe(values).copy()


# -- add_rows -----------------------------------------------------------------------------
@appends_rows(el.VegaLiteChart)
def _append_rows(element: el.VegaLiteChart, data: Any, name: str | None = None) -> el.VegaLiteChart:
    """New rows for the chart's dataset: the one `name`d, its main one, or its only named
    one (an Altair chart's). A built-in chart's rows are prepared, and melted, as its first
    rows were."""
    new = to_dataframe(data)
    if element.command in ("line_chart", "area_chart", "bar_chart", "scatter_chart"):
        new = _prepared_like(element, new)
    names = [key for key, _ in element.datasets]
    if name is None and element.data is None and len(names) == 1:
        name = names[0]
    if name in names:
        datasets = tuple((k, _concat(v, new) if k == name else v) for k, v in element.datasets)
        return dataclasses.replace(element, datasets=datasets)
    if element.data is None and "data" not in element.spec:
        spec = {**element.spec, "data": {"name": specs.DATA_NAME}}
        return dataclasses.replace(element, data=new.copy(), spec=spec)
    return dataclasses.replace(element, data=_concat(element.data, new))


def _concat(old: Any, new: Any) -> Any:
    import pandas as pd

    if old is None or len(old) == 0:
        return new.copy()
    return pd.concat([old, new], ignore_index=True)


def _prepared_like(element: el.VegaLiteChart, new: Any) -> Any:
    """`new` in the shape of the chart's data: the index as x (a RangeIndex continuing the
    old one, as older Streamlit did) and several y columns melted, as the first rows were."""
    import pandas as pd

    old = element.data
    if old is None:
        return new
    new = new.copy()
    if specs.INDEX_COLUMN in old.columns and specs.INDEX_COLUMN not in new.columns:
        if isinstance(new.index, pd.RangeIndex) and len(old):
            start = int(old[specs.INDEX_COLUMN].max()) + 1
            new.index = pd.RangeIndex(start, start + len(new))
        new = new.rename_axis(specs.INDEX_COLUMN).reset_index()
    new.columns = [str(c) for c in new.columns]
    melted = {specs.COLOR_COLUMN, specs.VALUE_COLUMN}
    if melted <= set(old.columns) and specs.VALUE_COLUMN not in new.columns:
        keep = [c for c in old.columns if c not in melted]
        values = [c for c in new.columns if c not in keep]
        new = melt_rows(new, keep, values)
    missing = [c for c in old.columns if c not in new.columns]
    if missing:
        raise StreamlitAPIException(
            f"The new rows lack the chart's columns: {', '.join(map(str, missing))}."
        )
    return new[list(old.columns)]
