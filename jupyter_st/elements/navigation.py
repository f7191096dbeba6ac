"""Navigation between pages: the page menu and page links.

Both are clickable, so they carry ids like widgets; the ids start with `NAV_ID` so the app
routes their clicks to page navigation instead of widget state. Their `value` is the URL
path they lead to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Widget

NAV_ID = "$$NAV"


@dataclass(frozen=True, kw_only=True)
class NavEntry:
    section: str
    title: str
    icon: str
    url_path: str


@dataclass(frozen=True, kw_only=True)
class Navigation(Widget):
    """The page menu; `value` is the URL path of the current page."""

    KIND: ClassVar[str] = "navigation"
    entries: tuple[NavEntry, ...] = ()
    expanded: bool | int = False


@dataclass(frozen=True, kw_only=True)
class PageLink(Widget):
    """A link to a page of this app (`value` is its URL path) or to an external URL."""

    KIND: ClassVar[str] = "page_link"
    icon: str = ""
    external: bool = False
    use_container_width: bool = False
