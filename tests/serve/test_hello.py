"""`jupyter st hello`: the demo's pages work in a real browser, offline."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from test_maps_browser import TILE_HOSTS


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_hello_pages(st_run, page):
    from playwright.sync_api import expect

    page.goto(st_run("hello"), timeout=90_000)
    page.get_by_text("Welcome to jupyter_st!").wait_for(timeout=90_000)
    page.get_by_label("Your name").fill("Ada")
    page.get_by_label("Your name").press("Enter")
    page.get_by_text("Hello, Ada!").wait_for(timeout=20_000)

    page.locator(".st-nav").get_by_text("Plotting demo").click()
    expect(page).to_have_url(re.compile(r"/plotting$"), timeout=20_000)  # while the loop runs
    expect(page.get_by_text("100% complete")).to_be_hidden()
    page.get_by_role("button", name="Rerun").wait_for(timeout=60_000)  # the loop finished
    line = page.locator(".st-vega-chart svg .mark-line path")
    expect(line).to_have_count(1, timeout=30_000)
    # 1 + 100 x 5 points added row by row: the path has one segment per point
    assert line.get_attribute("d").count("L") == 500

    page.locator(".st-nav").get_by_text("Mapping demo").click()
    deck = page.locator(".st-deck-chart canvas")
    expect(deck).to_have_count(1, timeout=60_000)
    expect(page.get_by_label("Outbound flow")).to_be_checked()

    page.locator(".st-nav").get_by_text("DataFrame demo").click()
    page.get_by_text("Gross agricultural production").wait_for(timeout=20_000)
    rows = page.locator(".st-grid .st-grid-canvas .st-grid-row")
    expect(rows).to_have_count(2, timeout=20_000)
    expect(page.locator(".st-vega-chart svg .mark-area path")).to_have_count(2, timeout=30_000)

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts <= {"127.0.0.1"} | TILE_HOSTS, hosts  # base-map tiles are the only exception
