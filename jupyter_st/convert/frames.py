"""Tables as Streamlit accepts them, as one pandas DataFrame: the input's format, the
conversion, a content digest for widget identity, a Styler's look as a comparable key, and
rows appended (add_rows). Pure data work shared by the api and the renderer."""

from __future__ import annotations

import functools
import hashlib
import types
from typing import Any

from ..errors import StreamlitAPIException, StreamlitDataframeConversionError

INDEX = "_index"
HIDDEN_INDEX_FORMATS = (
    "list",
    "tuple",
    "set",
    "numpy1d",
    "numpy2d",
    "records",
    "rows",
    "columns",
    "index",
    "polars",
    "polars_series",
    "pyarrow_array",
)


def is_styler(data: Any) -> bool:
    return type(data).__name__ == "Styler" and hasattr(data, "data") and hasattr(data, "ctx")


def style_key(styler: Any) -> Any:
    """What a Styler's look depends on besides its data: its styles (export()), hidden parts
    and cell formats, with functions compared by their code and captured values. Stylers are
    new objects on every rerun and never compare equal; equal keys (and equal data) let a
    rerun skip recomputing the styles of the whole frame, and send nothing."""
    if styler is None:
        return None
    formats = {id(f): f for f in styler._display_funcs.values()}  # one per format() call
    return _fingerprint(
        (
            styler.export(),
            sorted(map(_fingerprint, formats.values()), key=repr),
            list(styler.hidden_rows),
            list(styler.hidden_columns),
        )
    )


def _fingerprint(value: Any, depth: int = 0) -> Any:
    """`value` as a comparable, repr-able structure (functions by code, closure and args)."""
    if depth > 8:
        return repr(value)
    if isinstance(value, functools.partial):
        parts = (value.func, value.args, value.keywords)
        return ("partial", *(_fingerprint(p, depth + 1) for p in parts))
    if isinstance(value, types.CodeType):  # a nested function's code (its repr has an address)
        return ("code", value.co_code, _fingerprint(value.co_consts, depth + 1))
    code = getattr(value, "__code__", None)
    if code is not None:
        cells = [c.cell_contents for c in getattr(value, "__closure__", None) or ()]
        defaults = getattr(value, "__defaults__", None)
        return ("fn", code.co_code, _fingerprint([code.co_consts, cells, defaults], depth + 1))
    if isinstance(value, dict):
        return sorted((repr(k), _fingerprint(v, depth + 1)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return [_fingerprint(v, depth + 1) for v in value]
    return repr(value)


def data_format(data: Any) -> str:
    """The kind of input, to hand edits back in the same shape (and hide a made-up index)."""
    import pandas as pd

    if data is None:
        return "empty"
    if isinstance(data, pd.DataFrame) or is_styler(data):
        return "pandas"
    if isinstance(data, pd.Series):
        return "series"
    if isinstance(data, pd.Index):
        return "index"
    module = type(data).__module__.split(".")[0]
    if module == "numpy":
        return "numpy1d" if getattr(data, "ndim", 2) == 1 else "numpy2d"
    if module in ("pyarrow", "polars"):
        names = type(data).__name__
        return {"Table": "pyarrow", "DataFrame": "polars", "Series": "polars_series"}.get(
            names, "pyarrow_array" if module == "pyarrow" else "polars"
        )
    if isinstance(data, dict):
        nested = any(hasattr(v, "__len__") and not isinstance(v, str) for v in data.values())
        return "columns" if nested else "key_value"
    if isinstance(data, list | tuple | set):
        first = next(iter(data), None)
        if isinstance(first, dict):
            return "records"
        if isinstance(first, list | tuple):
            return "rows"
        return type(data).__name__
    return "other"


def to_dataframe(data: Any) -> Any:
    """Anything Streamlit accepts as a table, as a pandas DataFrame (Streamlit's columns:
    "value" for lists and 1-D arrays, keys as the index of a dict of scalars)."""
    import pandas as pd  # pandas costs ~0.3 s to import: only apps that show data pay it

    kind = data_format(data)
    if kind == "empty":
        return pd.DataFrame()
    if kind == "pandas":
        return data.data if is_styler(data) else data
    if kind in ("series", "index"):
        return data.to_frame()
    if kind in ("pyarrow", "polars", "polars_series", "pyarrow_array"):
        frame = data.to_pandas()
        return frame if isinstance(frame, pd.DataFrame) else frame.to_frame()
    if kind == "key_value":
        return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
    if kind in ("list", "tuple", "set", "numpy1d") or isinstance(data, range):
        return pd.DataFrame({"value": list(data)})
    if isinstance(data, str | bytes | int | float) or data is Ellipsis:
        raise StreamlitDataframeConversionError(data)
    if kind == "numpy2d":
        return pd.DataFrame(data)  # more than 2-D: pandas' ValueError, as in Streamlit
    try:
        frame = pd.DataFrame(data)
    except (ValueError, TypeError) as exc:
        raise StreamlitDataframeConversionError(data) from exc
    if len(frame.columns) == 1 and frame.columns[0] == 0:  # a generator, deque, map...
        frame = frame.rename(columns={0: "value"})  # Streamlit's name for one unnamed column
    return frame


def check_unique_columns(frame: Any) -> None:
    """Streamlit cannot send a frame with repeated column names (Arrow refuses it): the same
    ValueError, naming the columns, instead of a grid whose config would be ambiguous."""
    if frame.columns.has_duplicates and not hasattr(frame.columns, "levels"):
        raise ValueError(f"Duplicate column names found: {list(frame.columns)}")


def digest(frame: Any) -> str:
    """A short fingerprint of a frame's content, for widget identity."""
    import pandas as pd

    h = hashlib.md5(usedforsecurity=False)
    h.update(repr((frame.shape, [str(c) for c in frame.columns])).encode())
    try:
        h.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists): their text
        h.update(frame.to_csv().encode())
    return h.hexdigest()[:16]


def appended(old: Any, data: Any) -> Any:
    """`old` with the rows of `data` after it; the columns must match (older Streamlit)."""
    import pandas as pd

    new = to_dataframe(data)
    names, old_names = [str(c) for c in new.columns], [str(c) for c in old.columns]
    if names and old_names and names != old_names:
        raise StreamlitAPIException(
            "Column names of the new data don't match the existing data: "
            f"{names} vs {old_names}. To fix this, give the new rows the same columns."
        )
    if isinstance(old.index, pd.RangeIndex) and isinstance(new.index, pd.RangeIndex):
        return pd.concat([old, new], ignore_index=True)  # a continuing 0, 1, 2... index
    return pd.concat([old, new])
