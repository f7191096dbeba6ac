"""Text: markdown, headings, caption, code, text, latex, divider, json, html."""

from __future__ import annotations

import json as _json
from typing import Any

from ..elements import text as el
from ..errors import StreamlitAPIException, StreamlitValueError
from ..runtime.run_context import Cursor, container_method
from ._add import add
from ._policies import clean_text

__all__ = [
    "caption",
    "code",
    "divider",
    "header",
    "html",
    "json",
    "latex",
    "markdown",
    "subheader",
    "text",
    "title",
]


@container_method
def markdown(body: Any, unsafe_allow_html: bool = False, *, help: str | None = None) -> Cursor:
    """Display markdown (CommonMark + GitHub flavour, emoji, colored text).

    >>> st.markdown("Items in **stock**")
    """
    return add(el.Markdown(body=clean_text(body), unsafe_allow_html=unsafe_allow_html, help=help))


@container_method
def caption(body: Any, unsafe_allow_html: bool = False, *, help: str | None = None) -> Cursor:
    """Display small, muted text.  >>> st.caption("updated daily")"""
    return add(el.Caption(body=clean_text(body), unsafe_allow_html=unsafe_allow_html, help=help))


DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")


def _heading(cls: type[el.Heading], body: Any, anchor: Any, help: Any, divider: Any) -> Cursor:
    if divider is not False and divider is not True and divider not in DIVIDER_COLORS:
        supported = ", ".join(["True", *(f"'{c}'" for c in DIVIDER_COLORS)])
        raise StreamlitValueError("divider", supported)
    return add(cls(body=clean_text(body), anchor=anchor, help=help, divider=divider))


@container_method
def title(
    body: Any, anchor: str | bool | None = None, *, help: str | None = None, width: Any = None
) -> Cursor:
    """Display a title.  >>> st.title("Inventory")"""
    return _heading(el.Title, body, anchor, help, False)


@container_method
def header(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
    width: Any = None,
) -> Cursor:
    """Display a header.  >>> st.header("Results", divider="blue")"""
    return _heading(el.Header, body, anchor, help, divider)


@container_method
def subheader(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
    width: Any = None,
) -> Cursor:
    """Display a subheader.  >>> st.subheader("Details")"""
    return _heading(el.Subheader, body, anchor, help, divider)


@container_method
def code(
    body: Any,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: Any = None,
    width: Any = None,
) -> Cursor:
    """Display code with syntax highlighting.  >>> st.code("x = 1", language="python")"""
    return add(
        el.Code(
            body=str(body),
            language=language or "plaintext",
            line_numbers=line_numbers,
            wrap_lines=wrap_lines,
        )
    )


@container_method
def text(body: Any, *, help: str | None = None, width: Any = None) -> Cursor:
    """Display fixed-width, preformatted text.  >>> st.text("plain")"""
    return add(el.Text(body=clean_text(body), help=help))


@container_method
def latex(body: Any, *, help: str | None = None, width: Any = None) -> Cursor:
    """Display a LaTeX expression.  >>> st.latex(r"e^{i\\pi} + 1 = 0")"""
    if hasattr(body, "_repr_latex_"):  # sympy expressions
        body = body._repr_latex_().strip("$")
    return add(el.Latex(body=f"$$\n{clean_text(body)}\n$$", help=help))


@container_method
def divider(*, width: Any = None) -> Cursor:
    """Display a horizontal rule.  >>> st.divider()"""
    return add(el.Divider())


@container_method
def json(body: Any, *, expanded: bool | int = True, width: Any = None) -> Cursor:
    """Display an object or a JSON string as pretty-printed JSON.  >>> st.json({"a": 1})"""
    if not isinstance(expanded, bool | int):
        raise StreamlitAPIException(
            f"The type {type(expanded)} of `expanded` is not supported, must be bool or int."
        )
    if not isinstance(body, str):
        body = _json.dumps(body, default=repr)
    return add(el.Json(body=body, expanded=expanded))


@container_method
def html(body: Any, *, width: Any = None) -> Cursor:
    """Insert raw HTML, as given (the user's explicit choice).  >>> st.html("<b>hi</b>")"""
    if hasattr(body, "_repr_html_"):
        body = body._repr_html_()
    return add(el.Html(body=clean_text(body)))
