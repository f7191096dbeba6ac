"""The built-in charts' Vega-Lite specs equal Streamlit's (its Altair output), case by case.

Streamlit builds its spec in a child process (a process that ran a jupyter_st app has
`streamlit` aliased to jupyter_st); we compare everything but the dataset's name.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from jupyter_st.convert import chart_specs as specs
from jupyter_st.convert.frames import to_dataframe

CASES_SOURCE = textwrap.dedent(
    """
    import numpy as np, pandas as pd
    df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5, 6], "c": ["x", "y", "z"],
                       "d.e": [1, 2, 3], "col": ["#ff0000", "#00ff00", "#0000ff"]})
    dates = pd.DataFrame({"when": pd.date_range("2024-01-01", periods=3), "v": [1, 2, 3]})
    CASES = [
        ("line", df[["a", "b"]], {}),
        ("line", df, {"x": "a", "y": "b"}),
        ("line", df, {"x": "a", "y": ["a", "b"]}),
        ("line", df, {"x": "c", "y": ["a", "b"], "color": ["#f00", (0, 255, 0)]}),
        ("line", df, {"x": "a", "y": "b", "color": "c"}),
        ("line", df, {"x": "a", "y": "b", "color": "col"}),
        ("line", df, {"x": "a", "y": "d.e", "x_label": "X", "y_label": "Y"}),
        ("line", df[["a", "d.e"]], {}),
        ("line", df[["a", "b"]], {"color": ["red", "blue"]}),
        ("area", df[["a", "b"]], {"stack": "layered"}),
        ("area", df[["a", "b"]], {"stack": "normalize"}),
        ("area", df, {"x": "a", "y": "b", "color": "red", "stack": "layered"}),
        ("bar", df, {"x": "c", "y": ["a", "b"], "stack": False}),
        ("bar", df, {"x": "c", "y": ["a", "b"], "stack": "layered"}),
        ("bar", df, {"x": "c", "y": "a", "sort": "-b"}),
        ("bar", df, {"x": "c", "y": "a", "sort": False}),
        ("hbar", df, {"x": "c", "y": ["a", "b"], "stack": "center"}),
        ("hbar", df, {"x": "c", "y": "a", "stack": False, "color": "c"}),
        ("bar", dates, {"x": "when", "y": "v"}),
        ("scatter", df, {"x": "a", "y": "b", "size": "a", "color": "c"}),
        ("scatter", df, {"x": "a", "y": "b", "size": 40, "color": (10, 20, 30, 0.5)}),
        ("scatter", df[["a", "b"]], {}),
        ("line", pd.DataFrame(), {}),
        ("line", np.arange(6).reshape(3, 2), {}),
        ("bar", {"k": [1, 2], "v": [3, 4]}, {"x": "k"}),
        ("line", pd.DataFrame({"v": [1.5, 2.5]}, index=pd.Index([10, 20], name="t")), {}),
        ("line", pd.DataFrame(np.zeros((1200, 1)), columns=["z"]), {}),
        # errors
        ("line", df, {"x": "nope"}),
        ("line", df, {"y": ["a", "zz"]}),
        ("line", df, {"x": 3}),
        ("line", df, {"y": ["a", "b"], "color": ["#f00"]}),
        ("line", df, {"y": ["a", "b"], "color": "#f00"}),
        ("line", df, {"y": "a", "color": "not a colour"}),
        ("scatter", df, {"x": "a", "y": "b", "size": "big"}),
        ("bar", df, {"x": "c", "y": "a", "sort": "-missing"}),
    ]
    """
)

STREAMLIT_SIDE = CASES_SOURCE + textwrap.dedent(
    """
    import json
    from streamlit.elements.lib.built_in_chart_utils import ChartType, generate_chart
    from streamlit.elements.vega_charts import (
        _convert_altair_to_vega_lite_spec, _stabilize_vega_json_spec)
    KINDS = {"line": ChartType.LINE, "area": ChartType.AREA, "bar": ChartType.VERTICAL_BAR,
             "hbar": ChartType.HORIZONTAL_BAR, "scatter": ChartType.SCATTER}
    NAMES = {"x": "x_from_user", "y": "y_from_user", "color": "color_from_user",
             "size": "size_from_user", "x_label": "x_axis_label", "y_label": "y_axis_label",
             "sort": "sort_from_user"}
    out = []
    for kind, data, kw in CASES:
        try:
            chart = generate_chart(KINDS[kind], data, **{NAMES.get(k, k): v for k, v in kw.items()})
            spec = _convert_altair_to_vega_lite_spec(chart)
            spec.pop("datasets")
            spec.pop("data", None)
            out.append(json.loads(_stabilize_vega_json_spec(json.dumps(spec))))
        except Exception as e:
            out.append({"error": type(e).__name__, "message": str(e)})
    print(json.dumps(out))
    """
)
KINDS = {"line": specs.LINE, "area": specs.AREA, "bar": specs.BAR,
         "hbar": specs.HORIZONTAL_BAR, "scatter": specs.SCATTER}  # fmt: skip
NAMESPACE: dict = {}
exec(CASES_SOURCE, NAMESPACE)
CASES = NAMESPACE["CASES"]


@pytest.fixture(scope="module")
def streamlit_specs() -> list:
    proc = subprocess.run(
        [sys.executable, "-c", STREAMLIT_SIDE], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def ours(kind: str, data, kw: dict) -> dict:
    try:
        spec, _rows = specs.build_chart(KINDS[kind], to_dataframe(data).copy(), **kw)
    except Exception as e:
        return {"error": type(e).__name__, "message": str(e)}
    spec.pop("data")
    return json.loads(json.dumps(spec))


@pytest.mark.parametrize("case", range(len(CASES)))
def test_spec_or_error_matches_streamlit(case: int, streamlit_specs: list) -> None:
    kind, data, kw = CASES[case]
    assert ours(kind, data, kw) == streamlit_specs[case], (kind, kw)


def test_wide_data_is_melted_into_long_rows() -> None:
    frame = NAMESPACE["df"][["a", "b"]]
    _spec, rows = specs.build_chart(specs.LINE, frame.copy())
    assert list(rows.columns) == [specs.INDEX_COLUMN, specs.COLOR_COLUMN, specs.VALUE_COLUMN]
    assert list(rows[specs.INDEX_COLUMN]) == [0, 0, 1, 1, 2, 2]  # a row's values together
    assert list(rows[specs.COLOR_COLUMN]) == ["a", "b"] * 3
    assert list(rows[specs.VALUE_COLUMN]) == [1, 4.0, 2, 5, 3, 6]
