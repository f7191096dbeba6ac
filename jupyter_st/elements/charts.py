"""Chart elements: Vega-Lite charts (the built-in charts, altair_chart, vega_lite_chart),
Plotly figures and Graphviz graphs.

A Vega-Lite chart holds its spec without data, and its data as DataFrames: `data` for the
spec's main dataset and `datasets` for named ones, so `add_rows` can extend them and the
renderer can send only the rows the browser lacks. With `on_select` the chart is a widget
whose value is the selection (Streamlit's `{"selection": {param: ...}}`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .base import Element, Widget

Datasets = tuple[tuple[str, Any], ...]  # (name, DataFrame) pairs


@dataclass(frozen=True, kw_only=True)
class VegaLiteChart(Element):
    KIND: ClassVar[str] = "vega_lite_chart"
    spec: dict[str, Any]
    data: Any = None  # DataFrame for the spec's main dataset (named DATA_NAME in the spec)
    datasets: Datasets = ()
    theme: str | None = "streamlit"
    width: Any = "stretch"  # "stretch", "content" or pixels
    height: Any = "content"
    selection_mode: tuple[str, ...] = ()
    command: str = "vega_lite_chart"  # which st.* made it: line_chart, altair_chart...
    alt: str | None = None  # the accessible name


@dataclass(frozen=True, kw_only=True)
class VegaLiteSelectionChart(Widget, VegaLiteChart):
    """A Vega-Lite chart with `on_select`: its value is the selection state."""

    KIND: ClassVar[str] = "vega_lite_chart"


@dataclass(frozen=True, kw_only=True)
class PlotlyChart(Element):
    KIND: ClassVar[str] = "plotly_chart"
    spec: str  # the figure as Plotly JSON
    config: dict[str, Any] = field(default_factory=dict)
    theme: str | None = "streamlit"
    width: Any = "stretch"
    height: Any = "content"
    selection_mode: tuple[str, ...] = ()
    alt: str | None = None


@dataclass(frozen=True, kw_only=True)
class PlotlySelectionChart(Widget, PlotlyChart):
    KIND: ClassVar[str] = "plotly_chart"


@dataclass(frozen=True, kw_only=True)
class GraphvizChart(Element):
    KIND: ClassVar[str] = "graphviz_chart"
    spec: str  # DOT source
    engine: str = "dot"
    width: Any = "content"
    height: Any = "content"
    alt: str | None = None


# -- selection states: read-only dicts with attribute access, as Streamlit returns them --
_READ_ONLY = (
    "Widget state is read-only because modifying nested values has no effect on the app. "
    "For widget states that support programmatic updates (e.g. st.dataframe selections), "
    "assign a new dictionary to the Session State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class ReadOnlyAttributeDictionary(dict):
    """A dict whose items are also attributes; nested dicts come back wrapped, and no
    part of it can be changed."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'"
            ) from err

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _refuse  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __copy__(self) -> ReadOnlyAttributeDictionary:
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> ReadOnlyAttributeDictionary:
        import copy

        return type(self)({copy.deepcopy(k, memo): copy.deepcopy(v, memo) for k, v in self.items()})

    def __reduce__(self) -> Any:
        return (type(self), (dict(self),))


class VegaLiteState(ReadOnlyAttributeDictionary):
    """`{"selection": {param_name: value}}` of a Vega-Lite chart with `on_select`."""

    @classmethod
    def empty(cls, params: Iterable[str]) -> VegaLiteState:
        return cls({"selection": ReadOnlyAttributeDictionary({p: {} for p in params})})


class PlotlyState(ReadOnlyAttributeDictionary):
    """`{"selection": {"points", "point_indices", "box", "lasso"}}` of a Plotly chart."""

    @classmethod
    def empty(cls) -> PlotlyState:
        parts = {"points": [], "point_indices": [], "box": [], "lasso": []}
        return cls({"selection": ReadOnlyAttributeDictionary(parts)})


class PydeckState(ReadOnlyAttributeDictionary):
    """`{"selection": {"indices": {layer: [...]}, "objects": {layer: [...]}}}`."""

    @classmethod
    def empty(cls) -> PydeckState:
        return cls({"selection": ReadOnlyAttributeDictionary({"indices": {}, "objects": {}})})
