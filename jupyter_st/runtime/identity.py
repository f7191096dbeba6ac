"""Widget identity: the same widget in two runs has the same id.

As in Streamlit 1.67, an unkeyed widget's id hashes its kind and identifying parameters
(plus its form and root container), so changing a parameter makes a new widget with a fresh
value. A keyed widget is identified by its key and only the parameters listed in
`key_params` (e.g. a slider's bounds), so relabelling it keeps its value. The key stays
readable at the end of the id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from typing import Any

ID_PREFIX = "$$ID"


def element_id(
    kind: str,
    *,
    key: str | None,
    params: dict[str, Any],
    key_params: Collection[str] | bool = True,
    form_id: str = "",
    container: int = 0,
    page: str = "",
) -> str:
    """A stable id for a widget; `key_params` says which params still count when keyed.
    The page (its key) always counts: the same widget on two pages is two widgets."""
    if key is None or key_params is False:
        hashed = {**params, "form_id": form_id, "container": container}
    elif key_params is True:
        hashed = {}
    else:
        hashed = {name: params[name] for name in key_params if name in params}
    digest = hashlib.md5(usedforsecurity=False)
    digest.update(f"{kind}|{key}|{page}".encode())
    for name, value in hashed.items():
        digest.update(f"|{name}={_stable(value)}".encode())
    return f"{ID_PREFIX}-{digest.hexdigest()}-{key}"


def _stable(value: Any) -> str:
    """A representation that is the same in every run for equal values."""
    if isinstance(value, list | tuple):
        return "[" + ",".join(_stable(v) for v in value) + "]"
    if callable(value):
        return getattr(value, "__qualname__", type(value).__name__)
    return f"{type(value).__name__}:{value!s}"
