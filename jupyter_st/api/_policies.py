"""Argument checks shared by the st.* functions, with Streamlit's messages."""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import StreamlitAPIException, StreamlitValueError

log = logging.getLogger(__name__)
LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def clean_text(text: Any) -> str:
    """Text as Streamlit displays it: dedented, without surrounding blank space."""
    return textwrap.dedent(str(text)).strip()


def check_label(label: Any, visibility: str = "visible") -> str:
    """The label as a string; warns about empty labels as Streamlit does."""
    if visibility not in LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", "'visible', 'hidden', 'collapsed'")
    if label is None or label == "":
        log.warning(
            "`label` got an empty value. This is discouraged for accessibility reasons and may "
            "be disallowed in the future by raising an exception. Please provide a non-empty "
            "label and hide it with label_visibility if needed."
        )
        return ""
    return str(label)


def check_key(key: Any) -> str | None:
    """Keys may be str or int; ints are used as their text, as in Streamlit."""
    if key is None:
        return None
    if isinstance(key, bool) or not isinstance(key, str | int | float):
        raise StreamlitAPIException(
            f"Invalid key type: `{type(key).__name__}`. Keys must be strings or integers."
        )
    return str(key)


def check_callback(name: str, callback: Any) -> None:
    if callback is not None and not callable(callback):
        raise StreamlitAPIException(
            f"`{name}` must be a callable, got `{type(callback).__name__}`."
        )


ON_CHANGE_MODES = ("rerun", "ignore")


def callback_mode(
    value: Any, name: str, supported: tuple[str, ...] = ON_CHANGE_MODES
) -> Callable[..., Any] | None:
    """A callback parameter that also takes "ignore" or "rerun": the callback, or None."""
    if callable(value):
        return value
    if isinstance(value, str) and value in ON_CHANGE_MODES:
        if value in supported:
            return None
        raise StreamlitAPIException(
            f'`{name}="{value}"` is not supported on this widget. '
            f"Pass a callback, or omit `{name}`."
        )
    raise StreamlitValueError(name, ", ".join([*map(repr, supported), "a callback function"]))


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


def labels_of(options: tuple[Any, ...], format_func: Callable[[Any], Any]) -> tuple[str, ...]:
    if not callable(format_func):
        raise StreamlitAPIException("`format_func` must be a callable.")
    return tuple(str(format_func(o)) for o in options)
