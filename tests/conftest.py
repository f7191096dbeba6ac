"""Shared fixtures: apps rendered onto real ipywidgets (with recording comms)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

import pytest

from jupyter_st.apps import App
from jupyter_st.runtime.script import Script
from jupyter_st.testing.fake_comm import recording_comms


class LiveApp:
    """An App whose widgets record what they would send to the browser."""

    def __init__(self, source: str, sent: list, **names: object) -> None:
        self.app = App(Script(textwrap.dedent(source), "<test app>", names=dict(names)))
        self.sent = sent

    def run(self) -> LiveApp:
        assert self.app.run(timeout=10), "run timed out"
        return self

    def widget(self, element_id: str):
        return self.app.reconciler.widget_for(element_id)

    def elements(self, kind: str) -> list:
        from jupyter_st.elements.base import walk

        return [e for e in walk(self.app.session.tree) if kind == e.KIND]


@pytest.fixture(autouse=True)
def no_rendering_errors(caplog):
    """Rendering errors are logged, not raised, in apps; in tests they fail the test."""
    yield
    errors = [r for r in caplog.get_records("call") if r.levelname == "ERROR"]
    errors = [r for r in errors if r.name.startswith("jupyter_st")]
    assert not errors, [r.getMessage() for r in errors]


@pytest.fixture
def live() -> Iterator:
    """`live(source, **names)` makes a LiveApp; its comms record into `.sent`."""
    apps: list[LiveApp] = []
    with recording_comms() as sent:

        def make(source: str, **names: object) -> LiveApp:
            app = LiveApp(source, sent, **names)
            apps.append(app)
            return app

        yield make
    for app in apps:
        app.app.close()
