"""`import streamlit as st` inside an app resolves to jupyter_st; libraries that behave
differently in a kernel behave, inside an app's runs, as under `streamlit run`.

Installed when the first app starts (never at `import jupyter_st`), so a process that only
imports jupyter_st keeps any real Streamlit it has. jupyter_st never imports Streamlit.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.util
import sys
import types
from collections.abc import Callable
from typing import Any

from ..runtime.current import current_run_context

_SUBMODULES = {
    "streamlit": "jupyter_st",
    "streamlit.errors": "jupyter_st.errors",
    "streamlit.testing": "jupyter_st.testing",
    "streamlit.testing.v1": "jupyter_st.testing",
    "streamlit.column_config": "jupyter_st.api.column_config",
    "streamlit.runtime": "jupyter_st.runtime",
    "streamlit.runtime.uploaded_file_manager": "jupyter_st.elements.files",  # UploadedFile
}


def install() -> None:
    """Point the `streamlit` module names at jupyter_st (idempotent)."""
    import importlib

    for alias, target in _SUBMODULES.items():
        current = sys.modules.get(alias)
        if not _is_ours(current):
            sys.modules[alias] = importlib.import_module(target)
    _after_import("pydeck.bindings.deck", _no_pydeck_widgets)


def _no_pydeck_widgets(module: types.ModuleType) -> None:
    """In a kernel, every `pydeck.Deck()` opens two ipywidgets of its own (one never closed)
    that no app shows: inside an app's runs it makes none, as under `streamlit run`."""
    original = module.has_jupyter_extra
    if getattr(original, "_jupyter_st", False):
        return

    @functools.wraps(original)
    def has_jupyter_extra() -> bool:
        return current_run_context() is None and original()

    has_jupyter_extra._jupyter_st = True  # type: ignore[attr-defined]
    module.has_jupyter_extra = has_jupyter_extra  # type: ignore[attr-defined]


def _after_import(name: str, patch: Callable[[types.ModuleType], None]) -> None:
    """Apply `patch` to module `name` now if it is loaded, else right after it is imported."""
    if name in sys.modules:
        patch(sys.modules[name])
    elif not any(getattr(f, "name", None) == name for f in sys.meta_path):
        sys.meta_path.insert(0, _PatchAfterImport(name, patch))


class _PatchAfterImport(importlib.abc.MetaPathFinder):
    """Finds module `name` as the other finders would, and patches it once it has run."""

    def __init__(self, name: str, patch: Callable[[types.ModuleType], None]) -> None:
        self.name, self.patch = name, patch

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)  # once found, the module is patched for good
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            run = spec.loader.exec_module

            def run_and_patch(module: types.ModuleType) -> None:
                run(module)
                self.patch(module)

            spec.loader.exec_module = run_and_patch  # type: ignore[method-assign]
        return spec


def _is_ours(module: types.ModuleType | None) -> bool:
    return module is not None and module.__name__.startswith("jupyter_st")
