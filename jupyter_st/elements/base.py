"""The element tree: what a script run produced, as plain frozen data.

Elements know nothing of widgets. AppTest reads them; the reconciler renders them. A `Block`
holds children; every other element is a leaf. `KIND` is the name AppTest uses to find an
element (`at.slider`, `at.markdown`) and Streamlit uses in its messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

LabelVisibility = str  # "visible" | "hidden" | "collapsed"


@dataclass(frozen=True, kw_only=True)
class Element:
    """A leaf of the tree."""

    KIND: ClassVar[str] = "element"


@dataclass(frozen=True, kw_only=True)
class Widget(Element):
    """An element whose value the user can change; `value` is what the script received."""

    id: str
    key: str | None = None
    label: str = ""
    value: Any = None
    help: str | None = None
    disabled: bool = False
    label_visibility: LabelVisibility = "visible"
    form_id: str = ""
    default: Any = field(default=None, compare=False, repr=False)  # the value it starts with


@dataclass(frozen=True, kw_only=True)
class Block(Element):
    """A container; its children are appended while the script runs."""

    KIND: ClassVar[str] = "block"
    children: list[Element] = field(default_factory=list, compare=False, repr=False)


@dataclass(frozen=True, kw_only=True)
class Main(Block):
    KIND: ClassVar[str] = "main"


@dataclass(frozen=True, kw_only=True)
class Sidebar(Block):
    KIND: ClassVar[str] = "sidebar"


@dataclass(frozen=True, kw_only=True)
class Events(Block):
    """Where toasts go: shown floating over the app, not in the main flow."""

    KIND: ClassVar[str] = "events"


@dataclass(frozen=True, kw_only=True)
class Root(Block):
    """The app: children are always `[Main(), Sidebar(), Events(), NavArea(), Bottom()]`."""

    KIND: ClassVar[str] = "root"


@dataclass(frozen=True, kw_only=True)
class NavArea(Block):
    """Where the page menu goes, above the sidebar; AppTest does not show it."""

    KIND: ClassVar[str] = "nav"


@dataclass(frozen=True, kw_only=True)
class Bottom(Block):
    """Pinned below the main area: where a top-level `st.chat_input` goes."""

    KIND: ClassVar[str] = "bottom"


MAIN, SIDEBAR, EVENTS, NAV, BOTTOM = 0, 1, 2, 3, 4


def new_root() -> Root:
    """An empty app tree."""
    return Root(children=[Main(), Sidebar(), Events(), NavArea(), Bottom()])


def walk(block: Block):
    """Every element below `block`, depth first, in display order."""
    for child in block.children:
        yield child
        if isinstance(child, Block):
            yield from walk(child)
