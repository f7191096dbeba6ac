"""Widget identity: the same widget in two runs has the same id.

As in Streamlit 1.67, an unkeyed widget's id hashes its kind and identifying parameters
(plus its form and root container), so changing a parameter makes a new widget with a fresh
value. A keyed widget is identified by its key and only the parameters listed in
`keyed_by` (e.g. a slider's bounds), so relabelling it keeps its value. The key stays
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
    keyed_by: Collection[str] | None = (),
    form_id: str = "",
    container: int = 0,
    page: str = "",
) -> str:
    """A stable id for a widget; `keyed_by` says which params still count when keyed (None:
    all of them). The page (its key) always counts: the same widget on two pages is two."""
    if key is None or keyed_by is None:
        hashed = {**params, "form_id": form_id, "container": container}
    else:
        hashed = {name: value for name, value in params.items() if name in keyed_by}
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
