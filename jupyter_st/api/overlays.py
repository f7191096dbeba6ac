"""Blocks that sit over or beside the flow: st.status, st.popover and @st.dialog."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import weakref
from collections.abc import Callable
from typing import Any

from ..elements import overlays as el
from ..elements.base import EVENTS
from ..errors import (
    StreamlitDuplicateElementId,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..runtime.context import Cursor, RunContext, container_method, get_run_context
from ..runtime.identity import element_id
from ..runtime.state import WidgetMeta, WidgetSpec
from ._add import add
from ._policies import callback_mode
from .fragments import fragment
from .inputs import BUTTON_TYPES

__all__ = ["dialog", "popover", "status"]

STATES = ", ".join(repr(s) for s in el.STATUS_ICONS)
DIALOG_WIDTHS = ("small", "medium", "large")
DIALOG_POSITIONS = ("left", "center", "right")
DIALOG = WidgetSpec(kind="dialog", value="trigger")  # closing it, with on_dismiss, reruns
_openings = itertools.count(1)
_dialog_opened: weakref.WeakSet[RunContext] = weakref.WeakSet()


def _check_state(state: Any) -> str:
    if state not in el.STATUS_ICONS:
        raise StreamlitValueError("state", STATES)
    return state


class StatusContainer(Cursor):
    """What `st.status` returns: a container whose label, state and expansion can change."""

    __slots__ = ()

    def update(
        self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None
    ) -> None:
        """Change the label, the state ("running", "complete", "error") or expansion."""
        ctx = get_run_context("status")
        parent, index = ctx.node(self.path[:-1]), self.path[-1]
        current: el.Status = parent.children[index]  # type: ignore[assignment]
        changes: dict[str, Any] = {}
        if label is not None:
            changes["label"] = str(label)
        if expanded is not None:
            changes["expanded"] = bool(expanded)
        if state is not None:
            changes["state"] = _check_state(state)
        updated = dataclasses.replace(current, **changes)
        ctx.add(updated, to=Cursor(self.path, form_id=self.form_id, is_slot=True))

    def __exit__(self, exc_type: object, *rest: object) -> bool:
        if self._state() == "running":
            self.update(state="complete" if exc_type is None else "error")
        return super().__exit__(exc_type, *rest)

    def _state(self) -> str:
        ctx = get_run_context("status")
        return ctx.node(self.path).state  # type: ignore[attr-defined]


@container_method
def status(
    label: str,
    *,
    expanded: bool = False,
    state: str = "running",
    type: str = "default",
    width: Any = "stretch",
) -> StatusContainer:
    """A box showing a task's progress; complete (or error) when its `with` block ends.

    >>> with st.status("Downloading data..."): st.write("Searching for data...")
    """
    if type not in ("default", "compact", "step"):
        raise StreamlitValueError("type", "'default', 'compact', 'step'")
    block = el.Status(label=label or "", state=_check_state(state), expanded=bool(expanded))
    cursor = add(block)
    return StatusContainer(cursor.path, form_id=cursor.form_id)


@container_method
def popover(
    label: str,
    *,
    type: str = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    **options: Any,
) -> Cursor:
    """A button that opens a box of elements.  >>> with st.popover("Settings"): st.checkbox("x")"""
    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    if type not in BUTTON_TYPES:
        raise StreamlitValueError("type", "'primary', 'secondary', 'tertiary'")
    stretch = width == "stretch" if use_container_width is None else bool(use_container_width)
    block = el.Popover(label=str(label), help=None if help is None else str(help), icon=icon,
                       disabled=bool(disabled), type=type, use_container_width=stretch)  # fmt: skip
    return add(block)


def dialog(
    title: Any,
    *,
    width: str | int = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Callable[..., Any]:
    """Decorate a function to show what it writes in a modal, when called.

    >>> @st.dialog("Vote")
    ... def vote(item): st.write(item); st.button("Submit")
    """
    if callable(title) or title is None or title == "":  # also @st.dialog without a title
        raise StreamlitMissingRequiredParameterError(
            "title", 'For example: `@st.dialog("Example Title")`.'
        )
    spec = el.Dialog(
        title=str(title), width=width, position=position, dismissible=bool(dismissible),
        icon=icon,
    )  # fmt: skip

    def decorate(func: Callable[..., Any]) -> Callable[..., None]:
        body = fragment(func)

        @functools.wraps(func)
        def open_dialog(*args: Any, **kwargs: Any) -> None:
            with _open(spec, on_dismiss):
                body(*args, **kwargs)

        return open_dialog

    return decorate


def _open(spec: el.Dialog, on_dismiss: Any) -> Cursor:
    """Add the dialog to the events area, checking Streamlit's one-dialog rules; with an
    `on_dismiss`, closing it is a trigger that reruns the app (and calls the callback)."""
    ctx = get_run_context("dialog")
    if _inside_dialog(ctx):
        raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
    _check_width(spec.width)
    if spec.position not in DIALOG_POSITIONS:
        raise StreamlitValueError("position", "'left', 'center', 'right'")
    callback = callback_mode(on_dismiss, "on_dismiss")
    mode = "callback" if callback else on_dismiss
    params = {"title": spec.title, "dismissible": spec.dismissible, "width": spec.width,
              "position": spec.position, "icon": spec.icon, "on_dismiss": mode}  # fmt: skip
    wid = element_id("dialog", key=None, params=params, page=ctx.active_page)
    if wid in ctx.ids:
        raise StreamlitDuplicateElementId("dialog")
    if ctx in _dialog_opened:
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not "
            "call a dialog-decorated function more than once in a script run."
        )
    _dialog_opened.add(ctx)
    if mode == "ignore":
        ctx.ids.add(wid)
        dismiss_id = ""
    else:
        meta = WidgetMeta(id=wid, spec=DIALOG, on_change=callback, owner=ctx.session.owner)
        ctx.register_widget(meta, False)
        dismiss_id = wid
    block = dataclasses.replace(spec, id=dismiss_id, opened=next(_openings))
    path = ctx.add(block, to=Cursor((EVENTS,)))
    return Cursor(path)


def _inside_dialog(ctx: RunContext) -> bool:
    """Is any container being written to (`with` blocks, fragments) inside a dialog?"""
    for cursor in ctx.stack:
        path = cursor.path[:-1] if cursor.is_slot else cursor.path
        if any(isinstance(ctx.node(path[:i]), el.Dialog) for i in range(2, len(path) + 1)):
            return True
    return False


def _check_width(width: Any) -> None:
    if width in DIALOG_WIDTHS:
        return
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32:
        return
    raise StreamlitValueError(
        "width",
        "'small', 'medium', 'large', a positive integer",
        f"Got {width!r}.",
    )
