"""`element.add_rows(data)`: append rows to a dataframe or chart already on the page.

Each data element's api module registers how its element takes more rows
(`@appends_rows(ElementClass)`); the new element replaces the old in its slot, and the
renderer sends the browser only the rows it does not have yet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..elements.base import Element
from ..errors import StreamlitAPIException
from ..runtime.run_context import Cursor, container_method, get_run_context

__all__ = ["add_rows", "appends_rows"]

Appender = Callable[[Any, Any, str | None], Element]  # (element, data, dataset name)
_APPENDERS: dict[type[Element], Appender] = {}


def appends_rows(cls: type[Element]) -> Callable[[Appender], Appender]:
    """Register `appender(element, data, name) -> element` for elements of type `cls`
    (`name`: the dataset named in `add_rows(name=data)`, else None)."""

    def register(appender: Appender) -> Appender:
        _APPENDERS[cls] = appender
        return appender

    return register


@container_method
def add_rows(data: Any = None, **kwargs: Any) -> Cursor | None:
    """Append `data`'s rows to this element.  >>> chart = st.line_chart(df); chart.add_rows(more)"""
    ctx = get_run_context("add_rows")
    cursor = ctx.cursor
    if not cursor.is_slot:
        raise StreamlitAPIException("Only existing elements can `add_rows`.")
    if (kwargs and data is not None) or len(kwargs) > 1:
        raise StreamlitAPIException(
            "Wrong number of arguments to add_rows(). Command requires exactly one dataset"
        )
    name = None
    if kwargs:  # add_rows(name=df): a named dataset of a vega_lite_chart
        ((name, data),) = kwargs.items()
    element = ctx.node(cursor.path[:-1]).children[cursor.path[-1]]
    appender = _APPENDERS.get(type(element))
    if appender is None:
        raise StreamlitAPIException("Only existing elements can `add_rows`.")
    if data is None:
        return cursor
    slot = Cursor(cursor.path, form_id=cursor.form_id, is_slot=True)
    ctx.add(appender(element, data, name), to=slot)
    return cursor
