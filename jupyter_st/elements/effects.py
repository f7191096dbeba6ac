"""Effects: st.balloons and st.snow, drawn once over the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Element


@dataclass(frozen=True, kw_only=True)
class Balloons(Element):
    """Balloons floating up over the app, once; a new `nonce` plays them again."""

    KIND: ClassVar[str] = "balloons"
    nonce: int = 0


@dataclass(frozen=True, kw_only=True)
class Snow(Element):
    """Snowflakes falling over the app, once; a new `nonce` plays them again."""

    KIND: ClassVar[str] = "snow"
    nonce: int = 0
