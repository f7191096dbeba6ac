"""Layout blocks and cursors: with-syntax, method syntax, slots and their errors."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_columns_take_weights_and_hold_their_content():
    at = run(
        """
        import jupyter_st as st
        a, b = st.columns([3, 1], gap="large")
        a.write("wide")
        with b:
            st.button("narrow")
        """
    )
    assert [round(c.weight, 2) for c in at.columns] == [0.75, 0.25]
    assert at.columns[0].markdown.values == ["wide"]
    assert at.columns[1].button[0].label == "narrow"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.columns(0)", "The `spec` argument to `st.columns` must be either a positive"),
        ("st.columns([1, -1])", "The `spec` argument to `st.columns` must be either a positive"),
        ("st.columns(2, gap='huge')", "Invalid `gap` value."),
        ("st.columns(2, vertical_alignment='middle')", "Invalid `vertical_alignment` value."),
        ("st.tabs([])", "The `tabs` parameter is required."),
        ("st.tabs(['a', 1])", "Invalid `tabs` type."),
        ("st.expander(None)", "The `label` parameter is required."),
    ],
)
def test_bad_layout_arguments_raise_streamlit_errors(call, message):
    at = run(f"import jupyter_st as st\n{call}")
    assert at.exception[0].value.startswith(message)


def test_tabs_and_expanders_keep_labels_and_content():
    at = run(
        """
        import jupyter_st as st
        one, two = st.tabs(["One", "Two"])
        two.write("in two")
        with st.expander("Details", expanded=True):
            st.write("inside")
        """
    )
    assert [t.label for t in at.tabs] == ["One", "Two"]
    assert at.tabs[1].markdown.values == ["in two"]
    assert at.expander[0].label == "Details" and at.expander[0].expanded is True
    assert at.expander[0].markdown.values == ["inside"]


def test_empty_slots_are_replaced_and_cleared():
    at = run(
        """
        import jupyter_st as st
        slot = st.empty()
        slot.write("first")
        slot.write("second")
        bar = st.progress(0)
        bar.progress(60, text="most")
        gone = st.empty()
        gone.write("soon gone")
        gone.empty()
        """
    )
    assert at.markdown.values == ["second"]
    assert at.progress[0].value == 60 and at.progress[0].text == "most"
    assert len(at.main) == 3


def test_sidebar_and_container_method_syntax():
    at = run(
        """
        import jupyter_st as st
        st.sidebar.title("Side")
        box = st.container(border=True)
        st.write("after")
        box.write("inside, written later")
        """
    )
    assert at.sidebar.title[0].value == "Side"
    assert at.main[0].markdown.values == ["inside, written later"]
    assert at.main[1].value == "after"


def test_form_rules():
    at = run("import jupyter_st as st\nst.form_submit_button('x')")
    assert "must be used inside an `st.form()`" in at.exception[0].value
    at = run("import jupyter_st as st\nwith st.form('f'):\n    st.button('b')")
    assert "`st.button()` can't be used in an `st.form()`" in at.exception[0].value
    at = run("import jupyter_st as st\nwith st.form('f'):\n    st.checkbox('c', on_change=print)")
    assert at.exception[0].value.startswith("Within a form, callbacks can only be defined")
    at = run("import jupyter_st as st\nwith st.form('f'):\n    with st.form('g'):\n        pass")
    assert at.exception[0].value == "Forms cannot be nested in other forms."


def test_unknown_commands_on_a_cursor_are_named():
    at = run("import jupyter_st as st\nst.sidebar.no_such_thing()")
    assert at.exception[0].value == "`no_such_thing()` is not a valid Streamlit command."
