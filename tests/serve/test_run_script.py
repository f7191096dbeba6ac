"""`jupyter st run app.py -- args` in a real browser: widgets drive reruns, offline."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

APP = """
import sys
import streamlit as st

st.title("CLI app")
st.write("args:", " ".join(sys.argv[1:]))
x = st.slider("x", 0, 10, 2)
st.write(f"x={x}")
name = st.text_input("Name")
st.write(f"name={name}")
if st.button("Count"):
    st.session_state.n = st.session_state.get("n", 0) + 1
st.write(f"n={st.session_state.get('n', 0)}")
with open("data.txt") as f:
    st.write(f"read {f.read()}")
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_script_runs_with_its_arguments_and_reacts(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(APP)
    (tmp_path / "data.txt").write_text("beside the script")
    page.goto(st_run(tmp_path / "app.py", "--", "alpha", "1"), timeout=90_000)
    page.get_by_text("CLI app").wait_for(timeout=90_000)
    page.get_by_text("args: alpha 1").wait_for(timeout=20_000)
    page.get_by_text("read beside the script").wait_for(timeout=20_000)  # cwd: the script folder

    page.locator(".st-slider .noUi-handle").focus()
    page.keyboard.press("ArrowRight")
    page.get_by_text("x=3").wait_for(timeout=20_000)

    page.get_by_label("Name").fill("Ada")
    page.get_by_label("Name").press("Enter")
    page.get_by_text("name=Ada").wait_for(timeout=20_000)

    page.get_by_role("button", name="Count").click()
    page.get_by_text("n=1").wait_for(timeout=20_000)

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts
    # extensions our views replace are not loaded (plotly's own is 4.8 MB)
    assert not [u for u in page.requested_urls if "/labextensions/jupyterlab-plotly/" in u]
