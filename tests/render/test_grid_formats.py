"""Cell formats as Streamlit's column config documents them (its examples use 1234.567)."""

from __future__ import annotations

import datetime as dt

import pytest

from jupyter_st.convert.cell_formats import format_date, format_number, is_valid_number_format


@pytest.mark.parametrize(
    "fmt, shown",
    [
        ("plain", "1234.567"),
        ("localized", "1,234.567"),
        ("percent", "123456.70%"),
        ("dollar", "$1,234.57"),
        ("euro", "€1,234.57"),
        ("yen", "¥1,235"),
        ("compact", "1.2K"),
        ("scientific", "1.235E3"),
        ("engineering", "1.235E3"),
        ("bytes", "1.2KB"),
        ("%d", "1234"),
        ("%X", "4D2"),
        ("£ %.2f", "£ 1234.57"),
        ("%,d", "1,234"),
        ("%.1f ⭐", "1234.6 ⭐"),
        (None, "1234.567"),
    ],
)
def test_number_formats(fmt, shown):
    assert format_number(1234.567, fmt) == shown


def test_numbers_missing_negative_and_integers():
    assert format_number(float("nan"), "dollar") is None
    assert format_number(-5.5, "accounting") == "(5.50)"
    assert format_number(3, None) == "3"
    assert format_number(2.0, None) == "2"
    assert format_number(0.123456, None) == "0.1235"
    assert format_number(90, "duration") == "2 minutes"


def test_which_formats_are_valid():
    assert is_valid_number_format("dollar") and is_valid_number_format("%.3f%%")
    assert not is_valid_number_format("money") and not is_valid_number_format("%q")


def test_date_formats():
    when = dt.datetime(2026, 3, 7, 14, 5, 9)
    assert format_date(when, None, "datetime") == "2026-03-07 14:05:09"
    assert format_date(when, "D MMM YYYY, h:mm a", "datetime") == "7 Mar 2026, 2:05 pm"
    assert format_date(when, "Do [of] MMMM", "datetime") == "7th of March"
    assert format_date(when, "iso8601", "datetime") == "2026-03-07T14:05:09"
    assert format_date(when.date(), "DD.MM.YYYY", "date") == "07.03.2026"
    assert format_date(when.time(), "hh:mm a", "time") == "02:05 pm"
    assert format_date(None, None, "date") is None
    old = dt.datetime.now() - dt.timedelta(days=3)
    assert format_date(old, "distance", "datetime") == "3 days ago"


def test_ties_round_as_the_browser_does():
    assert format_number(281.25, "%.1f") == "281.3"  # JavaScript's toFixed, not banker's
    assert format_number(0.125, "dollar") == "$0.13"
    assert format_number(2.5, "yen") == "¥3"
    assert format_number(1.00005, None) == "1.0001"


def test_infinite_and_huge_numbers_show_as_the_browser_shows_them():
    assert format_number(float("inf"), None) == "Infinity"
    assert format_number(float("-inf"), "dollar") == "-Infinity"
    assert format_number(1e300, None) == "1e+300"  # no crash rounding 300 digits
    assert format_number(1e300, "percent").endswith("%")


def test_timezone_aware_datetimes_show_their_offset_and_step_sets_the_precision():
    import pandas as pd

    when = pd.Timestamp("2026-03-07 14:05:09.250", tz="Europe/Berlin")
    assert format_date(when, None, "datetime") == "2026-03-07 14:05:09+01:00"
    assert format_date(when, "HH:mm ZZ", "datetime") == "14:05 +0100"
    assert format_date(when, None, "datetime", step=60) == "2026-03-07 14:05+01:00"
    assert format_date(when.tz_localize(None), None, "datetime", 0.5) == "2026-03-07 14:05:09.250"
    assert format_date(when.time(), None, "time", step=60) == "14:05"


def test_durations_are_worded_as_streamlits_grid_words_them():
    from jupyter_st.convert.cell_formats import humanized_duration

    shown = [humanized_duration(s) for s in (1, 45, 150, 2700, 5400, 129600, 5184000, -120)]
    assert shown == ["a few seconds", "a minute", "3 minutes", "an hour", "2 hours", "2 days",
                     "2 months", "-2 minutes"]  # fmt: skip
