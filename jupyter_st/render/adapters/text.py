"""Text elements as `ipywidgets.HTML`; every value passes through render/html.py."""

from __future__ import annotations

import ipywidgets as w

from ...elements import text as el
from ..html import code_html, heading_html, json_html, markdown_html, text_html
from .base import Traits, adapts


def _with_help(body: str, help: str | None) -> Traits:
    return {"value": body, "tooltip": help or ""}


@adapts(el.Markdown, widget=w.HTML, classes=("st-markdown",))
def markdown(e: el.Markdown) -> Traits:
    return _with_help(markdown_html(e.body, allow_html=e.unsafe_allow_html), e.help)


@adapts(el.Caption, widget=w.HTML, classes=("st-markdown", "st-caption"))
def caption(e: el.Caption) -> Traits:
    return _with_help(markdown_html(e.body, allow_html=e.unsafe_allow_html), e.help)


@adapts(el.Divider, widget=w.HTML, classes=("st-divider",))
def divider(e: el.Divider) -> Traits:
    return {"value": '<hr class="st-divider">'}


@adapts(el.Latex, widget=w.HTMLMath, classes=("st-latex",))
def latex(e: el.Latex) -> Traits:
    return _with_help(markdown_html(e.body), e.help)


@adapts(el.Title, el.Header, el.Subheader, widget=w.HTML, classes=("st-heading",))
def heading(e: el.Heading) -> Traits:
    body = heading_html(e.body, e.LEVEL, anchor=e.anchor, divider=e.divider)
    return _with_help(body, e.help)


@adapts(el.Code, widget=w.HTML, classes=("st-code-block",))
def code(e: el.Code) -> Traits:
    language = None if e.language in (None, "plaintext") else e.language
    body = code_html(e.body, language, line_numbers=e.line_numbers, wrap_lines=e.wrap_lines)
    return {"value": body}


@adapts(el.Text, widget=w.HTML, classes=("st-text",))
def text(e: el.Text) -> Traits:
    return _with_help(text_html(e.body), e.help)


@adapts(el.Json, widget=w.HTML, classes=("st-json",))
def json(e: el.Json) -> Traits:
    return {"value": json_html(e.body, expanded=e.expanded)}


@adapts(el.Html, widget=w.HTML, classes=("st-html",))
def html(e: el.Html) -> Traits:
    return {"value": e.body}  # the user asked for raw HTML with st.html
