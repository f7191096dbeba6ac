"""A pages/ app in the browser: the URL names the page, the menu switches pages without a
reload (the session and its state stay), and back/forward work."""

from __future__ import annotations

import pytest


def make_app(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "st.session_state.runs = st.session_state.get('runs', 0) + 1\n"
        "st.title('Home page')\n"
        'st.write(f"runs={st.session_state.runs}")\n'
    )
    (tmp_path / "pages" / "1_📈_Plotting.py").write_text(
        "import streamlit as st\n"
        "st.session_state.runs = st.session_state.get('runs', 0) + 1\n"
        "st.title('Plot page')\n"
        "st.write(f\"runs={st.session_state.runs} q={st.query_params.get('q', '-')}\")\n"
    )
    return tmp_path / "app.py"


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_the_url_picks_the_page_and_the_menu_switches_it(tmp_path, st_run, page):
    base = st_run(make_app(tmp_path))
    page.goto(base + "Plotting?q=7", timeout=90_000)
    page.get_by_text("Plot page").wait_for(timeout=90_000)
    page.get_by_text("runs=1 q=7").wait_for(timeout=20_000)

    page.locator(".st-nav").get_by_text("app").click()
    page.get_by_text("Home page").wait_for(timeout=20_000)
    page.get_by_text("runs=2").wait_for(timeout=20_000)  # same session: state kept
    page.wait_for_function("() => !location.pathname.endsWith('/Plotting')", timeout=20_000)

    page.go_back()
    page.get_by_text("Plot page").wait_for(timeout=20_000)
    assert page.url.endswith("/Plotting?q=7")
