"""`st.data_editor`: a grid the user edits; the script gets the edited data back.

The widget's value is Streamlit's edit state, `{"edited_rows": {row: {column: value}},
"added_rows": [{column: value}], "deleted_rows": [row]}` (rows are positions in the input),
also found in session state under the key. The script receives the input with the edits
applied, in the input's own type (a DataFrame, a list, a dict...).
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import Any

from ..convert.frames import INDEX, data_format, is_styler, style_key, to_dataframe
from ..elements import data_editor as el
from ..errors import StreamlitAPIException, StreamlitDataframeConversionError, StreamlitValueError
from ..runtime.run_context import container_method
from ._grid import GridOptions, grid_options
from ._policies import callback_mode, check_key
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["data_editor"]
DATA_EDITOR = WidgetSpec(element=el.DataEditor, keyed_by={"num_rows"})

log = logging.getLogger(__name__)
NUM_ROWS = ("fixed", "dynamic", "add", "delete")


def empty_edits() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def _parse(value: Any, like: Any) -> Any:
    """A value from the browser as the column's type (`like` is a column)."""
    import pandas as pd

    if value is None:
        return None
    kind = like.dtype
    try:
        if pd.api.types.is_bool_dtype(kind):
            return bool(value)
        if pd.api.types.is_integer_dtype(kind):
            return int(value)
        if pd.api.types.is_float_dtype(kind):
            return float(value)
        if pd.api.types.is_datetime64_any_dtype(kind):
            return pd.Timestamp(value)
        sample = next((v for v in like if _present(v)), None)
        if isinstance(value, list) and (sample is None or _is_list(sample)):
            return list(value)  # a list or multiselect cell
        if isinstance(sample, Decimal):
            return Decimal(str(value))
        if isinstance(sample, dt.date) and not isinstance(sample, dt.datetime):
            return pd.Timestamp(value).date()
        if isinstance(sample, dt.time):
            return pd.Timestamp(f"2000-01-01 {value}").time()
        if isinstance(sample, str) or pd.api.types.is_string_dtype(kind):
            return str(value)
    except (TypeError, ValueError, OverflowError):
        log.warning("Failed to parse value %r for column %s.", value, like.name)
        return None
    return value


def _is_list(value: Any) -> bool:
    return isinstance(value, list | tuple) or getattr(value, "ndim", 0) == 1


def _present(value: Any) -> bool:
    """Not None and not NaN (an array cell counts as present)."""
    if value is None or _is_list(value):
        return value is not None
    try:
        return bool(value == value)
    except (TypeError, ValueError):
        return True


def _label(frame: Any, name: str) -> Any:
    return next((c for c in frame.columns if str(c) == name), name)


def apply_edits(frame: Any, edits: dict[str, Any]) -> tuple[Any, tuple[int, ...]]:
    """`frame` with the edits applied as Streamlit applies them (cell edits, then deletions,
    then additions; a missing value in an added row is None), and each resulting row's id:
    its position in `frame`, or len(frame) + k for the k-th added row."""
    out = frame.copy()
    for row, changes in (edits.get("edited_rows") or {}).items():
        for name, value in changes.items():
            _edit_cell(out, frame, int(row), name, value)
    deleted = set(edits.get("deleted_rows") or [])
    keep = [p for p in range(len(frame)) if p not in deleted]
    if deleted:
        out = out.iloc[keep].copy()
    ids = list(keep)
    next_label = _first_free_label(out)
    for k, added in enumerate(edits.get("added_rows") or []):
        label = _added_label(out, frame, added, next_label)
        if label is not None and _add_row(out, frame, label, added):
            ids.append(len(frame) + k)
            if label == next_label:
                next_label += 1
    return out, tuple(ids)


def _edit_cell(out: Any, frame: Any, row: int, name: str, value: Any) -> None:
    """One edit, in place; an edit the column cannot take is logged and ignored."""
    try:
        if name == INDEX:
            label = _parse(value, frame.index.to_series())
            out.index = out.index.delete(row).insert(row, label)
        else:
            column = out.columns.get_loc(_label(out, name))
            out.iat[row, column] = _parse(value, frame[_label(frame, name)])
    except (TypeError, ValueError, OverflowError, KeyError, IndexError):
        log.warning("Failed to apply edit %r to row %s, column %s.", value, row, name)


