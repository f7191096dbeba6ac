"""The kernel side of the data grid: a frame's column schema, and its rows page by page.

Note [Paging]
~~~~~~~~~~~~~
The browser never holds the frame. The widget's first state carries the column schema,
the row count and the first screen of rows; the view asks for more (`rows` requests with
a start, a count and an optional sort) as the user scrolls. Sorting happens here: the
stable order for one (column, direction) is computed once and cached, so a page of a
sorted million-row frame costs a slice. Cells travel as display values (formatted here,
see elements/cell_formats.py), with the Styler's CSS for the rows sent only.
"""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ..elements.cell_formats import format_date, format_number
from .html import safe_url

INDEX = "_index"  # Streamlit's name for the index column in column_config
MAX_PAGE = 1000  # rows one request may ask for
ROW_HEIGHT = 35  # px, Streamlit's default
SORT_CACHE = 4  # orders kept per grid
EDITABLE_KINDS = ("text", "number", "checkbox", "selectbox", "date", "datetime", "time", "link")


class PageError(ValueError):
    """A page request that does not fit this grid."""


@dataclass
class GridColumn:
    """One shown column: the index (`position` < 0, its level is -position-1) or data."""

    name: str
    label: str
    kind: str
    position: int
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def type_config(self) -> dict[str, Any]:
        return self.config.get("type_config") or {}

    def schema(self) -> dict[str, Any]:
        """What the browser needs to draw (and edit) this column."""
        extra = {k: v for k, v in self.type_config.items() if k not in ("type", "format")}
        align = self.config.get("alignment") or _DEFAULT_ALIGN.get(self.kind, "left")
        out = {
            "name": self.name,
            "label": self.label,
            "kind": self.kind,
            "align": align,
            "index": self.position < 0,
            **extra,
        }
        for key in ("width", "help", "pinned", "disabled", "required", "default", "group"):
            if self.config.get(key) is not None:
                out[key] = self.config[key]
        if isinstance(out.get("width"), str):
            out["width"] = {"small": 75, "medium": 200, "large": 400}.get(out["width"])
        return out


_DEFAULT_ALIGN = {"number": "right", "progress": "left", "checkbox": "center"}


def _kind_of(values: Any) -> str:
    """The column type Streamlit picks for a pandas Series or Index."""
    import pandas as pd

    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "checkbox"
    if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_complex_dtype(dtype):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "datetime"
    if pd.api.types.is_object_dtype(dtype) and len(values):
        inferred = pd.api.types.infer_dtype(values[:100], skipna=True)
        kinds = {
            "date": "date",
            "time": "time",
            "datetime": "datetime",
            "boolean": "checkbox",
            "integer": "number",
            "floating": "number",
            "decimal": "number",
            "mixed-integer-float": "number",
        }
        if inferred in kinds:
            return kinds[inferred]
        first = next((v for v in values[:100] if v is not None), None)
        if isinstance(first, list | tuple) or type(first).__name__ == "ndarray":
            return "list"
    return "text"


def _config_for(mapping: dict[Any, dict[str, Any]], name: Any, position: int) -> dict[str, Any]:
    config = dict(mapping.get(name) or mapping.get(str(name)) or {})
    if not config and isinstance(position, int) and position >= 0:
        config = dict(mapping.get(f"_pos:{position}") or {})
    return config


def build_columns(
    frame: Any,
    mapping: dict[Any, dict[str, Any]],
    order: tuple[str, ...] | None,
    hide_index: bool | None,
) -> list[GridColumn]:
    """The shown columns: index levels first (unless hidden), then data columns in
    `order` (all of them when None), each with its config and kind."""
    columns: list[GridColumn] = []
    index_config = mapping.get(INDEX, {})
    if not (hide_index or index_config.get("hidden")):
        for level in range(frame.index.nlevels):
            values = frame.index.get_level_values(level)
            label = index_config.get("label") or ("" if values.name is None else str(values.name))
            kind = index_config.get("type_config", {}).get("type") or _kind_of(values)
            columns.append(GridColumn(INDEX, label, kind, -level - 1, index_config))
    names = [str(c) for c in frame.columns]
    wanted = range(len(names)) if order is None else [names.index(n) for n in order]
    for position in wanted:
        config = _config_for(mapping, frame.columns[position], position)
        if config.get("hidden"):
            continue
        kind = (config.get("type_config") or {}).get("type") or _kind_of(frame.iloc[:, position])
        title, group = _header(frame.columns[position], names[position])
        if group:
            config.setdefault("group", group)
        label = config.get("label") or title
        columns.append(GridColumn(names[position], label, kind, position, config))
    return columns


def _header(label: Any, name: str) -> tuple[str, str]:
    """A column's title and group: a MultiIndex column ("a", "x") is titled "x" under the
    group "a" (levels above joined by " / "), as Streamlit draws it."""
    if not isinstance(label, tuple):
        return name, ""
    levels = [str(level) for level in label]
    return levels[-1], " / ".join(level for level in levels[:-1] if level)


class GridSource:
    """A frame (with its Styler and config) as the grid shows it, served in pages."""

    def __init__(
        self,
        frame: Any,
        *,
        styler: Any = None,
        column_config: Any = None,
        column_order: tuple[str, ...] | None = None,
        hide_index: bool | None = None,
        row_ids: Any = None,
        raw: bool = False,
    ) -> None:
        self.frame = frame
        self.styler = styler
        self.columns = build_columns(frame, column_config or {}, column_order, hide_index)
        self.row_ids = row_ids  # original positions of rows (an edited frame), or None
        self.raw = raw  # also send raw values, for editors
        self._orders: OrderedDict[tuple[int, bool], Any] = OrderedDict()
        self._styles: dict[tuple[int, int], list[tuple[str, str]]] | None = None

    @property
    def num_rows(self) -> int:
        return len(self.frame)

    def schema(self) -> list[dict[str, Any]]:
        return [c.schema() for c in self.columns]

    # -- sorting ---------------------------------------------------------------------
    def order(self, sort: Any) -> Any:
        """Row positions in the order `sort` ({"column": i, "ascending": bool}) asks for."""
        if sort is None:
            return None
        column, ascending = _checked_sort(sort, len(self.columns))
        key = (column, ascending)
        if key not in self._orders:
            self._orders[key] = self._sorted_positions(self.columns[column], ascending)
            while len(self._orders) > SORT_CACHE:
                self._orders.popitem(last=False)
        self._orders.move_to_end(key)
        return self._orders[key]

    def _sorted_positions(self, column: GridColumn, ascending: bool) -> Any:
        import pandas as pd

        values = pd.Series(self._values(column), copy=False).reset_index(drop=True)
        try:
            ordered = values.sort_values(ascending=ascending, kind="stable", na_position="last")
        except TypeError:  # mixed types: sort by the text shown
            ordered = values.astype(str).sort_values(ascending=ascending, kind="stable")
        return ordered.index.to_numpy()

    def _values(self, column: GridColumn) -> Any:
        if column.position < 0:
            return self.frame.index.get_level_values(-column.position - 1)
        return self.frame.iloc[:, column.position]

    # -- pages -----------------------------------------------------------------------
    def page(self, start: int, count: int, sort: Any = None) -> dict[str, Any]:
        """Rows `start` to `start + count` (in `sort` order): display cells, their CSS,
        the rows' ids when they are not simply their positions, and raw values for editors."""
        start, count = _checked_range(start, count, self.num_rows)
        order = self.order(sort)
        positions = (
            list(range(start, start + count))
            if order is None
            else [int(p) for p in order[start : start + count]]
        )
        rows = self.frame.take(positions) if positions else self.frame.iloc[:0]
        page: dict[str, Any] = {"start": start, "rows": self._cells(rows, positions)}
        if order is not None or self.row_ids is not None:
            page["ids"] = [self._row_id(p) for p in positions]
        css = self._css(positions)
        if css:
            page["css"] = css
        if self.raw:
            page["raw"] = [[_raw(v) for v in row] for row in self._raw_rows(rows)]
        return page

    def _row_id(self, position: int) -> int:
        return position if self.row_ids is None else int(self.row_ids[position])

    def _raw_rows(self, rows: Any) -> list[list[Any]]:
        columns = [self._column_values(rows, c) for c in self.columns]
        return [list(r) for r in zip(*columns, strict=True)] if columns else [[] for _ in rows]

    def _column_values(self, rows: Any, column: GridColumn) -> list[Any]:
        if column.position < 0:
            return list(rows.index.get_level_values(-column.position - 1))
        return list(rows.iloc[:, column.position])

    def _cells(self, rows: Any, positions: list[int]) -> list[list[Any]]:
        shown = []
        for column in self.columns:
            values = self._column_values(rows, column)
            styled = self._styled_text(column, positions, values)
            shown.append([cell(column, v, s) for v, s in zip(values, styled, strict=True)])
        return [list(r) for r in zip(*shown, strict=True)] if shown else [[] for _ in positions]

    def _styled_text(
        self, column: GridColumn, positions: list[int], values: list[Any]
    ) -> list[Any]:
        """The Styler's display text for these cells (None where the Styler has none)."""
        formatted = "format" in column.type_config
        if self.styler is None or column.position < 0 or formatted:
            return [None] * len(values)
        funcs = self.styler._display_funcs  # a defaultdict: pandas' default display too
        return [funcs[(p, column.position)](v) for p, v in zip(positions, values, strict=True)]

    def _css(self, positions: list[int]) -> dict[str, str]:
        """`{"row,col": css}` for styled cells among `positions` (row relative to the page)."""
        if self.styler is None:
            return {}
        if self._styles is None:
            self.styler._compute()
            self._styles = dict(self.styler.ctx)
        out = {}
        for r, p in enumerate(positions):
            for c, column in enumerate(self.columns):
                props = self._styles.get((p, column.position)) if column.position >= 0 else None
                if props:
                    out[f"{r},{c}"] = "; ".join(f"{k}: {v}" for k, v in props)
        return out


def _checked_range(start: Any, count: Any, total: int) -> tuple[int, int]:
    if not isinstance(start, int) or not isinstance(count, int) or isinstance(start, bool):
        raise PageError("start and count must be integers")
    if start < 0 or count < 0 or count > MAX_PAGE:
        raise PageError(f"a page starts at 0 or later and holds at most {MAX_PAGE} rows")
    if start > total:
        raise PageError(f"the grid has {total} rows; a page cannot start at {start}")
    return start, min(count, total - start)


def _checked_sort(sort: Any, columns: int) -> tuple[int, bool]:
    if not isinstance(sort, dict):
        raise PageError("sort must be {column, ascending}")
    column, ascending = sort.get("column"), sort.get("ascending", True)
    if not isinstance(column, int) or isinstance(column, bool) or not 0 <= column < columns:
        raise PageError(f"no column {column!r} to sort by")
    if not isinstance(ascending, bool):
        raise PageError("ascending must be true or false")
    return column, ascending


def _missing(value: Any) -> bool:
    """None, NaN, NaT or pd.NA (a nullable column's gap, which has no truth value)."""
    if value is None:
        return True
    import pandas as pd

    try:
        return bool(pd.isna(value)) if pd.api.types.is_scalar(value) else False
    except (TypeError, ValueError):
        return False


def _numbers(value: Any) -> list[float] | None:
    try:
        return [float(v) for v in value]
    except (TypeError, ValueError):
        return None


def cell(column: GridColumn, value: Any, styled: str | None = None) -> Any:
    """One cell as the browser draws it (None: empty)."""
    kind, config = column.kind, column.type_config
    if kind == "list":
        return None if value is None else [str(v) for v in value]
    if kind in ("line_chart", "bar_chart", "area_chart"):
        return None if value is None else _numbers(value)
    if _missing(value):
        return None
    if styled is not None:
        return styled
    try:
        return _SHOW.get(kind, _text)(value, config)
    except (TypeError, ValueError, AttributeError, ArithmeticError, OverflowError):
        return str(value)  # a value the configured type cannot show (text in a date column)


def _text(value: Any, _config: dict[str, Any]) -> str:
    return value if isinstance(value, str) else str(value)


def _number(value: Any, config: dict[str, Any]) -> str | None:
    try:
        return format_number(value, config.get("format"))
    except (TypeError, ValueError):
        return str(value)


def _checkbox(value: Any, _config: dict[str, Any]) -> bool:
    return bool(value)


def _link(value: Any, config: dict[str, Any]) -> list[Any]:
    import re

    href = str(value)
    text = config.get("display_text")
    if text and "(" in text:
        match = re.search(text, href)
        text = match.group(1) if match and match.groups() else href
    return [safe_url(href), text or href]


def _image(value: Any, _config: dict[str, Any]) -> str | None:
    return safe_url(str(value), image=True)


def _progress(value: Any, config: dict[str, Any]) -> list[Any]:
    low, high = config.get("min_value", 0), config.get("max_value", 1)
    number = float(value)
    fraction = 0.0 if high == low else (number - low) / (high - low)
    fraction = 0.0 if math.isnan(fraction) else max(0.0, min(1.0, fraction))
    return [fraction, format_number(number, config.get("format") or "percent")]


def _selectbox(value: Any, config: dict[str, Any]) -> str:
    for option in config.get("options") or ():
        if isinstance(option, dict) and option.get("value") == value:
            return str(option.get("label", value))
    return str(value)


def _in_zone(value: Any, zone: str | None) -> Any:
    """`value` in DatetimeColumn's `timezone` (a naive value is taken as UTC, as Streamlit)."""
    if not zone:
        return value
    import pandas as pd

    try:
        when = pd.Timestamp(value)
        return (when.tz_localize("UTC") if when.tzinfo is None else when).tz_convert(zone)
    except (TypeError, ValueError, KeyError):
        return value


def _json(value: Any, _config: dict[str, Any]) -> str:
    return json.dumps(value, default=str)


_SHOW = {
    "number": _number,
    "checkbox": _checkbox,
    "link": _link,
    "image": _image,
    "progress": _progress,
    "selectbox": _selectbox,
    "json": _json,
    "date": lambda v, c: format_date(v, c.get("format"), "date"),
    "datetime": lambda v, c: format_date(
        _in_zone(v, c.get("timezone")), c.get("format"), "datetime", c.get("step")
    ),
    "time": lambda v, c: format_date(v, c.get("format"), "time", c.get("step")),
}


def _raw(value: Any) -> Any:
    """A value as JSON can carry it, for an editor's input."""
    if hasattr(value, "tolist") and getattr(value, "ndim", 0) > 0:
        value = value.tolist()  # an array in a cell
    if _missing(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple):
        return [_raw(v) for v in value]
    return str(value)
