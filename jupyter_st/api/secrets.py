"""st.secrets: read-only access to `.streamlit/secrets.toml`, by attribute or key.

Secrets stay in the kernel: nothing here is ever sent to a widget.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..runtime.current import current_run_context

__all__ = ["secrets"]

_MORE = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app "
    "settings on Streamlit Cloud? More info: https://docs.streamlit.io/deploy/"
    "streamlit-community-cloud/deploy-your-app/secrets-management"
)


class AttrDict(Mapping[str, Any]):
    """A read-only mapping whose keys are also attributes; sections nest."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._data[key]
        except KeyError:
            raise KeyError(f'st.secrets has no key "{key}". {_MORE}') from None
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.secrets has no attribute "{key}". {_MORE}') from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({sorted(self._data)!r})"  # keys only, never values


class Secrets(AttrDict):
    """`st.secrets`: the secrets of the running session."""

    def __init__(self) -> None:  # the data is the running session's, read on each access
        pass

    @property
    def _data(self) -> Mapping[str, Any]:  # type: ignore[override]
        ctx = current_run_context()
        return ctx.session.secrets if ctx is not None else {}


secrets = Secrets()
