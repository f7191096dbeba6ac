"""Value equality that is safe for numpy arrays, DataFrames and dataclasses holding them."""

from __future__ import annotations

import dataclasses
from typing import Any


def equals(a: Any, b: Any) -> bool:
    """True when `a` and `b` render the same; never raises."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    try:
        result = a == b
        if isinstance(result, bool):
            return result
    except Exception:
        pass
    if dataclasses.is_dataclass(a):
        return all(
            equals(getattr(a, f.name), getattr(b, f.name))
            for f in dataclasses.fields(a)
            if f.compare
        )
    if hasattr(a, "equals"):  # pandas
        return bool(a.equals(b))
    if hasattr(a, "shape") and hasattr(a, "dtype"):  # numpy
        import numpy as np

        return bool(np.array_equal(a, b))
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(equals(x, y) for x, y in zip(a, b))
    return False
