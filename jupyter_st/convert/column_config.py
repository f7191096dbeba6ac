"""`column_config` as data: the dicts `st.column_config.*` build, and the mapping
st.dataframe and st.data_editor take, checked and normalised as Streamlit does. The
public constructors live in api/column_config.py; the renderer reads the same dicts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitColumnError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from .cell_formats import is_valid_number_format
from .frames import INDEX

CHART_COLORS = (
    "auto",
    "auto-inverse",
    "red",
    "blue",
    "green",
    "yellow",
    "violet",
    "orange",
    "gray",
    "grey",
    "primary",
)
_CSS_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\))$")


def without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def column_dict(type_config: dict[str, Any] | None = None, **common: Any) -> dict[str, Any]:
    """One column's config dict: the options given, and its `type_config` if any."""
    config = without_none(common)
    if type_config is not None:
        config["type_config"] = without_none(type_config)
    return config


def check_chart_color(color: str | None) -> None:
    if color is not None and color not in CHART_COLORS and not _CSS_COLOR.match(str(color)):
        supported = [*CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"]
        raise StreamlitValueError("color", ", ".join(supported))


def iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, dt.timedelta) else step


def check_mapping(column_config: Any) -> dict[Any, dict[str, Any]]:
    """`column_config` as `{column: config dict}`: a str is a label, None hides (Streamlit)."""
    if column_config is None:
        return {}
    if not isinstance(column_config, dict):
        raise StreamlitAPIException(
            f"`column_config` must be a dict of column names to configurations, "
            f"not {type(column_config).__name__}."
        )
    mapping: dict[Any, dict[str, Any]] = {}
    for column, config in column_config.items():
        if config is None:
            mapping[column] = {"hidden": True}
        elif isinstance(config, str):
            mapping[column] = {"label": config}
        elif isinstance(config, dict):
            mapping[column] = dict(config)
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config",
                "None, str, dict",
                type(config).__name__,
                f"Invalid configuration for column `{column}`.",
            )
    return mapping


def checked_mapping(config: Any, frame: Any) -> dict[Any, dict[str, Any]]:
    """`config` checked against `frame`: every key names a column (or the index, or a
    position), and number formats are ones the grid can show."""
    mapping = check_mapping(config)
    names = [str(c) for c in frame.columns]
    missing = [
        str(k)
        for k in mapping
        if str(k) not in names and k != INDEX and not (isinstance(k, int) and 0 <= k < len(names))
    ]
    if missing:
        raise StreamlitColumnError("column_config", missing, [INDEX, *names])
    for column, entry in mapping.items():
        fmt = (entry.get("type_config") or {}).get("format")
        kind = (entry.get("type_config") or {}).get("type")
        if fmt is not None and kind in ("number", "progress") and not is_valid_number_format(fmt):
            raise StreamlitAPIException(
                f"Invalid number format `{fmt}` for column `{column}`. Use one of Streamlit's "
                "named formats (plain, localized, dollar, euro, yen, percent, compact, "
                'scientific, engineering, accounting, bytes) or a printf pattern like "%.2f".'
            )
    return mapping
