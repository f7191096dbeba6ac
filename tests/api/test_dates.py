"""Date and time inputs: accepted values, default bounds, ranges, steps and their errors."""

from __future__ import annotations

from datetime import date, time

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_date_input_accepts_iso_strings_and_datetimes_and_keeps_its_format():
    at = run(
        """
        import datetime as dt
        import jupyter_st as st
        a = st.date_input("a", "2024-02-29", format="DD.MM.YYYY")
        b = st.date_input("b", dt.datetime(2024, 3, 1, 12, 30))
        st.text(repr((a, b)))
        """
    )
    assert at.text[0].value == "(datetime.date(2024, 2, 29), datetime.date(2024, 3, 1))"
    assert [d.format for d in at.date_input] == ["DD.MM.YYYY", "YYYY/MM/DD"]


def test_date_input_bounds_default_to_ten_years_either_side_of_the_value():
    at = run(
        """
        import datetime as dt
        import jupyter_st as st
        st.date_input("d", dt.date(2000, 1, 1))
        st.date_input("leap", dt.date(2024, 2, 29))
        """
    )
    d, leap = at.date_input
    assert (d.min.isoformat(), d.max.isoformat()) == ("1990-01-01", "2010-01-01")
    assert (leap.min.isoformat(), leap.max.isoformat()) == ("2014-02-28", "2034-02-28")


def test_date_range_can_start_with_one_date_and_be_completed():
    at = run(
        """
        import datetime as dt
        import jupyter_st as st
        st.text(repr(st.date_input("r", (dt.date(2024, 1, 1),), key="r")))
        """
    )
    assert at.text[0].value == "(datetime.date(2024, 1, 1),)"
    at.date_input[0].set_value((date(2024, 1, 3), date(2024, 1, 9))).run()
    assert at.text[0].value == "(datetime.date(2024, 1, 3), datetime.date(2024, 1, 9))"
    assert at.session_state["r"][1].isoformat() == "2024-01-09"


def test_date_input_ranges_return_tuples_and_take_new_ranges():
    at = run(
        "import datetime, streamlit as st\n"
        "r = st.date_input('r', (datetime.date(2026, 1, 1), datetime.date(2026, 1, 5)))\n"
        "st.write(str(r))\n"
    )
    assert at.markdown[0].value == "(datetime.date(2026, 1, 1), datetime.date(2026, 1, 5))"
    at.date_input[0].set_value((date(2026, 2, 3), date(2026, 2, 1))).run()
    assert at.markdown[0].value == "(datetime.date(2026, 2, 1), datetime.date(2026, 2, 3))"


def test_date_input_none_until_chosen_and_on_change_sees_it():
    at = run(
        """
        import datetime as dt
        import jupyter_st as st
        def chosen(prefix):
            st.session_state.msg = prefix + st.session_state.d.isoformat()
        st.date_input("d", None, key="d", on_change=chosen, args=("got ",))
        st.text(st.session_state.get("msg", "nothing"))
        """
    )
    assert at.date_input[0].value is None
    assert at.text[0].value == "nothing"
    at.date_input[0].set_value(date(2025, 5, 6)).run()
    assert at.text[0].value == "got 2025-05-06"


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: AppTest's date_input.set_value does not take an ISO "
    "string (Streamlit's parses it like st.date_input does)",
)
def test_apptest_sets_a_date_from_an_iso_string():
    at = run("import jupyter_st as st\nst.text(repr(st.date_input('d', None)))")
    at.date_input[0].set_value("2025-05-06").run()
    assert at.text[0].value == "datetime.date(2025, 5, 6)"


def test_time_input_accepts_iso_strings_and_steps_by_its_step():
    at = run(
        """
        import datetime as dt
        import jupyter_st as st
        t = st.time_input("t", "08:30", step=dt.timedelta(minutes=15), key="t")
        n = st.time_input("n", None)
        st.text(repr((t, n)))
        """
    )
    assert at.text[0].value == "(datetime.time(8, 30), None)"
    assert at.time_input[0].step == 900
    at.time_input[0].increment()
    at.time_input[1].set_value(time(23, 5))
    at.run()
    assert at.text[0].value == "(datetime.time(8, 45), datetime.time(23, 5))"
    assert at.session_state["t"].isoformat() == "08:45:00"


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: a datetime value keeps its seconds "
    "(Streamlit's time_input drops them)",
)
def test_time_input_drops_seconds():
    at = run(
        """
        import datetime as dt
        import jupyter_st as st
        st.text(repr(st.time_input("t", dt.datetime(2024, 1, 1, 9, 45, 10))))
        """
    )
    assert at.text[0].value == "datetime.time(9, 45)"


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: a step under 60 seconds is refused "
    "(Streamlit 1.67 accepts 1 second to 23 hours)",
)
def test_time_input_accepts_steps_of_seconds():
    at = run("import jupyter_st as st\nst.time_input('t', '10:00', step=30)")
    assert not at.exception
    assert at.time_input[0].step == 30


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "st.date_input('d', dt.date(2024, 1, 1), min_value=dt.date(2024, 2, 1))",
            "The `value` 2024-01-01 is less than the `min_value` 2024-02-01.",
        ),
        (
            "st.date_input('d', dt.date(2024, 3, 1), max_value=dt.date(2024, 2, 1))",
            "The `value` 2024-03-01 is greater than the `max_value` 2024-02-01.",
        ),
    ],
)
def test_bad_date_arguments_raise_streamlit_errors(body, message):
    at = run(f"import datetime as dt\nimport jupyter_st as st\n{body}")
    assert at.exception[0].value == message


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: date/time argument errors use older wording "
    "(Streamlit 1.67: 'Invalid `<arg>` value/type. ...'), a tuple of 3 dates is accepted, "
    "and min_value > max_value is reported as the value being below min_value",
)
@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "st.date_input('d', 5)",
            'Invalid `value` type. Expected one of: date, datetime, ISO string, "today". '
            "Provided type: int.",
        ),
        (
            "st.date_input('d', format='DD-MM')",
            "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', "
            "'MM/DD/YYYY', 'YYYY.MM.DD', 'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', "
            "'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'DD-MM'.",
        ),
        (
            "st.time_input('t', 5)",
            "Invalid `value` type. Expected one of: datetime, time, ISO string. "
            "Provided type: int.",
        ),
        (
            "st.time_input('t', step=dt.timedelta(days=2))",
            "The `step` parameter, set to 172800 seconds, is outside the required range "
            "[1 second, 23 hours].",
        ),
        (
            "st.date_input('d', (dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(2024, 1, 3)))",
            "Invalid `value` type. Expected one of: date, datetime, sequence of 0 to 2 date "
            "or datetime values. Provided type: tuple.",
        ),
        (
            "st.date_input('d', dt.date(2024, 5, 1), min_value=dt.date(2024, 6, 1), "
            "max_value=dt.date(2024, 1, 1))",
            "The `min_value`, set to 2024-06-01, cannot be greater than the `max_value`, "
            "set to 2024-01-01.",
        ),
    ],
)
def test_bad_date_arguments_use_streamlit_167_wording(body, message):
    at = run(f"import datetime as dt\nimport jupyter_st as st\n{body}")
    assert at.exception[0].value == message
