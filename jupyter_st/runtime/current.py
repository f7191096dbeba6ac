"""The run in progress in this thread: a ContextVar of the runner thread, set for the length
of a run. Kept apart from `run_context` so that modules it imports (pages) can reach the run."""

from __future__ import annotations

from contextvars import ContextVar, Token
from typing import TYPE_CHECKING

from ..errors import NoRunContextError

if TYPE_CHECKING:
    from .run_context import RunContext

_current: ContextVar[RunContext | None] = ContextVar("jupyter_st_run", default=None)


def current_run_context() -> RunContext | None:
    """The context of the run in progress in this thread, or None outside a run."""
    return _current.get()


def get_run_context(command: str = "command") -> RunContext:
    """The context of the run in progress in this thread; outside a run, `command` (the
    st.* call) gets Streamlit's error."""
    ctx = _current.get()
    if ctx is None:
        raise NoRunContextError(command)
    return ctx


def enter_run(ctx: RunContext | None) -> Token[RunContext | None]:
    """Make `ctx` the current run of this thread; returns the token to restore with."""
    return _current.set(ctx)


def exit_run(token: Token[RunContext | None]) -> None:
    _current.reset(token)
