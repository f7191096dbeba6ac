"""The layout holds: dependencies point one way and every element is complete."""

from __future__ import annotations

import ast
from pathlib import Path

import jupyter_st
from jupyter_st.elements.base import Element
from jupyter_st.render.adapters import ADAPTERS

PACKAGE = Path(jupyter_st.__file__).parent
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
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
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
