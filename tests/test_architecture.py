"""The layout holds: dependencies point one way and every element is complete."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import jupyter_st
from jupyter_st.elements.base import Element
from jupyter_st.render.adapters import ADAPTERS

PACKAGE = Path(jupyter_st.__file__).parent
TESTS = Path(__file__).parent
FAMILIES = sorted(p.stem for p in (PACKAGE / "elements").glob("[!_]*.py") if p.stem != "base")
MADE_BY_THE_RUNTIME = {"Navigation"}  # the page menu, built from st.navigation's pages
ON_TOP = {"jupyter_st.apps", "jupyter_st.serve", "jupyter_st.testing"}  # nothing below imports
FORBIDDEN = {  # package -> imports it must not make
    "elements": {
        "jupyter_st.runtime",
        "jupyter_st.api",
        "jupyter_st.render",
        "jupyter_st.convert",
        "ipywidgets",
    },
    "convert": {
        "jupyter_st.runtime",
        "jupyter_st.api",
        "jupyter_st.render",
        "ipywidgets",
        "IPython",
    },
    "runtime": {"jupyter_st.api", "jupyter_st.render", "ipywidgets", "IPython"},
    "api": {"jupyter_st.render", "ipywidgets", "IPython"},
    "render": {"jupyter_st.runtime", "jupyter_st.api", "IPython"},
    "apps": {"jupyter_st.serve", "jupyter_st.testing", "voila"},
}
for _below in ("elements", "runtime", "api", "render"):
    FORBIDDEN[_below] |= ON_TOP


def _imports(path: Path, *, include_type_checking: bool = True) -> set[str]:
    """The modules `path` imports (with or without those under `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text())
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    skipped = set()
    if not include_type_checking:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                skipped |= {id(n) for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                found.add(f"{base}.{node.module}" if node.module else base)
            else:
                found.add(node.module or "")
    return found


def test_dependencies_point_one_way():
    for package, forbidden in FORBIDDEN.items():
        for path in (PACKAGE / package).rglob("*.py"):
            for name in _imports(path):
                bad = [f for f in forbidden if name == f or name.startswith(f + ".")]
                assert not bad, f"{path.relative_to(PACKAGE)} imports {name}"


def test_runtime_modules_import_each_other_one_way():
    """No two runtime modules import each other at run time (a cycle hides in function-local
    imports); naming each other's types for the type checker is fine."""
    graph = {}
    for path in (PACKAGE / "runtime").glob("*.py"):
        names = _imports(path, include_type_checking=False)
        graph[path.stem] = {
            n.rsplit(".", 1)[-1] for n in names if n.startswith("jupyter_st.runtime.")
        }
    cycles = [(a, b) for a in graph for b in graph[a] if a in graph.get(b, set()) and a < b]
    assert cycles == []


def test_streamlit_is_never_imported():
    """The library never imports Streamlit (its example apps do: they are user scripts)."""
    for path in PACKAGE.rglob("*.py"):
        if "examples" in path.relative_to(PACKAGE).parts:
            continue
        names = _imports(path)
        assert not any(n == "streamlit" or n.startswith("streamlit.") for n in names), path


def _element_classes() -> set[type]:
    seen, stack = set(), [Element]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        seen.add(cls)
    return seen


def test_every_concrete_element_has_an_adapter():
    abstract = {"element", "block", "heading", "alert", "choice", "root"}
    missing = [
        c.__name__ for c in _element_classes() if c.KIND not in abstract and c not in ADAPTERS
    ]
    assert missing == []


def test_every_api_function_is_exported():
    for path in (PACKAGE / "api").glob("[!_]*.py"):
        module = __import__(f"jupyter_st.api.{path.stem}", fromlist=["__all__"])
        for name in module.__all__:
            assert name in jupyter_st.__all__, f"{path.stem}.{name}"
            assert getattr(jupyter_st, name) is getattr(module, name)


@pytest.mark.parametrize("family", FAMILIES)
def test_a_family_has_one_name_in_every_layer(family):
    """`st.slider` lives in elements/numbers.py, api/numbers.py, render/adapters/numbers.py
    and tests/api/test_numbers.py: a newcomer finds an element under one name everywhere."""
    for path in (
        PACKAGE / "api" / f"{family}.py",
        PACKAGE / "render" / "adapters" / f"{family}.py",
        TESTS / "api" / f"test_{family}.py",
    ):
        assert path.exists(), f"{family}: {path.relative_to(PACKAGE.parent)} is missing"


@pytest.mark.parametrize("family", FAMILIES)
def test_a_family_builds_and_renders_its_own_elements(family):
    """Each element class is built by its family's api module and rendered by its family's
    adapter module (the app's root blocks, in elements/base.py, render with layout)."""
    module = importlib.import_module(f"jupyter_st.elements.{family}")
    api_source = (PACKAGE / "api" / f"{family}.py").read_text()
    api_names = {n.attr for n in ast.walk(ast.parse(api_source)) if isinstance(n, ast.Attribute)}
    api_names |= {n.id for n in ast.walk(ast.parse(api_source)) if isinstance(n, ast.Name)}
    for cls in _element_classes():
        if cls.__module__ != module.__name__:
            continue
        if cls in ADAPTERS:
            where = ADAPTERS[cls].traits.__module__
            assert where == f"jupyter_st.render.adapters.{family}", f"{cls.__name__}: {where}"
            assert cls.__name__ in api_names or cls.__name__ in MADE_BY_THE_RUNTIME, cls


def test_apptest_node_modules_are_named_after_families():
    """AppTest's nodes for st.slider live in testing/nodes/numbers.py, like its adapter."""
    for path in (PACKAGE / "testing" / "nodes").glob("[!_]*.py"):
        if path.stem != "base":
            assert path.stem in FAMILIES, f"testing/nodes/{path.name} is not named after a family"


def test_the_app_roots_render_with_layout():
    for cls in _element_classes():
        if cls.__module__ == "jupyter_st.elements.base" and cls in ADAPTERS:
            assert ADAPTERS[cls].traits.__module__ == "jupyter_st.render.adapters.layout", cls
