"""A script to run: its source, where it came from, and its compiled code."""

from __future__ import annotations

import ast
import linecache
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import Any

from .bare_expressions import MAGIC_NAME, add_magic
from .run_context import command


@dataclass
class Script:
    """Source and path of an app; compiled once, on first use."""

    source: str
    path: str = "<streamlit app>"
    magic: bool = True
    names: dict[str, Any] = field(default_factory=dict)  # put in the script's globals
    namespace: dict[str, Any] | None = field(default=None, repr=False)  # run here, if given
    _code: CodeType | None = field(default=None, init=False, repr=False)

    @classmethod
    def from_file(cls, path: str | Path, *, magic: bool = True) -> Script:
        path = Path(path).resolve()
        return cls(path.read_text(encoding="utf-8"), str(path), magic)

    def reloaded(self) -> Script:
        """The same script as its file reads now."""
        return Script.from_file(self.path, magic=self.magic)

    def with_source(self, source: str) -> Script:
        """The same script with new code (a re-executed notebook cell)."""
        return Script(source, self.path, self.magic, self.names, self.namespace)

    @property
    def code(self) -> CodeType:
        """The compiled script; raises SyntaxError for a broken script."""
        if self._code is None:
            if not Path(self.path).is_file():  # so tracebacks and inspect can show lines
                lines = self.source.splitlines(keepends=True)
                linecache.cache[self.path] = (len(self.source), None, lines, self.path)
            tree = ast.parse(self.source, filename=self.path)
            if self.magic:
                tree = add_magic(tree)
            self._code = compile(tree, self.path, "exec", dont_inherit=True)
        return self._code

    def execute(self, **names: Any) -> None:
        """Run the script in a fresh `__main__` namespace, or in `namespace` when the script
        has one (a notebook's); magic writes through st.write."""
        if self.namespace is None:
            namespace: dict[str, Any] = {"__name__": "__main__", "__file__": self.path}
        else:
            namespace = self.namespace
        namespace.update(self.names, **names)
        namespace[MAGIC_NAME] = lambda *args: _magic_write(command("write"), args)
        exec(self.code, namespace)

    @property
    def directory(self) -> str | None:
        parent = Path(self.path).parent
        return str(parent) if Path(self.path).is_file() else None


def _magic_write(write: Any, args: tuple[Any, ...]) -> Any:
    write(*args)
    return args[0] if len(args) == 1 else args
