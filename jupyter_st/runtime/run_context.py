"""The current run and its cursors (Streamlit's ScriptRunContext and DeltaGenerator).

A run's context lives in a ContextVar of the runner thread. A cursor is a path into that
run's tree: a container cursor (main, sidebar, a column, a tab...) appends; a slot cursor
(what `st.empty()` and `st.progress()` return) replaces the one element in its slot.
`with cursor:` makes it the default target; `cursor.write(...)` does the same for one call.
API functions register with `@container_method` so every cursor offers them as methods,
without the runtime importing the API.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..elements.base import EVENTS, MAIN, NAV, SIDEBAR, Block, Element, Root
from ..elements.navigation import NAV_ID, NavEntry, Navigation
from ..errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
)
from .current import get_run_context
from .pages import Page, resolve
from .state import WidgetMeta

if TYPE_CHECKING:
    from .session import Session

log = logging.getLogger(__name__)
Path = tuple[int, ...]
_METHODS: dict[str, Callable[..., Any]] = {}


def container_method(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Offer an st.* function as a method of every cursor (`st.sidebar.slider`)."""
    _METHODS[fn.__name__] = fn
    return fn


class Cursor:
    """A place in the tree that st.* calls write to."""

    __slots__ = ("form_id", "is_slot", "path")

    def __init__(self, path: Path, *, form_id: str = "", is_slot: bool = False) -> None:
        self.path = path
        self.form_id = form_id
        self.is_slot = is_slot

    def __enter__(self) -> Cursor:
        get_run_context("container").stack.append(self)
        return self

    def __exit__(self, *exc: object) -> bool:
        stack = get_run_context("container").stack
        if len(stack) > 1 and stack[-1] is self:
            stack.pop()
        return False

    def __getattr__(self, name: str) -> Callable[..., Any]:
        fn = _METHODS.get(name)
        if fn is None or name.startswith("_"):
            raise StreamlitAPIException(f"`{name}()` is not a valid Streamlit command.")

        def bound(*args: Any, **kwargs: Any) -> Any:
            with self:
                return fn(*args, **kwargs)

        bound.__name__ = name
        return bound

    def __repr__(self) -> str:
        return f"<Cursor {'slot' if self.is_slot else 'container'} {self.path}>"


MAIN_CURSOR = Cursor((MAIN,))
SIDEBAR_CURSOR = Cursor((SIDEBAR,))
EVENTS_CURSOR = Cursor((EVENTS,))
NAV_CURSOR = Cursor((NAV,))


@dataclass(eq=False)
class RunContext:
    """One run of a script: its tree, the cursor stack and the ids it has used."""

    session: Session
    root: Root
    stack: list[Cursor] = field(default_factory=lambda: [MAIN_CURSOR])
    ids: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    commands: int = 0
    active_page: str = ""  # key of the page whose code is running ("" for the entrypoint)
    fragment: str = ""  # id of the fragment whose code is running ("" outside fragments)
    runnable: Page | None = None
    page_ran: bool = False

    @property
    def cursor(self) -> Cursor:
        return self.stack[-1]

    def add(self, element: Element, *, to: Cursor | None = None) -> Path:
        """Write `element` at `to` (default: the current cursor); return its path."""
        self.session.check_interrupt()
        self.commands += 1
        target = to or self.cursor
        if target.is_slot:
            parent_path, index = target.path[:-1], target.path[-1]
            self.node(parent_path).children[index] = element
        else:
            parent_path = target.path
            children = self.node(parent_path).children
            index = len(children)
            children.append(element)
        path = (*parent_path, index)
        try:
            self.session.listener.placed(path, element)
        except Exception:  # a rendering bug must not break the user's script
            log.exception("jupyter_st: could not render %s", type(element).__name__)
        return path

    def node(self, path: Path) -> Block:
        node: Block = self.root
        for index in path:
            child = node.children[index]
            if not isinstance(child, Block):
                raise StreamlitAPIException("Cannot add an element inside a non-container.")
            node = child
        return node

    def navigate(self, pages: list[Page], *, position: str, expanded: bool | int = False) -> Page:
        """Register this run's pages and pick the one to show; the menu goes above the sidebar."""
        navigator = self.session.navigator
        page = resolve(pages, navigator.requested)
        navigator.pages, navigator.current = pages, page
        self.runnable, self.page_ran = page, False
        if position != "hidden":
            entries = tuple(
                NavEntry(section=p.section, title=p.title, icon=p.icon, url_path=p.url_path)
                for p in pages
                if p.visibility == "visible"
            )
            menu = Navigation(id=NAV_ID, value=page.url_path, entries=entries, expanded=expanded)
            filled = bool(self.node((NAV,)).children)
            self.add(menu, to=Cursor((NAV, 0), is_slot=True) if filled else NAV_CURSOR)
        return page

    def run_page(self, page: Page) -> None:
        """Run the page st.navigation chose, once, under its own widget identities."""
        if page is not self.runnable or self.page_ran:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation "
                "can be called once."
            )
        self.page_ran = True
        saved, self.active_page = self.active_page, page.key
        try:
            if page.script_path is None:
                page.source()  # type: ignore[operator]
            else:
                self.session.navigator.script_for(page, self.session.script).execute()
        finally:
            self.active_page = saved

    def register_widget(self, meta: WidgetMeta, default: Any) -> tuple[Any, bool]:
        """Claim the widget's id and key for this run; return (value, set_by_api)."""
        if meta.key is not None:
            if meta.key in self.keys:
                raise StreamlitDuplicateElementKey(meta.key)
            self.keys.add(meta.key)
        if meta.id in self.ids:
            raise StreamlitDuplicateElementId(meta.kind)
        self.ids.add(meta.id)
        with self.session.lock:
            return self.session.state.register(meta, default)


def command(name: str) -> Callable[..., Any]:
    """The st.* function registered under `name`."""
    return _METHODS[name]
