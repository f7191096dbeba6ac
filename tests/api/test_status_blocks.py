"""st.status, st.popover, @st.dialog, st.balloons and st.snow, through AppTest."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_status_completes_on_exit_and_errors_on_exception():
    at = run(
        """
        import jupyter_st as st
        with st.status("Working", expanded=True) as s:
            st.write("step")
        try:
            with st.status("Failing"):
                raise ValueError("x")
        except ValueError:
            pass
        st.status("Idle")
        with st.status("Stays", state="error"):
            pass
        """
    )
    states = [(s.label, s.state, s.icon) for s in at.status]
    assert states == [
        ("Working", "complete", ":material/check:"),
        ("Failing", "error", ":material/error:"),
        ("Idle", "running", "spinner"),
        ("Stays", "error", ":material/error:"),
    ]
    assert at.status[0].markdown[0].value == "step"


def test_status_update_keeps_its_children():
    at = run(
        """
        import jupyter_st as st
        s = st.status("Start")
        s.write("inside")
        s.update(label="Done", state="complete", expanded=True)
        s.write("after")
        """
    )
    status = at.status[0]
    assert (status.label, status.state, status.expanded) == ("Done", "complete", True)
    assert status.markdown.values == ["inside", "after"]


def test_popover_holds_elements_in_both_syntaxes():
    at = run(
        """
        import jupyter_st as st
        with st.popover("Settings", help="more", icon="⚙️"):
            st.checkbox("flag")
        st.popover("Other").write("text")
        """
    )
    first, second = at.get("popover")
    assert (first.label, first.help, first.icon) == ("Settings", "more", "⚙️")
    assert first.checkbox[0].label == "flag"
    assert second.markdown.values == ["text"]


DIALOG = """
import jupyter_st as st
@st.dialog("Vote", width="large")
def vote(item):
    st.write(f"voting for {item}")
    if st.button("Submit"):
        st.session_state.vote = item
        st.rerun()
if st.button("Open"):
    vote("A")
st.write(st.session_state.get("vote", "none"))
"""


def test_dialog_opens_when_called_and_is_gone_when_not_called():
    at = run(DIALOG)
    assert len(at.get("dialog")) == 0
    at.button[0].click().run()
    (dialog,) = at.get("dialog")
    assert (dialog.element.title, dialog.width) == ("Vote", "large")
    assert dialog.markdown.values == ["voting for A"]
    assert at.main.markdown.values == ["none"]
    # AppTest.run() reruns the whole script (as Streamlit's): the dialog is not called
    at.get("dialog")[0].button[0].click().run()
    assert len(at.get("dialog")) == 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("st.status('s', state='bad')", "Invalid `state` value."),
        ("st.status('s').update(state='x')", "Invalid `state` value."),
        ("st.popover('p', type='x')", "Invalid `type` value."),
        ("st.dialog('')", "The `title` parameter is required."),
        ("st.dialog('t', width='huge')(lambda: None)()", "Invalid `width` value."),
        (
            "@st.dialog('a')\ndef f(): pass\n@st.dialog('b')\ndef g(): pass\nf()\ng()",
            "Only one dialog is allowed to be opened at the same time.",
        ),
        (
            "@st.dialog('a')\ndef f(): g()\n@st.dialog('b')\ndef g(): pass\nf()",
            "Dialogs may not be nested inside other dialogs.",
        ),
    ],
)
def test_errors(body: str, message: str):
    at = run("import jupyter_st as st\n" + body)
    assert message in at.exception[0].value


def test_balloons_and_snow_are_elements():
    at = run("import jupyter_st as st\nst.balloons()\nst.snow()")
    assert [n.type for n in at.main][1:] == ["balloons", "snow"]
    assert len(at.get("balloons")) == 1
