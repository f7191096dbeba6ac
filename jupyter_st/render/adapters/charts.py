"""Charts onto our views (labextension/src/charts.ts): Vega-Lite, Plotly and Graphviz.

Note [Chart rows]
~~~~~~~~~~~~~~~~~
A Vega-Lite chart's spec is a trait; its rows are not. `VegaChart.datasets` is a Python
property: setting it compares each dataset with what the browser already has, and pushes
only the difference as a custom message `{"event": "rows", "revision", "dataset", "mode"}`
with the rows in one binary buffer (render/chart_rows.py: numbers as float64): "insert"
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
from ..chart_rows import encode_rows, extends
from ..views import RequestError, View
from .base import Rejected, Traits, adapts

log = logging.getLogger(__name__)
DATA_NAME = "data"  # the name built-in and user specs give their main dataset


class VegaChart(View):
    """A Vega-Lite chart; rows travel apart from the spec (Note [Chart rows])."""

    _model_name = Unicode("VegaChartModel").tag(sync=True)
    _view_name = Unicode("VegaChartView").tag(sync=True)
    spec = Dict().tag(sync=True)
    theme = Unicode(None, allow_none=True).tag(sync=True)
    width = AnyTrait("stretch").tag(sync=True)
    height = AnyTrait("content").tag(sync=True)
    selection_mode = List().tag(sync=True)
    alt = Unicode(None, allow_none=True).tag(sync=True)  # the accessible name

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
            self._push(name, "replace", encode_rows(None))
        for name, frame in wanted.items():
            old = self._frames.get(name)
            if old is frame:
                continue
            self._frames[name] = frame
            if extends(old, frame):
                if len(frame) > len(old):
                    self._push(name, "insert", encode_rows(frame.iloc[len(old) :]))
            elif old is None or not old.equals(frame):
                self._push(name, "replace", encode_rows(frame))

    def _push(self, name: str, mode: str, rows: bytes) -> None:
        self.revision += 1
        content = {"event": "rows", "revision": self.revision, "dataset": name, "mode": mode}
        self.send(content, [rows])

    def _all_rows(self, _content: dict, _buffers: list) -> tuple[dict, list[bytes]]:
        names = list(self._frames)
        rows = [encode_rows(self._frames[n]) for n in names]
        return {"revision": self.revision, "names": names}, rows


def listen_selection(widget: View, emit: Callable[[Any], None]) -> Callable[[], None]:
    """The view sends `{"event": "select", "selection": {...}}` when the user selects."""

    def received(_widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("event") == "select":
            emit(content.get("selection"))

    widget.on_msg(received)
    return lambda: widget.on_msg(received, remove=True)


def adapts_with_selection(
    plain: type, selecting: type, *, widget: type, read: Callable, classes: tuple[str, ...]
) -> Callable[[Callable[[Any], Traits]], Callable[[Any], Traits]]:
    """Register one traits function for a chart and for its `on_select` form, a widget whose
    value is the selection the view sends (checked by `read`)."""

    def register(traits: Callable[[Any], Traits]) -> Callable[[Any], Traits]:
        adapts(plain, widget=widget, classes=classes)(traits)
        listening = adapts(
            selecting, widget=widget, read=read, listen=listen_selection, classes=classes
        )
        return listening(traits)

    return register


def read_vega_selection(e: el.VegaLiteSelectionChart, raw: Any) -> Any:
    """The browser's selection as Streamlit's VegaLiteState; unknown params are refused."""
    if not isinstance(raw, dict) or not set(raw) <= set(e.selection_mode):
        raise Rejected(f"not a selection of {list(e.selection_mode)}: {raw!r:.200}")
    json.dumps(raw)  # JSON only: anything else is not from a browser
    state = {name: raw.get(name) or {} for name in e.selection_mode}
    return el.VegaLiteState({"selection": el.ReadOnlyAttributeDictionary(state)})


@adapts_with_selection(
    el.VegaLiteChart,
    el.VegaLiteSelectionChart,
    widget=VegaChart,
    read=read_vega_selection,
    classes=("st-chart", "st-vega-chart"),
)
def vega_chart(e: el.VegaLiteChart) -> Traits:
    return {
        "spec": e.spec,
        "theme": e.theme,
        "width": e.width,
        "height": e.height,
        "selection_mode": list(e.selection_mode),
        "alt": e.alt,
        "datasets": ((DATA_NAME, e.data), *e.datasets),
    }


class PlotlyChart(View):
    _model_name = Unicode("PlotlyChartModel").tag(sync=True)
    _view_name = Unicode("PlotlyChartView").tag(sync=True)
    spec = Unicode("{}").tag(sync=True)
    config = Dict().tag(sync=True)
    theme = Unicode(None, allow_none=True).tag(sync=True)
    width = AnyTrait("stretch").tag(sync=True)
    height = AnyTrait("content").tag(sync=True)
    selection_mode = List().tag(sync=True)
    alt = Unicode(None, allow_none=True).tag(sync=True)  # the accessible name


def read_plotly_selection(e: el.PlotlySelectionChart, raw: Any) -> Any:
    parts = ("points", "point_indices", "box", "lasso")
    if not isinstance(raw, dict) or not set(raw) <= set(parts):
        raise Rejected(f"not a Plotly selection: {raw!r:.200}")
    if not all(isinstance(raw.get(p, []), list) for p in parts):
        raise Rejected(f"not a Plotly selection: {raw!r:.200}")
    json.dumps(raw)
    state = {p: raw.get(p, []) for p in parts}
    return el.PlotlyState({"selection": el.ReadOnlyAttributeDictionary(state)})


@adapts_with_selection(
    el.PlotlyChart,
    el.PlotlySelectionChart,
    widget=PlotlyChart,
    read=read_plotly_selection,
    classes=("st-chart", "st-plotly-chart"),
)
def plotly_chart(e: el.PlotlyChart) -> Traits:
    return {
        "spec": e.spec,
        "config": e.config,
        "theme": e.theme,
        "width": e.width,
        "height": e.height,
        "selection_mode": list(e.selection_mode),
        "alt": e.alt,
    }


class GraphvizChart(View):
    _model_name = Unicode("GraphvizChartModel").tag(sync=True)
    _view_name = Unicode("GraphvizChartView").tag(sync=True)
    spec = Unicode("").tag(sync=True)
    engine = Unicode("dot").tag(sync=True)
    width = AnyTrait("content").tag(sync=True)
    height = AnyTrait("content").tag(sync=True)
    alt = Unicode(None, allow_none=True).tag(sync=True)


@adapts(el.GraphvizChart, widget=GraphvizChart, classes=("st-chart", "st-graphviz-chart"))
def graphviz_chart(e: el.GraphvizChart) -> Traits:
    return {
        "spec": e.spec,
        "engine": e.engine,
        "width": e.width,
        "height": e.height,
        "alt": e.alt,
    }


__all__ = ["GraphvizChart", "PlotlyChart", "RequestError", "VegaChart"]
