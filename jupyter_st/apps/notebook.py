"""Apps made of notebook cells: one session per %%stapp cell, one shared state per app.

Every app cell runs in the notebook's namespace with its own widgets and output, while all
cells of an app share session state (and caches, which are per kernel). A widget change
reruns its cell; when that run completes, the cells it reaches in the cell graph rerun in
order, one after the other, on a propagation thread. A cell whose input cell failed is not
rerun: it keeps its widgets and shows which cell failed. Ordinary cells are never rerun.
"""

from __future__ import annotations

import threading
from typing import Any

import ipywidgets as w

from ..render.html import escape
from ..runtime.script import Script
from ..runtime.state import SessionState
from .app import App
from .cell_graph import CellNames, affected, analyse


class CellApp(App):
    """One %%stapp cell."""

    def __init__(
        self, notebook: NotebookApp, cell_id: str, script: Script, *, sidebar: bool
    ) -> None:
        super().__init__(script, state=notebook.state, lock=notebook.lock, owner=cell_id)
        self.notebook = notebook
        self.cell_id = cell_id
        self.driven = False  # this run was started by propagation, not by the user
        self._banner = w.HTML(layout=w.Layout(display="none"))
        self._view = w.VBox([self._banner, self.reconciler.view])
        self._view.add_class("st-cell")
        if sidebar:
            self._view.add_class("st-sidebar-cell")

    @property
    def view(self) -> w.Box:
        return self._view

    def run_finished(self, completed: bool) -> None:
        super().run_finished(completed)
        if self.driven:
            self.driven = False
        elif completed:
            self.notebook.propagate_later(self.cell_id)

    def show_failed_input(self, label: str | None) -> None:
        """Say (or stop saying) that the cell this one reads from failed."""
        if label is None:
            self._banner.layout.display = "none"
            return
        text = f"This cell was not rerun: its input {escape(label)} raised an exception."
        self._banner.value = f'<div class="st-alert st-warning">{text}</div>'
        self._banner.layout.display = ""

    def close(self) -> None:
        super().close()
        self._banner.close()
        self._view.close()


class NotebookApp:
    """The app cells of one name (by default one app per notebook)."""

    def __init__(self, name: str, namespace: dict[str, Any]) -> None:
        self.name = name
        self.namespace = namespace
        self.state = SessionState()
        self.lock = threading.RLock()
        self.cells: dict[str, CellApp] = {}
        self.names: dict[str, CellNames] = {}
        self._propagation = threading.Lock()

    def run_cell(self, cell_id: str, source: str, *, sidebar: bool = False, magic: bool = True,
                 show: Any = None) -> CellApp:  # fmt: skip
        """(Re)start a cell, show it with `show(view)`, run it, then the cells it reaches."""
        rerun = cell_id in self.cells
        if rerun:
            self.cells[cell_id].close()  # keeps its place in the order: same key
        number = list(self.cells).index(cell_id) + 1 if rerun else len(self.cells) + 1
        script = Script(source, f"<stapp cell {number}>", magic=magic, namespace=self.namespace)
        cell = CellApp(self, cell_id, script, sidebar=sidebar)
        with self.lock:
            self.cells[cell_id] = cell
            self.names[cell_id] = analyse(source)
        if show is not None:
            show(cell)
        cell.driven = True
        cell.session.request_rerun()
        cell.session.wait_idle()
        if rerun:
            self.propagate(cell_id)
        return cell

    def propagate_later(self, cell_id: str) -> None:
        threading.Thread(target=self.propagate, args=(cell_id,), daemon=True).start()

    def propagate(self, cell_id: str) -> None:
        """Rerun, in order, the cells a completed run of `cell_id` reaches."""
        with self._propagation:
            with self.lock:  # run_cell may add a cell meanwhile, on the kernel's thread
                order = [(cid, self.names[cid]) for cid in self.cells]
            failed = self._failure_label(cell_id)
            for dependent in affected(order, cell_id)[1:]:
                cell = self.cells[dependent]
                cell.show_failed_input(failed)
                if failed is None:
                    cell.driven = True
                    cell.session.request_rerun()
                    cell.session.wait_idle()
                    failed = self._failure_label(dependent)

    def _failure_label(self, cell_id: str) -> str | None:
        if self.cells[cell_id].session.last_exception is None:
            return None
        return f"app cell {list(self.cells).index(cell_id) + 1}"


_APPS: dict[str, NotebookApp] = {}


def notebook_app(name: str, namespace: dict[str, Any]) -> NotebookApp:
    """The app called `name` in this kernel, made on first use."""
    if name not in _APPS:
        _APPS[name] = NotebookApp(name, namespace)
    return _APPS[name]
