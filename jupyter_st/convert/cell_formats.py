"""How a grid cell's value is shown: Streamlit's number and date formats, done in the kernel.

Pure functions shared by the api (which checks a format when the script passes it) and the
renderer (which formats the rows a browser asks for); neither may import the other.

The browser receives display text (and, for checkboxes, links, images, progress bars and
sparklines, the small structure it draws), so formats behave the same in every frontend.
Number formats are Streamlit's named ones ("dollar", "percent", "compact"...) or printf
patterns ("%.2f", "%d ⭐"); date formats are named ("localized", "iso8601", "distance",
"calendar") or Moment.js patterns ("YYYY-MM-DD").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

NUMBER_FORMATS = (
    "plain",
    "localized",
    "dollar",
    "euro",
    "yen",
    "percent",
    "compact",
    "scientific",
    "engineering",
    "accounting",
    "bytes",
    "duration",
)
DATE_FORMATS = ("localized", "distance", "calendar", "iso8601")
_PRINTF = re.compile(
    r"%(?P<flags>[-+ 0#',]*)(?P<width>\d+)?(?:\.(?P<prec>\d+))?(?P<conv>[dfieEgGsxXou%])"
)
_MOMENT = re.compile(
    r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|ZZ|Z"
)
_COMPACT = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_BYTES = ("B", "KB", "MB", "GB", "TB", "PB")


def is_valid_number_format(fmt: str) -> bool:
    """A named format, or text with at least one printf directive that Python can apply."""
    if fmt in NUMBER_FORMATS:
        return True
    if not _PRINTF.search(fmt):
        return False
    try:
        _printf(fmt, 1.5)
    except (TypeError, ValueError):
        return False
    return True


def _printf(fmt: str, value: float) -> str:
    def one(match: re.Match[str]) -> str:
        conv = match["conv"]
        if conv == "%":
            return "%"
        spec = match[0].replace("'", "").replace(",", "")
        if "," in match["flags"] and conv in "diuf":  # sprintf-js: thousands separators
            digits = f".{match['prec'] or 6}f" if conv == "f" else "d"
            number = half_up(float(value), int(match["prec"] or 6)) if conv == "f" else int(value)
            return f"{number:>{match['width'] or 0},{digits}}"
        if conv in "diuxXo":
            return (spec[:-1] + ("d" if conv in "iu" else conv)) % int(value)
        if conv == "s":
            return spec % _plain(value)
        if conv == "f":
            return spec % half_up(float(value), int(match["prec"] or 6))
        return spec % float(value)

    return _PRINTF.sub(one, fmt)


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def half_up(value: float, digits: int) -> float:
    """`value` rounded as JavaScript's toFixed rounds (ties away from zero, on the exact
    binary value), so that "%.1f" shows 281.25 as 281.3, as Streamlit's browser does."""
    if not math.isfinite(value) or abs(value) >= 1e15:
        return value  # nothing after the point to round (and too many digits for Decimal)
    step = Decimal(1).scaleb(-digits)
    return float(Decimal(value).quantize(step, rounding=ROUND_HALF_UP))


def _default_number(value: Any) -> str:
    """Streamlit's default: integers as they are, floats with at most 4 decimals."""
    if isinstance(value, int | Decimal):
        return str(value)
    if abs(value) >= 1e21:
        return repr(value)  # "1e+300", as JavaScript shows numbers this large
    text = f"{half_up(value, 4):.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _compact(value: float) -> str:
    for size, suffix in _COMPACT:
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + suffix
    return _default_number(value)


def _bytes(value: float) -> str:
    index = 0
    while abs(value) >= 1000 and index < len(_BYTES) - 1:
        value, index = value / 1000, index + 1
    return f"{value:.1f}".rstrip("0").rstrip(".") + _BYTES[index]


def _scientific(value: float, engineering: bool) -> str:
    if value == 0:
        return "0E0"
    exponent = math.floor(math.log10(abs(value)))
    if engineering:
        exponent -= exponent % 3
    mantissa = f"{value / 10**exponent:.3f}".rstrip("0").rstrip(".")
    return f"{mantissa}E{exponent}"


def _duration(seconds: float) -> str:
    units = (
        ("year", 31536000),
        ("month", 2592000),
        ("day", 86400),
        ("hour", 3600),
        ("minute", 60),
        ("second", 1),
    )
    for name, size in units:
        if abs(seconds) >= size:
            count = round(seconds / size)
            return f"{count} {name}{'' if abs(count) == 1 else 's'}"
    return "0 seconds"


def humanized_duration(seconds: float) -> str:
    """A duration as Moment.js's humanize() words it ("a few seconds", "2 hours"): how
    Streamlit's grid shows a timedelta cell (JavaScript rounding: halves go up)."""
    size = abs(seconds)
    months = size / 86400 * 4800 / 146097  # Moment's average month
    s, m, h, d = (math.floor(size / unit + 0.5) for unit in (1, 60, 3600, 86400))
    mo, y = math.floor(months + 0.5), math.floor(months / 12 + 0.5)
    steps = (
        (s <= 44, "a few seconds"),
        (m <= 1, "a minute"),
        (m < 45, f"{m} minutes"),
        (h <= 1, "an hour"),
        (h < 22, f"{h} hours"),
        (d <= 1, "a day"),
        (d < 26, f"{d} days"),
        (mo <= 1, "a month"),
        (mo < 11, f"{mo} months"),
        (y <= 1, "a year"),
        (True, f"{y} years"),
    )
    text = next(words for fits, words in steps if fits)
    return f"-{text}" if seconds < 0 else text


