"""AppTest's nodes: one module per element family; importing this package registers them all."""

from . import (  # noqa: F401  (registers the nodes)
    charts,
    chat,
    choices,
    data,
    dates,
    files,
    inputs,
    maps,
    media,
    numbers,
    status,
    text,
)
from .base import AppTestError, Block, ElementList, Node, WidgetNode, wrap

__all__ = ["AppTestError", "Block", "ElementList", "Node", "WidgetNode", "wrap"]
