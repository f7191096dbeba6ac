"""Multipage apps: st.Page, st.navigation, st.switch_page and st.page_link."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ..elements.navigation import NAV_ID, PageLink
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..runtime.pages import StreamlitPageNotFoundError, file_page, function_page
from ..runtime.run_context import RunContext, container_method, get_run_context
from ..runtime.signals import RerunSignal
from ._add import add

__all__ = ["Page", "navigation", "page_link", "switch_page"]

POSITIONS = ("sidebar", "hidden", "top")


def _main_dir() -> Path:
    return Path(get_run_context("Page").session.script.path).parent


def Page(
    page: str | Path | Callable[[], Any],
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
) -> Any:
    """A page of a multipage app: a script path (relative to the main script) or a function.

    >>> pg = st.navigation([st.Page("home.py"), st.Page(settings, icon="⚙️")]); pg.run()
    """
    if title is not None and not title.strip():
        raise StreamlitMissingRequiredParameterError(
            "title", "It cannot be empty or consist of underscores/spaces only."
        )
    if callable(page):
        return function_page(
            page, title=title or None, icon=icon, url_path=url_path, default=default
        )
    path = (_main_dir() / str(page)).resolve()
    if not path.is_file():
        raise StreamlitPageNotFoundError(
            f"Unable to create Page. The file `{Path(str(page)).name}` could not be found."
        )
    return file_page(path, title=title or None, icon=icon, url_path=url_path, default=default)


def _pages_of(pages: Any) -> list[Any]:
    sections = pages.items() if isinstance(pages, Mapping) else [("", pages)]
    found = []
    for section, items in sections:
        for item in items:
            if isinstance(item, str | Path) or (callable(item) and not hasattr(item, "key")):
                item = Page(item)
            elif not hasattr(item, "key"):
                raise StreamlitInvalidParameterTypeError(
                    "pages", "str, Path, callable, st.Page", type(item).__name__
                )
            item.section = str(section)
            found.append(item)
    if not found:
        raise StreamlitMissingRequiredParameterError("pages", "Provide at least one `st.Page`.")
    return found


def _check_unique(pages: list[Any]) -> None:
    defaults = [p for p in pages if p.default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default."
        )
    if not defaults:
        pages[0].default = True
    seen: dict[str, Any] = {}
    for page in pages:
        if page.key in seen:
            raise StreamlitAPIException(
                f"Two pages resolve to the URL pathname `/{page.key}`. Each page passed to "
                "`st.navigation` needs a unique URL pathname. Set a unique `url_path` in "
                "`st.Page` for one of these pages."
            )
        seen[page.key] = page


def navigation(
    pages: Sequence[Any] | Mapping[str, Sequence[Any]],
    *,
    position: str = "sidebar",
    expanded: bool | int = False,
) -> Any:
    """Declare the app's pages and get the one to show; call `.run()` on it.

    >>> pg = st.navigation([st.Page("a.py"), st.Page("b.py")]); pg.run()
    """
    if position not in POSITIONS:
        raise StreamlitValueError("position", "'sidebar', 'hidden', 'top'")
    ctx = get_run_context("navigation")
    found = _pages_of(pages)
    _check_unique(found)
    ctx.session.navigator.uses_navigation = True
    return ctx.navigate(found, position=position, expanded=expanded)


def _find(ctx: RunContext, page: Any) -> Any:
    navigator = ctx.session.navigator
    main_dir = Path(ctx.session.script.path).parent
    if navigator.pages is None:  # a single-page app: only the main script
        navigator.pages = [file_page(Path(ctx.session.script.path), default=True)]
    found = navigator.find(page, main_dir)
    if found is not None:
        return found
    name = page if isinstance(page, str | Path) else page.title
    if navigator.uses_navigation:
        raise StreamlitPageNotFoundError(
            f"Could not find page: `{name}`. You must provide a `Page` object or file path "
            "relative to the entrypoint file. Only pages previously defined by `st.Page` and "
            "passed to `st.navigation` are allowed."
        )
    raise StreamlitPageNotFoundError(
        f"Could not find page: `{name}`. You must provide a file path relative to the "
        f"entrypoint file (from the directory `{main_dir.name}`). Only the entrypoint file and "
        "files in the `pages/` directory are supported."
    )


def switch_page(page: Any, query_params: Any = None) -> NoReturn:
    """Go to another page now; session state is kept.  >>> st.switch_page("pages/2_b.py")"""
    ctx = get_run_context("switch_page")
    target = _find(ctx, page)
    with ctx.session.lock:
        ctx.session.navigator.requested = target.key
        ctx.session.query_params = {k: [str(v)] for k, v in dict(query_params or {}).items()}
    ctx.session.request_rerun()
    raise RerunSignal()


@container_method
def page_link(
    page: Any,
    *,
    label: str | None = None,
    icon: str | None = None,
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    **options: Any,
) -> Any:
    """A link to a page of this app or to a URL.  >>> st.page_link("pages/2_b.py", label="B")"""
    ctx = get_run_context("page_link")
    if isinstance(page, str) and page.startswith(("http://", "https://")):
        if not label:
            raise StreamlitMissingRequiredParameterError(
                "label", "Streamlit cannot infer a label for an external URL."
            )
        target, external = page, True
    else:
        found = _find(ctx, page)
        label, icon, target, external = (
            label or found.title,
            icon or found.icon,
            found.url_path,
            False,
        )
    link = PageLink(
        id=f"{NAV_ID}:{target}", label=str(label), value=target, icon=icon or "", help=help,
        disabled=disabled, external=external, use_container_width=bool(use_container_width),
    )  # fmt: skip
    return add(link)
