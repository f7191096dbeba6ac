"""Keyboard shortcuts for buttons, written as Streamlit takes them ("Ctrl+K", "cmd+enter").

Checked and normalised here with Streamlit's rules and messages ("shift+ctrl+K" ->
"ctrl+shift+k": modifiers in a fixed order, then one key); the browser view matches key
presses against the normalised form.
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

log = logging.getLogger(__name__)

MODIFIERS = {"ctrl": "ctrl", "control": "ctrl", "mod": "ctrl", "cmd": "cmd", "command": "cmd",
             "meta": "cmd", "alt": "alt", "option": "alt", "shift": "shift"}  # fmt: skip
MODIFIER_ORDER = ("ctrl", "cmd", "alt", "shift")
NAMED_KEYS = {"enter": "enter", "return": "enter", "space": "space", "spacebar": "space",
              "tab": "tab", "escape": "escape", "esc": "escape", "backspace": "backspace",
              "delete": "delete", "del": "delete", "home": "home", "end": "end",
              "pageup": "pageup", "pagedown": "pagedown", "left": "left", "arrowleft": "left",
              "right": "right", "arrowright": "right", "up": "up", "arrowup": "up",
              "down": "down", "arrowdown": "down"}  # fmt: skip
RESERVED_KEYS = {"c", "r"}  # Streamlit's own: clear cache, rerun
BROWSER_SHORTCUTS = {"ctrl+t", "cmd+t", "ctrl+w", "cmd+w", "ctrl+n", "cmd+n", "ctrl+l", "cmd+l",
                     "ctrl+tab", "cmd+tab", "alt+f4", "f11"}  # fmt: skip


def normalize_shortcut(shortcut: Any) -> str:
    """The shortcut as "mod+...+key" in lower case, or Streamlit's error for a bad one."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", "str", type(shortcut).__name__)
    tokens = [token.strip().lower() for token in shortcut.split("+") if token.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers = {MODIFIERS[t] for t in tokens if t in MODIFIERS}
    key = None
    for token in (t for t in tokens if t not in MODIFIERS):
        if key is not None:
            raise StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key."
            )
        key = _key(token)
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."
        )
    normalized = "+".join([*(m for m in MODIFIER_ORDER if m in modifiers), key])
    if normalized in BROWSER_SHORTCUTS:
        log.warning("The shortcut %s is usually taken by the browser or system.", shortcut)
    return normalized


def _key(token: str) -> str:
    """One non-modifier key, normalised (a character, a named key, or F1...F24)."""
    if token in NAMED_KEYS:
        key = NAMED_KEYS[token]
    elif (len(token) == 1 and token.isalnum()) or (token[0] == "f" and token[1:].isdigit()):
        key = token
    else:
        raise StreamlitAPIException(
            "shortcut must include a single character or one of the supported keys "
            "(e.g. Enter, Space, Tab, Escape)."
        )
    if key in RESERVED_KEYS:
        raise StreamlitAPIException(
            "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."
        )
    return key