def _first_free_label(out: Any) -> int | None:
    """The label a new row gets without an index value: the next integer (Streamlit)."""
    import pandas as pd

    if isinstance(out.index, pd.RangeIndex):
        return int(out.index.stop)
    if pd.api.types.is_integer_dtype(out.index.dtype):
        return 0 if out.index.empty else int(out.index.max()) + 1
    return None


def _added_label(out: Any, frame: Any, added: dict[str, Any], next_label: int | None) -> Any:
    import pandas as pd

    if INDEX in added and added[INDEX] is not None and not isinstance(out.index, pd.RangeIndex):
        label = _parse(added[INDEX], frame.index.to_series())
        if label in out.index:
            log.warning("Cannot add row because its index value already exists; skipped.")
            return None
        return label
    if next_label is None:
        log.warning("Cannot add a row without an index value to this frame; addition skipped.")
    return next_label


def _add_row(out: Any, frame: Any, label: Any, added: dict[str, Any]) -> bool:
    """Append one added row in place (None where the row has no value); False if refused."""
    import warnings

    values = {c: _parse(added.get(str(c)), frame[c]) for c in frame.columns}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # all-NA rows upcast, as Streamlit
            out.loc[label] = values
    except (TypeError, ValueError, OverflowError):
        log.warning("Failed to add row %r; row addition skipped.", added)
        return False
    return True


def back_to_format(frame: Any, kind: str, original: Any) -> Any:
    """The edited frame in the input's type, as Streamlit returns it."""
    import pandas as pd

    if kind in ("pandas", "empty", "other"):
        return frame
    if kind in ("list", "tuple", "set", "records", "rows", "columns", "key_value"):
        frame = _none_for_missing(frame)  # plain Python values: None, never NaN or NaT
    if kind == "series":
        return frame.iloc[:, 0]
    if kind in ("list", "tuple", "set"):
        values = frame.iloc[:, 0].tolist() if len(frame.columns) else []
        return {"list": list, "tuple": tuple, "set": set}[kind](values)
    if kind == "numpy1d":
        return frame.iloc[:, 0].to_numpy()
    if kind == "numpy2d":
        return frame.to_numpy()
    if kind == "records":
        return frame.to_dict("records")
    if kind == "rows":
        return frame.to_numpy().tolist()
    if kind == "columns":
        return {str(k): v for k, v in frame.to_dict("list").items()}
    if kind == "key_value":
        return frame.iloc[:, 0].to_dict()
    if kind == "pyarrow":
        import pyarrow as pa

        return pa.Table.from_pandas(
            frame, preserve_index=not isinstance(frame.index, pd.RangeIndex)
        )
    if kind in ("polars", "polars_series"):
        import polars as pl

        result = pl.from_pandas(frame.reset_index(drop=True))
        return result.to_series() if kind == "polars_series" else result
    return frame


def _none_for_missing(frame: Any) -> Any:
    """`frame` with NaN, NaT and pd.NA as None, as Streamlit hands back lists and dicts."""
    import numpy as np
    import pandas as pd

    result = frame.replace([pd.NA, pd.NaT, np.nan], None)
    return result if int(pd.__version__.split(".")[0]) >= 3 else result.infer_objects()


def _check_columns(frame: Any) -> None:
    duplicated = [str(c) for c in frame.columns[frame.columns.duplicated()]]
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The "
            f"following column names are duplicated: {duplicated}. Please rename the "
            "duplicated columns in the provided data."
        )
    if INDEX in frame.columns:
        raise StreamlitAPIException(
            f"The column name '{INDEX}' is reserved for the index column and can't be used "
            "for data columns. Please rename the column in the provided data."
        )


