"""The app chrome widget: running indicator, page title and icon, layout, theme, sidebar
state, the browser's URL, "Source file changed." and the main menu.

Its view lives in labextension/src/chrome.ts. The browser sends custom messages
`{"event": "rerun"}` (menu, the R key or the source-changed notice), `{"event": "clear_cache"}`
and `{"event": "always_rerun"}`; it also sets `url_path` and `query_string` when the user opens
a URL or goes back or forward, and follows them (history.pushState) when the kernel sets them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from traitlets import Bool, CaselessStrEnum, Dict, TraitError, Unicode, validate

from .views import View

EVENTS = ("rerun", "clear_cache", "always_rerun")  # what the user asks for
CONNECTED = "connected"  # a view was shown in a browser

log = logging.getLogger(__name__)


class Chrome(View):
    """The bar around an app; `on_event(callback)` hears the menu's commands."""

    _model_name = Unicode("ChromeModel").tag(sync=True)
    _view_name = Unicode("ChromeView").tag(sync=True)

    running = Bool(False).tag(sync=True)
    page_title = Unicode("").tag(sync=True)
    page_icon = Unicode("").tag(sync=True)  # an emoji, a URL, or ""
    page_layout = CaselessStrEnum(["centered", "wide"], default_value="centered").tag(sync=True)
    # CSS variables for the Custom theme, e.g. {"--st-primary-color": "#f00"}; when given and
    # the user chose nothing in Settings, Custom is the default theme
    theme = Dict().tag(sync=True)
    theme_base = CaselessStrEnum(["light", "dark"], default_value="light").tag(sync=True)
    # applied on the first render and whenever it changes; "auto" collapses on narrow windows
    sidebar_state = CaselessStrEnum(["auto", "expanded", "collapsed"], default_value="auto").tag(
        sync=True
    )
    url_path = Unicode("").tag(sync=True)  # one path segment, "" for the default page
    query_string = Unicode("").tag(sync=True)  # without the "?"
    source_changed = Bool(False).tag(sync=True)  # shows "Source file changed." with Rerun

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._callbacks: list[Callable[[str], object]] = []
        self._connected: list[Callable[[dict], object]] = []
        self.on_msg(self._on_custom_msg)

    @validate("url_path")
    def _valid_url_path(self, proposal: dict) -> str:
        value = proposal["value"].strip("/")
        if "/" in value:
            raise TraitError(f"url_path must be a single path segment, not {value!r}")
        return value

    @validate("query_string")
    def _valid_query_string(self, proposal: dict) -> str:
        return proposal["value"].removeprefix("?")

    def on_event(self, callback: Callable[[str], object]) -> None:
        """Call `callback(event)` with one of EVENTS when the user asks for it."""
        self._callbacks.append(callback)

    def on_connected(self, callback: Callable[[dict], object]) -> None:
        """Call `callback(context)` each time a browser shows this chrome; `context` holds
        what the browser told (timezone, locale, url, theme, cookies...), unchecked."""
        self._connected.append(callback)

    def _on_custom_msg(self, _widget: object, content: object, _buffers: object) -> None:
        event = content.get("event") if isinstance(content, dict) else None
        if event == CONNECTED:
            context = content.get("context")  # type: ignore[union-attr]
            for on_connected in self._connected:
                on_connected(context if isinstance(context, dict) else {})
            return
        if event not in EVENTS:
            log.warning("Chrome: ignoring malformed message %r", content)
            return
        for callback in self._callbacks:
            callback(event)
