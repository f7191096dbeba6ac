"""Fragments (`@st.fragment`): parts of a script that rerun on their own.

Note [Fragment reruns]
~~~~~~~~~~~~~~~~~~~~~~
A full run executes fragments inline and records each one: its function and arguments,
and the container its output went to. A widget inside a fragment carries the fragment's
id, so a change to it asks the runner for that fragment alone: the runner clears the
fragment's container in the last tree, calls the function again with the same arguments,
and the reconciler patches that container only. Widget state is applied, rendered and
forgotten for that fragment's widgets only. Elements a fragment writes outside its
container during such a rerun are appended (they accumulate, as in Streamlit). A full run
that does not call a fragment forgets it, which also stops its `run_every` timer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Fragment:
    """One call of a fragment function in the last full run."""

    id: str
    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    path: tuple[int, ...]  # the container holding its output
    form_id: str = ""
    page: str = ""
    run_every: float | None = None
    _timer: threading.Event | None = field(default=None, repr=False)

    def start_timer(self, request: Callable[[str], None]) -> None:
        """Ask for a rerun of this fragment every `run_every` seconds until stopped."""
        if self.run_every is None or self._timer is not None:
            return
        stop = self._timer = threading.Event()

        def tick() -> None:
            while not stop.wait(self.run_every):
                request(self.id)

        threading.Thread(target=tick, name=f"jupyter_st-fragment-{self.id}", daemon=True).start()

    def stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.set()
            self._timer = None


class Fragments:
    """The fragments of a session, as its last full run called them."""

    def __init__(self) -> None:
        self._known: dict[str, Fragment] = {}
        self._seen: dict[str, Fragment] = {}  # called in the full run in progress

    def record(self, fragment: Fragment) -> None:
        previous = self._known.get(fragment.id)
        if previous is not None:
            fragment._timer, previous._timer = previous._timer, None  # keep one timer
        self._seen[fragment.id] = fragment

    def get(self, fragment_id: str) -> Fragment | None:
        return self._known.get(fragment_id)

    def stop(self) -> None:
        """Stop every timer (the app is closing)."""
        for fragment in (*self._known.values(), *self._seen.values()):
            fragment.stop_timer()

    def full_run_started(self) -> None:
        self._seen = {}

    def full_run_finished(self, completed: bool, request: Callable[[str], None]) -> None:
        """Keep the fragments this run called; stop the timers of the others."""
        if not completed:
            self._known.update(self._seen)
            return
        for fragment_id, old in self._known.items():
            if fragment_id not in self._seen:
                old.stop_timer()
        self._known = self._seen
        for fragment in self._known.values():
            fragment.start_timer(request)
