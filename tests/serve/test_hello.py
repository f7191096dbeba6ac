"""`jupyter st hello`: the demo's pages work in a real browser, offline."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_hello_pages(st_run, page):
    page.goto(st_run("hello"), timeout=90_000)
    page.get_by_text("Welcome to jupyter_st!").wait_for(timeout=90_000)
    page.get_by_label("Your name").fill("Ada")
    page.get_by_label("Your name").press("Enter")
    page.get_by_text("Hello, Ada!").wait_for(timeout=20_000)

    page.locator(".st-nav").get_by_text("Plotting demo").click()
    page.get_by_role("button", name="Rerun").wait_for(timeout=30_000)  # the loop finished
    assert page.url.endswith("/plotting")
    assert page.locator(".st-dataframe table tr").count() == 11  # header + the last 10 rows

    page.locator(".st-nav").get_by_text("DataFrame demo").click()
    page.get_by_text("Gross agricultural production").wait_for(timeout=20_000)
    assert page.locator(".st-dataframe table tbody tr").count() == 2

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts
