"""Vega-Lite specs for the built-in charts (line, area, bar, scatter), as Streamlit builds them.

Streamlit builds these with Altair (streamlit/elements/lib/built_in_chart_utils.py); we write
the same Vega-Lite JSON directly, so running a chart needs no Altair. After
preparing the data as Streamlit does (chart_data.py), we write the encodings
(x, y, color, size, tooltip, stack, sort, offset for grouped bars) and the scale-binding
`interactive()` parameter; line charts get Streamlit's hover layers. The data travels apart
from the spec: the spec names the dataset `DATA_NAME`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import StreamlitAPIException, StreamlitValueError
from .chart_colors import (
    invalid_color_argument,
    is_builtin_color_name,
    is_color_like,
    to_css_color,
)
from .chart_data import (
    COLOR_COLUMN,
    COLOR_TITLE,
    INDEX_COLUMN,
    INDEX_TITLE,
    MISSING_COLUMN,
    VALUE_COLUMN,
    VALUE_TITLE,
    Columns,
    pick_columns,
    prepare_data,
)

DATA_NAME = "data"
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
STACKS = (None, True, False, "normalize", "center", "layered")

COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
HOVER_THROTTLE_ROWS = 1000


@dataclass(frozen=True)
class ChartKind:
    mark: str
    command: str
    horizontal: bool = False

    @property
    def is_bar(self) -> bool:
        return self.mark == "bar"


LINE = ChartKind("line", "line_chart")
AREA = ChartKind("area", "area_chart")
BAR = ChartKind("bar", "bar_chart")
HORIZONTAL_BAR = ChartKind("bar", "bar_chart", horizontal=True)
SCATTER = ChartKind("circle", "scatter_chart")


def check_stack(stack: Any) -> None:
    if stack not in STACKS:
        raise StreamlitValueError("stack", "True, False, 'normalize', 'center', 'layered', None")


def build_chart(
    kind: ChartKind,
    df: Any,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Any = None,
    height: Any = None,
    stack: Any = None,
    sort: Any = False,
) -> tuple[dict[str, Any], Any]:
    """The chart's Vega-Lite spec and the (long-format) DataFrame it draws."""
    x_col, y_list, color_col, color_value, size_col, size_value, sort_col = pick_columns(
        df, x, y, color, size, sort
    )
    data, cols = prepare_data(df, x_col, y_list, color_col, size_col, sort_col)
    enc = _axis_encodings(data, kind, cols, x, y, x_label, y_label, stack, sort)
    if stack is False and cols.color is not None:
        enc.update(_offset(kind, cols.color))
    if cols.color and (kind is AREA or stack == "layered"):
        enc["opacity"] = {"value": 0.7}
    color_enc = _color_encoding(data, color_value, cols, color)
    if color_enc is not None:
        enc["color"] = color_enc
    size_enc = _size_encoding(kind, data, cols, size_value)
    if size_enc is not None:
        enc["size"] = size_enc
    if cols.x is not None and cols.y is not None:
        enc["tooltip"] = _tooltip(data, cols)
    chart_w = width if isinstance(width, int) and not isinstance(width, bool) else 0
    chart_h = height if isinstance(height, int) and not isinstance(height, bool) else 0
    if kind is LINE and cols.x is not None:
        spec = _line_layers(enc, cols.x, len(data), chart_w, chart_h)
    else:
        spec = {"mark": {"type": kind.mark}, "encoding": enc, "width": chart_w, "height": chart_h}
        spec["params"] = [_scales_param("param_1")]
    spec["data"] = {"name": DATA_NAME}
    spec["$schema"] = SCHEMA
    return spec, data


# -- encodings ------------------------------------------------------------------------
def infer_type(values: Any) -> str:
    """Vega-Lite's type for a column, as Altair infers it."""
    from pandas.api.types import infer_dtype

    kind = infer_dtype(values)
    if kind in {"floating", "mixed-integer-float", "integer", "mixed-integer", "complex"}:
        return "quantitative"
    if kind == "categorical" and values.cat.ordered:
        return "ordinal"
    if kind in {"datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"}:
        return "temporal"
    return "nominal"


def _is_date_column(data: Any, name: str | None) -> bool:
    return name is not None and data[name].size > 0 and isinstance(data[name].iat[0], date)


def _axis(data: Any, name: str | None, grid: bool) -> dict[str, Any]:
    from pandas.api.types import is_integer_dtype

    if name is not None and is_integer_dtype(data[name]):
        return {"tickMinStep": 1, "grid": grid}
    return {"grid": grid}


def _axis_encodings(
    data: Any,
    kind: ChartKind,
    cols: Columns,
    x: Any,
    y: Any,
    x_label: Any,
    y_label: Any,
    stack: Any,
    sort: Any,
) -> dict[str, Any]:
    if kind.horizontal:  # the bars run along x: the y column goes on the x axis
        x_enc = _position(data, kind, "x", cols.y, y, y_label, cols)
        y_enc = _position(data, kind, "y", cols.x, x, x_label, cols)
        stacked, sorted_enc = x_enc, y_enc
    else:
        x_enc = _position(data, kind, "x", cols.x, x, x_label, cols)
        y_enc = _position(data, kind, "y", cols.y, y, y_label, cols)
        stacked, sorted_enc = y_enc, x_enc
    if stack is not None:
        stacked["stack"] = False if stack == "layered" else stack
    if kind.is_bar:
        _apply_sort(sorted_enc, sort, cols)
    return {"x": x_enc, "y": y_enc}


def _position(
    data: Any,
    kind: ChartKind,
    channel: str,
    column: str | None,
    from_user: Any,
    label: Any,
    cols: Columns,
) -> dict[str, Any]:
    if column is None:
        field, title = MISSING_COLUMN, ""
    elif column == (INDEX_COLUMN if channel == "x" else VALUE_COLUMN):  # as Streamlit
        field, title = column, ""
    else:
        field, title = column, "" if from_user is None else cols.title(column)
    if label is not None:
        title = label
    grid = kind is HORIZONTAL_BAR if channel == "x" else kind is not HORIZONTAL_BAR
    return {
        "field": field,
        "title": title,
        "type": _position_type(data, kind, channel, column),
        "scale": {},
        "axis": _axis(data, column, grid),
    }


def _position_type(data: Any, kind: ChartKind, channel: str, column: str | None) -> str:
    discrete = (kind is BAR and channel == "x") or (kind is HORIZONTAL_BAR and channel == "y")
    if discrete and not _is_date_column(data, column):
        return "ordinal"
    return "quantitative" if column is None else infer_type(data[column])


def _apply_sort(encoding: dict[str, Any], sort: Any, cols: Columns) -> None:
    if sort is False:
        encoding["sort"] = None
    elif sort is not True:
        name = sort.removeprefix("-")
        field = next((a for a, o in cols.aliases.items() if o == name), name)
        order = "descending" if sort.startswith("-") else "ascending"
        encoding["sort"] = {"field": field, "order": order}


def _offset(kind: ChartKind, color: str) -> dict[str, Any]:
    if kind.horizontal:
        return {"xOffset": {}, "yOffset": {"field": color}}
    return {"xOffset": {"field": color}, "yOffset": {}}


def _color_encoding(data: Any, value: Any, cols: Columns, from_user: Any) -> dict | None:
    if value not in (None, [], ()):
        return _color_value(value, cols, from_user)
    if cols.color is None:
        return None
    if cols.color == COLOR_COLUMN:
        return {"field": cols.color, "legend": COLOR_LEGEND, "type": "nominal", "title": " "}
    enc: dict[str, Any] = {
        "field": cols.color,
        "legend": COLOR_LEGEND,
        "type": infer_type(data[cols.color]),
    }
    if cols.color in cols.aliases:
        enc["title"] = cols.aliases[cols.color]
    column = data[cols.color]
    if len(column) and is_color_like(column.iat[0]):
        enc["scale"] = {"range": [to_css_color(c) for c in column.unique()]}
        enc["legend"] = None
    return enc


def _color_value(value: Any, cols: Columns, from_user: Any) -> dict[str, Any]:
    single = is_color_like(value) or (isinstance(value, str) and is_builtin_color_name(value))
    if single:
        if len(cols.y_list) != 1:
            raise color_length_mismatch([value] if value else [], cols.y_list)
        return {
            "value": value
            if isinstance(value, str) and not is_color_like(value)
            else to_css_color(value)
        }
    if isinstance(value, list | tuple):
        if len(value) != len(cols.y_list):
            raise color_length_mismatch(value, cols.y_list)
        resolved = [c if is_builtin_color_name(c) else to_css_color(c) for c in value]
        if len(value) == 1:
            return {"value": resolved[0]}
        enc: dict[str, Any] = {
            "scale": {"domain": cols.y_list, "range": resolved},
            "legend": COLOR_LEGEND,
            "type": "nominal",
            "title": " ",
        }
        if cols.color is not None:
            enc["field"] = cols.color
        return enc
    raise invalid_color_argument(from_user)


def color_length_mismatch(values: Any, y_list: list[str]) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The list of colors `{values}` must have the same length as the list of columns "
        f"to be colored `{y_list}`."
    )


def _size_encoding(kind: ChartKind, data: Any, cols: Columns, value: Any) -> dict | None:
    if kind is not SCATTER:
        return None
    if cols.size is not None:
        return {
            "field": cols.size,
            "title": cols.title(cols.size),
            "legend": SIZE_LEGEND,
            "type": infer_type(data[cols.size]),
        }
    if value is None:
        return {"value": 100}
    if isinstance(value, float | int) and not isinstance(value, bool):
        return {"value": value}
    raise StreamlitValueError("size", "a column name, a number", f"Got {value!r}.")


def _tooltip(data: Any, cols: Columns) -> list[dict[str, Any]]:
    def tip(name: str, title: str | None = None, kind: str | None = None) -> dict[str, Any]:
        out = {"field": name, "type": kind or infer_type(data[name])}
        if title is not None:
            out["title"] = title
        return out

    def named(name: str) -> dict[str, Any]:
        return tip(name, cols.aliases.get(name))

    tips = [tip(cols.x, INDEX_TITLE) if cols.x == INDEX_COLUMN else named(cols.x)]  # type: ignore[arg-type]
    tips.append(
        tip(cols.y, VALUE_TITLE, "quantitative") if cols.y == VALUE_COLUMN else named(cols.y)  # type: ignore[arg-type]
    )
    if cols.color:  # Streamlit means to skip colour values here, but its check never does
        tips.append(
            tip(cols.color, COLOR_TITLE, "nominal")
            if cols.color == COLOR_COLUMN
            else named(cols.color)
        )
    if cols.size:
        tips.append(named(cols.size))
    return tips


# -- composition ---------------------------------------------------------------------------
def _scales_param(name: str) -> dict[str, Any]:
    """Altair's `.interactive()`: pan and zoom bound to the scales."""
    return {"name": name, "select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales"}


def _line_layers(enc: dict[str, Any], x: str, rows: int, width: int, height: int) -> dict:
    """Streamlit's line chart: the line, invisible points that find the nearest x on
    hover, and the highlighted points there."""
    hover = "mousemove{16}" if rows > HOVER_THROTTLE_ROWS else "mousemove"
    return {
        "layer": [
            {"mark": {"type": "line"}, "encoding": enc, "name": "view_1"},
            {"mark": {"type": "point", "opacity": 0}, "encoding": enc, "name": "view_2"},
            {
                "mark": {"type": "point", "filled": True, "size": 65},
                "encoding": enc,
                "transform": [{"filter": {"param": "param_1", "empty": False}}],
            },
        ],
        "config": {"legend": {"symbolType": "stroke"}},
        "height": height,
        "width": width,
        "params": [
            {
                "name": "param_1",
                "select": {
                    "type": "point",
                    "clear": "mouseleave",
                    "fields": [x],
                    "nearest": True,
                    "on": hover,
                },
                "views": ["view_2"],
            },
            {**_scales_param("param_2"), "views": ["view_1"]},
        ],
    }
