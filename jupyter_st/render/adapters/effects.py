"""Effects: balloons and snow, drawn as a one-off CSS animation over the app."""

from __future__ import annotations

import ipywidgets as w

from ...elements import effects as el
from .base import Traits, adapts


def _effect(kind: str, glyph: str, nonce: int) -> str:
    spans = "".join(
        f'<span style="left:{(i * 37) % 100}%;animation-delay:{(i % 7) * 0.15:.2f}s">{glyph}</span>'
        for i in range(24)
    )
    return f'<div class="st-effect st-{kind}" data-run="{nonce}">{spans}</div>'


@adapts(el.Balloons, widget=w.HTML, classes=("st-effect-box",))
def balloons(e: el.Balloons) -> Traits:
    return {"value": _effect("balloons", "🎈", e.nonce)}


@adapts(el.Snow, widget=w.HTML, classes=("st-effect-box",))
def snow(e: el.Snow) -> Traits:
    return {"value": _effect("snow", "❄️", e.nonce)}
