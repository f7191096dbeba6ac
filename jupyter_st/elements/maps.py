"""Map elements: st.map and st.pydeck_chart, both a deck.gl JSON spec (pydeck's format).

`spec` is the JSON text deck.gl's JSONConverter reads (`@@type` layer classes, `@@=`
accessors); `tooltip` is pydeck's tooltip spec (`{"html" | "text": "... {field} ..."}`).
With `on_select` the chart is a widget whose value is Streamlit's pydeck selection state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Element, Widget


@dataclass(frozen=True, kw_only=True)
class DeckChart(Element):
    KIND: ClassVar[str] = "deck_gl_json_chart"
    spec: str
    tooltip: Any = None  # dict, or True for deck.gl's default
    width: Any = "stretch"
    height: Any = 500
    selection_mode: str = ""  # "single-object" | "multi-object" when selecting
    command: str = "pydeck_chart"  # or "map"
    alt: str | None = None  # the accessible name


@dataclass(frozen=True, kw_only=True)
class DeckSelectionChart(Widget, DeckChart):
    KIND: ClassVar[str] = "deck_gl_json_chart"
