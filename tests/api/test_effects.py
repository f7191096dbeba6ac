"""st.balloons and st.snow: where they land, when they replay, and their slots."""

from __future__ import annotations

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def types(block) -> list[str]:
    return [child.type for child in block.children.values()]


def test_effects_land_where_they_are_called():
    at = run(
        """
        import jupyter_st as st
        st.balloons()
        st.sidebar.snow()
        box = st.container()
        st.write("after")
        box.snow()
        """
    )
    assert types(at.main)[0] == "balloons"
    assert types(at.sidebar) == ["snow"]
    assert types(at.main.children[1]) == ["snow"]
    assert (len(at.get("balloons")), len(at.get("snow"))) == (1, 2)


def test_an_effect_shows_only_in_the_runs_that_call_it():
    at = run(
        """
        import jupyter_st as st
        if st.button("Party"):
            st.balloons()
        if st.toggle("Winter"):
            st.snow()
        """
    )
    assert len(at.get("balloons")) == 0 and len(at.get("snow")) == 0
    at.button[0].click().run()
    assert types(at.main) == ["button", "balloons", "toggle"]
    at.toggle[0].set_value(True).run()
    assert len(at.get("balloons")) == 0 and len(at.get("snow")) == 1
    at.run()
    assert len(at.get("snow")) == 1


def test_an_effects_slot_can_be_replaced_or_emptied():
    at = run(
        """
        import jupyter_st as st
        st.balloons().write("instead")
        st.snow().empty()
        slot = st.empty()
        slot.balloons()
        slot.write("replaced")
        st.write("end")
        """
    )
    assert len(at.get("balloons")) == 0 and len(at.get("snow")) == 0
    assert at.markdown.values == ["instead", "replaced", "end"]
    assert types(at.main)[1] == "empty"


def test_effects_add_nothing_to_session_state_or_widget_identity():
    at = run(
        """
        import jupyter_st as st
        if st.session_state.get("festive"):
            st.balloons()
        st.checkbox("festive", key="festive")
        st.slider("s", 0, 10, key="s")
        """
    )
    at.slider[0].set_value(4)
    at.checkbox[0].check().run()
    assert types(at.main)[0] == "balloons"
    assert (at.checkbox[0].value, at.slider[0].value) == (True, 4)
    assert sorted(at.session_state) == ["festive", "s"]


def test_each_call_is_its_own_effect():
    at = run("import jupyter_st as st\nst.snow()\nst.snow()\nst.balloons()\nst.snow()")
    assert types(at.main) == ["snow", "snow", "balloons", "snow"]


def test_effects_can_sit_in_columns_tabs_expanders_and_forms():
    at = run(
        """
        import jupyter_st as st
        left, right = st.columns(2)
        right.balloons()
        (tab,) = st.tabs(["T"])
        tab.snow()
        with st.expander("E"):
            st.snow()
        with st.form("f"):
            st.balloons()
            st.form_submit_button("Go")
        """
    )
    assert not at.exception
    assert types(at.columns[0]) == [] and types(at.columns[1]) == ["balloons"]
    assert types(at.tabs[0]) == ["snow"]
    assert types(at.expander[0]) == ["snow"]
    assert types(at.get("form")[0])[0] == "balloons"


def test_the_script_goes_on_after_an_effect():
    at = run("import jupyter_st as st\nst.balloons()\nst.text('still running')")
    assert at.text.values == ["still running"]
    assert not at.exception


def test_balloons_and_snow_are_elements():
    at = run("import jupyter_st as st\nst.balloons()\nst.snow()")
    assert [n.type for n in at.main][1:] == ["balloons", "snow"]
    assert len(at.get("balloons")) == 1
