"""`use_container_width` and `alt` of charts and maps, with Streamlit's rules and messages."""

from __future__ import annotations

import logging
from typing import Any

from ..errors import StreamlitValueAssignmentNotAllowedError
from ..runtime.run_context import get_run_context
from ._sizes import container_width

log = logging.getLogger(__name__)
_DEPRECATED = (
    "The `use_container_width` parameter has been deprecated and will be removed in a future "
    "release. Please utilize the `width` parameter instead."
)


def chart_width(flag: bool | None, width: Any, *, keep_any: bool = False) -> Any:
    """`use_container_width` folded into a chart's `width`, with the charts' own warning."""
    return container_width(flag, width, keep_any=keep_any, warning=_DEPRECATED)


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
    if key is None:
        return
    state = get_run_context("chart").session.state
    with get_run_context("chart").session.lock:
        assigned = key in state and not isinstance(state[key], state_type)
    if assigned:
        raise StreamlitValueAssignmentNotAllowedError(key)