def _named(fmt: str, value: float) -> str:
    if fmt in ("dollar", "euro", "accounting", "percent"):
        value = half_up(value, 4 if fmt == "percent" else 2)
    elif fmt == "yen":
        value = half_up(value, 0)
    formats = {
        "plain": lambda v: _plain(v),
        "localized": lambda v: f"{v:,.3f}".rstrip("0").rstrip("."),
        "dollar": lambda v: f"-${-v:,.2f}" if v < 0 else f"${v:,.2f}",
        "euro": lambda v: f"-€{-v:,.2f}" if v < 0 else f"€{v:,.2f}",
        "yen": lambda v: f"-¥{-v:,.0f}" if v < 0 else f"¥{v:,.0f}",
        "percent": lambda v: f"{v * 100:.2f}%",
        "compact": _compact,
        "scientific": lambda v: _scientific(v, False),
        "engineering": lambda v: _scientific(v, True),
        "accounting": lambda v: f"({-v:,.2f})" if v < 0 else f"{v:,.2f}",
        "bytes": _bytes,
        "duration": _duration,
    }
    return formats[fmt](value)


def format_number(value: Any, fmt: str | None) -> str | None:
    """`value` as Streamlit's NumberColumn shows it (None for missing values)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()  # numpy scalar
    if isinstance(value, float) and math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"  # as the browser's String(value)
    if not fmt:
        return _default_number(value)
    if fmt in NUMBER_FORMATS:
        return _named(fmt, float(value))
    try:
        return _printf(fmt, value)
    except (TypeError, ValueError, OverflowError):
        return _default_number(value)


def _moment_to_strftime(token: str, when: Any) -> str:
    if token.startswith("["):
        return token[1:-1]
    day = getattr(when, "day", 0)
    if token == "Do":
        suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix}"
    simple = {
        "YYYY": "%Y",
        "YY": "%y",
        "MMMM": "%B",
        "MMM": "%b",
        "MM": "%m",
        "DD": "%d",
        "dddd": "%A",
        "ddd": "%a",
        "HH": "%H",
        "hh": "%I",
        "mm": "%M",
        "ss": "%S",
        "A": "%p",
        "ZZ": "%z",
    }
    if token in simple:
        return when.strftime(simple[token])
    if token == "a":
        return when.strftime("%p").lower()
    if token == "Z":  # Moment's "+01:00" ("" for a naive value)
        offset = when.strftime("%z")
        return f"{offset[:3]}:{offset[3:]}" if offset else ""
    unpadded = {"M": "%m", "D": "%d", "H": "%H", "h": "%I", "m": "%M", "s": "%S"}
    if token in unpadded:
        return str(int(when.strftime(unpadded[token])))
    return f"{getattr(when, 'microsecond', 0) // 1000:03d}"  # SSS


def _distance(when: Any) -> str:
    now = dt.datetime.now(when.tzinfo) if isinstance(when, dt.datetime) else dt.date.today()
    seconds = (
        (now - when).total_seconds()
        if isinstance(when, dt.datetime)
        else ((now - when).days * 86400)
    )
    text = _duration(abs(seconds))
    return f"{text} ago" if seconds >= 0 else f"in {text}"


_DEFAULT_DATE_PATTERNS = {
    "datetime": "YYYY-MM-DD HH:mm:ss",
    "date": "YYYY-MM-DD",
    "time": "HH:mm:ss",
}
_LOCALIZED = {"datetime": "%b %-d, %Y, %-I:%M:%S %p", "date": "%b %-d, %Y", "time": "%-I:%M:%S %p"}


def _default_date_pattern(kind: str, step: Any, aware: bool) -> str:
    """Streamlit's pattern when a column has no format: no seconds for a `step` of a minute
    or more, milliseconds for one under a second, the offset for timezone-aware values."""
    pattern = _DEFAULT_DATE_PATTERNS[kind]
    if kind != "date" and isinstance(step, int | float):
        if step >= 60:
            pattern = pattern.removesuffix(":ss")
        elif step < 1:
            pattern += ".SSS"
    return pattern + "Z" if kind == "datetime" and aware else pattern


def format_date(value: Any, fmt: str | None, kind: str, step: Any = None) -> str | None:
    """A datetime, date or time as Streamlit's Date/Datetime/TimeColumn shows it."""
    if value is None or value != value:  # NaT is not equal to itself
        return None
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if kind == "date" and isinstance(value, dt.datetime):
        value = value.date()
    if kind == "time" and isinstance(value, dt.datetime):
        value = value.time()
    if fmt == "iso8601":
        return value.isoformat()
    if fmt == "localized":
        return value.strftime(_LOCALIZED[kind])
    if fmt in ("distance", "calendar") and kind != "time":
        return _distance(value)
    aware = getattr(value, "tzinfo", None) is not None
    pattern = fmt or _default_date_pattern(kind, step, aware)
    return _MOMENT.sub(lambda m: _moment_to_strftime(m[0], value), pattern)
