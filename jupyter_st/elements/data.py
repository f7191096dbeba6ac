"""Data elements: metric, dataframe and table.

A DataFrame stays a DataFrame here; serialising it is the renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Element


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
    KIND: ClassVar[str] = "dataframe"
    data: Any
    hide_index: bool | None = None
    height: int | None = None


@dataclass(frozen=True, kw_only=True)
class Table(Element):
    KIND: ClassVar[str] = "table"
    data: Any
