"""One adapter module per element family; importing this package registers them all."""

from . import chat, choices, data, external, inputs, layout, navigation, overlays, status, text  # noqa: F401
from .base import ADAPTERS, Adapter, Rejected, adapter_for

__all__ = ["ADAPTERS", "Adapter", "Rejected", "adapter_for"]
