"""AppTest's view of a run: `Node`, `WidgetNode`, the `Block` accessors and `wrap`.

Each family module registers its own nodes here with `@node_for(kind)`, as the render
adapters do; `wrap` turns an element tree into nodes, and a `Block` offers `at.button`,
`at.markdown`... over its subtree and `get(kind)` for any kind.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ... import elements
from ...elements import layout
from ...elements.base import Block as BlockElement
from ...elements.base import Element, Widget

if TYPE_CHECKING:
    from ..app_test import AppTest

__all__ = ["AppTestError", "Block", "ElementList", "Node", "WidgetNode", "node_for", "wrap"]

_UNSET = object()


class AppTestError(Exception):
    """An interaction AppTest cannot perform."""


class Node:
    """One element of the tree, as AppTest shows it: the element's fields are readable as
    attributes, under Streamlit's names where they differ."""

    def __init__(self, element: Element, root: AppTest) -> None:
        self.element = element
        self.root = root

    @property
    def type(self) -> str:
        return self.element.KIND

    @property
    def key(self) -> str | None:
        return getattr(self.element, "key", None)

    @property
    def value(self) -> Any:
        return getattr(self.element, "body", None)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return getattr(self.element, name)
        except AttributeError:
            raise AttributeError(f"{self.type} has no attribute {name!r}") from None

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class WidgetNode(Node):
    """A widget: `value` is what the script saw, or the value set for the next run.

    Interactions (`set_value`, `click`, `select`...) only record the value; the next `run()`
    hands it to the live widget as a browser message.
    """

    def __init__(self, element: Element, root: AppTest) -> None:
        super().__init__(element, root)
        self._pending: Any = _UNSET

    @property
    def id(self) -> str:
        return self.element.id  # type: ignore[attr-defined]

    @property
    def value(self) -> Any:
        return self.element.value if self._pending is _UNSET else self._pending  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> WidgetNode:
        if self.element.disabled:  # type: ignore[attr-defined]
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget (key={self.key!r}). "
                "A browser user cannot interact with a disabled widget."
            )
        self._pending = value
        self.root._interact(self.element, value)
        return self


class ElementList(Sequence[Any]):
    """The elements of one kind, in page order; `at.button("key")` finds one by key."""

    def __init__(self, nodes: list[Any]) -> None:
        self._nodes = nodes

    def __getitem__(self, index: Any) -> Any:
        return self._nodes[index]

    def __len__(self) -> int:
        return len(self._nodes)

    @property
    def len(self) -> int:
        return len(self._nodes)

    @property
    def values(self) -> list[Any]:
        return [node.value for node in self._nodes]

    def __call__(self, key: str) -> Any:
        for node in self._nodes:
            if node.key == key:
                return node
        raise KeyError(key)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return f"ElementList({self._nodes!r})"


KIND_ALIASES: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "form_submit_button": ("button", lambda e: e.is_form_submitter),
    "columns": ("column", lambda e: True),
    "tabs": ("tab", lambda e: True),
    "pills": ("button_group", lambda e: e.style == "pills"),
    "segmented_control": ("button_group", lambda e: e.style == "segmented_control"),
    "data_editor": ("dataframe", lambda e: e.editing_mode != "read_only"),
}


class Block(Node):
    """A container: its children, and accessors like `block.button` over its subtree."""

    def __init__(self, element: BlockElement, root: AppTest, children: list[Node]) -> None:
        super().__init__(element, root)
        self.children = dict(enumerate(children))

    @property
    def value(self) -> None:
        return None

    @property
    def label(self) -> str:
        return getattr(self.element, "label", "")

    @property
    def weight(self) -> float:
        return getattr(self.element, "weight", 1.0)

    @property
    def key(self) -> str | None:
        if isinstance(self.element, layout.Form):
            return self.element.form_id
        return None

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Node:
        return self.children[index]

    def __iter__(self) -> Iterator[Node]:
        yield self
        for child in self.children.values():
            if isinstance(child, Block):
                yield from child
            else:
                yield child

    def get(self, element_type: str) -> ElementList:
        """Every element of a kind below this block (`at.get("slider")`)."""
        kind, keep = KIND_ALIASES.get(element_type, (element_type, lambda e: True))
        return ElementList([n for n in self if n.type == kind and keep(n.element)])

    def get_by_key(self, key: str) -> Node:
        found = [n for n in self if n.key == key and n is not self]
        if not found:
            raise KeyError(key)
        if len(found) > 1:
            raise AppTestError(f"More than one element has the key {key!r}.")
        return found[0]

    def __getattr__(self, name: str) -> Any:
        if name in ELEMENT_KINDS:
            return self.get(name)
        return super().__getattr__(name)


def _all_kinds() -> set[str]:
    for family in pkgutil.iter_modules(elements.__path__):  # every element class, defined
        importlib.import_module(f"{elements.__name__}.{family.name}")
    kinds: set[str] = set()
    stack: list[type] = [Element]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        kinds.add(cls.KIND)
    extra = {"columns", "tabs", "form_submit_button", "expander", "container", "form"}
    return kinds | extra | {"pills", "segmented_control", "data_editor"}


ELEMENT_KINDS = _all_kinds()

OTHER = "*"  # NODES[OTHER]: the node of a leaf element that is not a widget and has none of its own
NodeFactory = Callable[[Element, "AppTest"], Node]
NODES: dict[str, NodeFactory] = {}
N = TypeVar("N", bound=type[Node])


def node_for(*kinds: str) -> Callable[[N], N]:
    """Register the decorated node class as AppTest's node of the elements of `kinds`."""

    def register(cls: N) -> N:
        for kind in kinds:
            NODES[kind] = cls
        return cls

    return register


def wrap(element: Element, root: AppTest) -> Node:
    """The AppTest node for an element (blocks recursively)."""
    if isinstance(element, BlockElement):
        return Block(element, root, [wrap(c, root) for c in element.children])
    factory = NODES.get(element.KIND)
    if factory is None:
        factory = WidgetNode if isinstance(element, Widget) else NODES[OTHER]
    return factory(element, root)
