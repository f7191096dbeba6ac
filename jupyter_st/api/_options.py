"""Choice widgets' arguments checked with Streamlit's messages: `format_func` and the labels
it makes, `index`, `default` values among the options, `max_selections`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..convert.options import index_of
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
)


def labels_of(options: tuple[Any, ...], format_func: Callable[[Any], Any]) -> tuple[str, ...]:
    if not callable(format_func):
        raise StreamlitAPIException("`format_func` must be a callable.")
    return tuple(str(format_func(o)) for o in options)


def check_index(index: Any, options: tuple[Any, ...]) -> int | None:
    if index is None or not options:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise StreamlitInvalidParameterTypeError("index", "int, None", type(index).__name__)
    if not 0 <= index < len(options):
        raise StreamlitValueOutOfRangeError("index", index, 0, len(options) - 1)
    return index


def default_indices(default: Any, opts: tuple[Any, ...], max_selections: int | None) -> list[int]:
    if default is None:
        return []
    values = [default] if isinstance(default, str) or not _iterable(default) else list(default)
    indices = []
    for value in values:
        i = index_of(value, opts)
        if i is None:
            raise StreamlitAPIException(
                f"The default value '{value}' is not part of the options. Please make sure "
                "that every default value also exists in the options."
            )
        indices.append(i)
    check_count(len(indices), max_selections)
    return indices


def check_count(count: int, max_selections: int | None) -> None:
    if max_selections is not None and count > max_selections:
        raise StreamlitAPIException(
            f"Multiselect has {count} options selected but `max_selections` is set to "
            f"{max_selections}. This happened because you either gave too many options to "
            "`default` or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            f"Please select at most {max_selections} option."
        )


def _iterable(value: Any) -> bool:
    try:
        iter(value)
    except TypeError:
        return False
    return True
