"""Execution control: st.rerun and st.stop."""

from __future__ import annotations

from typing import Any, NoReturn

from ..errors import StreamlitAPIException
from ..runtime.run_context import get_run_context
from ..runtime.signals import RerunSignal, StopSignal

__all__ = ["rerun", "stop"]


def rerun(*, scope: str = "app", type: Any = None) -> NoReturn:
    """Stop this run now and start a new one.  >>> if done: st.rerun()"""
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(
            f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'."
        )
    ctx = get_run_context("rerun")
    if scope == "fragment":
        if not ctx.fragment or ctx.root is not ctx.session.tree:  # only in fragment reruns
            raise StreamlitAPIException(
                'scope="fragment" can only be specified from `@st.fragment`-decorated '
                "functions during fragment reruns."
            )
        ctx.session.request_fragment_rerun(ctx.fragment)
    else:
        ctx.session.request_rerun()
    raise RerunSignal()


def stop() -> NoReturn:
    """Stop this run here, as if the script had ended.  >>> if not ok: st.stop()"""
    get_run_context("stop")
    raise StopSignal()
