"""st.pills, st.segmented_control, st.feedback and st.link_button, as Streamlit 1.67."""

from __future__ import annotations

from jupyter_st.testing import AppTest

APP = """
import streamlit as st
p = st.pills("P", ["a", "b", "c"])
m = st.pills("M", ["a", "b"], selection_mode="multi", default=["b"])
s = st.segmented_control("S", ["x", "y"], default="y")
f = st.feedback("stars")
st.link_button("Docs", "https://example.com")
st.write(repr(p), repr(m), repr(s), repr(f))
"""


def test_defaults_and_interactions():
    at = AppTest.from_string(APP).run()
    assert at.markdown[0].value == "None ['b'] 'y' None"
    assert [b.label for b in at.get("button_group")] == ["P", "M", "S"]
    assert len(at.pills) == 2 and len(at.segmented_control) == 1
    at.pills[0].set_value("b")
    at.pills[1].select("a")
    at.feedback[0].set_value(4)
    at.run()
    assert at.markdown[0].value == "'b' ['b', 'a'] 'y' 4"
    assert at.get("link_button")[0].url == "https://example.com"


def test_bad_arguments():
    at = AppTest.from_string("import streamlit as st\nst.feedback('hearts')").run()
    assert (
        "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'"
        in at.exception[0].value
    )
    at = AppTest.from_string(
        "import streamlit as st\nst.pills('p', ['a'], selection_mode='x')"
    ).run()
    assert "selection_mode" in at.exception[0].value


def test_selectbox_accepting_new_options_returns_what_was_typed():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write(repr(st.selectbox('c', ['red', 'blue'], accept_new_options=True)))\n"
    ).run()
    assert at.markdown[0].value == "'red'"
    at.selectbox[0].select("green").run()
    assert at.markdown[0].value == "'green'"
    at.selectbox[0].select("blue").run()
    assert at.markdown[0].value == "'blue'"


def test_multiselect_accepting_new_options_keeps_what_was_typed():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write(repr(st.multiselect('m', ['a', 'b'], ['a'], accept_new_options=True)))\n"
    ).run()
    assert at.markdown[0].value == "['a']"
    at.multiselect[0].set_value(["a", "zebra"]).run()
    assert at.markdown[0].value == "['a', 'zebra']"
