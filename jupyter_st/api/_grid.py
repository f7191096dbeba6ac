"""The arguments st.dataframe and st.data_editor share (sizes, index, column order and
config), checked as Streamlit checks them; the frame's conversion is convert/frames.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..convert.column_config import checked_mapping
from ..convert.frames import HIDDEN_INDEX_FORMATS, check_unique_columns, data_format, digest
from ..errors import StreamlitColumnError
from ._sizes import check_height, check_width, container_width


def _width(width: Any, use_container_width: bool | None) -> Any:
    return check_width(container_width(use_container_width, width))


def _column_order(order: Any, names: list[str]) -> tuple[str, ...] | None:
    if order is None:
        return None
    if isinstance(order, str):
        order = [order]
    order = tuple(str(c) for c in order)
    missing = [c for c in order if c not in names]
    if missing:
        raise StreamlitColumnError("column_order", missing, names)
    return order


@dataclass(frozen=True)
class GridOptions:
    """The checked arguments st.dataframe and st.data_editor share."""

    width: Any
    height: Any
    hide_index: bool | None
    column_order: tuple[str, ...] | None
    column_config: dict[Any, dict[str, Any]]
    row_height: int | None
    source: Any

    @property
    def digest(self) -> str:
        return digest(self.source)

    def fields(self) -> dict[str, Any]:
        return {
            "width": self.width,
            "height": self.height,
            "hide_index": self.hide_index,
            "column_order": self.column_order,
            "column_config": self.column_config,
            "row_height": self.row_height,
        }


def grid_options(
    frame: Any,
    data: Any,
    *,
    width: Any,
    height: Any,
    hide_index: bool | None,
    use_container_width: bool | None,
    column_order: Any,
    column_config: Any,
    row_height: int | None,
) -> GridOptions:
    """Check the shared arguments as Streamlit does; hide the made-up index of lists,
    dicts of scalars, numpy, polars and pyarrow arrays (Streamlit does too)."""
    check_unique_columns(frame)
    names = [str(c) for c in frame.columns]
    config = checked_mapping(column_config, frame)
    if hide_index is None and data_format(data) in HIDDEN_INDEX_FORMATS:
        hide_index = True
    return GridOptions(
        width=_width(width, use_container_width),
        height=check_height(height, also=("auto",)),
        hide_index=hide_index,
        column_order=_column_order(column_order, names),
        column_config=config,
        row_height=row_height,
        source=frame,
    )
