"""Popover and dialog blocks as AppTest sees them: placement, state and errors."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


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


def test_widgets_in_a_popover_keep_their_state_across_reruns():
    at = run(
        """
        import jupyter_st as st
        with st.popover("Settings"):
            dark = st.checkbox("dark", key="dark")
        st.text(f"dark={dark}")
        """
    )
    (popover,) = at.get("popover")
    assert popover.checkbox[0].label == "dark"
    popover.checkbox[0].check().run()
    assert at.text[0].value == "dark=True"
    at.run()
    assert at.get("popover")[0].checkbox[0].value is True
    assert at.session_state["dark"] is True


def test_popovers_may_nest_and_be_disabled():
    at = run(
        """
        import jupyter_st as st
        with st.popover("Outer", disabled=True):
            with st.popover("Inner"):
                st.write("innermost")
        """
    )
    assert not at.exception
    outer = at.get("popover")[0]
    assert outer.get("popover")[0].markdown.values == ["innermost"]


def test_dialog_gets_its_arguments_and_is_drawn_outside_main():
    at = run(
        """
        import jupyter_st as st
        @st.dialog("Edit")
        def edit(name, *, count):
            st.write(f"{name} x{count}")
            st.text_input("rename", key="rename")
        st.write("page")
        edit("apple", count=2)
        st.text(st.session_state.get("rename", "-"))
        """
    )
    (dialog,) = at.get("dialog")
    assert dialog.markdown.values == ["apple x2"]
    assert at.main.markdown.values == ["page"]
    dialog.text_input[0].input("pear").run()
    assert at.text[0].value == "pear"


def test_a_dialog_not_called_in_a_run_is_gone():
    at = run(
        """
        import jupyter_st as st
        @st.dialog("Confirm")
        def confirm():
            st.write("sure?")
        if st.toggle("ask"):
            confirm()
        """
    )
    assert len(at.get("dialog")) == 0
    at.toggle[0].set_value(True).run()
    assert at.get("dialog")[0].markdown.values == ["sure?"]
    at.toggle[0].set_value(False).run()
    assert len(at.get("dialog")) == 0


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
        ("st.popover(None)", "The `label` parameter is required."),
        (
            "@st.dialog('t', on_dismiss='bogus')\ndef f(): pass\nf()",
            "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            "@st.dialog('t', position='top')\ndef f(): pass\nf()",
            "Invalid `position` value. Supported values: 'left', 'center', 'right'.",
        ),
    ],
)
def test_bad_overlay_arguments_raise_streamlit_errors(body, message):
    at = run(f"import jupyter_st as st\n{body}")
    assert at.exception[0].value == message


@pytest.mark.parametrize(
    ("body", "message"),
    [
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
def test_bad_popover_and_dialog_arguments_are_named(body: str, message: str):
    at = run("import jupyter_st as st\n" + body)
    assert message in at.exception[0].value


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: st.popover does not validate `width` and `icon`",
)
@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "st.popover('p', width=-1)",
            "Invalid width value: -1. Width must be either a positive integer (pixels), "
            "'stretch', or 'content'.",
        ),
        (
            "st.popover('p', icon=5)",
            "Invalid `icon` type. Expected one of: str, None. Provided type: int.",
        ),
    ],
)
def test_popover_validates_width_and_icon(body, message):
    at = run(f"import jupyter_st as st\n{body}")
    assert at.exception[0].value == message
