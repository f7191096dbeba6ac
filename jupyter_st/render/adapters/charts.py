"""Charts onto our views (labextension/src/charts.ts): Vega-Lite, Plotly and Graphviz.

Note [Chart rows]
~~~~~~~~~~~~~~~~~
A Vega-Lite chart's spec is a trait; its rows are not. `VegaChart.datasets` is a Python
property: setting it compares each dataset with what the browser already has, and pushes
only the difference as a custom message `{"event": "rows", "revision", "dataset", "mode"}`
with the rows as JSON (column names once, then row arrays) in one binary buffer: "insert"
when the new frame extends the old one (add_rows, or a script redrawing a growing frame
through st.empty()), "replace" otherwise.
A view asks for every dataset when it is created (request "data", answered with the current
revision); pushes up to that revision are already in the answer, and a gap in revisions makes
it ask again. A rerun that changes nothing sets nothing and sends nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from traitlets import Any as AnyTrait
from traitlets import Dict, List, Unicode

from ...elements import charts as el
from ..views import RequestError, View
from .base import Rejected, Traits, adapts

log = logging.getLogger(__name__)
DATA_NAME = "data"  # the name built-in and user specs give their main dataset


def rows_json(frame: Any) -> bytes:
    """A DataFrame's rows as JSON `{"columns": [...], "data": [[...], ...]}` (column names
    once, not per row: ~5x smaller than row objects); dates as epoch milliseconds."""
    if frame is None or len(frame.columns) == 0:
        return b'{"columns": [], "data": []}'
    text = _epoch_ms(frame).to_json(
        orient="split", index=False, double_precision=15, default_handler=str
    )
    return text.encode()


def _epoch_ms(frame: Any) -> Any:
    """Datetime columns as UTC epoch milliseconds (NaT as null), as Arrow carries them."""
    import pandas as pd

    dated = [c for c in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[c])]
    if not dated:
        return frame
    frame = frame.copy()
    for name in dated:
        column = frame[name]
        if column.dt.tz is not None:
            column = column.dt.tz_convert("UTC").dt.tz_localize(None)
        millis = column.astype("datetime64[ms]").astype("int64").astype("float64")
        frame[name] = millis.where(column.notna())
    return frame


def extends(old: Any, new: Any) -> bool:
    """Does `new` start with exactly the rows of `old` (same columns)?"""
    if old is None or new is None or len(new) < len(old) or len(old) == 0:
        return False
    if list(old.columns) != list(new.columns):
        return False
    try:
        return bool(new.iloc[: len(old)].reset_index(drop=True).equals(old.reset_index(drop=True)))
    except Exception:
        return False


class VegaChart(View):
    """A Vega-Lite chart; rows travel apart from the spec (Note [Chart rows])."""

    _model_name = Unicode("VegaChartModel").tag(sync=True)
    _view_name = Unicode("VegaChartView").tag(sync=True)
    spec = Dict().tag(sync=True)
    theme = Unicode(None, allow_none=True).tag(sync=True)
    width = AnyTrait("stretch").tag(sync=True)
    height = AnyTrait("content").tag(sync=True)
    selection_mode = List().tag(sync=True)

    def __init__(self, datasets: tuple = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._frames: dict[str, Any] = {}
        self.revision = 0
        self.handle("data", self._all_rows)
        self.datasets = datasets

    @property
    def datasets(self) -> tuple:
        return tuple(self._frames.items())

    @datasets.setter
    def datasets(self, datasets: tuple) -> None:
        wanted = {name: frame for name, frame in datasets if frame is not None}
        for name in [n for n in self._frames if n not in wanted]:
            del self._frames[name]
            self._push(name, "replace", b"[]")
        for name, frame in wanted.items():
            old = self._frames.get(name)
            if old is frame:
                continue
            self._frames[name] = frame
            if extends(old, frame):
                if len(frame) > len(old):
                    self._push(name, "insert", rows_json(frame.iloc[len(old) :]))
            elif old is None or not old.equals(frame):
                self._push(name, "replace", rows_json(frame))

    def _push(self, name: str, mode: str, rows: bytes) -> None:
        self.revision += 1
        content = {"event": "rows", "revision": self.revision, "dataset": name, "mode": mode}
        self.send(content, [rows])

    def _all_rows(self, _content: dict, _buffers: list) -> tuple[dict, list[bytes]]:
        names = list(self._frames)
        rows = [rows_json(self._frames[n]) for n in names]
        return {"revision": self.revision, "names": names}, rows


def _vega_traits(e: el.VegaLiteChart) -> Traits:
    return {
        "spec": e.spec,
        "theme": e.theme,
        "width": e.width,
        "height": e.height,
        "selection_mode": list(e.selection_mode),
        "datasets": ((DATA_NAME, e.data), *e.datasets),
    }


def listen_selection(widget: View, emit: Callable[[Any], None]) -> Callable[[], None]:
    """The view sends `{"event": "select", "selection": {...}}` when the user selects."""

    def received(_widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("event") == "select":
            emit(content.get("selection"))

    widget.on_msg(received)
    return lambda: widget.on_msg(received, remove=True)


def read_vega_selection(e: el.VegaLiteSelectionChart, raw: Any) -> Any:
    """The browser's selection as Streamlit's VegaLiteState; unknown params are refused."""
    if not isinstance(raw, dict) or not set(raw) <= set(e.selection_mode):
        raise Rejected(f"not a selection of {list(e.selection_mode)}: {raw!r:.200}")
    json.dumps(raw)  # JSON only: anything else is not from a browser
    state = {name: raw.get(name) or {} for name in e.selection_mode}
    return el.VegaLiteState({"selection": el.ReadOnlyAttributeDictionary(state)})


@adapts(el.VegaLiteChart, widget=VegaChart, classes=("st-chart", "st-vega-chart"))
def vega_chart(e: el.VegaLiteChart) -> Traits:
    return _vega_traits(e)


@adapts(
    el.VegaLiteSelectionChart,
    widget=VegaChart,
    read=read_vega_selection,
    listen=listen_selection,
    classes=("st-chart", "st-vega-chart"),
)
def vega_selection_chart(e: el.VegaLiteSelectionChart) -> Traits:
    return _vega_traits(e)


class PlotlyChart(View):
    _model_name = Unicode("PlotlyChartModel").tag(sync=True)
    _view_name = Unicode("PlotlyChartView").tag(sync=True)
    spec = Unicode("{}").tag(sync=True)
    config = Dict().tag(sync=True)
    theme = Unicode(None, allow_none=True).tag(sync=True)
    width = AnyTrait("stretch").tag(sync=True)
    height = AnyTrait("content").tag(sync=True)
    selection_mode = List().tag(sync=True)


def _plotly_traits(e: el.PlotlyChart) -> Traits:
    return {
        "spec": e.spec,
        "config": e.config,
        "theme": e.theme,
        "width": e.width,
        "height": e.height,
        "selection_mode": list(e.selection_mode),
    }


def read_plotly_selection(e: el.PlotlySelectionChart, raw: Any) -> Any:
    parts = ("points", "point_indices", "box", "lasso")
    if not isinstance(raw, dict) or not set(raw) <= set(parts):
        raise Rejected(f"not a Plotly selection: {raw!r:.200}")
    if not all(isinstance(raw.get(p, []), list) for p in parts):
        raise Rejected(f"not a Plotly selection: {raw!r:.200}")
    json.dumps(raw)
    state = {p: raw.get(p, []) for p in parts}
    return el.PlotlyState({"selection": el.ReadOnlyAttributeDictionary(state)})


@adapts(el.PlotlyChart, widget=PlotlyChart, classes=("st-chart", "st-plotly-chart"))
def plotly_chart(e: el.PlotlyChart) -> Traits:
    return _plotly_traits(e)


@adapts(
    el.PlotlySelectionChart,
    widget=PlotlyChart,
    read=read_plotly_selection,
    listen=listen_selection,
    classes=("st-chart", "st-plotly-chart"),
)
def plotly_selection_chart(e: el.PlotlySelectionChart) -> Traits:
    return _plotly_traits(e)


class GraphvizChart(View):
    _model_name = Unicode("GraphvizChartModel").tag(sync=True)
    _view_name = Unicode("GraphvizChartView").tag(sync=True)
    spec = Unicode("").tag(sync=True)
    engine = Unicode("dot").tag(sync=True)
    width = AnyTrait("content").tag(sync=True)
    height = AnyTrait("content").tag(sync=True)


@adapts(el.GraphvizChart, widget=GraphvizChart, classes=("st-chart", "st-graphviz-chart"))
def graphviz_chart(e: el.GraphvizChart) -> Traits:
    return {"spec": e.spec, "engine": e.engine, "width": e.width, "height": e.height}


__all__ = ["GraphvizChart", "PlotlyChart", "RequestError", "VegaChart"]
