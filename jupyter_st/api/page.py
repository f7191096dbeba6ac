"""st.set_page_config: title, icon, layout and sidebar state, for the page around the app."""

from __future__ import annotations

from typing import Any

from ..errors import StreamlitValueError
from ..runtime.run_context import get_run_context

__all__ = ["set_page_config"]

MENU_ITEMS = ("get help", "report a bug", "about")


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: dict[str, Any] | None = None,
) -> None:
    """Configure the page; calls add up, each overriding only what it passes.

    >>> st.set_page_config(page_title="Sales", layout="wide")
    """
    if layout not in (None, "centered", "wide"):
        raise StreamlitValueError("layout", "'centered', 'wide'")
    state = initial_sidebar_state
    named = state is None or state in ("auto", "expanded", "collapsed", "locked")
    if not named and (isinstance(state, bool) or not isinstance(state, int) or state <= 0):
        raise StreamlitValueError(
            "initial_sidebar_state",
            "'auto', 'expanded', 'collapsed', 'locked', a positive integer (width in pixels)",
            f"Got {state!r}.",
        )
    for item in menu_items or {}:
        if item.lower() not in MENU_ITEMS:
            raise StreamlitValueError(
                "menu_items",
                "'Get help', 'Report a bug', 'About'",
                f"`{item}` is not a supported menu item key.",
            )
    given = {
        "page_title": page_title,
        "page_icon": page_icon,
        "layout": layout,
        "initial_sidebar_state": state,
        "menu_items": menu_items,
    }
    session = get_run_context("set_page_config").session
    session.page_config.update({k: v for k, v in given.items() if v is not None})
