"""st.session_state, st.query_params and st.secrets: views onto the running session."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from ..errors import StreamlitAPIException, StreamlitValueError
from ..runtime.current import current_run_context
from ..runtime.identity import ID_PREFIX
from ..runtime.state import SessionState

__all__ = ["session_state"]

_MORE = "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"


def _state() -> SessionState:
    ctx = current_run_context()
    if ctx is None:
        raise StreamlitAPIException("`st.session_state` can only be used while an app is running.")
    return ctx.session.state


def _lock():
    return current_run_context().session.lock  # type: ignore[union-attr]


def _valid(key: Any) -> str:
    key = str(key)
    if key == "":
        raise StreamlitValueError("key", "a non-empty string")
    if key.startswith(ID_PREFIX):
        raise StreamlitAPIException(f"Keys beginning with {ID_PREFIX} are reserved.")
    return key


class SessionStateProxy(MutableMapping[str, Any]):
    """`st.session_state`: dict and attribute access to the current session's state."""

    def __getitem__(self, key: Any) -> Any:
        key = _valid(key)
        state = _state()
        with _lock():
            try:
                return state[key]
            except KeyError:
                raise KeyError(_missing("key", key)) from None

    def __setitem__(self, key: Any, value: Any) -> None:
        state = _state()
        with _lock():
            state[_valid(key)] = value

    def __delitem__(self, key: Any) -> None:
        key = _valid(key)
        state = _state()
        with _lock():
            try:
                del state[key]
            except KeyError:
                raise KeyError(_missing("key", key)) from None

    def __iter__(self) -> Iterator[str]:
        state = _state()
        with _lock():
            return iter(list(state))

    def __len__(self) -> int:
        state = _state()
        with _lock():
            return len(state)

    def __contains__(self, key: object) -> bool:
        state = _state()
        with _lock():
            return str(key) in state

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(_missing("attribute", key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(_missing("attribute", key)) from None

    def to_dict(self) -> dict[str, Any]:
        with _lock():
            return _state().to_dict()

    def __str__(self) -> str:
        return str(self.to_dict())


def _missing(what: str, key: str) -> str:
    return f'st.session_state has no {what} "{key}". Did you forget to initialize it? {_MORE}'


session_state = SessionStateProxy()


def _session():
    ctx = current_run_context()
    if ctx is None:
        raise StreamlitAPIException("This command can only be used while an app is running.")
    return ctx.session


class QueryParamsProxy(MutableMapping[str, str]):
    """`st.query_params`: the page URL's query string; values are strings."""

    def __getitem__(self, key: str) -> str:
        values = _session().query_params[key]
        return values[-1] if values else ""

    def __setitem__(self, key: str, value: Any) -> None:
        many = isinstance(value, list | tuple | set)
        _session().query_params[str(key)] = [str(v) for v in value] if many else [str(value)]

    def __delitem__(self, key: str) -> None:
        del _session().query_params[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(_session().query_params))

    def __len__(self) -> int:
        return len(_session().query_params)

    def __getattr__(self, key: str) -> str:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def get_all(self, key: str) -> list[str]:
        return list(_session().query_params.get(key, []))

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}

    def from_dict(self, params: dict[str, Any]) -> None:
        self.clear()
        for key, value in params.items():
            self[key] = value


query_params = QueryParamsProxy()
__all__ += ["query_params"]
