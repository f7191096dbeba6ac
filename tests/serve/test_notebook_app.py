"""A notebook of %%stapp cells served as an app (`jupyter st run notebook.ipynb`): sidebar
cells go to the sidebar, and a change in one cell updates the cells that read it."""

from __future__ import annotations

from urllib.parse import urlparse

import nbformat
import pytest

CELLS = [
    "import jupyter_st",
    '%%stapp --sidebar\nimport streamlit as st\ncity = st.selectbox("City", ["Paris", "Oslo"])',
    '%%stapp\nst.title(f"Weather in {city}")',
    '%%stapp\nst.write("This cell does not read the city.")',
]


def write_notebook(folder):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    nbformat.write(notebook, folder / "weather.ipynb")
    return folder / "weather.ipynb"


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_notebook_of_app_cells_is_an_app(tmp_path, st_run, page):
    page.goto(st_run(write_notebook(tmp_path)), timeout=90_000)
    page.get_by_text("Weather in Paris").wait_for(timeout=90_000)
    sidebar = page.locator("#st-notebook-sidebar")
    sidebar.get_by_label("City").wait_for(timeout=20_000)
    sidebar.get_by_label("City").select_option("Oslo")
    page.get_by_text("Weather in Oslo").wait_for(timeout=20_000)
    assert page.get_by_text("This cell does not read the city.").is_visible()

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_plain_voila_serves_app_cells_too(tmp_path, voila, page):
    """With Voila's own lab template the sidebar cell simply stays on top."""
    page.goto(voila(write_notebook(tmp_path), template="lab"), timeout=90_000)
    page.get_by_text("Weather in Paris").wait_for(timeout=90_000)
    page.get_by_label("City").select_option("Oslo")
    page.get_by_text("Weather in Oslo").wait_for(timeout=20_000)
