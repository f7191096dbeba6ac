"""st.map and st.pydeck_chart at the tree level: the deck.gl JSON and the errors."""

from __future__ import annotations

import json
import textwrap

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    header = "import pandas as pd\nimport jupyter_st as st\n"
    return AppTest.from_string(header + textwrap.dedent(source), default_timeout=15).run()


def test_map_finds_streamlits_column_names_and_centres_the_view():
    at = run(
        """
        df = pd.DataFrame({"LATITUDE": [10.0, 20.0], "lon": [30.0, 50.0], "w": [5, 6]})
        st.map(df, size="w", color=(255, 0, 0))
        st.map()
        """
    )
    first, empty = at.get("deck_gl_json_chart")
    spec = json.loads(first.spec)
    assert spec["initialViewState"] == {"latitude": 15.0, "longitude": 40.0, "pitch": 0,
                                        "zoom": 4}  # fmt: skip
    (layer,) = spec["layers"]
    assert layer["getPosition"] == "@@=[lon, LATITUDE]" and layer["getRadius"] == "@@=w"
    assert layer["getFillColor"] == [255, 0, 0] and len(layer["data"]) == 2
    assert json.loads(empty.spec)["initialViewState"]["zoom"] == 1
    assert first.command == "map" and first.height == 500


def test_map_errors_name_the_missing_column_and_null_values():
    at = run("st.map(pd.DataFrame({'y': [1.0], 'lon': [2.0]}))")
    assert "Map data must contain a latitude column named" in at.exception[0].value
    at = run("st.map(pd.DataFrame({'lat': [1.0, float('nan')], 'lon': [2.0, 3.0]}))")
    assert "Column lat is not allowed to contain null values" in at.exception[0].value


def test_pydeck_chart_keeps_pydecks_json_tooltip_and_gives_random_ids_a_stable_name():
    source = """
        import pydeck as pdk
        df = pd.DataFrame({"lat": [1.0], "lon": [2.0], "name": ["<b>x</b>"]})
        deck = pdk.Deck(layers=[pdk.Layer("TextLayer", df, get_position="[lon, lat]",
                                          get_text="name"),
                                pdk.Layer("ScatterplotLayer", df, id="dots")],
                        tooltip={"text": "{name}"})
        st.pydeck_chart(deck, height=300)
        """
    at = run(source)
    (chart,) = at.get("deck_gl_json_chart")
    spec = json.loads(chart.spec)
    assert [layer["id"] for layer in spec["layers"]] == ["layer-0", "dots"]
    assert spec["layers"][0]["@@type"] == "TextLayer" and chart.tooltip == {"text": "{name}"}
    assert chart.height == 300
    first = chart.spec
    at.run()
    assert at.get("deck_gl_json_chart")[0].spec == first


def test_pydeck_selection_is_streamlits_empty_state_until_the_user_picks():
    at = run(
        """
        import pydeck as pdk
        event = st.pydeck_chart(pdk.Deck(), on_select="rerun", key="map",
                                selection_mode="multi-object")
        st.write(event.selection.indices == {}, event["selection"]["objects"] == {})
        """
    )
    assert at.session_state["map"] == {"selection": {"indices": {}, "objects": {}}}
    assert at.markdown[0].value == "`True` `True`"
