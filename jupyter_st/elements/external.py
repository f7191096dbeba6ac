"""Widgets from outside Streamlit's API: any ipywidgets or anywidget object, shown as is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Widget


@dataclass(frozen=True, kw_only=True)
class IpyWidget(Widget):
    """A user's own widget object; `value` is its `value` trait (None when it has none)."""

    KIND: ClassVar[str] = "ipywidget"
    widget: Any = None
