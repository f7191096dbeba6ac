"""The app chrome in Chromium: title, icon, running indicator, layout, sidebar state, Rerun
(menu and R key), Clear cache and the Settings dialog, served offline by Voila from our built
extension. Also the Chrome traits' validation (fast, no browser)."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import nbformat
import pytest
from traitlets import TraitError

from jupyter_st.render.chrome import Chrome

CELL = """\
from jupyter_st.render.chrome import Chrome

chrome = Chrome(page_title="Hello", page_icon="🎈", running=True, page_layout="wide",
                theme_base="dark", sidebar_state="collapsed", layout={"min_width": "7px"})

def on_event(event):
    chrome.page_title = "got " + event

chrome.on_event(on_event)
chrome
"""


def test_chrome_traits():
    chrome = Chrome(page_layout="WIDE", url_path="/Plotting/", query_string="?x=1")
    assert (chrome.page_layout, chrome.url_path, chrome.query_string) == ("wide", "Plotting", "x=1")
    assert chrome.layout.__class__.__name__ == "Layout"  # ipywidgets' own, not ours
    for name, value in [
        ("page_layout", "narrow"),
        ("theme_base", "blue"),
        ("sidebar_state", "open"),
        ("url_path", "a/b"),
    ]:
        with pytest.raises(TraitError):
            setattr(chrome, name, value)
    events = []
    chrome.on_event(events.append)
    for content in [{"event": "always_rerun"}, {"event": "nope"}, "rerun"]:
        chrome._on_custom_msg(chrome, content, [])
    assert events == ["always_rerun"]


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_chrome_in_voila(tmp_path, voila, page):
    from playwright.sync_api import expect

    notebook = tmp_path / "chrome.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)]), notebook)
    page.goto(voila(notebook), timeout=90_000)

    expect(page).to_have_title("Hello", timeout=90_000)
    expect(page.locator(".st-running")).to_be_visible()
    expect(page.locator(".st-source-changed")).to_be_hidden()
    expect(page.locator(".st-connection")).to_be_hidden()
    icon = page.locator("link#jupyter-st-favicon").get_attribute("href")
    assert icon.startswith("data:image/svg+xml,") and "%F0%9F%8E%88" in icon
    body = page.locator("body")
    for name in ("st-wide", "st-dark", "st-sidebar-collapsed"):
        expect(body).to_have_class(re.compile(rf"\b{name}\b"))
    expect(page.locator(".st-chrome")).to_have_css("min-width", "7px")  # a normal Layout

    body.focus()
    page.keyboard.press("r")
    expect(page).to_have_title("got rerun")

    page.locator(".st-menu-button").click()
    page.get_by_role("menuitem", name="Clear cache").click()
    expect(page).to_have_title("got clear_cache")

    page.locator(".st-menu-button").click()
    page.get_by_role("menuitem", name="Settings").click()
    dialog = page.get_by_role("dialog", name="Settings")
    expect(page.locator(".st-theme-custom")).to_be_hidden()  # no custom theme given
    expect(dialog.get_by_label("Dark")).to_be_checked()  # theme_base
    dialog.get_by_label("Light").check()
    expect(body).not_to_have_class(re.compile(r"\bst-dark\b"))
    dialog.get_by_label("Dark").check()
    expect(body).to_have_class(re.compile(r"\bst-dark\b"))

    hosts = {urlparse(url).hostname for url in page.requested_urls if url.startswith("http")}
    assert hosts == {"127.0.0.1"}, page.requested_urls