def _input_frame(data: Any) -> tuple[Any, str]:
    kind = data_format(data)
    if kind == "other":
        raise (
            StreamlitDataframeConversionError(data)
            if isinstance(data, str | int | float)
            else (
                StreamlitAPIException(
                    f"The data type ({type(data).__name__}) or format is not supported by the "
                    "data editor. Please convert your data into a Pandas Dataframe or another "
                    "supported data format."
                )
            )
        )
    frame = to_dataframe(data).copy()
    _check_columns(frame)
    return frame, kind


def _disabled_columns(disabled: Any) -> tuple[bool, tuple[str, ...]]:
    if isinstance(disabled, bool):
        return disabled, ()
    return False, tuple(str(c) for c in disabled)


@container_method
def data_editor(
    data: Any,
    *,
    width: Any = "stretch",
    height: Any = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    num_rows: str = "fixed",
    disabled: Any = False,
    key: Any = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    **options: Any,
) -> Any:
    """An editable grid; returns the edited data.
    >>> edited = st.data_editor(df, num_rows="dynamic")"""
    callback = None if on_change is None else callback_mode(on_change, "on_change")
    if num_rows not in NUM_ROWS:
        raise StreamlitValueError("num_rows", ", ".join(f"'{n}'" for n in NUM_ROWS))
    frame, kind = _input_frame(data)
    grid = grid_options(
        frame,
        data,
        width=width,
        height=height,
        hide_index=_hide_index(frame, hide_index, num_rows),
        use_container_width=use_container_width,
        column_order=column_order,
        column_config=column_config,
        row_height=row_height,
    )
    all_disabled, disabled_columns = _disabled_columns(disabled)
    common = Common(key=check_key(key), on_change=callback, args=tuple(args or ()),
                    kwargs=dict(kwargs or {}), disabled=all_disabled)  # fmt: skip
    editor = _Editor(frame, data, grid, num_rows, disabled_columns, placeholder)
    identity = {"data": grid.digest, "num_rows": num_rows, "column_order": grid.column_order,
                "column_config": repr(editor.config)}  # fmt: skip
    add_widget(DATA_EDITOR, common, default=empty_edits(), identity=identity,
               fields=editor.fields, shown=_normalized)  # fmt: skip
    return back_to_format(editor.edited, kind, data)


def _hide_index(frame: Any, hide_index: bool | None, num_rows: str) -> bool | None:
    """As Streamlit: a range index is hidden by default when rows can be added."""
    import pandas as pd

    if hide_index is None and isinstance(frame.index, pd.RangeIndex):
        return True if num_rows in ("dynamic", "add") else None
    return hide_index


class _Editor:
    """One data_editor call: its element's fields for an edit state, and the edited frame
    (made once, for the element and the script alike)."""

    def __init__(self, frame: Any, data: Any, grid: GridOptions, num_rows: str,
                 disabled_columns: tuple[str, ...], placeholder: str | None) -> None:  # fmt: skip
        self.frame, self.grid, self.num_rows = frame, grid, num_rows
        self.disabled_columns, self.placeholder = disabled_columns, placeholder
        self.styler = data if is_styler(data) else None
        self.config = dict(grid.column_config)
        for name in disabled_columns:
            self.config[name] = {**self.config.get(name, {}), "disabled": True}
        self.edited: Any = None

    def fields(self, edits: dict[str, Any]) -> dict[str, Any]:
        self.edited, ids = apply_edits(self.frame, edits)
        return {
            "data": self.frame,
            "styler": self.styler,
            "style_key": style_key(self.styler),
            "placeholder": self.placeholder,
            **self.grid.fields(),
            "column_config": self.config,
            "editing_mode": self.num_rows,
            "disabled_columns": self.disabled_columns,
            "edited": self.edited,
            "row_ids": ids,
        }


def _normalized(value: Any) -> dict[str, Any]:
    """The edit state as Streamlit keeps it: row keys as ints, all three parts present."""
    value = dict(value or {})
    return {
        "edited_rows": {int(k): dict(v) for k, v in (value.get("edited_rows") or {}).items()},
        "added_rows": [dict(r) for r in value.get("added_rows") or []],
        "deleted_rows": list(value.get("deleted_rows") or []),
    }
