"""st.cache_data copies, st.cache_resource shares; keys follow Streamlit's rules."""

from __future__ import annotations

import threading
import time

import pytest

from jupyter_st.runtime.cache import UnhashableParamError, cache_data, cache_resource


def test_cache_data_returns_copies_and_keys_by_arguments():
    calls = []

    @cache_data
    def load(n, _conn=None):
        calls.append(n)
        return [n]

    first = load(1, _conn=object())
    first.append("mutated")
    assert load(1, _conn=object()) == [1]  # leading underscore: not part of the key
    load(2)
    assert calls == [1, 2]
    load.clear()
    load(1)
    assert calls == [1, 2, 1]


def test_unhashable_arguments_name_the_argument():
    @cache_data
    def f(lock):
        return 1

    with pytest.raises(UnhashableParamError, match="Cannot hash argument 'lock'"):
        f(threading.Lock())


def test_ttl_and_max_entries():
    calls = []

    @cache_data(ttl=0.05, max_entries=2)
    def f(n):
        calls.append(n)
        return n

    f(1), f(2), f(3), f(1)  # 1 was evicted by 3
    assert calls == [1, 2, 3, 1]
    time.sleep(0.06)
    f(1)
    assert calls[-1] == 1 and len(calls) == 5


def test_cache_resource_shares_one_object_and_computes_it_once():
    calls = []

    @cache_resource
    def connect():
        calls.append(1)
        time.sleep(0.05)
        return object()

    results = []
    threads = [threading.Thread(target=lambda: results.append(connect())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len({id(r) for r in results}) == 1
    cache_resource.clear()
    connect()
    assert len(calls) == 2


def test_ttl_accepts_streamlits_duration_strings():
    @cache_data(ttl="1h")
    def f():
        return 1

    assert f() == 1
