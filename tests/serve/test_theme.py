"""`[theme]` in .streamlit/config.toml restyles the app, ipywidgets' own controls included."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_config_theme_colours_reach_the_widgets(tmp_path, st_run, page):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[theme]\nprimaryColor = "#00aa00"\nbackgroundColor = "#101010"\ntextColor = "#eeeeee"\n'
    )
    (tmp_path / "app.py").write_text(
        "import streamlit as st\nst.title('Themed')\nst.button('Go', type='primary')\n"
        "st.text_input('Name')\n"
    )
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_role("button", name="Go").wait_for(timeout=90_000)
    button = page.get_by_role("button", name="Go")
    page.wait_for_function(
        "() => getComputedStyle(document.body).backgroundColor === 'rgb(16, 16, 16)'",
        timeout=20_000,
    )
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(0, 170, 0)"
    title = page.get_by_text("Themed")
    assert title.evaluate("t => getComputedStyle(t).color") == "rgb(238, 238, 238)"
