"""@st.fragment: a function whose widgets rerun only the function (runtime/fragments.py)."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any

from ..elements.layout import Container
from ..runtime.durations import seconds
from ..runtime.fragments import Fragment
from ..runtime.run_context import Cursor, get_run_context
from ..runtime.runner import show_exception
from ..runtime.signals import FragmentFailed
from ._add import add

__all__ = ["fragment"]


def fragment(func: Callable[..., Any] | None = None, *, run_every: Any = None) -> Any:
    """Make `func` a fragment: interacting with its widgets reruns only `func`.

    >>> @st.fragment
    ... def filters(): st.slider("limit", 0, 10)
    """
    every = seconds(run_every)

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
            record.run_every = every
            ctx.session.fragments.record(record)
            ctx.fragment = fragment_id
            try:
                with container:
                    return f(*args, **kwargs)
            except Exception as exc:  # shown in the fragment, and the run ends (Streamlit)
                show_exception(ctx, exc, Cursor(container.path, form_id=container.form_id))
                raise FragmentFailed(exc) from exc
            finally:
                ctx.fragment = ""

        return run

    return decorate(func) if func is not None else decorate


def _fragment_id(func: Callable[..., Any], page: str, path: tuple[int, ...]) -> str:
    """Stable across runs for the same function called at the same place."""
    name = f"{func.__module__}.{func.__qualname__}|{page}|{path}"
    return hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()[:16]
