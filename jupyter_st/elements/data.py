"""Data elements: metric, dataframe and table.

A DataFrame stays a DataFrame here; serialising it is the renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .base import Element, Widget


@dataclass(frozen=True, kw_only=True)
class Metric(Element):
    """`value` and `delta` are already formatted as Streamlit shows them."""

    KIND: ClassVar[str] = "metric"
    label: str
    value: str
    delta: str = ""
    delta_color: str = "normal"
    help: str | None = None
    label_visibility: str = "visible"
    border: bool = False


@dataclass(frozen=True, kw_only=True)
class Dataframe(Element):
    """A grid: `data` is a pandas DataFrame; `styler` the pandas Styler it came from, if any,
    compared through `style_key` (see convert/frames.py style_key: Stylers never compare equal).

    `column_config` maps column names (or "_index") to Streamlit's config dicts;
    `width` is "stretch", "content" or pixels, `height` "auto", "content" or pixels.
    """

    KIND: ClassVar[str] = "dataframe"
    data: Any
    styler: Any = field(default=None, compare=False)
    style_key: Any = None
    column_config: dict[Any, dict[str, Any]] = field(default_factory=dict)
    column_order: tuple[str, ...] | None = None
    hide_index: bool | None = None
    width: Any = "stretch"
    height: Any = "auto"
    row_height: int | None = None
    placeholder: str | None = None
    editing_mode: str = "read_only"
    selection_mode: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SelectableDataframe(Widget, Dataframe):
    """`st.dataframe(on_select=...)`: `value` is the selection state dict Streamlit returns."""

    KIND: ClassVar[str] = "dataframe"


@dataclass(frozen=True, kw_only=True)
class Table(Element):
    """A static table: every row, with the Styler's formats and colours."""

    KIND: ClassVar[str] = "table"
    data: Any
    styler: Any = field(default=None, compare=False)
    style_key: Any = None
    border: Any = True
