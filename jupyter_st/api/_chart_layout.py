"""Width, height and `alt` of charts and maps, checked with Streamlit's rules and messages."""

from __future__ import annotations

import logging
from typing import Any

from ..errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError

log = logging.getLogger(__name__)
_DEPRECATED = (
    "The `use_container_width` parameter has been deprecated and will be removed in a future "
    "release. Please utilize the `width` parameter instead."
)


def _pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**32


def check_width(width: Any, allow_content: bool = False) -> None:
    strings = ("stretch", "content") if allow_content else ("stretch",)
    if not (_pixels(width) or (isinstance(width, str) and width in strings)):
        raise StreamlitInvalidWidthError(width, allow_content)


def check_height(height: Any, allow_content: bool = False) -> None:
    strings = ("stretch", "content") if allow_content else ("stretch",)
    if not (_pixels(height) or (isinstance(height, str) and height in strings)):
        raise StreamlitInvalidHeightError(height, allow_content)


def container_width(flag: bool | None, width: Any, *, false_keeps_width: bool = False) -> Any:
    """`use_container_width` (deprecated) folded into `width`, as Streamlit does: False means
    "content" unless pixels were given, or, for maps (`false_keeps_width`), the width as given."""
    if flag is None:
        return width
    log.warning(_DEPRECATED)
    if flag:
        return "stretch"
    return width if _pixels(width) or false_keeps_width else "content"


_EMPTY_ALT = (
    "`alt` was empty or whitespace-only and will be ignored. "
    "Pass a non-empty description, or omit `alt`."
)


def normalize_alt(alt: Any) -> str | None:
    """A chart's accessible name: stripped text, or None (empty text is logged, as
    Streamlit does, since `alt=""` means "decorative" for images but not for charts)."""
    if alt is None:
        return None
    text = str(alt).strip()
    if not text:
        log.warning(_EMPTY_ALT)
        return None
    return text


def check_state_not_assigned(key: str | None, state_type: type) -> None:
    """A chart's selection is read-only: a value put under its key beforehand is refused."""
    from ..errors import StreamlitValueAssignmentNotAllowedError
    from ..runtime.context import get_run_context

    if key is None:
        return
    state = get_run_context("chart").session.state
    with get_run_context("chart").session.lock:
        assigned = key in state and not isinstance(state[key], state_type)
    if assigned:
        raise StreamlitValueAssignmentNotAllowedError(key)
