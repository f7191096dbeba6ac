"""Streamlit's width and height arguments: "stretch", "content" (where allowed), or a
positive number of pixels; and the deprecated `use_container_width`, folded into `width`."""

from __future__ import annotations

import logging
from typing import Any

from ..errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError

log = logging.getLogger(__name__)

CONTAINER_WIDTH_DEPRECATED = (
    "Please replace `use_container_width` with `width`.\n\n`use_container_width` will be "
    "removed after 2025-12-31.\n\nFor `use_container_width=True`, use `width='stretch'`. "
    "For `use_container_width=False`, use `width='content'`."
)


def is_pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**32


def check_width(width: Any, allow_content: bool = True) -> str | int:
    """`width` when Streamlit accepts it, else its StreamlitInvalidWidthError."""
    words = ("stretch", "content") if allow_content else ("stretch",)
    if is_pixels(width) or (isinstance(width, str) and width in words):
        return width
    raise StreamlitInvalidWidthError(width, allow_content)


def check_height(height: Any, allow_content: bool = True, *, also: tuple[str, ...] = ()) -> Any:
    """`height` when Streamlit accepts it (plus the words in `also`, like "auto")."""
    words = ("stretch", "content", *also) if allow_content else ("stretch", *also)
    if is_pixels(height) or (isinstance(height, str) and height in words):
        return height
    raise StreamlitInvalidHeightError(height, allow_content)


def container_width(
    flag: bool | None,
    width: Any,
    *,
    keep_pixels: bool = True,
    keep_any: bool = False,
    warning: str = CONTAINER_WIDTH_DEPRECATED,
) -> Any:
    """`use_container_width` (deprecated, with Streamlit's warning) folded into `width`:
    True is "stretch"; False is "content", or the pixels given when `keep_pixels`, or any
    width given when `keep_any` (maps)."""
    if flag is None:
        return width
    log.warning(warning)
    if flag:
        return "stretch"
    return width if keep_any or (keep_pixels and is_pixels(width)) else "content"
