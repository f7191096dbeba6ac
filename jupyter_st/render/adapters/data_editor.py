"""st.data_editor: the data grid, editable; the browser's edits are checked before the
script sees them."""

from __future__ import annotations

import json
from typing import Any

from ...elements import data_editor as el
from .base import Traits, adapts
from .data import DataGrid, grid_traits, read_json


def read_edits(e: el.DataEditor, raw: Any) -> dict[str, Any]:
    """The browser's edits, as Streamlit's edit state; rows and columns are checked."""
    state = read_json(raw, ("edited_rows", "added_rows", "deleted_rows"))
    names = {str(c) for c in e.data.columns} | {"_index"}
    editable = names - set(e.disabled_columns)
    edited = {}
    for row, changes in (state.get("edited_rows") or {}).items():
        if str(row).isdigit() and int(row) < len(e.data) and isinstance(changes, dict):
            kept = {k: v for k, v in changes.items() if k in editable}
            if kept:
                edited[int(row)] = kept
    added = [
        {k: v for k, v in r.items() if k in editable}
        for r in state.get("added_rows") or []
        if isinstance(r, dict)
    ]
    deleted = sorted(
        {r for r in state.get("deleted_rows") or [] if isinstance(r, int) and 0 <= r < len(e.data)}
    )
    if e.editing_mode in ("fixed", "delete"):
        added = []
    if e.editing_mode in ("fixed", "add"):
        deleted = []
    return {"edited_rows": edited, "added_rows": added, "deleted_rows": deleted}


def _editor_traits(e: el.DataEditor) -> Traits:
    return {**grid_traits(e), "value": json.dumps(e.value, default=str)}


adapts(
    el.DataEditor,
    widget=DataGrid,
    read=read_edits,
    classes=("st-dataframe", "st-data-editor"),
)(_editor_traits)
