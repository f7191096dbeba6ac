"""The script runner: coalescing, interruption, errors, argv, magic and `import streamlit`."""

from __future__ import annotations

import sys
import threading

from jupyter_st.runtime.script import Script
from jupyter_st.runtime.session import Session
from jupyter_st.testing import AppTest
from jupyter_st.testing.browser import send_update


def test_a_burst_of_fifty_changes_costs_at_most_two_runs(live):
    app = live(
        """
        import time
        import jupyter_st as st
        x = st.slider("x", 0, 100, 0)
        time.sleep(0.05)
        st.write(f"x={x}")
        """
    ).run()
    slider = app.widget(app.elements("slider")[0].id)
    runs = app.app.session.runner.runs
    for value in range(51, 101):
        send_update(slider, value=value)
    assert app.app.session.wait_idle(10)
    assert app.app.session.runner.runs - runs <= 2
    assert app.elements("markdown")[0].body == "x=100"


def test_a_change_during_a_run_interrupts_it_at_the_next_st_call(live):
    started, proceed = threading.Event(), threading.Event()
    app = live(
        """
        import jupyter_st as st
        x = st.slider("x", 0, 10, 0)
        if x == 5:
            started.set()
            proceed.wait(10)
            st.write("reached after the change")
        st.write(f"x={x}")
        """,
        started=started,
        proceed=proceed,
    ).run()
    slider = app.widget(app.elements("slider")[0].id)
    send_update(slider, value=5)
    assert started.wait(10)
    send_update(slider, value=6)  # arrives mid-run
    proceed.set()
    assert app.app.session.wait_idle(10)
    assert [m.body for m in app.elements("markdown")] == ["x=6"]


def test_an_exception_is_shown_and_the_session_keeps_working():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        n = st.number_input("n", value=0)
        st.write("before")
        st.write(10 / n)
        """
    ).run()
    assert "division by zero" in at.exception[0].value
    assert at.exception[0].type_name == "ZeroDivisionError"
    assert any("10 / n" in line for line in at.exception[0].stack_trace)
    assert at.markdown.values == ["before"]
    at.number_input[0].set_value(4).run()
    assert len(at.exception) == 0
    assert at.markdown.values == ["before", "`2.5`"]


def test_a_syntax_error_is_shown_not_raised():
    at = AppTest.from_string("import jupyter_st as st\nst.write('a'\n").run()
    assert at.exception[0].type_name == "SyntaxError"


def test_sys_argv_holds_the_script_arguments():
    session = Session(
        Script("import sys, jupyter_st as st\nst.write(repr(sys.argv[1:]))"), argv=["--my-arg", "1"]
    )
    session.request_rerun()
    assert session.wait_idle(10)
    assert session.tree.children[0].children[0].body == "['--my-arg', '1']"
    assert sys.argv[1:] == ["--my-arg", "1"]


def test_import_streamlit_is_jupyter_st_inside_apps():
    at = AppTest.from_string(
        """
        import streamlit as st
        import streamlit.errors
        st.write(st.__name__, streamlit.errors.__name__)
        """
    ).run()
    assert at.markdown[0].value == "jupyter_st jupyter_st.errors"


def test_streamlit_submodules_that_apps_import_resolve_to_ours():
    at = AppTest.from_string(
        """
        import streamlit as st
        from streamlit.column_config import NumberColumn
        from streamlit.runtime.uploaded_file_manager import UploadedFile
        st.write(NumberColumn is st.column_config.NumberColumn, UploadedFile.__module__)
        """
    ).run()
    assert at.markdown[0].value == "`True` jupyter_st.elements.files"


def test_magic_writes_bare_expressions_unless_turned_off():
    source = '"""doc"""\nimport jupyter_st as st\n"shown"\nx = 3\nx\ndef f():\n    "not shown"\n'
    at = AppTest(Script(source, "<magic>")).run()
    assert at.markdown.values == ["shown", "`3`"]
    at = AppTest(Script(source, "<no magic>", magic=False)).run()
    assert at.markdown.values == []


def test_rerun_and_stop():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.session_state.n = st.session_state.get("n", 0) + 1
        if st.session_state.n < 3:
            st.rerun()
        st.write(st.session_state.n)
        st.stop()
        st.write("never")
        """
    ).run()
    assert at.markdown.values == ["`3`"]


def test_callbacks_run_before_the_script_in_page_order():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        log = st.session_state.setdefault("log", [])
        st.checkbox("a", key="a", on_change=log.append, args=("a",))
        st.text_input("b", key="b", on_change=log.append, args=("b",))
        st.write(",".join(log))
        """
    ).run()
    at.text_input[0].input("x")
    at.checkbox[0].check().run()
    assert at.markdown[0].value == "a,b"


def test_figures_a_run_made_are_closed_after_it(live):
    """A script that makes a figure per run does not keep them all (as Streamlit)."""
    import matplotlib.pyplot as plt

    app = live(
        """
        import matplotlib.pyplot as plt
        import jupyter_st as st
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3])
        st.write(len(plt.get_fignums()))
        """
    ).run()
    app.run()
    app.run()
    assert plt.get_fignums() == []
    assert "1" in app.app.reconciler.roots[0].widget.children[0].value
