"""The app chrome in Chromium: title, icon, running indicator, Rerun (menu and R key),
Clear cache and the Settings dialog, served offline by Voila from our built extension."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import nbformat
import pytest

CELL = """\
from jupyter_st.render.chrome import Chrome

chrome = Chrome(page_title="Hello", page_icon="🎈", running=True)

def on_event(event):
    chrome.page_title = "got " + event

chrome.on_event(on_event)
chrome
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_chrome_in_voila(tmp_path, voila, page):
    from playwright.sync_api import expect

    notebook = tmp_path / "chrome.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)]), notebook)
    page.goto(voila(notebook), timeout=90_000)

    expect(page).to_have_title("Hello", timeout=90_000)
    expect(page.locator(".st-running")).to_be_visible()
    icon = page.locator("link#jupyter-st-favicon").get_attribute("href")
    assert icon.startswith("data:image/svg+xml,") and "%F0%9F%8E%88" in icon

    page.locator("body").focus()
    page.keyboard.press("r")
    expect(page).to_have_title("got rerun")

    page.locator(".st-menu-button").click()
    page.get_by_role("menuitem", name="Clear cache").click()
    expect(page).to_have_title("got clear_cache")

    page.locator(".st-menu-button").click()
    page.get_by_role("menuitem", name="Settings").click()
    expect(page.locator(".st-theme-custom")).to_be_hidden()  # no custom theme given
    page.get_by_role("dialog", name="Settings").get_by_label("Dark").check()
    expect(page.locator("body")).to_have_class(re.compile(r"\bst-dark\b"))

    hosts = {urlparse(url).hostname for url in page.requested_urls if url.startswith("http")}
    assert hosts == {"127.0.0.1"}, page.requested_urls
