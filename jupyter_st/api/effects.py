"""Celebrations: st.balloons and st.snow."""

from __future__ import annotations

import itertools

from ..elements import effects as el
from ..runtime.run_context import Cursor, container_method
from ._add import add

__all__ = ["balloons", "snow"]

_plays = itertools.count(1)


@container_method
def balloons() -> Cursor:
    """Balloons float up over the app.  >>> st.balloons()"""
    return add(el.Balloons(nonce=next(_plays)))


@container_method
def snow() -> Cursor:
    """Snowflakes fall over the app.  >>> st.snow()"""
    return add(el.Snow(nonce=next(_plays)))
