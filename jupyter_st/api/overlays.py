"""Blocks that open over the flow: st.popover and @st.dialog."""

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
from ..runtime.identity import element_id
from ..runtime.run_context import Cursor, RunContext, container_method, get_run_context
from ..runtime.state import WidgetMeta
from ._add import add
from ._policies import callback_mode
from ._widgets import WidgetSpec
from .fragments import fragment
from .inputs import BUTTON_TYPES

__all__ = ["dialog", "popover"]

DIALOG_WIDTHS = ("small", "medium", "large")
DIALOG_POSITIONS = ("left", "center", "right")
DIALOG = WidgetSpec(kind="dialog", value_life="trigger")  # closing it, with on_dismiss, reruns
_openings = itertools.count(1)
_dialog_opened: weakref.WeakSet[RunContext] = weakref.WeakSet()


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
