"""Maps onto our deck.gl view (labextension/src/maps.ts): the deck.gl JSON, pydeck's tooltip
spec, the size, and for `on_select` the selection coming back as Streamlit's state."""

from __future__ import annotations

import json
from typing import Any

from traitlets import Any as AnyTrait
from traitlets import Unicode

from ...elements import maps as el
from ...elements.charts import PydeckState, ReadOnlyAttributeDictionary
from ..views import View
from .base import Rejected, Traits
from .charts import adapts_with_selection


class DeckMap(View):
    _model_name = Unicode("DeckMapModel").tag(sync=True)
    _view_name = Unicode("DeckMapView").tag(sync=True)
    spec = Unicode("{}").tag(sync=True)
    deck_tooltip = AnyTrait(None, allow_none=True).tag(sync=True)  # DOMWidget has `tooltip`
    width = AnyTrait("stretch").tag(sync=True)
    height = AnyTrait(500).tag(sync=True)
    selection_mode = Unicode("").tag(sync=True)
    alt = Unicode(None, allow_none=True).tag(sync=True)  # the accessible name


def read_deck_selection(e: el.DeckSelectionChart, raw: Any) -> Any:
    """`{"indices": {layer: [int]}, "objects": {layer: [dict]}}` from the view."""
    if not isinstance(raw, dict) or set(raw) - {"indices", "objects"}:
        raise Rejected(f"not a map selection: {raw!r:.200}")
    indices, objects = raw.get("indices", {}), raw.get("objects", {})
    if not isinstance(indices, dict) or not isinstance(objects, dict):
        raise Rejected(f"not a map selection: {raw!r:.200}")
    for picked in indices.values():
        if not isinstance(picked, list) or not all(isinstance(i, int) for i in picked):
            raise Rejected(f"not a map selection: {raw!r:.200}")
        if e.selection_mode == "single-object" and len(picked) > 1:
            raise Rejected("more than one object picked in single-object mode")
    json.dumps(raw)
    parts = {"indices": indices, "objects": objects}
    return PydeckState({"selection": ReadOnlyAttributeDictionary(parts)})


@adapts_with_selection(
    el.DeckChart,
    el.DeckSelectionChart,
    widget=DeckMap,
    read=read_deck_selection,
    classes=("st-chart", "st-deck-chart"),
)
def deck_chart(e: el.DeckChart) -> Traits:
    return {
        "spec": e.spec,
        "deck_tooltip": e.tooltip,
        "width": e.width,
        "height": e.height,
        "selection_mode": e.selection_mode,
        "alt": e.alt,
    }
