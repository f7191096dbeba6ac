"""Alerts, exceptions, spinner and toast."""

from __future__ import annotations

from jupyter_st.testing import AppTest


def test_alerts_keep_body_and_icon():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.success("  saved  ", icon="✅")
        st.info("fyi")
        st.warning("careful")
        st.error("broken")
        """
    ).run()
    assert at.success[0].value == "saved" and at.success[0].icon == "✅"
    assert [at.info[0].value, at.warning[0].value, at.error[0].value] == [
        "fyi",
        "careful",
        "broken",
    ]
    assert at.info[0].icon == ""


def test_st_exception_shows_where_it_is_called_and_the_run_goes_on():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        with st.container():
            st.exception(RuntimeError("shown"))
        st.write("after")
        """
    ).run()
    assert at.main[0].exception[0].value == "shown"
    assert at.markdown.values == ["after"]


def test_spinner_leaves_nothing_and_toasts_float_outside_main():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        with st.spinner("Loading..."):
            st.write("inside")
        st.toast("Saved", icon="💾")
        """
    ).run()
    assert at.get("spinner") == []
    assert at.markdown.values == ["inside"]
    assert at.toast[0].value == "Saved" and at.toast[0].icon == "💾"
    assert at.main.toast == []


def test_bad_progress_and_toast_arguments():
    at = AppTest.from_string("import jupyter_st as st\nst.progress('half')").run()
    expected = "Invalid `value` type. Expected one of: int, float. Provided type: str."
    assert at.exception[0].value == expected
    at = AppTest.from_string("import jupyter_st as st\nst.toast('')").run()
    assert at.exception[0].value.startswith("The `body` parameter is required.")
