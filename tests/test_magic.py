"""%%stapp in a real kernel: cells share a session, changes rerun only dependent cells."""

from __future__ import annotations

import pytest
from kernel_session import KernelSession

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


@pytest.fixture
def kernel():
    session = KernelSession()
    yield session
    session.close()


def errors(messages: list[dict]) -> list[str]:
    return [m["content"]["evalue"] for m in messages if m["msg_type"] == "error"]


def test_a_change_reruns_its_cell_and_the_cells_that_read_it(kernel):
    assert not errors(kernel.execute("import jupyter_st"))  # registers %%stapp
    kernel.execute(
        '%%stapp\nimport streamlit as st\nx = st.slider("x", 0, 10, 3)\nst.write(f"x={x}")'
    )
    kernel.execute('%%stapp\nst.write(f"double={x * 2}")')
    kernel.execute('%%stapp\nst.write("independent")\nst.button("b")')
    kernel.execute("plain = 1")

    slider = kernel.find("IntSliderModel", description="x")
    independent = kernel.html_containing("independent")
    updates = kernel.update_widget(slider, value=7)
    changed = {m["content"]["comm_id"] for m in updates}
    assert kernel.html_containing("x=7") and kernel.html_containing("double=14")
    assert independent not in changed
    assert kernel.find("ButtonModel", description="b") not in changed


def test_cells_share_session_state_and_the_namespace(kernel):
    kernel.execute("%load_ext jupyter_st")
    kernel.execute(
        '%%stapp\nimport streamlit as st\nst.session_state.setdefault("n", 0)\nname = "Ada"'
    )
    messages = kernel.execute(
        '%%stapp\nst.session_state.n += 1\nst.write(f"{name} n={st.session_state.n}")'
    )
    assert not errors(messages)
    assert kernel.html_containing("Ada n=1")
    assert not errors(kernel.execute("assert name == 'Ada'"))  # an ordinary cell sees it too


def test_an_error_shows_in_its_cell_and_dependents_say_their_input_failed(kernel):
    kernel.execute("import jupyter_st")
    kernel.execute('%%stapp\nimport streamlit as st\nd = st.number_input("d", value=1)\nq = 10 / d')
    kernel.execute('%%stapp\nst.write(f"q={q}")')
    number = kernel.find("IntTextModel", description="d")
    kernel.update_widget(number, value=0)
    assert kernel.html_containing("division by zero")
    assert kernel.html_containing("its input app cell 1 raised an exception")
    kernel.update_widget(number, value=5)
    assert kernel.html_containing("q=2.0")


def test_syntax_errors_and_bad_options_keep_the_kernel_alive(kernel):
    kernel.execute("import jupyter_st")
    messages = kernel.execute("%%stapp\nimport streamlit as st\nst.write('a'")
    assert not errors(messages)
    assert kernel.html_containing("SyntaxError")
    out = kernel.execute("%%stapp --bogus\nx = 1")
    text = "".join(m["content"].get("text", "") for m in out if m["msg_type"] == "stream")
    assert "usage: %%stapp" in text and "unrecognized arguments: --bogus" in text
    assert not errors(kernel.execute("1 + 1"))


def test_stapp_run_line_magic_runs_a_script_file(kernel, tmp_path):
    script = tmp_path / "app.py"
    script.write_text("import sys, streamlit as st\nst.write('file app', ' '.join(sys.argv[1:]))\n")
    kernel.execute("import jupyter_st")
    assert not errors(kernel.execute(f"%stapp run {script} -- one two"))
    assert kernel.html_containing("file app one two")


def test_re_executing_a_cell_replaces_it_and_keeps_state(kernel):
    kernel.execute("import jupyter_st")
    cell = (
        "%%stapp\nimport streamlit as st\n"
        'st.session_state.runs = st.session_state.get("runs", 0) + 1\n'
        'st.write(f"runs={st.session_state.runs}")'
    )
    kernel.execute(cell)
    first = kernel.html_containing("runs=1")
    kernel.execute(cell)
    assert kernel.html_containing("runs=2")
    assert first not in kernel.models  # the first instance's widgets were closed


def test_no_magic_turns_streamlit_magic_off_for_the_cell(kernel):
    kernel.execute("import jupyter_st")
    kernel.execute('%%stapp --no-magic\nimport streamlit as st\n"not written"\nst.write("written")')
    assert kernel.html_containing("written")
    with pytest.raises(LookupError):
        kernel.html_containing("not written")
