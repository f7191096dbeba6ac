"""The form rules a browser applies between runs, kept by the runtime as Streamlit's
frontend keeps them: Enter in a form's text input presses the form's first submit button
(unless it is disabled or the form says `enter_to_submit=False`), and after a
`clear_on_submit` form's submit has run, its widgets show their defaults again, values held
for the next submit.

The rules read what is on the page: the tree of the run in progress, then the last
completed one (forms, their submit buttons, their widgets' defaults). The renderer only
relays a text input's Enter and shows the values it is told to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..elements.base import Element, Root, Widget, walk
from ..elements.inputs import Button
from ..elements.layout import Form


class FormRules:
    """Which `clear_on_submit` forms were submitted: waiting for a run, or in the run that
    handles the submit (they clear when that run completes, not one that began before)."""

    def __init__(self) -> None:
        self._waiting: set[str] = set()
        self._running: set[str] = set()

    def submitted(self, trees: Sequence[Root], form_id: str) -> None:
        """A form's submit button was pressed: remember it if the form clears itself."""
        form = _form(trees, form_id)
        if form is not None and form.clear_on_submit:
            self._waiting.add(form_id)

    def run_started(self) -> None:
        """A run starts and takes the submits received so far."""
        self._running |= self._waiting
        self._waiting = set()

    def submit_button_for_enter(self, trees: Sequence[Root], widget_id: str) -> str | None:
        """The id of the button Enter in this text input presses, if any."""
        field = next(
            (e for e in _shown(trees) if isinstance(e, Widget) and e.id == widget_id), None
        )
        form = _form(trees, field.form_id) if field is not None and field.form_id else None
        if form is None or not form.enter_to_submit:
            return None
        buttons = (e for e in _shown(trees) if isinstance(e, Button) and e.is_form_submitter)
        button = next((b for b in buttons if b.form_id == form.form_id), None)
        return None if button is None or button.disabled else button.id

    def cleared_values(self, tree: Root) -> dict[str, Any]:
        """After a run: the defaults the widgets of the forms just submitted show again."""
        if not self._running:
            return {}
        forms, self._running = self._running, set()
        return {
            element.id: element.default
            for element in walk(tree)
            if isinstance(element, Widget) and not isinstance(element, Button)
            if element.form_id in forms
        }


def _shown(trees: Sequence[Root]) -> Iterator[Element]:
    for tree in trees:
        yield from walk(tree)


def _form(trees: Sequence[Root], form_id: str) -> Form | None:
    return next((e for e in _shown(trees) if isinstance(e, Form) and e.form_id == form_id), None)
