"""Metric as HTML; dataframe as the paged grid (DataGridView in labextension/src/grid.ts,
which data_editor shares); table as a static HTML table built from the same cells."""

from __future__ import annotations

import json
import logging
from typing import Any

import ipywidgets as w
from traitlets import Bool, Dict, Instance, Int, List, Unicode

from ...convert.selection import validated_selection
from ...elements import data as el
from ..grid import ROW_HEIGHT, GridSource, PageError
from ..html import escape, markdown_html
from ..views import RequestError, View
from .base import Rejected, Traits, adapts

log = logging.getLogger(__name__)
FIRST_SCREEN = 11  # rows a default-height grid shows (10), and one more


class DataGrid(View):
    """The grid widget. Its state holds the schema and the first rows; the view asks for
    the rest (`rows` requests, see render/grid.py Note [Paging]). `value` is what the
    browser sends back: the selection, or the edits, as JSON text."""

    _model_name = Unicode("DataGridModel").tag(sync=True)
    _view_name = Unicode("DataGridView").tag(sync=True)
    columns = List(Dict()).tag(sync=True)
    num_rows = Int(0).tag(sync=True)
    first_page = Dict().tag(sync=True)
    version = Int(0).tag(sync=True)  # bumped when rows the browser holds are no longer valid
    grid_width = Unicode("stretch").tag(sync=True)
    grid_height = Unicode("auto").tag(sync=True)
    row_height = Int(35).tag(sync=True)
    placeholder = Unicode("").tag(sync=True)
    selection_mode = List(Unicode()).tag(sync=True)
    editing_mode = Unicode("read_only").tag(sync=True)
    disabled = Bool(False).tag(sync=True)
    value = Unicode("").tag(sync=True)

    # No Layout widget of its own: its comm costs ~1.6 KB per grid on first paint, and the
    # grid sizes itself (grid_width, grid_height).
    layout = Instance(w.Layout, allow_none=True, default_value=None).tag(
        sync=True, **w.widget_serialization
    )

    def __init__(self, grid: el.Dataframe | None = None, **kwargs: Any) -> None:
        self._source: GridSource | None = None
        if grid is not None:  # the first state goes out whole, in the comm's opening message
            kwargs = {**self._show(grid), **kwargs}
        kwargs.setdefault("_dom_classes", ("st-dataframe",))
        super().__init__(**kwargs)
        self.handle("rows", self._rows)

    @property
    def grid(self) -> GridSource | None:
        return self._source

    @grid.setter
    def grid(self, element: el.Dataframe) -> None:
        with self.hold_sync():
            for name, value in self._show(element).items():
                setattr(self, name, value)

    def _show(self, element: el.Dataframe) -> dict[str, Any]:
        """The traits that show `element`: only a row count (the new rows of the first
        screen are pushed) when its frame extends the one shown, else a new schema and
        first page."""
        source = _source(element)
        old, self._source = self._source, source
        columns = source.schema()
        if old is not None and columns == self.columns and _extends(source, old):
            self._send_appended(old.num_rows, source)
            return {"num_rows": source.num_rows}
        count = _rows_in(element) + 1
        traits = {
            "columns": columns,
            "num_rows": source.num_rows,
            "first_page": source.page(0, min(count, source.num_rows)),
        }
        if old is not None:
            traits["version"] = self.version + 1
        return traits

    def _send_appended(self, start: int, source: GridSource) -> None:
        """The new rows that fall in the first screen; later ones are asked for on scroll."""
        shown = max(FIRST_SCREEN, len(self.first_page.get("rows", ())))
        if start < shown and source.num_rows > start:
            page = source.page(start, min(source.num_rows, shown) - start)
            self.send({"event": "rows", **page})

    def _rows(self, content: dict[str, Any], _buffers: list[bytes]) -> tuple[dict, list]:
        if self._source is None:
            raise RequestError("the grid has no data yet")
        try:
            page = self._source.page(
                content.get("start"), content.get("count"), content.get("sort")
            )
        except PageError as exc:
            log.warning("DataGrid: refused a rows request: %s", exc)
            raise RequestError(str(exc)) from None
        return {**page, "version": self.version}, []


def _rows_in(e: el.Dataframe) -> int:
    """Rows the grid shows at first (Streamlit's "auto" height: 10)."""
    return e.height // _row_height(e) if isinstance(e.height, int) else 10


def _row_height(e: el.Dataframe) -> int:
    """The row height asked for, or Streamlit's default when none (or a useless one)."""
    asked = e.row_height
    return (
        asked
        if isinstance(asked, int) and not isinstance(asked, bool) and asked > 0
        else ROW_HEIGHT
    )


