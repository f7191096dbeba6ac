"""set_page_config: additive, anywhere, with Streamlit's errors."""

from __future__ import annotations

from jupyter_st.testing import AppTest


def test_calls_add_up_and_may_come_anywhere():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.write("first")
        st.set_page_config(page_title="A", layout="wide")
        st.set_page_config(page_icon="🎈")
        """
    ).run()
    assert at.app.session.page_config == {"page_title": "A", "layout": "wide", "page_icon": "🎈"}
    assert len(at.exception) == 0


def test_bad_values_are_rejected():
    at = AppTest.from_string("import jupyter_st as st\nst.set_page_config(layout='huge')").run()
    assert at.exception[0].value == "Invalid `layout` value. Supported values: 'centered', 'wide'."
