"""st.*_chart at the tree level: what the element holds, and the errors shown in the app."""

from __future__ import annotations

import json
import textwrap

import pytest

from jupyter_st.convert import chart_specs as specs
from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    header = "import pandas as pd\nimport jupyter_st as st\n"
    return AppTest.from_string(header + textwrap.dedent(source), default_timeout=15).run()


def test_built_in_charts_are_vega_lite_charts_with_data_apart_from_the_spec():
    at = run(
        """
        df = pd.DataFrame({"a": [1, 2], "b": [3.0, 4.0]})
        st.line_chart(df)
        st.area_chart(df)
        st.bar_chart(df, x="a", y="b", horizontal=True)
        st.scatter_chart(df, x="a", y="b", size=30)
        """
    )
    line, area, bar, scatter = at.get("vega_lite_chart")
    assert [c.command for c in (line, area, bar, scatter)] == [
        "line_chart", "area_chart", "bar_chart", "scatter_chart"]  # fmt: skip
    assert line.spec["data"] == {"name": "data"} and "values" not in str(line.spec)
    assert len(line.data) == 4  # melted: two columns of two rows
    assert area.spec["encoding"]["y"]["stack"] is False  # stack=None is "layered" for areas
    assert bar.spec["encoding"]["x"]["field"] == "b" and bar.spec["encoding"]["y"]["field"] == "a"
    assert scatter.spec["encoding"]["size"] == {"value": 30}
    assert line.spec["autosize"] == {"type": "fit", "contains": "padding"}
    assert line.value is None and line.theme == "streamlit"


@pytest.mark.parametrize(
    "call, message",
    [
        ("st.line_chart(df, x='nope')", 'Data does not have a column named `"nope"`'),
        ("st.bar_chart(df, stack='up')", "Invalid `stack` value"),
        ("st.line_chart(df, y=['a', 'b'], color=['#f00'])", "must have the same length"),
        ("st.vega_lite_chart(df, {'mark': 'point'}, theme='x')", "Invalid `theme` value"),
        ("st.vega_lite_chart(df, {'mark': 'point'}, on_select='rerun')", "does not have any"),
        ("st.line_chart(df, width=0)", "Invalid width value: 0"),
    ],
)
def test_wrong_arguments_show_streamlits_error_and_the_app_goes_on(call, message):
    at = AppTest.from_string(
        "import pandas as pd\nimport jupyter_st as st\n"
        "df = pd.DataFrame({'a': [1], 'b': [2]})\n"
        f"try:\n    {call}\nexcept Exception as e:\n    st.write(type(e).__name__)\n"
        f"{call}\n",
        default_timeout=15,
    ).run()
    assert at.markdown[0].value.startswith("Streamlit")
    assert message in at.exception[0].value


def test_vega_lite_chart_moves_inline_and_named_data_out_of_the_spec():
    at = run(
        """
        spec = {"data": {"values": [{"x": 1}, {"x": 2}]}, "mark": "point",
                "datasets": {"extra": [{"y": 5}],
                             "geo": {"type": "Feature", "geometry": {}, "properties": {}}},
                "encoding": {"x": {"field": "x", "type": "quantitative"}}}
        st.vega_lite_chart(spec)
        """
    )
    (chart,) = at.get("vega_lite_chart")
    assert list(chart.data["x"]) == [1, 2] and chart.spec["data"] == {"name": "data"}
    ((name, frame),) = chart.datasets
    assert name == "extra" and list(frame["y"]) == [5]
    assert list(chart.spec["datasets"]) == ["geo"]  # geometry stays for Vega-Lite


def test_altair_chart_data_is_named_by_content_and_big_frames_are_fine():
    source = """
        import altair as alt
        df = pd.DataFrame({"x": range(6000), "y": range(6000)})
        pick = alt.selection_point(name="pick")
        chart = alt.Chart(df).mark_point().encode(x="x", y="y").add_params(pick)
        state = st.altair_chart(chart, on_select="rerun", key="c")
        st.write(list(state.selection))
        """
    at = run(source)
    (chart,) = at.get("vega_lite_chart")
    ((name, frame),) = chart.datasets
    assert len(frame) == 6000 and chart.spec["data"] == {"name": name}
    assert "pick" in at.get("json")[0].value
    first_id, first_spec = chart.id, chart.spec
    at.run()
    (again,) = at.get("vega_lite_chart")
    assert again.id == first_id and again.spec == first_spec  # stable across reruns


def test_add_rows_extends_a_built_in_chart_in_its_long_shape():
    at = run(
        """
        chart = st.line_chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]}))
        chart.add_rows(pd.DataFrame({"a": [5], "b": [6]}))
        """
    )
    (chart,) = at.get("vega_lite_chart")
    rows = chart.data.sort_values([specs.COLOR_COLUMN, specs.INDEX_COLUMN])
    assert list(rows[specs.INDEX_COLUMN]) == [0, 1, 2, 0, 1, 2]
    assert list(rows[specs.VALUE_COLUMN]) == [1, 2, 5, 3, 4, 6]


