"""Maps: st.map (points from latitude/longitude columns) and st.pydeck_chart.

Both produce deck.gl JSON as pydeck writes it; `st.map` writes a ScatterplotLayer with
Streamlit's column detection, sizes, colours and zoom. Layer ids pydeck drew at random
(UUIDs) are renumbered so a rerun of the same chart is the same element.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..convert.chart_colors import is_color_like, to_int_color_tuple
from ..convert.frames import to_dataframe
from ..elements import maps as el
from ..elements.charts import PydeckState
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from ..runtime.run_context import Cursor, container_method
from ._add import add
from ._chart_layout import chart_width, check_state_not_assigned, normalize_alt
from ._policies import callback_mode, check_key
from ._sizes import check_height, check_width
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["map", "pydeck_chart"]
DECK_SELECTION_CHART = WidgetSpec(
    element=el.DeckSelectionChart, kind="deck_gl_json_chart", keyed_by={"selection_mode"}
)

EMPTY_MAP = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
DEFAULT_ZOOM = 12
# The longitude span each zoom level shows (Streamlit's table).
ZOOM_SPANS = [
    360,
    180,
    90,
    45,
    22.5,
    11.25,
    5.625,
    2.813,
    1.406,
    0.703,
    0.352,
    0.176,
    0.088,
    0.044,
    0.022,
    0.011,
    0.005,
    0.003,
    0.001,
    0.0005,
    0.00025,
]
SELECTION_MODES = ("multi-object", "single-object")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@container_method
def map(
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: int | None = None,
    width: Any = "stretch",
    height: Any = 500,
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Cursor:
    """Points on a map.  >>> st.map(df, latitude="lat", longitude="lon", size=20)"""
    width = chart_width(use_container_width, width, keep_any=True)
    check_width(width, allow_content=False)
    check_height(height, allow_content=False)
    spec = map_spec(data, latitude, longitude, size, color, zoom)
    alt = normalize_alt(alt)
    return add(el.DeckChart(spec=spec, width=width, height=height, command="map", alt=alt))


def map_spec(data: Any, lat: Any, lon: Any, size: Any, color: Any, zoom: Any) -> str:
    """st.map's deck.gl JSON: one ScatterplotLayer over the used columns."""
    if data is None or (hasattr(data, "empty") and data.empty):
        return json.dumps(EMPTY_MAP)
    df = to_dataframe(data)
    lat_col = _lat_or_lon(df, "latitude", lat, LAT_NAMES)
    lon_col = _lat_or_lon(df, "longitude", lon, LON_NAMES)
    size_arg, size_col = _value_or_column(df, size, 100)
    color_arg, color_col = _value_or_column(df, color, "primary")
    used = sorted(c for c in {lat_col, lon_col, size_col, color_col} if c is not None)
    df = df[used].copy()
    fill = _fill_color(df, color_arg, color_col)
    zoom, center_lat, center_lon = _viewport(df, lat_col, lon_col, zoom)
    layer = {
        "@@type": "ScatterplotLayer",
        "getPosition": f"@@=[{lon_col}, {lat_col}]",
        "getRadius": size_arg,
        "radiusMinPixels": 3,
        "radiusUnits": "meters",
        "getFillColor": fill,
        "data": json.loads(df.to_json(orient="records")),
    }
    view = {"latitude": center_lat, "longitude": center_lon, "pitch": 0, "zoom": zoom}
    return json.dumps({"initialViewState": view, "layers": [layer]})


def _lat_or_lon(df: Any, readable: str, given: Any, names: tuple[str, ...]) -> str:
    if isinstance(given, str) and given in df.columns:
        name = given
    else:
        name = next((c for c in names if c in df.columns), None)
        if name is None:
            allowed = ", ".join(repr(n) for n in sorted(names))
            existing = ", ".join(repr(c) for c in df.columns)
            raise StreamlitAPIException(
                f"Map data must contain a {readable} column named: {allowed}. "
                f"Existing columns: {existing}"
            )
    if df[name].isna().any():
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _value_or_column(df: Any, value: Any, default: Any) -> tuple[Any, str | None]:
    if isinstance(value, str) and value in df.columns:
        return f"@@={value}", value
    return (default if value is None else value), None


def _fill_color(df: Any, color: Any, column: str | None) -> Any:
    if column is not None:
        if len(df[column]) > 0 and is_color_like(df[column].iat[0]):
            df[column] = df[column].astype(object).map(to_int_color_tuple)
            return color
        raise StreamlitAPIException(f'Column "{column}" does not appear to contain valid colors.')
    if isinstance(color, str) and color.lower() == "primary":
        return "primary"
    return list(to_int_color_tuple(color))


def _viewport(df: Any, lat: str, lon: str, zoom: Any) -> tuple[Any, float, float]:
    lat_min, lat_max = df[lat].min(), df[lat].max()
    lon_min, lon_max = df[lon].min(), df[lon].max()
    if zoom is None:
        zoom = _zoom_for(max(abs(lat_max - lat_min), abs(lon_max - lon_min)))
    return zoom, float((lat_max + lat_min) / 2.0), float((lon_max + lon_min) / 2.0)


def _zoom_for(span: float) -> int:
    for level in range(len(ZOOM_SPANS) - 1):
        if ZOOM_SPANS[level + 1] < span <= ZOOM_SPANS[level]:
            return level
    return DEFAULT_ZOOM


@container_method
def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    height: Any = 500,
    selection_mode: Any = "single-object",
    on_select: Any = "ignore",
    key: Any = None,
    alt: str | None = None,
) -> Any:
    """A pydeck Deck.  >>> st.pydeck_chart(pdk.Deck(layers=[...], initial_view_state=...))"""
    width = chart_width(use_container_width, width, keep_any=True)
    check_width(width, allow_content=False)
    check_height(height, allow_content=False)
    spec = json.dumps(EMPTY_MAP) if pydeck_obj is None else _stable_ids(pydeck_obj.to_json())
    fields = {
        "spec": spec,
        "tooltip": _tooltip(pydeck_obj),
        "width": width,
        "height": height,
        "alt": normalize_alt(alt),
    }
    callback = callback_mode(on_select, "on_select")
    key = check_key(key)
    if on_select == "ignore":
        return add(el.DeckChart(**fields))
    mode = _selection_mode(selection_mode)
    check_state_not_assigned(key, PydeckState)
    return add_widget(
        DECK_SELECTION_CHART,
        Common(key=key, on_change=callback),
        default=PydeckState.empty(),
        identity={"spec": spec, "selection_mode": mode, "alt": fields["alt"]},
        fields={**fields, "selection_mode": mode},
    )


def _selection_mode(mode: Any) -> str:
    if not isinstance(mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode", "str", type(mode).__name__, "Selection mode must be a single value."
        )
    if mode not in SELECTION_MODES:
        raise StreamlitValueError("selection_mode", "'multi-object', 'single-object'")
    return mode


def _tooltip(deck: Any) -> Any:
    if deck is None:
        return None
    widget = getattr(deck, "deck_widget", None)
    if widget is not None and isinstance(widget.tooltip, dict):
        return widget.tooltip
    tooltip = getattr(deck, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None


def _stable_ids(spec_json: str) -> str:
    """pydeck's random layer ids (UUIDs) replaced by positional ones."""
    spec = json.loads(spec_json)
    for index, layer in enumerate(spec.get("layers") or []):
        if isinstance(layer, dict) and _UUID.match(str(layer.get("id", ""))):
            layer["id"] = f"layer-{index}"
    return json.dumps(spec)
