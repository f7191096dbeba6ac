"""The cell graph: who assigns and reads what, and which cells a change reaches."""

from __future__ import annotations

from jupyter_st.apps.cell_graph import affected, analyse


def test_assignments_and_reads():
    names = analyse(
        "import pandas as pd\n"
        "from math import pi\n"
        "x = st.slider('x')\n"
        "a, (b, c) = 1, (2, 3)\n"
        "for i in range(3): total += i\n"
        "def f(): global g; return x\n"
        "class K: pass\n"
        "df['col'] = 1\n"
        "with open(p) as fh: pass\n"
    )
    assert names.writes >= {"x", "a", "b", "c", "i", "total", "f", "g", "K", "df", "fh"}
    assert not names.writes & {"pd", "pi"}  # imports bind the same module every time
    assert names.reads >= {"st", "range", "x", "open", "p"}
    assert not names.opaque


def test_streamlit_imports_and_session_state_stores_do_not_chain_cells():
    cells = [
        ("A", analyse("import streamlit as st\nst.session_state.n = 1\nx = st.slider('x')")),
        ("B", analyse("import streamlit as st\nst.write('no x here')")),
        ("C", analyse("import streamlit as st\nst.write(x)")),
    ]
    assert affected(cells, "A") == ["A", "C"]


def test_locals_inside_functions_are_not_assignments():
    assert "y" not in analyse("def f():\n    y = 1\n    return y\n").writes


def test_unanalysable_cells_are_opaque():
    for source in ("exec('x = 1')", "globals()['x'] = 1", "from os import *", "def broken(:"):
        assert analyse(source).opaque, source


def test_a_change_reaches_dependents_transitively_and_in_order():
    cells = [
        ("A", analyse("x = st.slider('x')")),
        ("B", analyse("y = x * 2")),
        ("C", analyse("st.write('independent')")),
        ("D", analyse("st.write(y)")),
        ("E", analyse("z = 1")),
    ]
    assert affected(cells, "A") == ["A", "B", "D"]
    assert affected(cells, "C") == ["C"]
    assert affected(cells, "B") == ["B", "D"]


def test_opaque_cells_rerun_everything_after_them():
    cells = [("A", analyse("x = 1")), ("B", analyse("exec(code)")), ("C", analyse("st.write(1)"))]
    assert affected(cells, "A") == ["A", "B", "C"]
    assert affected(cells, "B") == ["B", "C"]