def test_plotly_and_graphviz_charts():
    at = run(
        """
        import graphviz, plotly.express as px
        st.plotly_chart(px.line(x=[1, 2], y=[3, 4]), theme=None)
        g = graphviz.Graph(engine="neato")
        g.edge("a", "b")
        st.graphviz_chart(g)
        st.graphviz_chart("digraph { x -> y }", use_container_width=True)
        """
    )
    (plot,) = at.get("plotly_chart")
    assert '"type":"scatter"' in plot.spec and plot.theme is None
    first, second = at.get("graphviz_chart")
    assert "a -- b" in first.spec and first.engine == "neato"
    assert second.spec == "digraph { x -> y }" and second.width == "stretch"


def test_plotly_chart_without_plotly_says_how_to_install_it(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "plotly", None)
    at = run("st.plotly_chart({'data': []})")
    assert "pip install plotly" in at.exception[0].value


def test_add_rows_on_an_altair_chart_extends_its_dataset():
    at = run(
        """
        import altair as alt
        df = pd.DataFrame({"x": [1, 2], "y": [3, 4]})
        chart = st.altair_chart(alt.Chart(df).mark_line().encode(x="x", y="y"))
        chart.add_rows(pd.DataFrame({"x": [3], "y": [5]}))
        """
    )
    (chart,) = at.get("vega_lite_chart")
    ((name, frame),) = chart.datasets
    assert chart.spec["data"] == {"name": name} and list(frame["y"]) == [3, 4, 5]


def test_add_rows_with_a_name_appends_to_that_dataset_of_a_vega_lite_chart():
    at = run(
        """
        df = pd.DataFrame({'a': [1, 2]})
        spec = {'layer': [{'data': {'name': 'one'}, 'mark': 'line'},
                          {'data': {'name': 'two'}, 'mark': 'point'}],
                'encoding': {'x': {'field': 'a', 'type': 'quantitative'}},
                'datasets': {'one': df, 'two': df}}
        chart = st.vega_lite_chart(spec)
        chart.add_rows(two=pd.DataFrame({'a': [3]}))
        """
    )
    assert not at.exception
    datasets = dict(at.get("vega_lite_chart")[0].datasets)
    assert list(datasets["one"]["a"]) == [1, 2] and list(datasets["two"]["a"]) == [1, 2, 3]


def test_apptest_reads_charts_but_cannot_interact_with_them_as_streamlits():
    from jupyter_st.testing import AppTestError

    at = run(
        """
        spec = {"mark": "point", "params": [{"name": "p", "select": "point"}]}
        st.vega_lite_chart(pd.DataFrame({"a": [1]}), spec, on_select="rerun", key="c")
        st.graphviz_chart("digraph { a }")
        """
    )
    chart, graph = at.get("vega_lite_chart")[0], at.get("graphviz_chart")[0]
    assert chart.value == {"selection": {"p": {}}} and chart.key == "c" and graph.value is None
    with pytest.raises(AppTestError, match=r"set_value\(\) is not supported for vega_lite_chart"):
        chart.set_value({"selection": {}})


def test_alt_is_every_charts_accessible_name_stripped_and_empty_alt_is_dropped(caplog):
    at = run(
        """
        import pydeck as pdk
        df = pd.DataFrame({"lat": [1.0], "lon": [2.0]})
        st.line_chart(df, alt="  Two series  ")
        st.vega_lite_chart(df, {"mark": "point"}, alt="points")
        st.plotly_chart({"data": [{"type": "bar", "y": [1]}]}, alt="a plot")
        st.graphviz_chart("digraph { a -> b }", alt="a flow")
        st.map(df, alt="a map")
        st.pydeck_chart(pdk.Deck(), alt="a deck")
        st.bar_chart(df, alt="   ")
        """
    )
    charts = [*at.get("vega_lite_chart"), *at.get("plotly_chart"), *at.get("graphviz_chart")]
    charts += at.get("deck_gl_json_chart")
    alts = [c.element.alt for c in charts]
    assert alts == ["Two series", "points", None, "a plot", "a flow", "a map", "a deck"]
    assert "`alt` was empty or whitespace-only and will be ignored" in caplog.text


def test_plotly_default_template_is_left_to_the_app_theme_but_a_chosen_one_is_kept():
    at = run(
        """
        import plotly.express as px
        st.plotly_chart(px.scatter(x=[1, 2], y=[3, 4]))
        st.plotly_chart(px.scatter(x=[1, 2], y=[3, 4]), theme=None)
        st.plotly_chart(px.scatter(x=[1, 2], y=[3, 4], template="seaborn"))
        """
    )
    themed, plain, seaborn = (json.loads(c.spec) for c in at.get("plotly_chart"))
    assert "template" not in themed["layout"]  # styled by the view in the app's colours
    assert themed["data"][0]["type"] == "scatter"
    assert plain["layout"]["template"]["layout"]["colorway"][0] == "#636efa"  # Plotly's own
    assert seaborn["layout"]["template"]["layout"]["colorway"][0] != "#636efa"  # the author's
