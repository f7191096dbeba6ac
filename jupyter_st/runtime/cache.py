"""st.cache_data and st.cache_resource, in process.

Note [Cache keys]
~~~~~~~~~~~~~~~~~
A cached function's entries are keyed by its qualified name and source (so editing the
function invalidates them) and by its arguments, hashed by value; arguments whose name
starts with `_` are left out, as in Streamlit. `cache_data` stores a pickle and returns a
fresh copy on every hit, so callers may mutate what they get; `cache_resource` returns the
one shared object. A lock per key makes two sessions asking for the same key compute it once.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import pickle
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException
from .current import current_run_context
from .durations import seconds
from .run_context import command


class UnhashableParamError(StreamlitAPIException):
    def __init__(self, func: Callable[..., Any], name: str, value: Any) -> None:
        super().__init__(
            f"Cannot hash argument '{name}' (of type `{type(value).__module__}."
            f"{type(value).__qualname__}`) in '{func.__name__}'.\n\nTo address this, you can "
            f"tell Streamlit not to hash this argument by adding a leading underscore to the "
            f"argument's name in the function signature:\n\n```\n@st.cache_data\n"
            f"def {func.__name__}(_{name}, ...):\n    ...\n```"
        )


@dataclass
class _Entry:
    value: Any
    stored_at: float


class FunctionCache:
    """The entries of one cached function."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        copy: bool,
        ttl: float | None,
        max_entries: int | None,
        hash_funcs: dict | None,
    ) -> None:
        self.func = func
        self.copy = copy
        self.ttl = ttl
        self.max_entries = max_entries
        self.hash_funcs = hash_funcs or {}
        self.show_spinner: bool | str = True
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._signature = inspect.signature(func)
        self._prefix = identify(func)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = self.key(args, kwargs)
        with self._lock:
            key_lock = self._locks.setdefault(key, threading.Lock())
        with key_lock:
            entry = self._fresh(key)
            if entry is None:
                with self._spinner():
                    value = self.func(*args, **kwargs)
                entry = self._store(key, value)
        return pickle.loads(entry.value) if self.copy else entry.value

    def _spinner(self) -> Any:
        """While computing inside a run, Streamlit's spinner ("Running `f(...)`.")."""
        if not self.show_spinner or current_run_context() is None:
            return contextlib.nullcontext()
        text = self.show_spinner if isinstance(self.show_spinner, str) else None
        return command("spinner")(text or f"Running `{self.func.__name__}(...)`.")

    def key(self, args: tuple, kwargs: dict) -> str:
        bound = self._signature.bind(*args, **kwargs)
        bound.apply_defaults()
        digest = hashlib.md5(self._prefix.encode(), usedforsecurity=False)
        for name, value in bound.arguments.items():
            if not name.startswith("_"):
                digest.update(name.encode() + b"=" + self._hash(name, value))
        return digest.hexdigest()

    def _hash(self, name: str, value: Any) -> bytes:
        hasher = self.hash_funcs.get(type(value))
        if hasher is not None:
            return repr(hasher(value)).encode()
        try:
            return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            raise UnhashableParamError(self.func, name, value) from None

    def _fresh(self, key: str) -> _Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if self.ttl is not None and time.monotonic() - entry.stored_at > self.ttl:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry

    def _store(self, key: str, value: Any) -> _Entry:
        stored = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL) if self.copy else value
        entry = _Entry(stored, time.monotonic())
        with self._lock:
            self._entries[key] = entry
            while self.max_entries is not None and len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return entry

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every entry, or only the one for the given arguments."""
        with self._lock:
            if args or kwargs:
                self._entries.pop(self.key(args, kwargs), None)
            else:
                self._entries.clear()


def identify(func: Callable[..., Any]) -> str:
    """Name and source: the same function in every run of a script, a new one when edited."""
    try:
        source = inspect.getsource(func)
    except (OSError, TypeError):
        source = func.__code__.co_code.hex()
    return f"{func.__module__}.{func.__qualname__}:{source}"


class CacheDecorator:
    """`st.cache_data` / `st.cache_resource`: a decorator, with or without arguments."""

    def __init__(self, *, copy: bool) -> None:
        self._copy = copy
        self._caches: dict[str, FunctionCache] = {}
        self._lock = threading.Lock()

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Any = None,
        max_entries: int | None = None,
        show_spinner: Any = True,
        persist: Any = None,
        hash_funcs: dict | None = None,
        validate: Callable[[Any], bool] | None = None,
        **_: Any,
    ) -> Any:
        def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
            with self._lock:  # scripts re-run the decorator: find the entries kept so far
                cache = self._caches.get(identify(f))
                if cache is None:
                    cache = FunctionCache(
                        f,
                        copy=self._copy,
                        ttl=seconds(ttl),
                        max_entries=max_entries,
                        hash_funcs=hash_funcs,
                    )
                    self._caches[identify(f)] = cache
                cache.func, cache.show_spinner = f, show_spinner

            @functools.wraps(f)
            def cached(*args: Any, **kwargs: Any) -> Any:
                value = cache(*args, **kwargs)
                if validate is not None and not validate(value):
                    cache.clear(*args, **kwargs)
                    value = cache(*args, **kwargs)
                return value

            cached.clear = cache.clear  # type: ignore[attr-defined]
            return cached

        return decorate(func) if func is not None else decorate

    def clear(self) -> None:
        """Clear every function cached with this decorator."""
        with self._lock:
            caches = list(self._caches.values())
        for cache in caches:
            cache.clear()


cache_data = CacheDecorator(copy=True)
cache_resource = CacheDecorator(copy=False)
