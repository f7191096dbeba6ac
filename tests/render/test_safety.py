"""Nothing from data reaches the page as HTML, and bad browser values never reach scripts."""

from __future__ import annotations

import contextlib
import logging
from html.parser import HTMLParser

import pytest

from jupyter_st.testing.browser import send_update

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
]


class _ActiveContent(HTMLParser):
    """Collects what a browser would execute: script-capable tags, handlers, js: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "img", "svg", "iframe", "object", "embed"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag}[{name}]")


def active_content(html: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("payload", HOSTILE)
@pytest.mark.parametrize("command", ["write", "markdown", "caption", "info", "header"])
def test_text_from_data_is_sanitised(live, command, payload):
    app = live(f"import jupyter_st as st\nst.{command}(payload)", payload=payload).run()
    html = app.app.reconciler.roots[0].widget.children[0].value
    assert active_content(html) == [], html


def test_unsafe_allow_html_is_the_users_choice(live):
    app = live('import jupyter_st as st\nst.markdown("<b>bold</b>", unsafe_allow_html=True)').run()
    html = app.app.reconciler.roots[0].widget.children[0].value
    assert "<b>bold</b>" in html
    assert active_content('<img src=x onerror="alert(1)">') == ["img", "img[onerror]"]


def test_exception_messages_are_escaped(live):
    app = live('raise ValueError("<img src=x onerror=alert(1)>")').run()
    html = app.app.reconciler.roots[0].widget.children[0].value
    assert active_content(html) == [] and "&lt;img" in html


def test_out_of_range_slider_values_are_clamped(live):
    app = live("import jupyter_st as st\nst.write(st.slider('x', 0, 10, 5))").run()
    slider = app.widget(app.elements("slider")[0].id)
    slider.max = 1000  # a tampered browser model
    send_update(slider, value=999)
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "`10`"


def test_impossible_choices_are_rejected_and_logged(live, caplog):
    app = live("import jupyter_st as st\nst.write(st.selectbox('c', ['a', 'b']))").run()
    dropdown = app.widget(app.elements("selectbox")[0].id)
    runs = app.app.session.runner.runs
    with caplog.at_level(logging.WARNING):
        dropdown._handle_msg(
            {"content": {"data": {"method": "update", "state": {"index": 7}, "buffer_paths": []}}}
        )
    assert app.app.session.wait_idle(10)
    assert app.app.session.runner.runs == runs
    assert app.elements("markdown")[0].body == "a"


def test_malformed_messages_leave_the_kernel_and_session_alive(live):
    app = live("import jupyter_st as st\nst.write(st.checkbox('c'))").run()
    checkbox = app.widget(app.elements("checkbox")[0].id)
    for data in ({"method": "update", "state": {"value": "yes"}}, {"method": "bogus"}, {}):
        with contextlib.suppress(Exception):  # ipywidgets may refuse it; the session must not care
            checkbox._handle_msg({"content": {"data": data}})
    send_update(checkbox, value=True)
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "`True`"
