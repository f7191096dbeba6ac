"""`import streamlit as st` inside an app resolves to jupyter_st.

Installed when the first app starts (never at `import jupyter_st`), so a process that only
imports jupyter_st keeps any real Streamlit it has. jupyter_st never imports Streamlit.
"""

from __future__ import annotations

import sys
import types

_SUBMODULES = {
    "streamlit": "jupyter_st",
    "streamlit.errors": "jupyter_st.errors",
    "streamlit.testing": "jupyter_st.testing",
    "streamlit.testing.v1": "jupyter_st.testing",
}


def install() -> None:
    """Point the `streamlit` module names at jupyter_st (idempotent)."""
    import importlib

    for alias, target in _SUBMODULES.items():
        current = sys.modules.get(alias)
        if not _is_ours(current):
            sys.modules[alias] = importlib.import_module(target)


def _is_ours(module: types.ModuleType | None) -> bool:
    return module is not None and module.__name__.startswith("jupyter_st")
