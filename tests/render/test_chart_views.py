"""Charts on live widgets: rows travel apart from the spec, only new rows are sent, and a
browser's selection reaches the script as Streamlit's dict."""

from __future__ import annotations

import pytest

from jupyter_st.render.adapters.charts import VegaChart
from jupyter_st.render.chart_rows import decode_rows, encode_rows
from jupyter_st.testing.fake_comm import open_widgets


@pytest.fixture
def pushed(monkeypatch) -> list:
    """(content, buffers) of every custom message a chart sends."""
    sent: list = []
    original = VegaChart.send

    def record(self, content, buffers=None):
        sent.append((content, [bytes(b) for b in buffers or []]))
        return original(self, content, buffers)

    monkeypatch.setattr(VegaChart, "send", record)
    return sent


def rows_of(message) -> list:
    return decode_rows(message[1][0])


def charts(app) -> list:
    return [w for w in app.app.reconciler.roots[0].widget.children if isinstance(w, VegaChart)]


def ask_for_rows(chart: VegaChart) -> tuple[dict, list]:
    """What a view starting up receives: every dataset and the revision they are at."""
    reply, buffers = chart._all_rows({"request": "data", "id": 1}, [])
    return reply, [decode_rows(b) for b in buffers]


def test_add_rows_sends_only_the_new_rows(live, pushed):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        chart = st.line_chart(pd.DataFrame({"a": range(1000)}))
        chart.add_rows(pd.DataFrame({"a": [7, 8]}))
        """
    ).run()
    (chart,) = charts(app)
    first, added = [m for m in pushed if m[0].get("event") == "rows"]
    assert first[0]["mode"] == "replace" and len(rows_of(first)) == 1000
    assert added[0]["mode"] == "insert"
    assert [r["a"] for r in rows_of(added)] == [7, 8]
    assert [r["index -- streamlit-generated"] for r in rows_of(added)] == [1000, 1001]
    assert len(added[1][0]) < len(first[1][0]) / 50  # bytes: two rows, not a thousand
    reply, (rows,) = ask_for_rows(chart)
    assert reply == {"revision": 2, "names": ["data"]} and len(rows) == 1002


def test_a_growing_frame_redrawn_through_empty_sends_only_new_rows(live, pushed):
    live(
        """
        import pandas as pd
        import jupyter_st as st
        slot = st.empty()
        for n in (50, 60, 60):
            slot.bar_chart(pd.DataFrame({"v": range(n)}))
        """
    ).run()
    messages = [m for m in pushed if m[0].get("event") == "rows"]
    assert [m[0]["mode"] for m in messages] == ["replace", "insert"]  # 60 again: nothing
    assert [r["v"] for r in rows_of(messages[1])] == list(range(50, 60))


def test_a_rerun_that_changes_nothing_sends_nothing(live):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        st.area_chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]}))
        st.vega_lite_chart(pd.DataFrame({"x": [1]}), {"mark": "point"})
        """
    ).run()
    app.sent.clear()
    app.run()
    assert app.sent == []


SELECTABLE = """
import pandas as pd
import jupyter_st as st
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
spec = {"mark": "point", "params": [{"name": "pick", "select": "point"},
        {"name": "brush", "select": "interval"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"},
                     "y": {"field": "b", "type": "quantitative"}}}
event = st.vega_lite_chart(df, spec, on_select="rerun", key="chart")
st.write(f"picked={event.selection.pick} brush={event['selection']['brush']}")
"""


def _send_selection(chart: VegaChart, selection) -> None:
    data = {"method": "custom", "content": {"event": "select", "selection": selection}}
    chart._handle_msg({"content": {"data": data}, "buffers": []})


