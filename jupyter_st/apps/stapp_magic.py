"""IPython integration: `%load_ext jupyter_st`, the `%%stapp` cell magic and `%stapp run`.

%%stapp [--sidebar] [--name NAME] [--no-magic]
x = st.slider("x", 0, 100, 25)

%stapp run path/to/app.py [-- args]
"""

from __future__ import annotations

import argparse
import hashlib
import shlex
from typing import Any

from IPython.core.magic import Magics, line_cell_magic, magics_class
from IPython.display import display

from .app import App
from .notebook import notebook_app

DEFAULT_APP = "default"


class UsageError(Exception):
    """Bad magic options: print the usage, never raise into the notebook."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        raise UsageError(f"{self.format_usage()}{self.prog}: error: {message}")


def cell_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="%%stapp", add_help=False, description="Run this cell as an app.")
    parser.add_argument("--sidebar", action="store_true", help="show the cell as the sidebar")
    parser.add_argument("--name", default=DEFAULT_APP, help="the app this cell belongs to")
    parser.add_argument("--no-magic", action="store_true", help="turn Streamlit magic off")
    return parser


def line_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="%stapp", add_help=False, description="Run a script as an app.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run = commands.add_parser("run", add_help=False)
    run.add_argument("path")
    run.add_argument("args", nargs=argparse.REMAINDER)
    return parser


@magics_class
class StappMagics(Magics):
    @line_cell_magic
    def stapp(self, line: str, cell: str | None = None) -> None:
        try:
            if cell is None:
                self._run_script(line)
            else:
                self._run_cell(line, cell)
        except UsageError as exc:
            print(exc)

    def _run_cell(self, line: str, cell: str) -> None:
        options = cell_parser().parse_args(shlex.split(line))
        source = self.shell.transform_cell(cell)  # IPython syntax (%magics, !cmd) works too
        app = notebook_app(options.name, self.shell.user_ns)
        app.run_cell(self._cell_id(cell), source, sidebar=options.sidebar,
                     magic=not options.no_magic, show=display)  # fmt: skip

    def _run_script(self, line: str) -> None:
        options = line_parser().parse_args(shlex.split(line))
        args = options.args[1:] if options.args[:1] == ["--"] else options.args
        app = App.from_file(options.path, argv=args)
        display(app)
        app.run()

    def _cell_id(self, cell: str) -> str:
        """The notebook cell's id when the frontend sends one, else its source's digest."""
        parent: Any = self.shell.get_parent() if hasattr(self.shell, "get_parent") else {}
        cell_id = (parent or {}).get("metadata", {}).get("cellId")
        return cell_id or hashlib.md5(cell.encode(), usedforsecurity=False).hexdigest()


def load_ipython_extension(ipython: Any) -> None:
    """`%load_ext jupyter_st` (also called when jupyter_st is imported inside IPython)."""
    ipython.register_magics(StappMagics)
