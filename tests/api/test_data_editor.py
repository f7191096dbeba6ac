"""st.data_editor: edits from session state or the browser come back as the edited data (in
the input's type) and as Streamlit's edit state."""

from __future__ import annotations

import json

import pytest

from jupyter_st.render.adapters.data import DataGrid
from jupyter_st.testing import AppTest, AppTestError
from jupyter_st.testing.browser import send_update

EDITOR = """
import pandas as pd
import jupyter_st as st
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
out = st.data_editor(df, key="ed", num_rows="dynamic", on_change=lambda: st.write("changed"))
st.write(repr(out.to_dict("list")))
st.write(repr(st.session_state["ed"]))
"""
EDITS = {"edited_rows": {0: {"a": 10}}, "added_rows": [{"a": 7, "b": "n"}], "deleted_rows": [1]}


def test_edits_from_session_state_as_streamlit_applies_them():
    at = AppTest.from_string(EDITOR).run()
    assert at.markdown[0].value == "{'a': [1, 2, 3], 'b': ['x', 'y', 'z']}"
    assert at.markdown[1].value == "{'edited_rows': {}, 'added_rows': [], 'deleted_rows': []}"
    at.session_state["ed"] = EDITS
    at.run()
    # the same as Streamlit 1.67's AppTest gives for this script and state
    assert at.markdown[0].value == "{'a': [10, 3, 7], 'b': ['x', 'z', 'n']}"
    assert at.markdown[1].value == repr(EDITS)
    assert at.data_editor[0].value["a"].tolist() == [1, 2, 3]  # the input, without edits


def test_set_value_on_an_editor_says_how_to_edit():
    at = AppTest.from_string(EDITOR).run()
    with pytest.raises(AppTestError, match="Assign the edit state"):
        at.data_editor[0].set_value({})


@pytest.mark.parametrize(
    "data, edits, shown",
    [
        ("[1, 2, 3]", {"edited_rows": {1: {"value": 5}}}, "[1, 5, 3]"),
        ("{'a': [1, 2], 'b': [3, 4]}", {"deleted_rows": [0]}, "{'a': [2], 'b': [4]}"),
        ("[{'a': 1}, {'a': 2}]", {"edited_rows": {0: {"a": 9}}}, "[{'a': 9}, {'a': 2}]"),
        ("np.array([[1, 2]])", {"edited_rows": {0: {"1": 7}}}, "array([[1, 7]])"),
        ("{'x': 1, 'y': 2}", {"edited_rows": {1: {"value": 3}}}, "{'x': 1, 'y': 3}"),
    ],
)
def test_the_edited_data_comes_back_in_the_input_type(data, edits, shown):
    at = AppTest.from_string(
        "import numpy as np\nimport jupyter_st as st\n"
        f"st.write(repr(st.data_editor({data}, key='e', num_rows='dynamic')))\n"
    ).run()
    at.session_state["e"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **edits}
    at.run()
    assert at.markdown[0].value == shown


def test_bad_editor_arguments():
    at = AppTest.from_string(
        "import pandas as pd\nimport jupyter_st as st\n"
        "st.data_editor(pd.DataFrame({'a': [1]}), num_rows='some')\n"
    ).run()
    assert "Invalid `num_rows` value. Supported values: 'fixed', 'dynamic', 'add', 'delete'" in (
        at.exception[0].value
    )
    dup = AppTest.from_string(
        "import pandas as pd\nimport jupyter_st as st\n"
        "st.data_editor(pd.DataFrame([[1, 2]], columns=['a', 'a']))\n"
    ).run()
    assert "The following column names are duplicated: ['a']" in dup.exception[0].value


def _grid(live_app) -> DataGrid:
    return next(
        w for w in live_app.app.reconciler.roots[0].widget.children if isinstance(w, DataGrid)
    )


def test_browser_edits_rerun_with_the_edited_frame(live):
    app = live(EDITOR).run()
    grid = _grid(app)
    assert grid.editing_mode == "dynamic" and grid.first_page["raw"][0] == [1, "x"]
    browser = {"edited_rows": {"2": {"b": "Z"}}, "added_rows": [{"a": 4}], "deleted_rows": [0]}
    send_update(grid, value=json.dumps(browser))
    assert app.app.session.wait_idle(10)
    texts = [w.value for w in app.app.reconciler.roots[0].widget.children if hasattr(w, "value")]
    assert any("changed" in t for t in texts if isinstance(t, str))  # on_change ran
    # as Streamlit 1.67 AppTest shows the same edits (nan: the added row left `b` empty)
    assert any("{'a': [2, 3, 4], 'b': ['y', 'Z', nan]}" in t for t in texts if isinstance(t, str))
    assert grid.num_rows == 3 and grid.first_page["ids"] == [1, 2, 3]  # row 3 is the added one
    assert [r[0] for r in grid.first_page["rows"]] == ["2", "3", "4"]  # index hidden


def test_malformed_edits_from_the_browser_are_dropped(live, caplog):
    app = live(EDITOR).run()
    grid = _grid(app)
    send_update(grid, value="{not json")
    send_update(grid, value=json.dumps({"edited_rows": {"99": {"a": 1}, "0": {"nope": 1}}}))
    assert app.app.session.wait_idle(10)
    assert app.app.session.state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert "rejected a value from the browser" in caplog.text


def test_disabled_columns_and_fixed_rows_drop_those_edits(live):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        st.write(repr(st.data_editor(df, key="e", disabled=["b"]).to_dict("list")))
        """
    ).run()
    grid = _grid(app)
    assert [c.get("disabled") for c in grid.columns] == [None, None, True]  # index, a, b
    edits = {"edited_rows": {"0": {"a": 9, "b": 9}}, "added_rows": [{"a": 5}], "deleted_rows": [1]}
    send_update(grid, value=json.dumps(edits))
    assert app.app.session.wait_idle(10)
    assert app.app.session.state["e"] == {"edited_rows": {0: {"a": 9}}, "added_rows": [],
                                          "deleted_rows": []}  # fmt: skip
    assert "{'a': [9, 2], 'b': [3, 4]}" in app.app.reconciler.roots[0].widget.children[1].value


def test_list_and_multiselect_cells_take_lists_as_streamlit_does():
    at = AppTest.from_string(
        """
import pandas as pd
import jupyter_st as st
df = pd.DataFrame({"tags": [["ui"], ["db"]], "name": ["a", "b"]})
config = {"tags": st.column_config.MultiselectColumn(options=["ui", "db"])}
out = st.data_editor(df, key="ed", num_rows="dynamic", column_config=config)
st.write(repr(out.to_dict("list")))
"""
    ).run()
    at.session_state["ed"] = {
        "edited_rows": {0: {"tags": ["db", "ui"]}},
        "added_rows": [{"tags": ["ui"], "name": "c"}],
        "deleted_rows": [],
    }
    at.run()
    assert at.markdown[0].value == (
        "{'tags': [['db', 'ui'], ['db'], ['ui']], 'name': ['a', 'b', 'c']}"
    )
