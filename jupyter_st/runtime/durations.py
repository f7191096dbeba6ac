"""Durations as Streamlit accepts them: seconds, timedelta, or text like "30s", "5m", "1h"."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..errors import StreamlitAPIException

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def seconds(value: Any) -> float | None:
    """`value` in seconds; None stays None (no limit)."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            if text and text[-1] in UNITS:
                return float(text[:-1]) * UNITS[text[-1]]
            return float(text)
        except ValueError:
            pass
    raise StreamlitAPIException(f"Unable to convert {value!r} to a time interval.")
