"""st.session_state and st.query_params: mapping and attribute access, errors."""

from __future__ import annotations

from jupyter_st.testing import AppTest


def test_session_state_mapping_operations():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.session_state.a = 1
        st.session_state["b"] = 2
        del st.session_state.a
        st.checkbox("c", key="c")
        st.checkbox("unkeyed")
        st.text(f"{sorted(st.session_state)} {'b' in st.session_state} {len(st.session_state)}")
        """
    ).run()
    assert at.text[0].value == "['b', 'c'] True 2"


def test_missing_keys_raise_streamlits_errors():
    at = AppTest.from_string("import jupyter_st as st\nst.session_state.nope").run()
    assert at.exception[0].value.startswith('st.session_state has no attribute "nope".')
    at = AppTest.from_string("import jupyter_st as st\nst.session_state['nope']").run()
    assert at.exception[0].value.startswith('\'st.session_state has no key "nope".')


def test_widget_keys_follow_the_widget():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.session_state.setdefault("n", 5)
        st.number_input("n", key="n")
        if st.button("set"):
            st.session_state.n = 1
        """
    ).run()
    assert at.number_input[0].value == 5
    at.button[0].click().run()
    assert "cannot be modified after the widget with that key is instantiated" in (
        at.exception[0].value
    )


def test_query_params_are_strings_and_lists():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.write(st.query_params["page"], st.query_params.get_all("tag"))
        st.query_params.sort = "asc"
        """
    )
    at.query_params["page"] = 2
    at.query_params["tag"] = ["a", "b"]
    at.run()
    assert at.markdown[0].value == "2"
    assert at.json[0].value == '["a", "b"]'
    assert at.query_params["sort"] == "asc"
