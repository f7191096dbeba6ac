"""A standalone app (`jupyter st run`): the App plus its chrome, URL and run-on-save.

The chrome shows the running state, the page title, icon and layout from
`st.set_page_config`, and the theme from `[theme]`; its menu reruns and clears caches.
The browser's URL picks the page and query parameters, and the kernel keeps the URL in
step with page switches. A saved script reruns every open session when run-on-save is on,
and otherwise offers "Rerun" / "Always rerun".
"""

from __future__ import annotations

import ast
import contextlib
from collections.abc import Sequence
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import ipywidgets as w

from ..apps.app import App
from ..elements.navigation import Navigation
from ..render.chrome import Chrome
from ..runtime.cache import cache_data, cache_resource
from ..runtime.script import Script
from ..runtime.watcher import FileWatcher

THEME_VARIABLES = {
    "theme.primaryColor": "--st-primary-color",
    "theme.backgroundColor": "--st-background-color",
    "theme.secondaryBackgroundColor": "--st-secondary-background-color",
    "theme.textColor": "--st-text-color",
    "theme.font": "--st-font",
}
FONTS = {"sans serif": "sans-serif", "serif": "serif", "monospace": "monospace"}


class StandaloneApp(App):
    """An app served as a whole page."""

    def __init__(self, script: Script, *, argv: Sequence[str] = (), options: dict[str, Any],
                 url_path: str = "", query_string: str = "") -> None:  # fmt: skip
        super().__init__(script, argv=argv)
        self.run_on_save = bool(options["server.runOnSave"])
        self._showing_url = False
        self._waiting_for_browser = False
        self.chrome = Chrome(
            theme=theme_variables(options), theme_base=options["theme.base"] or "light"
        )
        self.chrome.on_event(self._on_chrome_event)
        self.chrome.on_connected(self._on_connected)
        self.chrome.observe(self._on_url, names=["url_path", "query_string"])
        self._page = w.VBox([self.chrome, self.reconciler.view])
        self._page.add_class("st-page")
        self.session.navigator.requested = url_path.strip("/") or None
        self.session.query_params = parse_qs(query_string, keep_blank_values=True)
        self._watcher = (
            FileWatcher([script.path], self._on_saved) if Path(script.path).is_file() else None
        )

    @property
    def view(self) -> w.Box:
        return self._page

    def run_started(self, scope: tuple[int, ...] | None = None) -> None:
        super().run_started(scope)
        self.chrome.running = True

    def placed(self, path: tuple[int, ...], element: Any) -> None:
        super().placed(path, element)
        if isinstance(element, Navigation):  # the page is chosen: the URL follows at once
            self._show_url()

    def run_finished(self, completed: bool) -> None:
        super().run_finished(completed)
        with self.chrome.hold_sync():
            self.chrome.running = False
            self._show_page_config()
            self._show_url()

    def _show_page_config(self) -> None:
        config = self.session.page_config
        current = self.session.navigator.current
        default_title = (
            current.title
            if current and not current.default
            else Path(self.session.script.path).stem
        )
        self.chrome.page_title = str(config.get("page_title") or default_title)
        self.chrome.page_icon = str(config.get("page_icon") or "")
        self.chrome.page_layout = config.get("layout") or "centered"
        state = config.get("initial_sidebar_state") or "auto"
        self.chrome.sidebar_state = state if state in ("auto", "expanded", "collapsed") else "auto"

    def _show_url(self) -> None:
        current = self.session.navigator.current
        self._showing_url = True  # the observer below must not take this for the browser's
        try:
            self.chrome.url_path = current.url_path if current else ""
            self.chrome.query_string = urlencode(self.session.query_params, doseq=True)
        finally:
            self._showing_url = False

    def _on_url(self, change: dict[str, Any]) -> None:
        """The browser's URL changed (opened, back/forward): follow it."""
        if self._showing_url:
            return
        current = self.session.navigator.current
        path = self.chrome.url_path.strip("/")
        query = parse_qs(self.chrome.query_string, keep_blank_values=True)
        page_changed = path != (current.url_path if current else "")
        if page_changed or query != self.session.query_params:
            with self.session.lock:
                self.session.query_params = query
                self.session.navigator.requested = path or None
            if not self._waiting_for_browser:  # else the "connected" event starts the app
                self.session.request_rerun()

    def start(self, *, when_connected: bool = False) -> None:
        """Run the app now, or (a preheated kernel, which cannot know the URL yet) as soon
        as a browser shows it."""
        self._waiting_for_browser = when_connected
        if when_connected:
            warm_imports(self.session.script)
        else:
            self.session.request_rerun()

    def _on_connected(self, context: dict[str, Any]) -> None:
        with self.session.lock:
            self.session.context.update(browser_context(context, self.session.context))
        if self._waiting_for_browser:
            self._waiting_for_browser = False
            self.session.request_rerun()

    def _on_chrome_event(self, event: str) -> None:
        if event == "clear_cache":
            cache_data.clear()
            cache_resource.clear()
            return
        if event == "always_rerun":
            self.run_on_save = True
        self.chrome.source_changed = False
        self.session.request_rerun()

    def _on_saved(self, _path: Path) -> None:
        self.session.reload_script(rerun=self.run_on_save)
        if not self.run_on_save:
            self.chrome.source_changed = True

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        super().close()
        self.chrome.close()
        self._page.close()


def theme_variables(options: dict[str, Any]) -> dict[str, str]:
    """CSS variables for the Custom theme from `[theme]` options that are set."""
    variables = {}
    for option, variable in THEME_VARIABLES.items():
        value = options.get(option)
        if value:
            variables[variable] = FONTS.get(value, value) if option == "theme.font" else str(value)
    return variables


def warm_imports(script: Script) -> None:
    """Import what the script imports at its top level, so its first run is quick.

    A preheated kernel waits for a browser before running the app; importing pandas and
    friends meanwhile costs the visitor nothing. Failures are left for the real run.
    """
    try:
        tree = ast.parse(script.source)
    except SyntaxError:
        return
    imports = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    for node in imports:
        with contextlib.suppress(Exception):
            exec(compile(ast.Module([node], []), script.path, "exec"), {})


BROWSER_FIELDS = {"timezone": str, "timezone_offset": int, "locale": str, "url": str,
                  "is_embedded": bool, "theme": str}  # fmt: skip


def browser_context(sent: dict[str, Any], known: dict[str, Any]) -> dict[str, Any]:
    """st.context fields from what a browser sent, checked (anything else is dropped);
    cookies and the user agent fill in when the request did not bring them."""
    fields = {
        k: v for k, v in sent.items() if k in BROWSER_FIELDS and isinstance(v, BROWSER_FIELDS[k])
    }
    if fields.get("theme") not in (None, "light", "dark"):
        fields.pop("theme")
    cookies = SimpleCookie()
    with contextlib.suppress(Exception):
        cookies.load(str(sent.get("cookies", "")))
    if not known.get("cookies"):
        fields["cookies"] = {name: morsel.value for name, morsel in cookies.items()}
    if not known.get("headers") and isinstance(sent.get("user_agent"), str):
        fields["headers"] = {"User-Agent": sent["user_agent"]}
    return fields
