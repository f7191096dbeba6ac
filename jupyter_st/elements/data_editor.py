"""st.data_editor: a dataframe the user can edit; its value is the edits, and the script
gets the input with the edits applied."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Widget
from .data import Dataframe


@dataclass(frozen=True, kw_only=True)
class DataEditor(Widget, Dataframe):
    """`st.data_editor`: `data` is the input as a DataFrame, `value` the edits dict
    (`edited_rows`, `added_rows`, `deleted_rows`); `editing_mode` is `num_rows`."""

    KIND: ClassVar[str] = "dataframe"
    disabled_columns: tuple[str, ...] = ()
    edited: Any = None  # `data` with the edits applied: what the grid shows
    # per edited row: its position in `data`, or len(data) + k for the k-th added row
    row_ids: tuple[int, ...] | None = None