def test_a_browser_selection_reaches_the_script_as_streamlits_dict(live):
    app = live(SELECTABLE).run()
    (chart,) = charts(app)
    assert chart.selection_mode == ["brush", "pick"]
    main = app.app.reconciler.roots[0].widget
    assert "picked={} brush={}" in main.children[-1].value
    _send_selection(chart, {"pick": [{"a": 2, "b": 5}], "brush": {"a": [1, 2]}})
    assert app.app.session.wait_idle(10)
    assert "picked=[{'a': 2, 'b': 5}] brush={'a': [1, 2]}" in main.children[-1].value
    state = app.app.session.state["chart"]
    assert state == {"selection": {"pick": [{"a": 2, "b": 5}], "brush": {"a": [1, 2]}}}
    with pytest.raises(TypeError, match="read-only"):
        state["selection"]["pick"] = []


def test_a_malformed_selection_is_dropped(live, caplog):
    app = live(SELECTABLE).run()
    (chart,) = charts(app)
    _send_selection(chart, {"unknown_param": [1]})
    _send_selection(chart, "not a dict")
    assert app.app.session.wait_idle(10)
    assert app.app.session.state["chart"] == {"selection": {"brush": {}, "pick": {}}}
    assert "rejected" in caplog.text


def test_a_pydeck_rerun_that_changes_nothing_sends_nothing(live):
    import pandas as pd
    import pydeck as pdk

    df = pd.DataFrame({"lat": [1.0], "lon": [2.0]})
    deck = pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", df)])  # random layer id inside
    app = live(
        """
        import jupyter_st as st
        st.pydeck_chart(deck)
        st.map(df)
        """,
        deck=deck,  # made outside: pydeck opens ipywidgets of its own in every Deck()
        df=df,
    ).run()
    app.sent.clear()
    app.run()
    assert app.sent == []


def test_a_map_click_reaches_the_script_as_streamlits_pydeck_state(live):
    from jupyter_st.render.adapters.maps import DeckMap

    app = live(
        """
        import pydeck as pdk
        import jupyter_st as st
        event = st.pydeck_chart(pdk.Deck(), on_select="rerun", key="map")
        st.write(f"indices={event.selection.indices}")
        """
    ).run()
    main = app.app.reconciler.roots[0].widget
    (deck,) = [w for w in main.children if isinstance(w, DeckMap)]
    assert deck.selection_mode == "single-object"
    _send_selection(deck, {"indices": {"dots": [0, 1]}, "objects": {"dots": [{}, {}]}})
    _send_selection(deck, {"indices": {"dots": ["x"]}, "objects": {}})
    assert app.app.session.wait_idle(10)
    assert "indices={}" in main.children[-1].value  # two objects in single-object mode: dropped
    _send_selection(deck, {"indices": {"dots": [2]}, "objects": {"dots": [{"name": "c"}]}})
    assert app.app.session.wait_idle(10)
    assert "indices={'dots': [2]}" in main.children[-1].value
    assert app.app.session.state["map"]["selection"]["objects"] == {"dots": [{"name": "c"}]}


def test_a_plotly_selection_reaches_the_script(live):
    from jupyter_st.render.adapters.charts import PlotlyChart

    app = live(
        """
        import jupyter_st as st
        event = st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4]}]},
                                on_select="rerun", key="p")
        st.write(f"points={event.selection.point_indices}")
        """
    ).run()
    main = app.app.reconciler.roots[0].widget
    (plot,) = [w for w in main.children if isinstance(w, PlotlyChart)]
    assert plot.selection_mode == ["box", "lasso", "points"]
    points = [{"curve_number": 0, "point_index": 1, "x": 2, "y": 4}]
    _send_selection(plot, {"points": points, "point_indices": [1], "box": [], "lasso": []})
    assert app.app.session.wait_idle(10)
    assert "points=[1]" in main.children[-1].value


def test_rows_keep_full_precision_and_dates_travel_as_epoch_milliseconds():
    import pandas as pd

    dates = pd.to_datetime(["2024-01-02", None]).tz_localize("UTC")
    frame = pd.DataFrame({"x": [0.123456789012345, None], "t": dates, "k": ["a", None]})
    assert decode_rows(encode_rows(frame)) == [
        {"x": 0.123456789012345, "t": 1704153600000.0, "k": "a"},
        {"x": None, "t": None, "k": None},
    ]