def _source(e: el.Dataframe) -> GridSource:
    edited = getattr(e, "edited", None)
    frame = e.data if edited is None else edited
    return GridSource(
        frame,
        styler=e.styler,
        column_config=e.column_config,
        column_order=e.column_order,
        hide_index=e.hide_index,
        row_ids=getattr(e, "row_ids", None),
        raw=e.editing_mode != "read_only",
    )


def _extends(new: GridSource, old: GridSource) -> bool:
    """Does `new`'s frame begin with all of `old`'s rows (add_rows, a growing frame)?"""
    if new.num_rows <= old.num_rows or new.styler is not None or new.row_ids is not None:
        return False
    try:
        return bool(new.frame.iloc[: old.num_rows].equals(old.frame))
    except Exception:
        return False


def grid_traits(e: el.Dataframe) -> Traits:
    return {
        "grid": e,
        "grid_width": str(e.width),
        "grid_height": str(e.height),
        "row_height": _row_height(e),
        "placeholder": e.placeholder or "",
        "selection_mode": list(e.selection_mode),
        "editing_mode": e.editing_mode,
        "disabled": bool(getattr(e, "disabled", False)),
    }


@adapts(el.Dataframe, widget=DataGrid, classes=("st-dataframe",))
def dataframe(e: el.Dataframe) -> Traits:
    return grid_traits(e)


def read_json(raw: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        raise Rejected(f"not JSON: {raw!r:.100}") from None
    if not isinstance(value, dict) or not set(value) <= set(keys):
        raise Rejected(f"unexpected state {value!r:.200}")
    return value


def read_selection(e: el.SelectableDataframe, raw: Any) -> dict[str, Any]:
    """The browser's selection, keeping only rows, columns and cells that exist and that
    the selection modes allow (as Streamlit checks a selection state)."""
    try:
        value = json.loads(raw)
        columns = [str(c) for c in e.data.columns]
        return validated_selection(value, len(e.data), columns, e.selection_mode, from_browser=True)
    except (TypeError, ValueError):
        raise Rejected(f"not a selection: {raw!r:.200}") from None


def _selection_traits(e: el.SelectableDataframe) -> Traits:
    return {**grid_traits(e), "value": json.dumps(e.value, default=list)}


adapts(
    el.SelectableDataframe,
    widget=DataGrid,
    read=read_selection,
    classes=("st-dataframe",),
)(_selection_traits)


# -- metric and table ----------------------------------------------------------------------
def _delta_class(e: el.Metric) -> str:
    if e.delta_color == "off" or not e.delta:
        return "st-delta-off"
    down = e.delta.lstrip().startswith("-")
    if e.delta_color == "normal":
        return "st-delta-down" if down else "st-delta-up"
    if e.delta_color == "inverse":
        return "st-delta-up-bad" if not down else "st-delta-down-good"
    return f"st-delta-{e.delta_color}"


@adapts(el.Metric, widget=w.HTML, classes=("st-metric",))
def metric(e: el.Metric) -> Traits:
    label = "" if e.label_visibility != "visible" else markdown_html(e.label)
    delta = f'<div class="st-metric-delta {_delta_class(e)}">{escape(e.delta)}</div>'
    body = f'<div class="st-metric-value">{escape(e.value)}</div>'
    return {"value": f'<div class="st-metric-label">{label}</div>{body}{delta if e.delta else ""}'}


def _cell_html(value: Any, css: str, tag: str = "td") -> str:
    style = f' style="{escape(css)}"' if css else ""
    if isinstance(value, bool):
        value = "✓" if value else ""
    elif isinstance(value, list):
        value = ", ".join(map(str, value))
    return f"<{tag}{style}>{'' if value is None else escape(str(value))}</{tag}>"


def table_html(frame: Any, styler: Any = None) -> str:
    """Every row of `frame` as an escaped HTML table, with the Styler's text and colours."""
    source = GridSource(frame, styler=styler, all_styles=True)
    head = "".join(f"<th>{escape(c.label)}</th>" for c in source.columns)
    tags = ["th" if c.position < 0 else "td" for c in source.columns]
    body = []
    for start in range(0, source.num_rows, 1000):
        page = source.page(start, min(1000, source.num_rows - start))
        css = page.get("css", {})
        for r, row in enumerate(page["rows"]):
            cells = (_cell_html(v, css.get(f"{r},{c}", ""), tags[c]) for c, v in enumerate(row))
            body.append(f"<tr>{''.join(cells)}</tr>")
    rows = "".join(body)
    return f'<table class="st-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


@adapts(el.Table, widget=w.HTML, classes=("st-table-box",))
def table(e: el.Table) -> Traits:
    return {"value": table_html(e.data, e.styler)}
