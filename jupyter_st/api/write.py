"""st.write: writes any object the way Streamlit does.

Strings and plain values gather into one markdown (values as inline code, joined by a space);
a value that needs its own element (dict/list -> json, DataFrame -> dataframe, exception ->
exception) flushes that buffer first.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Mapping
from typing import Any

from ..errors import StreamlitAPIException
from ..runtime.run_context import container_method, get_run_context
from .data import dataframe
from .external import ipywidget, is_ipywidget
from .status import exception
from .text import html, json, markdown

__all__ = ["write"]

_ADDRESS = re.compile(r"<.* at 0x[0-9a-fA-F]+>")
_JSON_TYPES = (dict, list, map, enumerate)


def _is_dataframe_like(obj: Any) -> bool:
    module = type(obj).__module__ or ""
    name = type(obj).__name__
    if module.startswith("pandas") and name in ("DataFrame", "Series", "Index", "Styler"):
        return True
    return (module == "numpy" and name == "ndarray") or hasattr(obj, "to_pandas")


def _code_span(text: str) -> str:
    if "\n" in text:
        fence = "`" * max(3, _longest_backtick_run(text) + 1)
        return f"{fence}\n{text}\n{fence}"
    ticks = "`" * (_longest_backtick_run(text) + 1)
    return f"{ticks}{text}{ticks}"


def _longest_backtick_run(text: str) -> int:
    return max((len(m) for m in re.findall(r"`+", text)), default=0)


def _help_text(obj: Any) -> str:
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or repr(obj)
    doc = inspect.getdoc(obj) or "No docs available"
    return f"**{name}**\n\n{doc}"


def _needs_own_element(obj: Any, unsafe_allow_html: bool) -> Any:
    """The function that writes `obj` on its own, or None to buffer it as text."""
    if isinstance(obj, BaseException):
        return exception
    if is_ipywidget(obj):
        return ipywidget
    if _is_dataframe_like(obj):
        return dataframe
    if isinstance(obj, (*_JSON_TYPES, Mapping)) or (
        isinstance(obj, tuple) and hasattr(obj, "_fields")
    ):
        return lambda o: json(_jsonable(o))
    if inspect.isroutine(obj) or inspect.isclass(obj) or inspect.ismodule(obj):
        return lambda o: markdown(_help_text(o))
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return lambda o: markdown(_help_text(type(o)))
    if unsafe_allow_html and callable(getattr(obj, "_repr_html_", None)):
        return lambda o: html(o._repr_html_())
    return None


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, tuple) and hasattr(obj, "_asdict"):
        return obj._asdict()
    if isinstance(obj, map | enumerate):
        return list(obj)
    if isinstance(obj, Mapping) and not isinstance(obj, dict):
        return dict(obj)
    return obj


@container_method
def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Write anything: text as markdown, data as tables, objects as Streamlit shows them.

    >>> st.write("Total:", 3)
    """
    if len(args) == 1 and isinstance(args[0], str):
        markdown(args[0], unsafe_allow_html=unsafe_allow_html)
        return
    if len(args) > 1 and get_run_context("write").cursor.is_slot:
        raise StreamlitAPIException(
            "Cannot replace a single element with multiple elements.\n\nThe `write()` method "
            "only supports multiple elements when inserting elements rather than replacing. "
            "That is, only when called as `st.write()` or `st.sidebar.write()`."
        )
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        writer = _needs_own_element(arg, unsafe_allow_html)
        if writer is None:
            text = str(arg)
            buffer.append(_help_text(arg) if _ADDRESS.fullmatch(text) else _code_span(text))
            continue
        flush()
        writer(arg)
    flush()
