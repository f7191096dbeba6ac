"""Session: one running app — its script, state, tree, runner and renderer.

In Voila one kernel is one browser tab is one Session; in a notebook, one per app. The
renderer is anything with the `RenderListener` methods; the runtime never imports it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any, Protocol

from ..elements.base import Element, Root, new_root
from .forms import FormRules
from .fragments import Fragments
from .pages import Navigator
from .runner import ScriptRunner
from .script import Script
from .signals import RerunSignal
from .state import SessionState

log = logging.getLogger(__name__)


class RenderListener(Protocol):
    """What a renderer hears from the runner thread: a run's start (a fragment rerun's with
    the path of the container it rewrites as `scope`), its elements, its end; and, after a
    run, widgets to show with values the runtime chose."""

    def run_started(self, scope: tuple[int, ...] | None = None) -> None: ...

    def placed(self, path: tuple[int, ...], element: Element) -> None: ...

    def run_finished(self, completed: bool) -> None: ...

    def show_values(self, values: dict[str, Any]) -> None:
        """Show these widgets (by id) with these values, as a browser would, without a run."""


class NoRenderer:
    """A listener that renders nothing (tree-only sessions)."""

    def run_started(self, scope: tuple[int, ...] | None = None) -> None:
        pass

    def placed(self, path: tuple[int, ...], element: Element) -> None:
        pass

    def run_finished(self, completed: bool) -> None:
        pass

    def show_values(self, values: dict[str, Any]) -> None:
        pass


class Session:
    """One running app. Thread-safe entry points: `request_rerun`, `on_widget_change`,
    `on_widget_event`, `navigate`."""

    def __init__(
        self,
        script: Script,
        *,
        listener: RenderListener | None = None,
        argv: Sequence[str] | None = None,
        state: SessionState | None = None,
        lock: threading.RLock | None = None,
        owner: str = "",
    ) -> None:
        self.script = script
        self.listener: RenderListener = listener or NoRenderer()
        self.argv = list(argv) if argv is not None else None
        self.lock = lock or threading.RLock()
        self.state = state if state is not None else SessionState()
        self.owner = owner  # shared state: which widgets are this session's
        self.last_exception: BaseException | None = None  # raised by the last completed run
        self.adopted: dict[str, Any] = {}  # user key -> the user's own widget (st.ipywidget)
        self.fragments = Fragments()
        self.tree: Root = new_root()  # the last completed run's
        self.live_tree: Root | None = None  # the run in progress's (or the last one started)
        self.page_config: dict[str, Any] = {}
        self.query_params: dict[str, list[str]] = {}
        self.secrets: dict[str, Any] = {}
        self.context: dict[str, Any] = {}  # st.context: headers, cookies, url, locale...
        self.navigator = Navigator()
        self.forms = FormRules()
        self.runner = ScriptRunner(self)

    def request_rerun(self) -> None:
        self.runner.request()

    def request_fragment_rerun(self, fragment_id: str) -> None:
        self.runner.request(fragment=fragment_id)

    def reload_script(self, *, rerun: bool = True) -> None:
        """Read the script's file again (it was saved); rerun with the new code if asked,
        else the next rerun uses it."""
        with self.lock:
            self.script = self.script.reloaded()
        if rerun:
            self.request_rerun()

    def on_widget_change(self, widget_id: str, value: Any) -> None:
        """A value from the browser, already validated by the renderer."""
        with self.lock:
            meta = self.state.meta(widget_id)
            if meta is not None and meta.submits_form:
                self.forms.submitted(self._shown_trees(), meta.form_id)
            target = self.state.receive(widget_id, value)
        if target:
            self.request_fragment_rerun(target)
        elif target is not None:
            self.request_rerun()

    def on_widget_event(self, widget_id: str, event: str) -> None:
        """An event from the browser that is not a value: Enter in a text input."""
        if event == "submit":
            with self.lock:
                button = self.forms.submit_button_for_enter(self._shown_trees(), widget_id)
            if button is not None:
                self.on_widget_change(button, True)

    def clear_submitted_forms(self) -> dict[str, Any]:
        """After a submit's completed run, a `clear_on_submit` form's widgets go back to
        their defaults, held in the form until the next submit; returns them to show."""
        with self.lock:
            cleared = self.forms.cleared_values(self.tree)
            for widget_id, value in cleared.items():
                self.state.receive(widget_id, value)
        return cleared

    def _shown_trees(self) -> tuple[Root, ...]:
        live = self.live_tree
        return (self.tree,) if live is None or live is self.tree else (live, self.tree)

    def navigate(self, url_path: str) -> None:
        """Show the page at `url_path` (a menu click, a link, the browser's URL)."""
        with self.lock:
            self.navigator.requested = url_path.strip("/")
        self.request_rerun()

    def check_interrupt(self) -> None:
        """Called at every st.* call: end this run if a newer one was requested."""
        if self.runner.interrupted:
            raise RerunSignal()

    def wait_idle(self, timeout: float | None = None) -> bool:
        return self.runner.wait_idle(timeout)
