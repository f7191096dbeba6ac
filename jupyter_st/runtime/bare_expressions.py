"""Streamlit "magic": a bare expression or string on its own line is written to the app.

The script's AST is rewritten so that `x` becomes `__st_magic__(x)` (and `a, b` becomes
`__st_magic__(a, b)`), in the module body and inside functions, loops, `if`, `with` and `try`
blocks, as Streamlit does. Calls, `yield`, `await` and docstrings (of the module, functions
and classes) are left alone.
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__st_magic__"
_BODIES = ("body", "orelse", "finalbody")
_DOCSTRING_OWNERS = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_SKIPPED = (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)


def add_magic(tree: ast.Module) -> ast.Module:
    """Rewrite `tree` in place so bare expressions are written; returns it."""
    _rewrite(tree)
    return ast.fix_missing_locations(tree)


def _rewrite(node: ast.AST) -> None:
    for name in _BODIES:
        body = getattr(node, name, None)
        if isinstance(body, list):
            for i, stmt in enumerate(body):
                body[i] = _rewrite_statement(stmt, owner=node, first=i == 0)
    for handler in getattr(node, "handlers", ()):
        _rewrite(handler)
    for case in getattr(node, "cases", ()):
        _rewrite(case)


def _rewrite_statement(stmt: ast.stmt, *, owner: ast.AST, first: bool) -> ast.stmt:
    if not isinstance(stmt, ast.Expr):
        _rewrite(stmt)
        return stmt
    value = stmt.value
    if isinstance(value, _SKIPPED) or (first and _is_docstring(value, owner)):
        return stmt
    args = value.elts if isinstance(value, ast.Tuple) else [value]
    call = ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=args, keywords=[])
    return ast.copy_location(ast.Expr(value=call), stmt)


def _is_docstring(value: ast.expr, owner: ast.AST) -> bool:
    is_string = isinstance(value, ast.Constant) and isinstance(value.value, str)
    return is_string and isinstance(owner, _DOCSTRING_OWNERS)
