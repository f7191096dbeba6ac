"""Status: alerts, exceptions, progress, spinner, toast, and st.status (a box showing a
task's progress, updated as it runs)."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from typing import Any

from ..elements import status as el
from ..elements.layout import Empty
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from ..runtime.run_context import EVENTS_CURSOR, Cursor, container_method, get_run_context
from ..runtime.runner import PACKAGE_DIR
from ._add import add
from ._policies import clean_text

__all__ = [
    "error",
    "exception",
    "info",
    "progress",
    "spinner",
    "status",
    "success",
    "toast",
    "warning",
]


def _alert(cls: type[el.Alert], body: Any, icon: str | None) -> Cursor:
    return add(cls(body=clean_text(body), icon=icon))


@container_method
def success(body: Any, *, icon: str | None = None, width: Any = None) -> Cursor:
    """Display a success message.  >>> st.success("Saved!", icon="✅")"""
    return _alert(el.Success, body, icon)


@container_method
def info(body: Any, *, icon: str | None = None, width: Any = None) -> Cursor:
    """Display an informational message.  >>> st.info("Tip: press R to rerun")"""
    return _alert(el.Info, body, icon)


@container_method
def warning(body: Any, *, icon: str | None = None, width: Any = None) -> Cursor:
    """Display a warning.  >>> st.warning("Careful")"""
    return _alert(el.Warning, body, icon)


@container_method
def error(body: Any, *, icon: str | None = None, width: Any = None) -> Cursor:
    """Display an error message.  >>> st.error("Something failed")"""
    return _alert(el.Error, body, icon)


@container_method
def exception(exception: BaseException, width: Any = None) -> Cursor:
    """Display an exception with its traceback.  >>> st.exception(RuntimeError("boom"))"""
    return add(el.Exception_.of(exception, hide=PACKAGE_DIR))


@container_method
def progress(value: Any, text: str | None = None, width: Any = None) -> Cursor:
    """Display a progress bar; update it through the returned handle.

    >>> bar = st.progress(0); bar.progress(50, text="halfway")
    """
    return add(el.Progress(value=_percent(value), text=None if text is None else clean_text(text)))


def _percent(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise StreamlitInvalidParameterTypeError("value", "int, float", type(value).__name__)
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if not 0.0 <= value <= 1.0:
        raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
    return int(value * 100)


@container_method
@contextlib.contextmanager
def spinner(text: str = "In progress...", *, show_time: bool = False) -> Iterator[None]:
    """Show a spinner while a block runs.  >>> with st.spinner("Loading..."): load()"""
    if not isinstance(text, str):
        raise StreamlitAPIException("`text` must be a string.")
    ctx = get_run_context("spinner")  # transient, as in Streamlit: it takes no place in main
    slot = Cursor(ctx.add(el.Spinner(text=clean_text(text)), to=EVENTS_CURSOR), is_slot=True)
    try:
        yield
    finally:
        ctx.add(Empty(), to=slot)


@container_method
def toast(body: Any, *, icon: str | None = None, duration: Any = "short") -> Cursor:
    """Show a short message floating over the app.  >>> st.toast("Saved")"""
    if clean_text(body) == "":
        raise StreamlitMissingRequiredParameterError("body", "Please provide a message.")
    return _alert_at(el.Toast(body=clean_text(body), icon=icon))


def _alert_at(element: el.Toast) -> Cursor:
    path = get_run_context("toast").add(element, to=EVENTS_CURSOR)
    return Cursor(path, is_slot=True)


STATES = ", ".join(repr(s) for s in el.STATUS_ICONS)


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
