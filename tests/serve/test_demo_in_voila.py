"""`make demo`'s app in a real Voila server and a real browser: it shows and it reacts."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

DEMO = Path(__file__).parents[2] / "notebooks" / "demo.ipynb"


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_the_demo_app_renders_and_reruns_on_input(voila, page):
    url = voila(DEMO)
    page.goto(url, timeout=90_000)
    page.get_by_text("Welcome to jupyter_st!").wait_for(timeout=90_000)
    assert page.get_by_text("Hello, world!").is_visible()

    name = page.get_by_label("Your name")
    name.fill("Ada")
    name.press("Enter")
    page.get_by_text("Hello, Ada!").wait_for(timeout=20_000)

    page.get_by_role("button", name="Click me").click()
    page.locator(".st-metric-value", has_text="1").wait_for(timeout=20_000)

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, [u for u in page.requested_urls if "127.0.0.1" not in u]
