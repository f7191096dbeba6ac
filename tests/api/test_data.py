"""Metric, dataframe and table accept what Streamlit accepts."""

from __future__ import annotations

import pandas as pd

from jupyter_st.testing import AppTest


def test_dataframe_inputs_become_dataframes():
    at = AppTest.from_string(
        """
        import numpy as np
        import pandas as pd
        import jupyter_st as st
        st.dataframe({"a": [1, 2], "b": [3, 4]})
        st.dataframe(np.array([1, 2, 3]))
        st.dataframe(pd.Series([5, 6], name="s"))
        st.table([[1, 2], [3, 4]])
        """
    ).run()
    frames = [d.value for d in at.dataframe]
    assert all(isinstance(f, pd.DataFrame) for f in frames)
    assert list(frames[0].columns) == ["a", "b"]
    assert list(frames[1]["value"]) == [1, 2, 3]
    assert list(frames[2]["s"]) == [5, 6]
    assert at.table[0].value.shape == (2, 2)


def test_metric_values_are_shown_as_streamlit_formats_them():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.metric("Temp", 70, -2)
        st.metric("Empty", None)
        st.metric("Costs", "$5", "+1", delta_color="inverse")
        """
    ).run()
    assert [m.value for m in at.metric] == ["70", "—", "$5"]
    assert [m.delta for m in at.metric] == ["-2", "", "+1"]
    assert [m.color for m in at.metric] == [0, 2, 0]


def test_metric_rejects_lists():
    at = AppTest.from_string("import jupyter_st as st\nst.metric('x', [1])").run()
    assert at.exception[0].value.startswith("Invalid `value` type.")


def test_date_input_ranges_return_tuples_and_take_new_ranges():
    import datetime

    at = AppTest.from_string(
        "import datetime, streamlit as st\n"
        "r = st.date_input('r', (datetime.date(2026, 1, 1), datetime.date(2026, 1, 5)))\n"
        "st.write(str(r))\n"
    ).run()
    assert at.markdown[0].value == "(datetime.date(2026, 1, 1), datetime.date(2026, 1, 5))"
    at.date_input[0].set_value((datetime.date(2026, 2, 3), datetime.date(2026, 2, 1))).run()
    assert at.markdown[0].value == "(datetime.date(2026, 2, 1), datetime.date(2026, 2, 3))"


def test_number_input_that_may_be_empty():
    at = AppTest.from_string(
        "import streamlit as st\nst.write(repr(st.number_input('n', value=None)))"
    ).run()
    assert at.markdown[0].value == "None"
    at.number_input[0].set_value(2.5).run()
    assert at.markdown[0].value == "2.5"
    at.number_input[0].set_value(None).run()
    assert at.markdown[0].value == "None"
