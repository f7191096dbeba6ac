"""The user's own ipywidgets and anywidget objects: shown as they are, never recreated."""

from __future__ import annotations

from typing import Any

from ...elements.external import IpyWidget
from .base import Traits, adapts


def _listen(widget: Any, emit: Any) -> None:
    if "value" in widget.trait_names():
        widget.observe(lambda change: emit(change["new"]), names="value")


@adapts(IpyWidget, widget=lambda e: type(e.widget), read=lambda e, value: value, listen=_listen,
        adopt=lambda e: e.widget)  # fmt: skip
def ipywidget(e: IpyWidget) -> Traits:
    return {}
