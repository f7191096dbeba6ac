"""st.context: AppTest seeds the browser fields as Streamlit's does; headers are per request."""

from __future__ import annotations

import pytest

from jupyter_st.serve.kernel import request_context
from jupyter_st.testing import AppTest, AppTestError

APP = """
import streamlit as st
st.write(f"{st.context.timezone} {st.context.locale} {st.context.theme.type} {st.context.url}")
st.write(f"headers={dict(st.context.headers)} cookies={dict(st.context.cookies)}")
"""


def test_browser_fields_come_from_at_context():
    at = AppTest.from_string(APP)
    at.context = {"timezone": "Europe/Berlin", "locale": "de-DE", "theme": "dark"}
    at.run()
    assert at.markdown[0].value == "Europe/Berlin de-DE dark None"
    assert at.markdown[1].value == "headers={} cookies={}"


def test_bad_context_is_refused_before_the_run():
    at = AppTest.from_string(APP)
    at.context = {"weather": "sunny"}
    with pytest.raises(AppTestError, match="does not support 'weather'"):
        at.run()


def test_headers_and_cookies_from_the_request_environment():
    env = {"HTTP_USER_AGENT": "Firefox", "HTTP_COOKIE": "a=1; b=two", "SERVER_NAME": "localhost",
           "SERVER_PORT": "8501", "SCRIPT_NAME": "/Plotting"}  # fmt: skip
    info = request_context(env)
    assert info["headers"] == {"User-Agent": "Firefox", "Cookie": "a=1; b=two"}
    assert info["cookies"] == {"a": "1", "b": "two"}
    assert info["url"] == "http://localhost:8501/Plotting"
