"""@st.fragment: a function whose widgets rerun only the function (runtime/fragments.py)."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from ..elements.layout import Container
from ..errors import StreamlitAPIException
from ..runtime.context import get_run_context
from ..runtime.fragments import Fragment
from ._add import add

__all__ = ["fragment"]


def _seconds(run_every: Any) -> float | None:
    if run_every is None:
        return None
    if isinstance(run_every, timedelta):
        return run_every.total_seconds()
    if isinstance(run_every, int | float) and not isinstance(run_every, bool):
        return float(run_every)
    if isinstance(run_every, str):
        return _parse_duration(run_every)
    raise StreamlitAPIException(f"Unable to convert {run_every!r} to a time interval.")


def _parse_duration(text: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        number, unit = text.strip()[:-1], text.strip()[-1]
        return float(number) * units[unit] if unit in units else float(text)
    except (ValueError, IndexError):
        raise StreamlitAPIException(f"Unable to convert {text!r} to a time interval.") from None


def fragment(func: Callable[..., Any] | None = None, *, run_every: Any = None) -> Any:
    """Make `func` a fragment: interacting with its widgets reruns only `func`.

    >>> @st.fragment
    ... def filters(): st.slider("limit", 0, 10)
    """
    seconds = _seconds(run_every)

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def run(*args: Any, **kwargs: Any) -> Any:
            ctx = get_run_context("fragment")
            if ctx.fragment:  # a fragment inside a fragment runs as part of it
                return f(*args, **kwargs)
            container = add(Container())
            fragment_id = _fragment_id(f, ctx.active_page, container.path)
            record = Fragment(fragment_id, f, args, kwargs, container.path)
            record.form_id, record.page = container.form_id, ctx.active_page
            record.run_every = seconds
            ctx.session.fragments.record(record)
            ctx.fragment = fragment_id
            try:
                with container:
                    return f(*args, **kwargs)
            finally:
                ctx.fragment = ""

        return run

    return decorate(func) if func is not None else decorate


def _fragment_id(func: Callable[..., Any], page: str, path: tuple[int, ...]) -> str:
    """Stable across runs for the same function called at the same place."""
    name = f"{func.__module__}.{func.__qualname__}|{page}|{path}"
    return hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()[:16]
