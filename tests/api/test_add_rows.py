"""element.add_rows(data): appends to dataframes and charts; anything else is refused."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest

SETUP = "import pandas as pd\nimport jupyter_st as st\ndf = pd.DataFrame({'a': [1, 2]})\n"


def test_add_rows_appends_to_a_dataframe_and_accumulates():
    at = AppTest.from_string(
        SETUP + "table = st.dataframe(df)\ntable.add_rows(pd.DataFrame({'a': [3]}))\n"
        "table.add_rows(pd.DataFrame({'a': [4, 5]}))\ntable.add_rows(None)\n"
    ).run()
    assert not at.exception
    assert list(at.dataframe[0].value["a"]) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.text('x').add_rows(df)", "Only existing elements can `add_rows`."),
        ("st.container().add_rows(df)", "Only existing elements can `add_rows`."),
        ("st.dataframe(df).add_rows(df, more=df)", "Wrong number of arguments to add_rows()."),
    ],
)
def test_add_rows_refuses_what_cannot_take_rows(call: str, message: str):
    at = AppTest.from_string(SETUP + call + "\nst.write('after')\n").run()
    assert message in at.exception[0].value


def test_add_rows_with_a_name_appends_to_that_dataset_of_a_vega_lite_chart():
    at = AppTest.from_string(
        SETUP + "spec = {'layer': [{'data': {'name': 'one'}, 'mark': 'line'},\n"
        "                  {'data': {'name': 'two'}, 'mark': 'point'}],\n"
        "        'encoding': {'x': {'field': 'a', 'type': 'quantitative'}},\n"
        "        'datasets': {'one': df, 'two': df}}\n"
        "chart = st.vega_lite_chart(spec)\n"
        "chart.add_rows(two=pd.DataFrame({'a': [3]}))\n"
    ).run()
    assert not at.exception
    datasets = dict(at.get("vega_lite_chart")[0].datasets)
    assert list(datasets["one"]["a"]) == [1, 2] and list(datasets["two"]["a"]) == [1, 2, 3]
