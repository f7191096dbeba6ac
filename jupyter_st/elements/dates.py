"""Date and time widgets: date_input and time_input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Widget


@dataclass(frozen=True, kw_only=True)
class DateInput(Widget):
    KIND: ClassVar[str] = "date_input"
    min: Any = None
    max: Any = None
    format: str = "YYYY/MM/DD"


@dataclass(frozen=True, kw_only=True)
class TimeInput(Widget):
    KIND: ClassVar[str] = "time_input"
    step: int = 900
