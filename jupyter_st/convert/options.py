"""The options of a choice widget: what the user passed, as a tuple of their own objects,
and where a value sits among them (by identity or equality, as Streamlit finds it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import StreamlitAPIException


def options_of(options: Any) -> tuple[Any, ...]:
    """The options of a choice widget as a tuple (lists, Series, DataFrame columns...)."""
    if options is None:
        return ()
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # DataFrame: first column
        return tuple(options.iloc[:, 0])
    if isinstance(options, dict):
        return tuple(options.keys())
    if isinstance(options, str | bytes) or not isinstance(options, Iterable):
        raise StreamlitAPIException(
            f"The `options` argument must be an iterable, got `{type(options).__name__}`."
        )
    return tuple(options)


def index_of(value: Any, options: Sequence[Any]) -> int | None:
    """Position of `value` in `options` (by equality, safe for arrays), or None."""
    for i, option in enumerate(options):
        try:
            if option is value or bool(option == value):
                return i
        except (TypeError, ValueError):
            continue
    return None
