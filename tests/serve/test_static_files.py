"""static/ beside the app is served at app/static/ when enabled, and nothing outside it."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


def make_app(tmp_path):
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write('hi')\n")
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "logo.txt").write_text("the logo")
    (tmp_path / "secret.txt").write_text("not for the browser")
    return tmp_path / "app.py"


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_static_serving_when_enabled(tmp_path, st_run):
    url = st_run(make_app(tmp_path), "--server.enableStaticServing", "true")
    assert fetch(url + "app/static/logo.txt") == (200, b"the logo")
    for escape in ("app/static/../secret.txt", "app/static/%2e%2e/secret.txt",
                   "app/static/..%2fsecret.txt", "app/static/../app.py"):  # fmt: skip
        status, body = fetch(url + escape)
        assert status != 200 or (b"not for the browser" not in body and b"st.write" not in body)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_no_static_serving_by_default(tmp_path, st_run):
    url = st_run(make_app(tmp_path))
    status, body = fetch(url + "app/static/logo.txt")
    assert (status, body) != (200, b"the logo")
