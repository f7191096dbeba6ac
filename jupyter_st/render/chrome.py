"""The app chrome widget: running indicator, page title and icon, layout, theme, main menu.

Its view lives in labextension/src/chrome.ts. The browser sends custom messages
`{"event": "rerun"}` (menu or the R key) and `{"event": "clear_cache"}`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import ipywidgets
from traitlets import Bool, CaselessStrEnum, Dict, Unicode

MODULE_NAME = "jupyter-st"
MODULE_VERSION = "0.1.0"
EVENTS = ("rerun", "clear_cache")

log = logging.getLogger(__name__)


class Chrome(ipywidgets.DOMWidget):
    """The bar around an app; `on_event(callback)` hears the menu's commands."""

    _model_name = Unicode("ChromeModel").tag(sync=True)
    _model_module = Unicode(MODULE_NAME).tag(sync=True)
    _model_module_version = Unicode(MODULE_VERSION).tag(sync=True)
    _view_name = Unicode("ChromeView").tag(sync=True)
    _view_module = Unicode(MODULE_NAME).tag(sync=True)
    _view_module_version = Unicode(MODULE_VERSION).tag(sync=True)

    running = Bool(False).tag(sync=True)
    page_title = Unicode("").tag(sync=True)
    page_icon = Unicode("").tag(sync=True)  # an emoji, a URL, or ""
    # replaces DOMWidget.layout (a Layout widget): the view draws no LayoutView for it
    layout = CaselessStrEnum(["centered", "wide"], default_value="centered").tag(sync=True)
    theme = Dict().tag(
        sync=True
    )  # CSS variables for the Custom theme, e.g. {"--st-primary-color": "#f00"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._callbacks: list[Callable[[str], object]] = []
        self.on_msg(self._on_custom_msg)

    def on_event(self, callback: Callable[[str], object]) -> None:
        """Call `callback(event)` with "rerun" or "clear_cache" when the user asks for it."""
        self._callbacks.append(callback)

    def _on_custom_msg(self, _widget: object, content: object, _buffers: object) -> None:
        event = content.get("event") if isinstance(content, dict) else None
        if event not in EVENTS:
            log.warning("Chrome: ignoring malformed message %r", content)
            return
        for callback in self._callbacks:
            callback(event)
