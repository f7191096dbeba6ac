"""Radio, selectbox, multiselect, select_slider, pills, segmented_control and feedback:
options, values, state and errors."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_empty_options_give_none():
    at = run(
        """
        import jupyter_st as st
        st.text(repr((st.radio("r", []), st.selectbox("s", []), st.multiselect("m", []))))
        """
    )
    assert at.text[0].value == "(None, None, [])"
    assert at.radio[0].options == [] and at.selectbox[0].options == []


def test_options_are_shown_through_format_func_and_values_stay_python_objects():
    at = run(
        """
        import pandas as pd
        import jupyter_st as st
        r = st.radio("r", {"k1": "v1", "k2": "v2"}, format_func=str.upper, captions=["a", "b"])
        s = st.selectbox("s", pd.Series([10, 20]), index=1)
        st.text(repr((r, s)))
        """
    )
    assert at.radio[0].options == ["K1", "K2"]
    assert at.selectbox[0].options == ["10", "20"]
    assert at.text[0].value == "('k1', 20)"
    at.radio[0].set_value("k2").run()
    assert at.text[0].value == "('k2', 20)"


def test_selectbox_index_none_and_its_placeholder():
    at = run(
        """
        import jupyter_st as st
        v = st.selectbox("s", ["a", "b"], index=None, placeholder="Pick one", key="s")
        st.text(repr(v))
        """
    )
    assert at.text[0].value == "None"
    assert at.selectbox[0].placeholder == "Pick one"
    assert at.session_state["s"] is None
    at.selectbox[0].select("b").run()
    assert (at.text[0].value, at.session_state["s"]) == ("'b'", "b")


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: selectbox without a placeholder shows "
    "'Choose an option' (Streamlit leaves it empty for the frontend to fill)",
)
def test_selectbox_default_placeholder_is_empty():
    at = run("import jupyter_st as st\nst.selectbox('s', ['a'], index=None)")
    assert at.selectbox[0].placeholder == ""


def test_radio_callback_runs_once_per_change_with_its_args():
    at = run(
        """
        import jupyter_st as st
        st.session_state.setdefault("log", [])
        def changed(tag):
            st.session_state.log.append(f"{tag}:{st.session_state.r}")
        st.radio("r", ["a", "b"], key="r", on_change=changed, args=("radio",))
        st.text(repr(st.session_state.log))
        """
    )
    at.radio[0].set_value("b").run()
    at.run()
    assert at.text[0].value == "['radio:b']"


def test_multiselect_keeps_the_order_of_default_and_adds_selections_at_the_end():
    at = run(
        """
        import jupyter_st as st
        m = st.multiselect("m", ("x", "y", "z"), default=("z", "x"), placeholder="pick", key="m")
        st.text(repr(m))
        """
    )
    assert at.text[0].value == "['z', 'x']"
    assert at.multiselect[0].placeholder == "pick"
    at.multiselect[0].unselect("z").select("y").run()
    assert at.text[0].value == "['x', 'y']"
    assert at.session_state["m"] == ["x", "y"]


def test_selectbox_accepting_new_options_returns_what_was_typed():
    at = run(
        "import streamlit as st\n"
        "st.write(repr(st.selectbox('c', ['red', 'blue'], accept_new_options=True)))\n"
    )
    assert at.markdown[0].value == "'red'"
    at.selectbox[0].select("green").run()
    assert at.markdown[0].value == "'green'"
    at.selectbox[0].select("blue").run()
    assert at.markdown[0].value == "'blue'"


def test_multiselect_accepting_new_options_keeps_what_was_typed():
    at = run(
        "import streamlit as st\n"
        "st.write(repr(st.multiselect('m', ['a', 'b'], ['a'], accept_new_options=True)))\n"
    )
    assert at.markdown[0].value == "['a']"
    at.multiselect[0].set_value(["a", "zebra"]).run()
    assert at.markdown[0].value == "['a', 'zebra']"


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: selecting past max_selections is silently ignored "
    "(Streamlit raises StreamlitSelectionCountExceedsMaxError)",
)
def test_multiselect_selecting_past_max_selections_is_an_error():
    at = run(
        "import jupyter_st as st\nst.multiselect('m', ['a', 'b'], default='a', max_selections=1)"
    )
    at.multiselect[0].select("b").run()
    assert at.exception[0].value.startswith(
        "Multiselect has 2 options selected but `max_selections` is set to 1."
    )


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: a str as options raises 'must be an iterable' "
    "(Streamlit shows it as one option)",
)
def test_a_string_of_options_is_one_option():
    at = run("import jupyter_st as st\nst.text(st.radio('r', 'abc'))")
    assert at.radio[0].options == ["abc"]
    assert at.text[0].value == "abc"


def test_select_slider_range_is_sorted_and_labels_use_format_func():
    at = run(
        """
        import jupyter_st as st
        r = st.select_slider("r", range(5), value=(3, 1), key="r")
        g = st.select_slider("g", ["lo", "hi"], format_func=lambda v: v * 2)
        st.text(repr((r, g)))
        """
    )
    assert at.text[0].value == "((1, 3), 'lo')"
    assert at.select_slider[1].options == ["lolo", "hihi"]
    at.select_slider[0].set_range(0, 4)
    at.select_slider[1].set_value("hi")
    at.run()
    assert at.text[0].value == "((0, 4), 'hi')"
    assert at.session_state["r"] == (0, 4)


BUTTON_GROUPS = """
import streamlit as st
p = st.pills("P", ["a", "b", "c"])
m = st.pills("M", ["a", "b"], selection_mode="multi", default=["b"])
s = st.segmented_control("S", ["x", "y"], default="y")
f = st.feedback("stars")
st.link_button("Docs", "https://example.com")
st.write(repr(p), repr(m), repr(s), repr(f))
"""


def test_button_groups_defaults_and_interactions():
    at = run(BUTTON_GROUPS)
    assert at.markdown[0].value == "None ['b'] 'y' None"
    assert [b.label for b in at.get("button_group")] == ["P", "M", "S"]
    assert len(at.pills) == 2 and len(at.segmented_control) == 1
    at.pills[0].set_value("b")
    at.pills[1].select("a")
    at.feedback[0].set_value(4)
    at.run()
    assert at.markdown[0].value == "'b' ['b', 'a'] 'y' 4"
    assert at.get("link_button")[0].url == "https://example.com"


def test_choice_set_through_session_state_is_shown():
    at = run(
        """
        import jupyter_st as st
        if st.button("reset"):
            st.session_state.pick = "a"
        st.selectbox("pick", ["a", "b", "c"], key="pick", index=2)
        """
    )
    assert at.selectbox[0].value == "c"
    at.session_state["pick"] = "b"
    at.run()
    assert at.selectbox[0].value == "b"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "st.radio('r', ['a'], index=3)",
            "The `index` parameter, set to 3, is outside the required range [0, 0].",
        ),
        (
            "st.selectbox('s', ['a'], index=2)",
            "The `index` parameter, set to 2, is outside the required range [0, 0].",
        ),
        (
            "st.radio('r', ['a'], index='0')",
            "Invalid `index` type. Expected one of: int, None. Provided type: str.",
        ),
        (
            "st.multiselect('m', ['a', 'b'], default=['z'])",
            "The default value 'z' is not part of the options.",
        ),
        (
            "st.multiselect('m', ['a', 'b'], default=['a', 'b'], max_selections=1)",
            "Multiselect has 2 options selected but `max_selections` is set to 1.",
        ),
        (
            "st.select_slider('s', [])",
            "The `options` parameter is required. Provide at least one option.",
        ),
        ("st.select_slider('s', ['a', 'b'], value='z')", "z is not in iterable"),
    ],
)
def test_bad_choice_arguments_raise_streamlit_errors(body, message):
    at = run(f"import jupyter_st as st\n{body}")
    assert at.exception[0].value.startswith(message)


def test_bad_button_group_arguments():
    at = run("import streamlit as st\nst.feedback('hearts')")
    assert (
        "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'"
        in at.exception[0].value
    )
    at = run("import streamlit as st\nst.pills('p', ['a'], selection_mode='x')")
    assert "selection_mode" in at.exception[0].value
