"""URL sync in Chromium: the URL the user opens reaches the kernel, url_path / query_string
set by the kernel become one history entry each, and back / forward reach the kernel."""

from __future__ import annotations

import re

import nbformat
import pytest

CELL = """\
from jupyter_st.render.chrome import Chrome

chrome = Chrome(page_title="Hello")

def show(change):
    chrome.page_title = f"url {chrome.url_path}?{chrome.query_string}"

def on_event(event):
    if event == "rerun":  # one message
        with chrome.hold_sync():
            chrome.url_path = "Plotting"
            chrome.query_string = "x=1"
    else:  # two messages, still one history entry
        chrome.url_path = "Charts"
        chrome.query_string = "y=2"

chrome.observe(show, names=["url_path", "query_string"])
chrome.on_event(on_event)
chrome
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_url_sync(tmp_path, voila, page):
    from playwright.sync_api import expect

    notebook = tmp_path / "url.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)]), notebook)
    base = voila(notebook)
    page.goto(base + "?q=opened", timeout=90_000)
    expect(page).to_have_title("url ?q=opened", timeout=90_000)  # the kernel learnt the URL
    length = page.evaluate("history.length")

    page.locator("body").focus()
    page.keyboard.press("r")  # the kernel sets url_path and query_string
    expect(page).to_have_url(base + "Plotting?x=1")
    expect(page).to_have_title("url Plotting?x=1")
    assert page.evaluate("history.length") == length + 1  # no echo, no duplicate entry

    page.go_back()
    expect(page).to_have_url(base + "?q=opened")
    expect(page).to_have_title("url ?q=opened")  # back reached the kernel
    page.go_forward()
    expect(page).to_have_title("url Plotting?x=1")

    # a user-driven history change (like a link the app does not know)
    page.evaluate(
        "history.pushState({}, '', '/Other?y=2');"
        "window.dispatchEvent(new PopStateEvent('popstate'))"
    )
    expect(page).to_have_title("url Other?y=2")
    assert page.evaluate("location.pathname + location.search") == "/Other?y=2"  # not undone

    length = page.evaluate("history.length")
    page.locator(".st-menu-button").click()
    page.get_by_role("menuitem", name="Clear cache").click()  # two separate trait messages
    expect(page).to_have_url(base + "Charts?y=2")
    expect(page).to_have_title("url Charts?y=2")
    page.wait_for_timeout(300)
    assert page.evaluate("history.length") == length + 1
    page.go_back()
    expect(page).to_have_title(re.compile(r"^url Other\?y=2$"))
