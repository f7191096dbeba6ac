"""Argument checks shared by the st.* functions, with Streamlit's messages."""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Callable
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