def test_numbers_travel_as_float64_so_a_100k_point_line_chart_is_far_below_its_json():
    import numpy as np
    import pandas as pd

    values = np.random.default_rng(0).standard_normal(100_000).cumsum()
    frame = pd.DataFrame({"index -- streamlit-generated": range(100_000), "v": values})
    payload = encode_rows(frame)
    as_json = frame.to_json(orient="split", index=False, double_precision=15)
    assert len(payload) < 1_700_000 < 0.65 * len(as_json)  # 8 bytes a number, ~19 in JSON
    assert decode_rows(payload)[99_999]["v"] == values[-1]


def test_a_growing_wide_frame_redrawn_sends_only_its_new_rows(live, pushed):
    live(
        """
        import pandas as pd
        import jupyter_st as st
        slot = st.empty()
        for n in (100, 103):
            slot.line_chart(pd.DataFrame({"a": range(n), "b": range(n)}))
        """
    ).run()
    first, added = [m for m in pushed if m[0].get("event") == "rows"]
    assert added[0]["mode"] == "insert" and len(rows_of(first)) == 200
    assert [(r["color -- streamlit-generated"], r["value -- streamlit-generated"])
            for r in rows_of(added)] == [("a", 100), ("b", 100), ("a", 101), ("b", 101),
                                         ("a", 102), ("b", 102)]  # fmt: skip


def test_a_pydeck_deck_made_in_every_run_opens_no_widgets_of_its_own(live):
    """In a kernel pydeck opens two ipywidgets per Deck (one never closed); not in an app."""
    app = live(
        """
        import pydeck as pdk
        import jupyter_st as st
        deck = pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", data=[{"p": [0, 0]}],
                                          get_position="p")])
        st.pydeck_chart(deck)
        """
    ).run()
    before = open_widgets()
    app.sent.clear()
    for _ in range(3):
        app.run()
    assert open_widgets() == before
    assert [kind for kind, _ in app.sent if kind == "comm_open"] == []


def test_pydeck_imported_after_the_first_app_is_quietened_too():
    """The patch waits for pydeck's import when the app starts first (a fresh process)."""
    import subprocess
    import sys

    probe = (
        "import sys\nfrom jupyter_st.apps import streamlit_names\nstreamlit_names.install()\n"
        "assert 'pydeck' not in sys.modules\nfrom pydeck.bindings import deck\n"
        "print(getattr(deck.has_jupyter_extra, '_jupyter_st', False))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_a_noop_rerun_of_every_chart_kind_sends_no_comm_message(live):
    """Decks, maps, Altair, Plotly and Graphviz charts all made inside the script: a rerun
    that changes nothing sends nothing at all (no comm close, no children update)."""
    app = live(
        """
        import altair as alt
        import pandas as pd
        import pydeck as pdk
        import jupyter_st as st
        df = pd.DataFrame({"lat": [1.0, 1.5], "lon": [2.0, 2.5], "v": [3, 4]})
        layer = pdk.Layer("ScatterplotLayer", df, get_position="[lon, lat]", pickable=True)
        st.pydeck_chart(pdk.Deck(layers=[layer], tooltip={"text": "{v}"}))
        st.map(df)
        st.altair_chart(alt.Chart(df).mark_point().encode(x="lon", y="v"))
        st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4]}]})
        st.graphviz_chart("digraph { a -> b }")
        """
    ).run()
    app.sent.clear()
    for _ in range(2):
        app.run()
    assert app.sent == []


def test_a_deck_made_outside_the_app_keeps_its_own_widget(live):
    """A notebook's Deck shown in another cell keeps its ipywidget when an app charts it."""
    import pydeck as pdk

    deck = pdk.Deck()
    widget = deck.deck_widget  # made outside a run: pydeck's own widget, as in a notebook
    live("import jupyter_st as st\nst.pydeck_chart(deck)", deck=deck).run()
    assert widget.comm is not None  # still open: the notebook may be showing it
