"""The user's own ipywidgets and anywidget objects: shown as they are, never recreated."""

from __future__ import annotations

from typing import Any

from ...elements.external import IpyWidget
from .base import Traits, adapts


def _listen(widget: Any, emit: Any) -> Any:
    """Observe the user's widget; returns how to stop (it outlives our use of it)."""
    if "value" not in widget.trait_names():
        return None

    def handler(change: dict) -> None:
        emit(change["new"])

    widget.observe(handler, names="value")
    return lambda: widget.unobserve(handler, names="value")


@adapts(IpyWidget, widget=lambda e: type(e.widget), read=lambda e, value: value, listen=_listen,
        adopt=lambda e: e.widget)  # fmt: skip
def ipywidget(e: IpyWidget) -> Traits:
    return {}
