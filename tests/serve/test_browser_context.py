"""st.context in a served app: the browser tells its locale, timezone and cookies."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_the_browser_context_reaches_the_script(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "st.write(f'locale={st.context.locale} tz={st.context.timezone}')\n"
        "st.write(f\"cookie={st.context.cookies.get('flavour')}\")\n"
        "st.button('rerun')\n"
    )
    base = st_run(tmp_path / "app.py")
    page.context.add_cookies([{"name": "flavour", "value": "mint", "url": base}])
    page.goto(base, timeout=90_000)
    page.get_by_role("button", name="rerun").click(timeout=90_000)
    page.get_by_text("cookie=mint").wait_for(timeout=20_000)
    page.get_by_text("locale=en-US").wait_for(timeout=20_000)
