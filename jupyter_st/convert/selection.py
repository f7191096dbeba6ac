"""A dataframe's selection state, checked as Streamlit checks it: shared by the api (for
`selection_default`) and the renderer (for what a browser sends), which may not import
each other."""

from __future__ import annotations

from typing import Any

SELECTION_MODES = ("multi-cell", "multi-column", "multi-row", "single-cell", "single-column",
                   "single-row", "single-row-required")  # fmt: skip
ROW_MODES = frozenset({"single-row", "single-row-required", "multi-row"})


def _unique(items: Any) -> list[Any]:
    return list(dict.fromkeys(items))


def validated_selection(
    value: Any,
    num_rows: int,
    columns: list[str],
    modes: tuple[str, ...],
    *,
    from_browser: bool = False,
) -> dict[str, Any]:
    """`{"selection": {rows, columns, cells}}` keeping only rows, columns and cells that
    exist and that the modes allow (single modes keep the first); ValueError if not a
    selection. A selection set by the script (`selection_default`) keeps cells only in
    "single-cell" mode, as Streamlit: a multi-cell selection is a range the browser makes."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise ValueError("not a selection")
    raw, names = value["selection"], set(columns)
    out: dict[str, Any] = {"rows": [], "columns": [], "cells": []}
    rows = raw.get("rows")
    if isinstance(rows, list) and ROW_MODES & set(modes):
        ok = _unique(r for r in rows if type(r) is int and 0 <= r < num_rows)
        out["rows"] = ok if "multi-row" in modes else ok[:1]
    if "single-row-required" in modes and num_rows > 0 and not out["rows"]:
        out["rows"] = [0]
    picked = raw.get("columns")
    if isinstance(picked, list) and {"single-column", "multi-column"} & set(modes):
        ok = _unique(c for c in picked if isinstance(c, str) and c in names)
        out["columns"] = ok if "multi-column" in modes else ok[:1]
    cells = raw.get("cells")
    cell_modes = {"single-cell", "multi-cell"} if from_browser else {"single-cell"}
    if isinstance(cells, list) and cell_modes & set(modes):
        ok = _unique(
            (c[0], c[1])
            for c in cells
            if isinstance(c, list | tuple) and len(c) == 2 and type(c[0]) is int
            and 0 <= c[0] < num_rows and isinstance(c[1], str) and c[1] in names
        )  # fmt: skip
        out["cells"] = ok if "multi-cell" in modes else ok[:1]
    return {"selection": out}
