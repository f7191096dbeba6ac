"""How one grid cell travels to the browser: display text formatted here (numbers, dates,
links, progress, tags, markdown...), or the small structure the view draws, and the raw
value an editor starts from. Pure functions of (kind, type config, value), used by
render/grid.py for every page.

Nothing here is trusted by the view as HTML except a markdown cell, which is rendered and
sanitised by render/html.py; URLs are checked against the schemes each kind allows.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from ..convert.cell_formats import format_date, format_number, humanized_duration
from .html import markdown_html, safe_url


def missing(value: Any) -> bool:
    """None, NaN, NaT or pd.NA (a nullable column's gap, which has no truth value)."""
    if value is None:
        return True
    import pandas as pd

    try:
        return bool(pd.isna(value)) if pd.api.types.is_scalar(value) else False
    except (TypeError, ValueError):
        return False


def _numbers(value: Any) -> list[float] | None:
    try:
        return [float(v) for v in value]
    except (TypeError, ValueError):
        return None


def cell(kind: str, config: dict[str, Any], value: Any, styled: str | None = None) -> Any:
    """One cell of a column of `kind` (with its type config) as the browser draws it (None:
    empty); `styled` is the Styler's text for it, if any."""
    if missing(value):  # (a cell holding a list or an array is never missing)
        return None
    if styled is not None and kind not in _STRUCTURED:
        return styled
    try:
        return _SHOW.get(kind, _text)(value, config)
    except (TypeError, ValueError, AttributeError, ArithmeticError, OverflowError):
        return str(value)  # a value the configured type cannot show (text in a date column)


def _list(value: Any, _config: dict[str, Any]) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _text(value: Any, _config: dict[str, Any]) -> str:
    return value if isinstance(value, str) else str(value)


def _number(value: Any, config: dict[str, Any]) -> str | None:
    try:
        return format_number(value, config.get("format"))
    except (TypeError, ValueError):
        return str(value)


def _checkbox(value: Any, _config: dict[str, Any]) -> bool:
    return bool(value)


def _link(value: Any, config: dict[str, Any]) -> list[Any]:
    href = str(value)
    text = config.get("display_text")
    if text and "(" in text:
        try:
            match = re.search(text, href)
        except re.error:  # parentheses, but not a pattern: the text as it is
            return [safe_url(href), text]
        text = match.group(1) if match and match.groups() else href
    return [safe_url(href), text or href]


TAG_COLORS = frozenset({"red", "orange", "yellow", "green", "blue", "violet", "gray", "primary"})
_CSS_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\))$")


def _tags(value: Any, config: dict[str, Any]) -> list[list[Any]]:
    """A multiselect cell: [text, colour] per item (the option's label and colour; a colour
    is a theme name or a hex/rgb value, anything else none, as it becomes a CSS value)."""
    items = [value] if isinstance(value, str) else list(value)
    options = {}
    for option in config.get("options") or ():
        if isinstance(option, dict):
            options.setdefault(str(option.get("value")), option)
    tags = []
    for item in items:
        option = options.get(str(item), {})
        color = str(option.get("color") or "").replace("grey", "gray")
        ok = color in TAG_COLORS or _CSS_COLOR.match(color)
        tags.append([str(option.get("label", item)), color if ok else None])
    return tags


_MEDIA_SCHEMES = ("http://", "https://", "/", "data:audio/", "data:video/")


def _media(value: Any, _config: dict[str, Any]) -> str | None:
    """An Audio/VideoColumn cell: its URL when it is a web, site or audio/video data URL."""
    url = str(value)
    return url if url.strip().lower().startswith(_MEDIA_SCHEMES) else None


def _markdown(value: Any, _config: dict[str, Any]) -> list[str]:
    """A MarkdownColumn cell as [sanitised HTML] (the allow-list st.markdown uses; in a list
    so that the view tells it from text a user typed), one paragraph unwrapped."""
    html = markdown_html(str(value)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return [html]


def _image(value: Any, _config: dict[str, Any]) -> str | None:
    return safe_url(str(value), image=True)


def _progress(value: Any, config: dict[str, Any]) -> list[Any]:
    low, high = config.get("min_value", 0), config.get("max_value", 1)
    number = float(value)
    fraction = 0.0 if high == low else (number - low) / (high - low)
    fraction = 0.0 if math.isnan(fraction) else max(0.0, min(1.0, fraction))
    return [fraction, format_number(number, config.get("format") or "percent")]


def _selectbox(value: Any, config: dict[str, Any]) -> str:
    for option in config.get("options") or ():
        if isinstance(option, dict) and option.get("value") == value:
            return str(option.get("label", value))
    return str(value)


def _in_zone(value: Any, zone: str | None) -> Any:
    """`value` in DatetimeColumn's `timezone` (a naive value is taken as UTC, as Streamlit)."""
    if not zone:
        return value
    import pandas as pd

    try:
        when = pd.Timestamp(value)
        return (when.tz_localize("UTC") if when.tzinfo is None else when).tz_convert(zone)
    except (TypeError, ValueError, KeyError):
        return value


def _json(value: Any, _config: dict[str, Any]) -> str:
    return json.dumps(value, default=str)


_SHOW = {
    "list": _list,
    "multiselect": _tags,
    "line_chart": lambda v, _c: _numbers(v),
    "bar_chart": lambda v, _c: _numbers(v),
    "area_chart": lambda v, _c: _numbers(v),
    "number": _number,
    "checkbox": _checkbox,
    "link": _link,
    "image": _image,
    "progress": _progress,
    "selectbox": _selectbox,
    "json": _json,
    "duration": lambda v, _c: humanized_duration(v.total_seconds()),
    "audio": _media,
    "video": _media,
    "markdown": _markdown,
    "date": lambda v, c: format_date(v, c.get("format"), "date"),
    "datetime": lambda v, c: format_date(
        _in_zone(v, c.get("timezone")), c.get("format"), "datetime", c.get("step")
    ),
    "time": lambda v, c: format_date(v, c.get("format"), "time", c.get("step")),
}


_STRUCTURED = frozenset({"list", "multiselect", "line_chart", "bar_chart", "area_chart"})


def raw(value: Any) -> Any:
    """A value as JSON can carry it, for an editor's input."""
    if hasattr(value, "tolist") and getattr(value, "ndim", 0) > 0:
        value = value.tolist()  # an array in a cell
    if missing(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple):
        return [raw(v) for v in value]
    return str(value)
