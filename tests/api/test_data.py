"""st.dataframe, st.table, st.column_config and st.metric: inputs, parameters, add_rows,
on_select selections and Streamlit's errors."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import jupyter_st as st
from jupyter_st.testing import AppTest
from jupyter_st.testing.browser import send_update


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_dataframe_inputs_become_dataframes():
    at = run(
        """
        import numpy as np
        import pandas as pd
        import jupyter_st as st
        st.dataframe({"a": [1, 2], "b": [3, 4]})
        st.dataframe(np.array([1, 2, 3]))
        st.dataframe(pd.Series([5, 6], name="s"))
        st.table([[1, 2], [3, 4]])
        """
    )
    frames = [d.value for d in at.dataframe]
    assert all(isinstance(f, pd.DataFrame) for f in frames)
    assert list(frames[0].columns) == ["a", "b"]
    assert list(frames[1]["value"]) == [1, 2, 3]
    assert list(frames[2]["s"]) == [5, 6]
    assert at.table[0].value.shape == (2, 2)


def test_metric_values_are_shown_as_streamlit_formats_them():
    at = run(
        """
        import jupyter_st as st
        st.metric("Temp", 70, -2)
        st.metric("Empty", None)
        st.metric("Costs", "$5", "+1", delta_color="inverse")
        """
    )
    assert [m.value for m in at.metric] == ["70", "—", "$5"]
    assert [m.delta for m in at.metric] == ["-2", "", "+1"]
    assert [m.color for m in at.metric] == [0, 2, 0]


def test_metric_rejects_lists():
    at = run("import jupyter_st as st\nst.metric('x', [1])")
    assert at.exception[0].value.startswith("Invalid `value` type.")


def test_inputs_become_frames_as_streamlit_makes_them():
    at = AppTest.from_function(_inputs_app).run()
    frames = [d.value for d in at.dataframe]
    assert all(isinstance(f, pd.DataFrame) for f in frames)
    columns = [list(map(str, f.columns)) for f in frames]
    assert columns == [["value"], ["0", "1"], ["0"], ["s"], ["value"], ["a"], ["a", "b"],
                       ["value"], ["0"], [], ["a"]]  # fmt: skip
    assert list(frames[4].index) == ["x", "y"]  # a dict of scalars: keys are the index
    assert frames[7]["value"].tolist() == [1, 2]


def _inputs_app():
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    import jupyter_st as st

    st.dataframe([1, 2])
    st.dataframe(np.array([[1, 2], [3, 4]]))
    st.dataframe(pd.Series([5, 6]))
    st.dataframe(pd.Series([5, 6], name="s"))
    st.dataframe({"x": 1, "y": 2})
    st.dataframe(pa.table({"a": [1]}))
    st.dataframe([{"a": 1, "b": 2}])
    st.dataframe(np.array([1, 2]))
    st.dataframe(pd.Index([1, 2]))
    st.dataframe(None)
    st.dataframe(pd.DataFrame({"a": [1]}).style)


def test_polars_frames_and_series():
    pl = pytest.importorskip("polars")
    at = AppTest.from_function(
        _polars_app, args=(pl.DataFrame({"p": [1, 2]}), pl.Series("s", [3]))
    ).run()
    assert at.dataframe[0].value["p"].tolist() == [1, 2]
    assert at.dataframe[1].value["s"].tolist() == [3]
    edited = at.markdown[0].value
    assert edited == "DataFrame [1, 2]"


def _polars_app(frame, series):
    import jupyter_st as st

    st.dataframe(frame)
    st.dataframe(series)
    out = st.data_editor(frame)
    st.write(f"{type(out).__name__} {out['p'].to_list()}")


def test_column_config_is_a_module_of_dict_builders():
    number = st.column_config.NumberColumn("Price", format="$%.2f", min_value=0)
    assert number == {
        "label": "Price",
        "type_config": {"type": "number", "min_value": 0, "format": "$%.2f"},
    }
    assert st.column_config.Column(width="small") == {"width": "small"}
    link = st.column_config.LinkColumn(display_text="Open")
    assert link["type_config"] == {"type": "link", "display_text": "Open"}
    options = st.column_config.SelectboxColumn(options=[1, 2], format_func=lambda o: f"#{o}")
    assert options["type_config"]["options"] == [
        {"value": 1, "label": "#1"},
        {"value": 2, "label": "#2"},
    ]
    assert "column_config" in st.__all__


def test_chart_colors_are_checked():
    with pytest.raises(st.errors.StreamlitAPIException, match="Invalid `color` value"):
        st.column_config.LineChartColumn(color="plaid")
    assert st.column_config.BarChartColumn(color="#ff0000")["type_config"]["color"] == "#ff0000"


BAD_CALLS = {
    "st.dataframe('abc')": "Unable to convert object of type `<class 'str'>` to `pandas.DataFrame`",
    "st.dataframe(np.zeros((2, 2, 2)))": "Must pass 2-d input. shape=(2, 2, 2)",
    "st.dataframe(df, column_order=['a', 'zz'])": (
        "`column_order` names columns that are not in the data: `zz`"
    ),
    "st.dataframe(df, column_config={'zz': 'Z'})": (
        "`column_config` names columns that are not in the data: `zz`"
    ),
    "st.dataframe(df, column_config={'a': st.column_config.NumberColumn(format='%q')})": (
        "Invalid number format `%q`"
    ),
    "st.dataframe(df, column_config={'a': 3})": (
        "Invalid `column_config` type. Expected one of: None, str, dict"
    ),
    "st.dataframe(df, width='wide')": "Invalid width value: 'wide'",
    "st.dataframe(df, height=-1)": "Invalid height value: -1",
    "st.dataframe(df, on_select='rerun', selection_mode='rows')": "Invalid `selection_mode` value",
    "st.dataframe(df, on_select='rerun', selection_mode=['single-row', 'multi-row'])": (
        "`selection_mode='multi-row'` and `selection_mode='single-row'` cannot be used together"
    ),
    "st.dataframe(df, on_select='later')": "Invalid `on_select` value",
    "st.table(df, border='thick')": "Invalid `border` value",
}


@pytest.mark.parametrize("call, message", BAD_CALLS.items())
def test_bad_arguments_show_streamlit_errors_and_the_app_goes_on(call, message):
    at = run(
        f"import numpy as np\nimport pandas as pd\nimport jupyter_st as st\n"
        f"df = pd.DataFrame({{'a': [1]}})\nst.write('before')\n{call}\n"
    )
    assert message in at.exception[0].value
    assert at.markdown[0].value == "before"


def test_selection_defaults_to_empty_and_the_range_index_hides():
    at = run(
        "import jupyter_st as st\nimport pandas as pd\n"
        "event = st.dataframe(pd.DataFrame({'a': [1, 2]}), on_select='rerun', key='pick')\n"
        "st.write(repr(event.selection.rows), repr(event['selection']['cells']))\n"
    )
    assert at.markdown[0].value == "[] []"
    assert at.dataframe[0].hide_index is True
    assert at.session_state["pick"] == {"selection": {"rows": [], "columns": [], "cells": []}}


def test_table_keeps_every_row_and_the_styler_data():
    at = run(
        "import jupyter_st as st\nimport pandas as pd\n"
        "st.table(pd.DataFrame({'a': range(500)}).style)"
    )
    assert at.table[0].value.shape == (500, 1)


def test_width_height_and_container_width():
    at = run(
        "import jupyter_st as st\n"
        "st.dataframe({'a': [1]}, width=300, height=200)\n"
        "st.dataframe({'a': [1]}, use_container_width=False)\n"
    )
    first, second = at.dataframe
    assert (first.width, first.height) == (300, 200)
    assert second.width == "content"


def test_dataframe_value_ignores_edits_and_editors_are_listed_apart():
    at = run(
        "import jupyter_st as st\n"
        "st.dataframe({'a': [1]})\nst.data_editor({'a': [2]}, num_rows='dynamic')"
    )
    assert len(at.dataframe) == 2 and len(at.data_editor) == 1
    assert [d.editing_mode for d in at.dataframe] == ["read_only", "dynamic"]


def test_numpy_and_arrow_inputs_keep_values():
    at = AppTest.from_function(
        _values_app, args=(np.arange(6).reshape(3, 2), pa.table({"t": ["x"]}))
    ).run()
    assert at.dataframe[0].value.to_numpy().tolist() == [[0, 1], [2, 3], [4, 5]]
    assert at.dataframe[1].value["t"].tolist() == ["x"]


def _values_app(matrix, table):
    import jupyter_st as st

    st.dataframe(matrix)
    st.dataframe(table)


def test_repeated_column_names_are_streamlits_arrow_error_and_the_app_goes_on():
    grid = run(
        "import jupyter_st as st\nimport pandas as pd\n"
        "st.dataframe(pd.DataFrame([[1, 2, 3]], columns=list('aba')))"
    )
    table = run(
        "import jupyter_st as st\nimport pandas as pd\n"
        "st.table(pd.DataFrame([[1, 2]], columns=[0, 0]))"
    )
    assert [e.value for e in grid.exception] == ["Duplicate column names found: ['a', 'b', 'a']"]
    assert [e.value for e in table.exception] == ["Duplicate column names found: [0, 0]"]
    assert not grid.dataframe and not table.table


def test_a_generator_gives_one_value_column_and_any_row_height_is_accepted():
    at = run("import jupyter_st as st\nst.dataframe((i * i for i in range(3)), row_height=0)\n")
    assert not at.exception
    assert at.dataframe[0].value["value"].tolist() == [0, 1, 4]


ADD_ROWS_SETUP = "import pandas as pd\nimport jupyter_st as st\ndf = pd.DataFrame({'a': [1, 2]})\n"


def test_add_rows_appends_to_a_dataframe_and_accumulates():
    at = run(
        ADD_ROWS_SETUP + "table = st.dataframe(df)\ntable.add_rows(pd.DataFrame({'a': [3]}))\n"
        "table.add_rows(pd.DataFrame({'a': [4, 5]}))\ntable.add_rows(None)\n"
    )
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
    at = run(ADD_ROWS_SETUP + call + "\nst.write('after')\n")
    assert message in at.exception[0].value


SELECT = """
import pandas as pd
import jupyter_st as st
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
modes = ["multi-row", "single-column"]
event = st.dataframe(df, key="pick", on_select="rerun", selection_mode=modes)
st.write(repr(event.selection))
"""


def test_a_browser_selection_reaches_the_script_as_streamlit_returns_it(live):
    app = live(SELECT).run()
    grid = app.widget(app.elements("dataframe")[0].id)
    assert grid.selection_mode == ["multi-row", "single-column"]
    picked = {"selection": {"rows": [2, 0, 9], "columns": ["b", "zz"], "cells": [[0, "a"]]}}
    send_update(grid, value=json.dumps(picked))
    assert app.app.session.wait_idle(10)
    text = app.app.reconciler.roots[0].widget.children[1].value
    assert "{'rows': [2, 0], 'columns': ['b'], 'cells': []}" in text  # unknown rows/columns dropped
    assert app.app.session.state["pick"]["selection"]["rows"] == [2, 0]


def test_selection_default_and_a_callback():
    at = run(
        """
        import pandas as pd
        import jupyter_st as st
        df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
        event = st.dataframe(df, on_select=lambda: None, selection_mode="multi-row",
                             selection_default={"selection": {"rows": [2, 7, 2], "columns": ["a"]}})
        st.write(repr(event))
        """
    )
    assert at.markdown[0].value == "{'selection': {'rows': [2], 'columns': [], 'cells': []}}"
    bad = run(
        "import jupyter_st as st\n"
        "st.dataframe([1], selection_default={'selection': {'rows': [0]}})\n"
    )
    assert bad.exception[0].value.startswith(
        "`selection_default` and `on_select='ignore'` cannot be used together."
    )
