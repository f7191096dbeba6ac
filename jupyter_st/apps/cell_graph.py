"""Which app cells a change reaches: the names each cell assigns and reads, from its AST.

A change in cell A reruns A, then each later app cell that reads a name assigned by A or by
a cell already chosen, in notebook order. Assignments count at module level (targets,
defs, `global` in functions, attribute or item stores on a name); reads are all loaded
names, inside functions too (they read globals when called). Imports do not count:
running an import again binds the same module, so `import streamlit as st` in every app
cell does not chain them all, and neither do stores through a module
(`st.session_state.x = 1`). A cell that uses
`exec`, `eval`, `globals()`, `locals()`, `vars()` or a star import cannot be analysed: it
is taken to read and assign everything, so every later app cell reruns with it
(the conservative fallback). Method calls that mutate an object in place (`rows.append`)
are not seen as assignments.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass

OPAQUE_CALLS = frozenset({"exec", "eval", "globals", "locals", "vars", "__import__"})


@dataclass(frozen=True)
class CellNames:
    reads: frozenset[str]
    writes: frozenset[str]
    opaque: bool = False


def analyse(source: str) -> CellNames:
    """The names a cell reads and assigns; opaque when it cannot tell."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return CellNames(frozenset(), frozenset(), opaque=True)
    reads: set[str] = set()
    opaque = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            reads.add(node.id)
            opaque |= node.id in OPAQUE_CALLS
        elif isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            opaque = True
    return CellNames(frozenset(reads), frozenset(_writes(tree)), opaque)


def _writes(tree: ast.Module) -> set[str]:
    modules = {"st"} | _imported(tree)  # `st` is a module wherever it was imported
    names: set[str] = set()
    for node in tree.body:
        names |= _statement_writes(node, modules)
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            names.update(node.names)
    return names


def _imported(tree: ast.Module) -> set[str]:
    return {
        (alias.asname or alias.name).split(".")[0]
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }


def _statement_writes(node: ast.stmt, modules: set[str]) -> set[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {node.name}
    if isinstance(node, ast.Import | ast.ImportFrom):
        return set()
    names: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store | ast.Del):
            names.add(child.id)
        elif isinstance(child, ast.Attribute | ast.Subscript) and isinstance(child.ctx, ast.Store):
            base = child.value
            while isinstance(base, ast.Attribute | ast.Subscript):
                base = base.value
            if isinstance(base, ast.Name) and base.id not in modules:
                names.add(base.id)
    return names


def affected(cells: Sequence[tuple[str, CellNames]], changed: str) -> list[str]:
    """`changed` and the later cells that depend on it, directly or not, in order."""
    order = [cell_id for cell_id, _ in cells]
    if changed not in order:
        return []
    start = order.index(changed)
    chosen = [changed]
    first = cells[start][1]
    everything = first.opaque
    assigned = set(first.writes)
    for cell_id, names in cells[start + 1 :]:
        if everything or names.opaque or names.reads & assigned:
            chosen.append(cell_id)
            assigned |= names.writes
            everything |= names.opaque
    return chosen
