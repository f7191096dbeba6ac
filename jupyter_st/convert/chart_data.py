"""The data of a built-in chart, prepared as Streamlit prepares it before writing encodings.

The x column (the index when x is not given), the y columns, and the colour, size and sort
columns are checked against the frame; only those columns are kept, names become strings
(names Vega-Lite would read as paths get an alias), and several y columns are melted into
one long (x, color, value) table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from .chart_colors import is_color_tuple_like, to_css_color

_SUFFIX = " -- streamlit-generated"
INDEX_TITLE, VALUE_TITLE, COLOR_TITLE = "index", "value", "color"
INDEX_COLUMN = INDEX_TITLE + _SUFFIX
VALUE_COLUMN = VALUE_TITLE + _SUFFIX
COLOR_COLUMN = COLOR_TITLE + _SUFFIX
MISSING_COLUMN = "DOES_NOT_EXIST" + _SUFFIX
ALIAS_PREFIX = "col" + _SUFFIX + "-"
_SPECIAL = (".", "[", "]", "\\")
ALIAS_PREFIX = "col" + _SUFFIX + "-"
_SPECIAL = (".", "[", "]", "\\")


@dataclass
class Columns:
    """The chart's columns after preparing the data (None: not used)."""

    x: str | None
    y: str | None
    y_list: list[str]
    color: str | None
    size: str | None
    sort: str | None
    aliases: dict[str, str]  # alias -> the user's column name

    def title(self, name: str) -> str:
        return self.aliases.get(name, name)


def column_not_found(df: Any, name: Any) -> StreamlitAPIException:
    available = ", ".join(str(c) for c in list(df.columns))
    return StreamlitAPIException(
        f'Data does not have a column named `"{name}"`. Available columns are `{available}`'
    )


def pick_columns(
    df: Any, x: Any, y: Any, color: Any, size: Any, sort: Any
) -> tuple[str | None, list[str], str | None, Any, str | None, Any, str | None]:
    """The user's x, y, colour, size and sort, checked: (x, y list, colour column, colour
    value, size column, size value, sort column)."""
    x_col = _parse_x(df, x)
    y_list = _parse_y(df, y, x_col)
    color_col, color_value = _column_or_value(df, color)
    size_col, size_value = _column_or_value(df, size)
    return x_col, y_list, color_col, color_value, size_col, size_value, _parse_sort(df, sort)


def _parse_x(df: Any, x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, str):
        if x not in df.columns:
            raise column_not_found(df, x)
        return x
    raise StreamlitInvalidParameterTypeError(
        "x",
        "str, None",
        type(x).__name__,
        "Pass a column name or None to use the dataframe's index.",
    )


def _parse_y(df: Any, y: Any, x_col: str | None) -> list[str]:
    if y is None:
        y_list = list(df.columns)
    elif isinstance(y, str):
        y_list = [y]
    else:
        y_list = [str(c) for c in _as_list(y)]
    for col in y_list:
        if col not in df.columns:
            raise column_not_found(df, col)
    if x_col in y_list and (not y or x_col not in y):
        y_list.remove(x_col)
    return y_list


def _as_list(values: Any) -> list[Any]:
    if hasattr(values, "columns") and hasattr(values, "iloc"):
        return list(values.iloc[:, 0])
    if isinstance(values, dict):
        return list(values.keys())
    return list(values)


def _column_or_value(df: Any, value: Any) -> tuple[str | None, Any]:
    if isinstance(value, str) and value in df.columns:
        return value, None
    return None, value


def _parse_sort(df: Any, sort: Any) -> str | None:
    if sort is True or sort is False:
        return None
    name = sort.removeprefix("-")
    if name not in df.columns:
        raise column_not_found(df, name)
    return name


def prepare_data(
    df: Any,
    x: str | None,
    y_list: list[str],
    color: str | None,
    size: str | None,
    sort: str | None,
) -> tuple[Any, Columns]:
    """Index as x when needed, only the used columns, string names, melted y columns."""
    if x is None and y_list:
        x = INDEX_COLUMN if df.index.name is None else str(df.index.name)
        df = df.rename_axis(x).reset_index()
    keep = list(dict.fromkeys(c for c in (x, color, size, sort, *y_list) if c is not None))
    data = df[keep].copy()
    if color is not None and len(data[color]) and is_color_tuple_like(data[color].iat[0]):
        data[color] = data[color].astype(object).map(to_css_color)
    cols = _string_names(data, x, y_list, color, size, sort)
    return _maybe_melt(data, cols)


def _string_names(
    data: Any, x: Any, y_list: list[str], color: Any, size: Any, sort: Any
) -> Columns:
    """Column names as strings; names Vega-Lite reads as paths get an alias."""
    names = [str(c) for c in data.columns]
    reserved = {n for n in names if not _needs_alias(n)}
    aliases: dict[str, str] = {}
    first: dict[str, str] = {}
    queues: dict[str, list[str]] = {}
    final = []
    for index, name in enumerate(names):
        if not _needs_alias(name):
            final.append(name)
            continue
        alias, counter = f"{ALIAS_PREFIX}{index}", 0
        while alias in reserved or alias in aliases:
            counter += 1
            alias = f"{ALIAS_PREFIX}{index}-{counter}"
        aliases[alias] = name
        first.setdefault(name, alias)
        queues.setdefault(name, []).append(alias)
        final.append(alias)
    data.columns = final

    def remap(name: Any) -> str | None:
        return None if name is None else first.get(str(name), str(name))

    def remap_y(name: str) -> str:
        queue = queues.get(str(name))
        return queue.pop(0) if queue else first.get(str(name), str(name))

    ys = [remap_y(c) for c in y_list]
    return Columns(remap(x), None, ys, remap(color), remap(size), remap(sort), aliases)


def _needs_alias(name: str) -> bool:
    return any(ch in name for ch in _SPECIAL)


def _maybe_melt(data: Any, cols: Columns) -> tuple[Any, Columns]:
    if len(cols.y_list) == 1:
        cols.y = cols.y_list[0]
    if len(cols.y_list) < 2 or cols.x is None:
        return data, cols

    keep = list(dict.fromkeys(c for c in (cols.x, cols.size, cols.sort) if c))
    melted = melt_rows(data, keep, cols.y_list)
    _check_mixed_types(melted[VALUE_COLUMN])
    cols.y, cols.color = VALUE_COLUMN, COLOR_COLUMN
    if cols.aliases:
        melted[COLOR_COLUMN] = melted[COLOR_COLUMN].map(lambda v: cols.aliases.get(v, v))
        cols.y_list = [cols.title(c) for c in cols.y_list]
    return melted, cols


def melt_rows(data: Any, keep: list[str], columns: list[str]) -> Any:
    """Wide to long, one row's values together (pandas groups by column): so the long table
    of a frame with more rows at its end has more rows at its end (only those are sent)."""
    import numpy as np
    import pandas as pd

    melted = pd.melt(
        data, id_vars=keep, value_vars=columns, var_name=COLOR_COLUMN, value_name=VALUE_COLUMN
    )
    if len(data) == 0 or len(melted) % len(data):
        return melted
    row_major = np.arange(len(melted)).reshape(-1, len(data)).T.ravel()
    return melted.iloc[row_major].reset_index(drop=True)


def _check_mixed_types(values: Any) -> None:
    from pandas.api.types import infer_dtype

    if values.dtype == "object" and "mixed" in infer_dtype(values) and values.nunique() > 100:
        raise StreamlitAPIException(
            "The columns used for rendering the chart contain too many values with "
            "mixed types. Please select the columns manually via the y parameter."
        )
