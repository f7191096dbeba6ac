"""A view of ours that fails to render shows an error in its place; the rest of the app stays."""

from __future__ import annotations

import nbformat
import pytest

CELL = """\
import ipywidgets as w
from traitlets import Unicode
from jupyter_st.render.views import View

class Broken(View):
    _model_name = Unicode("DataGridModel").tag(sync=True)
    _view_name = Unicode("DataGridView").tag(sync=True)
    columns = Unicode("not a list of columns").tag(sync=True)

w.VBox([w.HTML("before"), Broken(), w.HTML("after")])
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_view_that_throws_shows_an_error_and_its_neighbours(tmp_path, voila, page):
    from playwright.sync_api import expect

    notebook = tmp_path / "broken.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)]), notebook)
    page.goto(voila(notebook), timeout=90_000)
    page.get_by_text("after").wait_for(timeout=90_000)
    expect(page.get_by_text("before")).to_be_visible()
    expect(page.locator(".st-view-error")).to_contain_text("could not be shown")
