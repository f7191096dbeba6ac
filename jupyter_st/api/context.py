"""st.context: what the browser and the request tell about this session (read-only).

Headers and cookies come from the page request as the server passes them to the kernel
(Voila hands them over as environment variables); timezone, locale and the like are not
sent by our frontend yet and read as None, as for a browser that omits them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..runtime.current import current_run_context

__all__ = ["context"]


def _info() -> dict[str, Any]:
    ctx = current_run_context()
    return ctx.session.context if ctx is not None else {}


class Headers(Mapping[str, str]):
    """Request headers; names are case-insensitive."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = {name.lower(): (name, value) for name, value in headers.items()}

    def __getitem__(self, name: str) -> str:
        return self._headers[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._headers.values())

    def __len__(self) -> int:
        return len(self._headers)

    def get_all(self, name: str) -> list[str]:
        return [self[name]] if name.lower() in self._headers else []

    def to_dict(self) -> dict[str, str]:
        return dict(self.items())


class Theme:
    """`st.context.theme.type`: "light", "dark" or None."""

    def __init__(self, kind: str | None) -> None:
        self.type = kind

    def __repr__(self) -> str:
        return f"Theme(type={self.type!r})"


class Context:
    """`st.context`."""

    @property
    def headers(self) -> Headers:
        return Headers(_info().get("headers", {}))

    @property
    def cookies(self) -> Mapping[str, str]:
        return dict(_info().get("cookies", {}))

    @property
    def theme(self) -> Theme:
        return Theme(_info().get("theme"))

    def __getattr__(self, name: str) -> Any:
        if name in ("timezone", "timezone_offset", "locale", "url", "ip_address", "is_embedded"):
            return _info().get(name)
        raise AttributeError(name)


context = Context()
