"""One adapter module per element family; importing this package registers them all."""

from . import (  # noqa: F401  (registers the adapters)
    charts,
    chat,
    choices,
    data,
    data_editor,
    dates,
    effects,
    external,
    files,
    inputs,
    layout,
    maps,
    media,
    navigation,
    numbers,
    overlays,
    status,
    text,
)
from .base import ADAPTERS, Adapter, Rejected, adapter_for

__all__ = ["ADAPTERS", "Adapter", "Rejected", "adapter_for"]
