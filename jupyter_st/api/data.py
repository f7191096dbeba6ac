"""Data: metric, dataframe (with row/column selection) and table."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from ..convert.frames import (
    appended,
    check_unique_columns,
    is_styler,
    style_key,
    to_dataframe,
)
from ..convert.selection import ROW_MODES
from ..elements import data as el
from ..errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from ..runtime.run_context import Cursor, container_method
from ._add import add
from ._grid import grid_options
from ._policies import callback_mode, check_key, check_label
from ._rows import appends_rows
from ._selection import default_selection, selection_modes, shown_selection
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["dataframe", "metric", "table"]
SELECTABLE_DATAFRAME = WidgetSpec(element=el.SelectableDataframe, keyed_by={"selection_mode"})

DELTA_COLORS = (
    "normal",
    "inverse",
    "off",
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "violet",
    "gray",
    "grey",
    "primary",
)


def _metric_text(value: Any, name: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | Decimal) or type(value).__module__ == "numpy":
        return str(value)
    raise StreamlitInvalidParameterTypeError(
        name,
        "int, float, Decimal, NumPy number",
        f"{type(value).__name__}. Convert the value to a number type",
    )


@container_method
def metric(
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    **options: Any,
) -> Cursor:
    """A big number with an optional change.  >>> st.metric("Temperature", "70 °F", "1.2 °F")"""
    label = check_label(label, label_visibility)
    if delta_color not in DELTA_COLORS:
        raise StreamlitValueError("delta_color", ", ".join(f"'{c}'" for c in DELTA_COLORS))
    delta_text = "" if delta is None else _metric_text(delta, "delta")
    return add(
        el.Metric(
            label=label,
            value=_metric_text(value, "value"),
            delta=delta_text,
            delta_color=delta_color,
            help=help,
            label_visibility=label_visibility,
            border=border,
        )
    )


@container_method
def dataframe(
    data: Any = None,
    width: Any = "stretch",
    height: Any = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> Any:
    """An interactive, sortable, paged table.  >>> st.dataframe(df, hide_index=True)
    (`lazy` and `alt` are accepted: every frame is paged, and the grid is its own text.)"""
    callback = callback_mode(on_select, "on_select") if on_select != "ignore" else None
    frame, styler = to_dataframe(data), data if is_styler(data) else None
    grid = grid_options(
        frame,
        data,
        width=width,
        height=height,
        hide_index=hide_index,
        use_container_width=use_container_width,
        column_order=column_order,
        column_config=column_config,
        row_height=row_height,
    )
    fields = {
        "data": frame,
        "styler": styler,
        "style_key": style_key(styler),
        "placeholder": placeholder,
        **grid.fields(),
    }
    if on_select == "ignore":
        default_selection(selection_default, on_select, frame, ())
        return add(el.Dataframe(**fields))
    modes = selection_modes(selection_mode)
    if hide_index is None and set(modes) & ROW_MODES and _has_range_index(frame):
        fields["hide_index"] = True
    default = default_selection(selection_default, on_select, frame, modes)
    identity = {"data": grid.digest, "selection_mode": modes, "default": repr(default),
                "column_order": grid.column_order}  # fmt: skip
    return add_widget(
        SELECTABLE_DATAFRAME,
        Common(key=check_key(key), on_change=callback),
        default=default,
        identity=identity,
        fields={**fields, "selection_mode": modes},
        shown=shown_selection,
    )


def _has_range_index(frame: Any) -> bool:
    import pandas as pd

    index = frame.index
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


@appends_rows(el.Dataframe)
def _dataframe_rows(element: el.Dataframe, data: Any, _name: str | None = None) -> el.Dataframe:
    """`add_rows` on st.dataframe: the old frame with `data`'s rows after it."""
    frame = appended(element.data, data)
    return dataclasses.replace(element, data=frame, styler=None, style_key=None)


@container_method
def table(data: Any = None, *, border: Any = True) -> Cursor:
    """A static table of every row.  >>> st.table(df.head())"""
    if border not in (True, False, "horizontal"):
        raise StreamlitValueError("border", "True, False, 'horizontal'")
    frame = to_dataframe(data)
    check_unique_columns(frame)
    styler = data if is_styler(data) else None
    return add(el.Table(data=frame, styler=styler, style_key=style_key(styler), border=border))
