"""The kernel side of the data grid: a frame's column schema, and its rows page by page.

Note [Paging]
~~~~~~~~~~~~~
The browser never holds the frame. The widget's first state carries the column schema,
the row count and the first screen of rows; the view asks for more (`rows` requests with
a start, a count and an optional sort) as the user scrolls. Sorting happens here: the
stable order for one (column, direction) is computed once and cached, so a page of a
sorted million-row frame costs a slice. Cells travel as display values (render/grid_cells.py,
convert/cell_formats.py), with the Styler's CSS (colours and weight) for the rows sent only.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from .grid_cells import cell, raw

INDEX = "_index"  # Streamlit's name for the index column in column_config
MAX_PAGE = 1000  # rows one request may ask for
ROW_HEIGHT = 35  # px, Streamlit's default
SORT_CACHE = 4  # orders kept per grid
GRID_STYLES = frozenset({"color", "background-color", "font-weight"})  # Styler CSS the grid shows


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
    if pd.api.types.is_timedelta64_dtype(dtype):
        return "duration"
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
    """A data column's config: a key that is an int means a position (as in Streamlit, even
    when the labels are ints too); any other key is matched to the label as text."""
    for key, config in mapping.items():  # (type, not isinstance: a bool key is no position)
        if type(key) is int and key == position:
            return dict(config)
    named = (v for k, v in mapping.items() if type(k) is not int and str(k) == str(name))
    return dict(next(named, None) or {})


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
        all_styles: bool = False,
    ) -> None:
        self.frame = frame
        self.styler = styler
        self.columns = build_columns(frame, column_config or {}, column_order, hide_index)
        self.row_ids = row_ids  # original positions of rows (an edited frame), or None
        self.raw = raw  # also send raw values, for editors
        self.all_styles = all_styles  # every Styler property (st.table), not just GRID_STYLES
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
            page["raw"] = [[raw(v) for v in row] for row in self._raw_rows(rows)]
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
            kind, config = column.kind, column.type_config
            shown.append([cell(kind, config, v, s) for v, s in zip(values, styled, strict=True)])
        return [list(r) for r in zip(*shown, strict=True)] if shown else [[] for _ in positions]

    def _styled_text(
        self, column: GridColumn, positions: list[int], values: list[Any]
    ) -> list[Any]:
        """The Styler's display text for these cells (None where the Styler has none)."""
        formatted = "format" in column.type_config
        if self.styler is None or column.position < 0 or formatted:
            return [None] * len(values)
        funcs = self.styler._display_funcs  # a defaultdict; .get() does not grow it per view
        default = funcs.default_factory()
        at = column.position
        return [(funcs.get((p, at)) or default)(v) for p, v in zip(positions, values, strict=True)]

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
                shown = [(k, v) for k, v in props or () if _allowed_style(k, v, self.all_styles)]
                if shown:
                    out[f"{r},{c}"] = "; ".join(f"{k}: {v}" for k, v in shown)
        return out


def _allowed_style(prop: str, value: Any, all_styles: bool) -> bool:
    """The Styler CSS a cell may carry: the grid draws only colours and weight, as Streamlit's
    grid does; a table takes more. Never a url(), which could fetch from another host."""
    if "url(" in str(value).lower() or "expression(" in str(value).lower():
        return False
    return all_styles or prop.strip().lower() in GRID_STYLES


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
