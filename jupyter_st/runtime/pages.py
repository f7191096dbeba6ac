"""Pages of a multipage app, named and ordered as Streamlit names and orders them.

A page is a script file or a function. Its `key` is the URL path it answers to (inferred
from the file or function name unless given); the default page is served at the root, so
its public `url_path` is "". Apps with a `pages/` folder beside the main script and no
`st.navigation` get the main script plus the folder's files as pages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
)
from .current import get_run_context

PAGE_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


class StreamlitPageNotFoundError(StreamlitAPIException):
    """A page that the app does not have."""


@dataclass(eq=False)
class Page:
    """One page (`st.Page`): a script file or a callable."""

    source: Path | Callable[[], Any]
    title: str
    icon: str = ""
    key: str = ""  # the URL path segment it answers to, even when it is the default
    default: bool = False
    visibility: str = "visible"
    help: str | None = None
    section: str = field(default="", repr=False)

    @property
    def url_path(self) -> str:
        return "" if self.default else self.key

    @property
    def script_path(self) -> Path | None:
        return self.source if isinstance(self.source, Path) else None

    def run(self) -> None:
        """Run this page; only the page st.navigation returned, once per run."""
        get_run_context("Page.run").run_page(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Page) and (self.key, self.source) == (other.key, other.source)

    def __hash__(self) -> int:
        return hash(self.key)


def sort_key(path: Path) -> tuple[float, str]:
    number, label = PAGE_FILENAME.findall(path.name)[0]
    return (float(number) if number else float("inf"), label.lower())


def icon_and_name(path: Path) -> tuple[str, str]:
    """(icon, url name) from a file name: "1_📈_Plotting.py" -> ("📈", "Plotting")."""
    match = PAGE_FILENAME.search(path.name)
    if match is None:
        return "", ""
    name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return leading_emoji(name)


def leading_emoji(text: str) -> tuple[str, str]:
    """Split a leading emoji (and the separator after it) off `text`."""
    end = 0
    while end < len(text) and (_is_emoji(text[end]) or (end and text[end] in "\ufe0f\u200d")):
        end += 1
    if end == 0:
        return "", text
    return text[:end], text[end:].lstrip("_ -")


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


def file_page(path: Path, *, title: str | None = None, icon: str | None = None,
              url_path: str | None = None, default: bool = False) -> Page:  # fmt: skip
    inferred_icon, name = icon_and_name(path)
    title = title or name.replace("_", " ")
    if not title.strip(" _"):
        raise StreamlitMissingRequiredParameterError(
            "title", "It cannot be empty or consist of underscores/spaces only."
        )
    key = check_url_path(url_path, default) if url_path is not None else name
    return Page(path, title, inferred_icon if icon is None else icon, key, default)


def function_page(func: Callable[[], Any], *, title: str | None = None, icon: str | None = None,
                  url_path: str | None = None, default: bool = False) -> Page:  # fmt: skip
    name = getattr(func, "__name__", None)
    if title is None and name is None:
        raise StreamlitMissingRequiredParameterError(
            "title", "Streamlit cannot infer a title from this callable."
        )
    title = title or name.replace("_", " ")  # type: ignore[union-attr]
    key = check_url_path(url_path, default) if url_path is not None else name or title
    return Page(func, title, icon or "", key, default)


def check_url_path(url_path: str, default: bool) -> str:
    path = url_path.strip().strip("/")
    if "/" in path:
        raise StreamlitAPIException(
            f"The `url_path` `{path}` cannot include `/`. Streamlit does not support nested URL "
            "pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote support for "
            "nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )
    if not path and not default:
        raise StreamlitMissingRequiredParameterError(
            "url_path", "It can only be empty for the default page."
        )
    return path


def directory_pages(main: Path) -> list[Page] | None:
    """The main script and `pages/*.py` beside it, in Streamlit's order; None without pages/."""
    folder = main.parent / "pages"
    if not folder.is_dir():
        return None
    files = [
        p for p in folder.glob("*.py") if not p.name.startswith(".") and p.name != "__init__.py"
    ]
    pages = [file_page(main, default=True)]
    pages += [file_page(p.resolve()) for p in sorted(files, key=sort_key)]
    return pages


def resolve(pages: list[Page], requested: str | None) -> Page:
    """The page for a requested URL path (or key); the default page when none matches."""
    default = next((p for p in pages if p.default), pages[0])
    if requested:
        for page in pages:
            if page.key == requested:
                return page
    return default


class Navigator:
    """A session's pages: which exist, which one is showing, which one is asked for next."""

    def __init__(self) -> None:
        self.pages: list[Page] | None = None
        self.current: Page | None = None
        self.requested: str | None = None  # a page key, from the URL, a click or switch_page
        self.uses_navigation = False  # st.navigation was called: pages/ no longer counts
        self._scripts: dict[Path, Any] = {}

    def directory_pages(self, main: Any) -> list[Page] | None:
        """The pages/ folder's pages for `main` (a Script), unless st.navigation is in use."""
        if self.uses_navigation or main.directory is None:
            return None
        return directory_pages(Path(main.path))

    def script_for(self, page: Page, main: Any) -> Any:
        """The compiled script of a file page (the main script is already compiled)."""
        path = page.script_path
        if path is None or str(path) == main.path:
            return main
        if path not in self._scripts:
            self._scripts[path] = type(main).from_file(path, magic=main.magic)
        return self._scripts[path]

    def find(self, target: Any, main_dir: Path) -> Page | None:
        """The registered page for a Page, or a file path relative to the main script."""
        wanted = target if isinstance(target, Page) else (main_dir / str(target)).resolve()
        for page in self.pages or ():
            if page == wanted or (page.script_path is not None and page.script_path == wanted):
                return page
        return None
