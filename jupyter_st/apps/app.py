"""App: a Session wired to a Reconciler — the one object magic, serve and testing start.

The runtime never imports the renderer; this module, above both, connects them: the App is
the session's listener (passing runs on to the reconciler, so subclasses can add to a run's
start and end) and routes the reconciler's browser values back to the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from ..elements.navigation import NAV_ID
from ..render.reconciler import Reconciler
from ..runtime.config import load_options, load_secrets
from ..runtime.script import Script
from ..runtime.session import Session
from . import streamlit_names


class App:
    """A running app: `session` holds state and runs the script, `view` is its root widget."""

    def __init__(
        self, script: Script, *, argv: Sequence[str] | None = None, **session_options: Any
    ) -> None:
        streamlit_names.install()
        self.session = Session(script, argv=argv, **session_options)
        self.session.secrets = load_secrets(script.directory)
        self.reconciler = Reconciler(self._on_value, self.session.on_widget_event)
        self.session.listener = self

    # -- the session's listener -------------------------------------------------------
    def run_started(self, scope: tuple[int, ...] | None = None) -> None:
        self.reconciler.run_started(scope)

    def placed(self, path: tuple[int, ...], element: Any) -> None:
        self.reconciler.placed(path, element)

    def run_finished(self, completed: bool) -> None:
        self.reconciler.run_finished(completed)

    def show_values(self, values: dict[str, Any]) -> None:
        self.reconciler.show_values(values)

    def _on_value(self, element_id: str, value: Any) -> None:
        """A browser change: page menu and links navigate, widgets go to the session."""
        if element_id.startswith(NAV_ID):
            self.session.navigate(value)
        else:
            self.session.on_widget_change(element_id, value)

    @classmethod
    def from_file(cls, path: str | Path, *, argv: Sequence[str] | None = None) -> App:
        """An app running the Streamlit script at `path` (not started yet); its
        `.streamlit/config.toml` decides, for example, whether magic is on."""
        options = load_options(str(Path(path).resolve().parent))
        return cls(Script.from_file(path, magic=options["runner.magicEnabled"]), argv=argv)

    @property
    def view(self) -> w.Box:
        return self.reconciler.view

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        """Shown as a notebook cell's output: the app's root widget."""
        return self.view._repr_mimebundle_(**kwargs)

    def run(self, timeout: float | None = None) -> bool:
        """Start a run and wait for it (and any reruns it asks for); False on timeout."""
        self.session.request_rerun()
        return self.session.wait_idle(timeout)

    def close(self) -> None:
        """Close every widget of the app."""
        self.session.fragments.stop()
        self.session.wait_idle(5)
        self.reconciler.close()
