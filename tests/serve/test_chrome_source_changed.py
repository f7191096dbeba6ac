"""The "Source file changed." notice in Chromium: shown while source_changed is True, its
Rerun / Always rerun buttons reach the kernel."""

from __future__ import annotations

import nbformat
import pytest

CELL = """\
from jupyter_st.render.chrome import Chrome

chrome = Chrome(page_title="Hello")

def on_event(event):
    if event == "clear_cache":  # stands in for the file watcher
        chrome.source_changed = True
        return
    chrome.source_changed = False
    chrome.page_title = "got " + event

chrome.on_event(on_event)
chrome
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_source_changed(tmp_path, voila, page):
    from playwright.sync_api import expect

    notebook = tmp_path / "source_changed.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)]), notebook)
    page.goto(voila(notebook), timeout=90_000)
    expect(page).to_have_title("Hello", timeout=90_000)
    notice = page.locator(".st-source-changed")
    expect(notice).to_be_hidden()

    for button, event in [("Rerun", "rerun"), ("Always rerun", "always_rerun")]:
        page.locator(".st-menu-button").click()
        page.get_by_role("menuitem", name="Clear cache").click()
        expect(notice).to_be_visible()
        expect(notice).to_contain_text("Source file changed.")
        notice.get_by_role("button", name=button, exact=True).click()
        expect(page).to_have_title("got " + event)
        expect(notice).to_be_hidden()
