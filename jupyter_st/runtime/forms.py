"""The form rules a browser applies between runs, kept by the runtime as Streamlit's
frontend keeps them: Enter in a form's text input presses the form's submit button (unless
`enter_to_submit=False`), and after a `clear_on_submit` form's submit has run, its widgets
show their defaults again, values held for the next submit.

The rules read the last tree (forms, their submit buttons, their widgets' defaults); the
renderer only relays a text input's Enter and shows the values it is told to.
"""

from __future__ import annotations

from typing import Any

from ..elements.base import Root, Widget, walk
from ..elements.inputs import Button
from ..elements.layout import Form


class FormRules:
    """Which `clear_on_submit` forms were submitted since their last run."""

    def __init__(self) -> None:
        self._submitted: set[str] = set()

    def note_value(self, tree: Root, widget_id: str) -> None:
        """A value arrived: remember a submit of a form that clears itself."""
        button = _find(tree, widget_id)
        if isinstance(button, Button) and button.is_form_submitter:
            form = _form(tree, button.form_id)
            if form is not None and form.clear_on_submit:
                self._submitted.add(form.form_id)

    def submit_button_for_enter(self, tree: Root, widget_id: str) -> str | None:
        """The id of the button Enter in this text input presses, if any."""
        field = _find(tree, widget_id)
        form = _form(tree, field.form_id) if isinstance(field, Widget) else None
        if form is None or not form.enter_to_submit:
            return None
        buttons = (e for e in walk(tree) if isinstance(e, Button) and e.is_form_submitter)
        button = next((b for b in buttons if b.form_id == form.form_id), None)
        return None if button is None or button.disabled else button.id

    def cleared_values(self, tree: Root) -> dict[str, Any]:
        """After a run: the defaults the widgets of the forms just submitted show again."""
        forms, self._submitted = self._submitted, set()
        return {
            element.id: element.default
            for element in walk(tree)
            if isinstance(element, Widget) and not isinstance(element, Button)
            if element.form_id in forms
        }


def _find(tree: Root, widget_id: str) -> Widget | None:
    return next((e for e in walk(tree) if isinstance(e, Widget) and e.id == widget_id), None)


def _form(tree: Root, form_id: str) -> Form | None:
    return next((e for e in walk(tree) if isinstance(e, Form) and e.form_id == form_id), None)
