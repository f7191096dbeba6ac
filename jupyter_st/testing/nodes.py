"""AppTest's view of a run: the tree of nodes, with Streamlit's accessors.

`wrap` turns an element tree into nodes (element_nodes.py, widget_nodes.py); a `Block`
offers `at.button`, `at.markdown`... over its subtree and `get(kind)` for any kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..elements import layout
from ..elements.base import Block as BlockElement
from ..elements.base import Element, Widget
from .chart_nodes import ChartNode
from .data_nodes import DataframeNode
from .element_nodes import (
    AppTestError,
    DataNode,
    ExceptionNode,
    MetricNode,
    Node,
    ProgressNode,
    Text,
)
from .media_nodes import (
    CameraInputNode,
    ChatInputNode,
    DownloadButtonNode,
    FileUploaderNode,
    ImageNode,
    MediaNode,
)
from .widget_nodes import (
    Button,
    ButtonGroup,
    Checkbox,
    Choice,
    ColorPicker,
    Multiselect,
    NumberInput,
    Slider,
    TextInput,
    TimeInput,
    WidgetNode,
)

if TYPE_CHECKING:
    from .app_test import AppTest

__all__ = ["AppTestError", "Block", "ElementList", "Node", "wrap"]


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
    "chat_input": ChatInputNode,
    "number_input": NumberInput,
    "date_input": WidgetNode,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "exception": ExceptionNode,
    "dataframe": DataframeNode,
    "table": DataNode,
    "metric": MetricNode,
    "progress": ProgressNode,
    "button_group": ButtonGroup,
    "image": ImageNode,
    "audio": MediaNode,
    "video": MediaNode,
    "file_uploader": FileUploaderNode,
    "camera_input": CameraInputNode,
    "download_button": DownloadButtonNode,
    "vega_lite_chart": ChartNode,
    "plotly_chart": ChartNode,
    "deck_gl_json_chart": ChartNode,
    "graphviz_chart": ChartNode,
}


def _all_kinds() -> set[str]:
    from ..elements import chat, data, media, status, text  # noqa: F401  (register every element class)

    kinds: set[str] = set()
    stack: list[type] = [Element]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        kinds.add(cls.KIND)
    extra = {"columns", "tabs", "form_submit_button", "expander", "container", "form"}
    return kinds | extra | {"pills", "segmented_control", "data_editor"}


ELEMENT_KINDS = _all_kinds()


def wrap(element: Element, root: AppTest) -> Node:
    """The AppTest node for an element (blocks recursively)."""
    if isinstance(element, BlockElement):
        return Block(element, root, [wrap(c, root) for c in element.children])
    factory = WRAPPERS.get(element.KIND)
    if factory is None:
        factory = WidgetNode if isinstance(element, Widget) else Text
    return factory(element, root)
