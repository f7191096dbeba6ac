"""Alerts, exceptions, progress, spinner, toast and st.status."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_alerts_keep_body_and_icon():
    at = run(
        """
        import jupyter_st as st
        st.success("  saved  ", icon="✅")
        st.info("fyi")
        st.warning("careful")
        st.error("broken")
        """
    )
    assert at.success[0].value == "saved" and at.success[0].icon == "✅"
    assert [at.info[0].value, at.warning[0].value, at.error[0].value] == [
        "fyi",
        "careful",
        "broken",
    ]
    assert at.info[0].icon == ""


def test_st_exception_shows_where_it_is_called_and_the_run_goes_on():
    at = run(
        """
        import jupyter_st as st
        with st.container():
            st.exception(RuntimeError("shown"))
        st.write("after")
        """
    )
    assert at.main[0].exception[0].value == "shown"
    assert at.markdown.values == ["after"]


def test_spinner_leaves_nothing_and_toasts_float_outside_main():
    at = run(
        """
        import jupyter_st as st
        with st.spinner("Loading..."):
            st.write("inside")
        st.toast("Saved", icon="💾")
        """
    )
    assert at.get("spinner") == []
    assert at.markdown.values == ["inside"]
    assert at.toast[0].value == "Saved" and at.toast[0].icon == "💾"
    assert at.main.toast == []


def test_bad_progress_and_toast_arguments():
    at = run("import jupyter_st as st\nst.progress('half')")
    expected = "Invalid `value` type. Expected one of: int, float. Provided type: str."
    assert at.exception[0].value == expected
    at = run("import jupyter_st as st\nst.toast('')")
    assert at.exception[0].value.startswith("The `body` parameter is required.")


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


def test_status_exit_completes_with_the_label_set_inside_and_keeps_an_error():
    at = run(
        """
        import jupyter_st as st
        with st.status("Fetching") as s:
            s.update(label="Fetched")
        with st.status("Checking") as t:
            t.update(state="error")
        later = st.status("Later")
        with later:
            st.write("filled in later")
        """
    )
    assert [(s.label, s.state) for s in at.status] == [
        ("Fetched", "complete"),
        ("Checking", "error"),
        ("Later", "complete"),
    ]
    assert at.status[2].markdown.values == ["filled in later"]


def test_status_in_the_sidebar_stays_out_of_main():
    at = run('import jupyter_st as st\nst.sidebar.status("Side", state="complete")')
    assert [s.label for s in at.sidebar.status] == ["Side"]
    assert len(at.main.status) == 0


def test_status_and_expanders_nest_both_ways():
    at = run(
        """
        import jupyter_st as st
        with st.status("Outer"):
            with st.expander("Inner"):
                st.write("deep")
        with st.expander("Box"):
            with st.status("Inside box"):
                st.write("also deep")
        """
    )
    assert not at.exception
    assert at.status[0].expander[0].markdown.values == ["deep"]
    assert at.expander[-1].status[0].markdown.values == ["also deep"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("st.status('s', state='bad')", "Invalid `state` value."),
        ("st.status('s').update(state='x')", "Invalid `state` value."),
    ],
)
def test_bad_status_arguments_are_named(body: str, message: str):
    at = run("import jupyter_st as st\n" + body)
    assert message in at.exception[0].value


def test_an_uncaught_exception_is_named_with_its_module_as_streamlit_names_it():
    """Streamlit's AppTest shows the type as `element.proto.type`: builtins bare, the
    script's own classes under `__main__`, explicit st.exception by its class name."""
    at = run(
        """
        import jupyter_st as st
        class MyError(Exception):
            pass
        st.exception(ValueError("shown"))
        raise MyError("boom")
        """
    )
    assert [(e.proto.type, e.value) for e in at.exception] == [
        ("ValueError", "shown"),
        ("__main__.MyError", "boom"),
    ]
    assert at.exception[1].is_warning is False
