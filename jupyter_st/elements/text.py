"""Text elements: markdown and its variants, headings, code, plain text, JSON, HTML."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Element


@dataclass(frozen=True, kw_only=True)
class Markdown(Element):
    KIND: ClassVar[str] = "markdown"
    body: str
    unsafe_allow_html: bool = False
    help: str | None = None


@dataclass(frozen=True, kw_only=True)
class Caption(Markdown):
    KIND: ClassVar[str] = "caption"


@dataclass(frozen=True, kw_only=True)
class Latex(Markdown):
    KIND: ClassVar[str] = "latex"


@dataclass(frozen=True, kw_only=True)
class Divider(Markdown):
    KIND: ClassVar[str] = "divider"
    body: str = "---"


@dataclass(frozen=True, kw_only=True)
class Heading(Element):
    """title, header and subheader differ only in level."""

    KIND: ClassVar[str] = "heading"
    LEVEL: ClassVar[int] = 1
    body: str
    anchor: str | bool | None = None
    help: str | None = None
    divider: bool | str = False


@dataclass(frozen=True, kw_only=True)
class Title(Heading):
    KIND: ClassVar[str] = "title"
    LEVEL: ClassVar[int] = 1


@dataclass(frozen=True, kw_only=True)
class Header(Heading):
    KIND: ClassVar[str] = "header"
    LEVEL: ClassVar[int] = 2


@dataclass(frozen=True, kw_only=True)
class Subheader(Heading):
    KIND: ClassVar[str] = "subheader"
    LEVEL: ClassVar[int] = 3


@dataclass(frozen=True, kw_only=True)
class Code(Element):
    KIND: ClassVar[str] = "code"
    body: str
    language: str | None = "python"
    line_numbers: bool = False
    wrap_lines: bool = False


@dataclass(frozen=True, kw_only=True)
class Text(Element):
    KIND: ClassVar[str] = "text"
    body: str
    help: str | None = None


@dataclass(frozen=True, kw_only=True)
class Json(Element):
    """`body` is the JSON text; `expanded` is True, False or a depth."""

    KIND: ClassVar[str] = "json"
    body: str
    expanded: bool | int = True


@dataclass(frozen=True, kw_only=True)
class Html(Element):
    """Raw HTML the user asked for with `st.html`."""

    KIND: ClassVar[str] = "html"
    body: str
