"""AppTest's view of a run: read-only wrappers over elements, with Streamlit's names.

`Node` wraps an element (its fields are readable as attributes); `WidgetNode`s add the
interactions (`set_value`, `click`, `select`...), which only record the value. The next
`run()` hands recorded values to the live widgets as browser messages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..elements import layout
from ..elements.base import Block as BlockElement
from ..elements.base import Element, Widget

if TYPE_CHECKING:
    from .app_test import AppTest

_UNSET = object()


class AppTestError(Exception):
    """An interaction AppTest cannot perform."""


class Node:
    """One element of the tree, as AppTest shows it."""

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


class Text(Node):
    """markdown, caption, code, text, json, html, headings, alerts, toast."""

    @property
    def icon(self) -> str:
        return getattr(self.element, "icon", None) or ""

    @property
    def allow_html(self) -> bool:
        return bool(getattr(self.element, "unsafe_allow_html", False))

    @property
    def tag(self) -> str:
        return f"h{self.element.LEVEL}"  # type: ignore[attr-defined]

    @property
    def anchor(self) -> str:
        anchor = getattr(self.element, "anchor", None)
        return anchor if isinstance(anchor, str) else ""

    @property
    def text(self) -> str:
        return getattr(self.element, "text", None) or ""


class ExceptionNode(Node):
    @property
    def value(self) -> str:
        return self.element.message.strip()  # type: ignore[attr-defined]

    @property
    def message(self) -> str:
        return self.value

    @property
    def stack_trace(self) -> list[str]:
        return list(self.element.stack_trace)  # type: ignore[attr-defined]


class DataNode(Node):
    @property
    def value(self) -> Any:
        return self.element.data  # type: ignore[attr-defined]


class MetricNode(Node):
    COLORS = {
        "red": 0,
        "green": 1,
        "gray": 2,
        "grey": 2,
        "off": 2,
        "orange": 3,
        "yellow": 4,
        "blue": 5,
        "violet": 6,
        "primary": 7,
    }

    @property
    def value(self) -> str:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def color(self) -> int:
        e = self.element
        name = e.delta_color  # type: ignore[attr-defined]
        if name in ("normal", "inverse"):
            sign = (
                0
                if not e.delta or e.delta.strip("-+ 0.") == ""
                else (-1 if e.delta.lstrip().startswith("-") else 1)
            )  # type: ignore[attr-defined]
            if name == "inverse":
                sign = -sign
            name = {1: "green", -1: "red", 0: "gray"}[sign]
        return self.COLORS[name]


class ProgressNode(Node):
    @property
    def value(self) -> int:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def text(self) -> str:
        return self.element.text or ""  # type: ignore[attr-defined]


class WidgetNode(Node):
    """A widget: `value` is what the script saw, or the value set for the next run."""

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


class Button(WidgetNode):
    def click(self) -> Button:
        return self.set_value(True)  # type: ignore[return-value]


class Checkbox(WidgetNode):
    def check(self) -> Checkbox:
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> Checkbox:
        return self.set_value(False)  # type: ignore[return-value]


class Choice(WidgetNode):
    """radio and selectbox: `options` are the labels shown."""

    @property
    def options(self) -> list[str]:
        return list(self.element.labels)  # type: ignore[attr-defined]

    @property
    def index(self) -> int | None:
        return self.element.index  # type: ignore[attr-defined]

    def select(self, value: Any) -> Choice:
        return self.set_value(value)  # type: ignore[return-value]

    def select_index(self, index: int | None) -> Choice:
        return self.set_value(None if index is None else self.element.options[index])  # type: ignore[attr-defined, return-value]


class Multiselect(WidgetNode):
    @property
    def options(self) -> list[str]:
        return list(self.element.labels)  # type: ignore[attr-defined]

    @property
    def indices(self) -> list[int]:
        return list(self.element.indices)  # type: ignore[attr-defined]

    def select(self, value: Any) -> Multiselect:
        current = list(self.value)
        return self.set_value(current if value in current else [*current, value])  # type: ignore[return-value]

    def unselect(self, value: Any) -> Multiselect:
        return self.set_value([v for v in self.value if v != value])  # type: ignore[return-value]


class ButtonGroup(Multiselect):
    """pills and segmented_control: one option, or a list in "multi" mode."""

    def select(self, value: Any) -> ButtonGroup:
        if self.element.selection_mode == "multi":  # type: ignore[attr-defined]
            return super().select(value)  # type: ignore[return-value]
        return self.set_value(value)  # type: ignore[return-value]

    def unselect(self, value: Any) -> ButtonGroup:
        if self.element.selection_mode == "multi":  # type: ignore[attr-defined]
            return super().unselect(value)  # type: ignore[return-value]
        return self.set_value(None)  # type: ignore[return-value]


class Slider(WidgetNode):
    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))  # type: ignore[return-value]

    @property
    def options(self) -> list[str]:
        return list(getattr(self.element, "labels", ()))


class TextInput(WidgetNode):
    @property
    def max_chars(self) -> int:
        return self.element.max_chars or 0  # type: ignore[attr-defined]

    def input(self, value: str) -> TextInput:
        max_chars = self.element.max_chars  # type: ignore[attr-defined]
        if max_chars is not None and len(value) > max_chars:
            return self
        return self.set_value(value)  # type: ignore[return-value]


class ChatInput(WidgetNode):
    """`set_value(text)` types and submits `text` at the next run (None: nothing)."""

    @property
    def max_chars(self) -> int:
        return self.element.max_chars or 0  # type: ignore[attr-defined]


class NumberInput(WidgetNode):
    def increment(self) -> NumberInput:
        e = self.element
        v = (self.value or 0) + e.step  # type: ignore[attr-defined]
        return self.set_value(min(v, e.max) if e.max is not None else v)  # type: ignore[attr-defined, return-value]

    def decrement(self) -> NumberInput:
        e = self.element
        v = (self.value or 0) - e.step  # type: ignore[attr-defined]
        return self.set_value(max(v, e.min) if e.min is not None else v)  # type: ignore[attr-defined, return-value]


class TimeInput(WidgetNode):
    def _shift(self, seconds: int) -> TimeInput:
        base = datetime.combine(date.min, self.value or time())
        return self.set_value((base + timedelta(seconds=seconds)).time())  # type: ignore[return-value]

    def increment(self) -> TimeInput:
        return self._shift(self.element.step)  # type: ignore[attr-defined]

    def decrement(self) -> TimeInput:
        return self._shift(-self.element.step)  # type: ignore[attr-defined]


class ColorPicker(WidgetNode):
    def pick(self, value: str) -> ColorPicker:
        return self.set_value(value)  # type: ignore[return-value]


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


WRAPPERS: dict[str, Callable[[Element, AppTest], Node]] = {
    "button": Button,
    "checkbox": Checkbox,
    "toggle": Checkbox,
    "radio": Choice,
    "selectbox": Choice,
    "multiselect": Multiselect,
    "slider": Slider,
    "select_slider": Slider,
    "text_input": TextInput,
    "text_area": TextInput,
    "chat_input": ChatInput,
    "number_input": NumberInput,
    "date_input": WidgetNode,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "exception": ExceptionNode,
    "dataframe": DataNode,
    "table": DataNode,
    "metric": MetricNode,
    "progress": ProgressNode,
    "button_group": ButtonGroup,
}


def _all_kinds() -> set[str]:
    from ..elements import chat, data, status, text  # noqa: F401  (register every element class)

    kinds: set[str] = set()
    stack: list[type] = [Element]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        kinds.add(cls.KIND)
    extra = {"columns", "tabs", "form_submit_button", "expander", "container", "form"}
    return kinds | extra | {"pills", "segmented_control"}


ELEMENT_KINDS = _all_kinds()


def wrap(element: Element, root: AppTest) -> Node:
    """The AppTest node for an element (blocks recursively)."""
    if isinstance(element, BlockElement):
        return Block(element, root, [wrap(c, root) for c in element.children])
    factory = WRAPPERS.get(element.KIND)
    if factory is None:
        factory = WidgetNode if isinstance(element, Widget) else Text
    return factory(element, root)
