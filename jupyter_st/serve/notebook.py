"""A Streamlit script as a one-cell notebook that Voila can serve."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import nbformat
from nbformat.sign import NotebookNotary

KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


def script_notebook(script: Path, argv: Sequence[str], options: dict[str, Any]) -> Any:
    """A notebook whose only cell starts `script` as an app (options travel as JSON)."""
    source = (
        "import json\n"
        "from jupyter_st.serve.kernel import serve_script\n"
        f"serve_script({str(script)!r}, argv={list(argv)!r}, "
        f"options=json.loads({json.dumps(options, default=str)!r}))"
    )
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = KERNELSPEC
    notebook.cells = [nbformat.v4.new_code_cell(source)]
    return notebook


def write_script_notebook(
    script: Path, argv: Sequence[str], options: dict[str, Any], folder: Path
) -> Path:
    """Write the notebook for `script` into `folder`; returns its path."""
    path = folder / f"{script.stem}.ipynb"
    notebook = script_notebook(script, argv, options)
    NotebookNotary().sign(notebook)  # we wrote it: trusted, so Voila shows no warning
    nbformat.write(notebook, path)
    return path
