"""Every notebook in notebooks/ executes in a real kernel and shows a live app."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def code_cells(notebook) -> list:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def shows_a_widget(cell) -> bool:
    return any(WIDGET_VIEW in output.get("data", {}) for output in cell.outputs)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_clean(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "python3"
    assert all(not cell.outputs and cell.execution_count is None for cell in code_cells(notebook))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_in_a_real_kernel(path):
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    cells = code_cells(notebook)
    outputs = [output for cell in cells for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any(shows_a_widget(cell) for cell in cells)
    # Every %%stapp cell shows its app (a bad option prints a usage message instead).
    apps = [cell for cell in cells if cell.source.lstrip().startswith("%%stapp")]
    assert [cell.source for cell in apps if not shows_a_widget(cell)] == []
    # An exception inside an app is shown in the app, not raised: look for it in the widgets.
    models = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    shown = [model["state"] for model in models.values()]
    assert [s.get("value") for s in shown if "st-exception" in s.get("_dom_classes", ())] == []
