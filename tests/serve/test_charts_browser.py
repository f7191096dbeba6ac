"""Charts in a real browser, offline: Vega-Lite, Plotly and Graphviz draw, follow the dark
theme, and their libraries load only when a chart appears, once per page."""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

STATIC = Path(__file__).parents[2] / "share/jupyter/labextensions/jupyter-st/static"
LIBRARY_BYTES = 150_000  # our own code is smaller; vega, deck.gl, plotly, graphviz are bigger

APP = """
import time

import graphviz
import pandas as pd
import plotly.express as px
import streamlit as st

st.title("Chart page")
if st.button("Show charts"):
    st.session_state.show = True
if st.session_state.get("show"):
    df = pd.DataFrame({"a": [1, 3, 2, 5], "b": [2, 1, 4, 3]})
    st.line_chart(df, color=["#ff0000", "#0000ff"])
    st.bar_chart(df, y="a", color="#00aa00")
    st.area_chart(df)
    plot = st.plotly_chart(px.scatter(x=[1, 2, 3], y=[3, 1, 2]), on_select="rerun", key="p")
    st.write(f"plot picked {plot.selection.point_indices}")
    graph = graphviz.Digraph()
    graph.edge("alpha", "beta")
    st.graphviz_chart(graph)
    spec = {"mark": {"type": "point", "size": 300, "filled": True},
            "params": [{"name": "pick", "select": "point"}],
            "encoding": {"x": {"field": "a", "type": "quantitative"},
                         "y": {"field": "b", "type": "quantitative"}}}
    event = st.vega_lite_chart(df, spec, on_select="rerun", key="sel")
    st.write(f"picked={event.selection.pick}")
    st.vega_lite_chart(df, {"mark": {"type": "nonsense"}})
    grow = st.line_chart(pd.DataFrame({"g": [1.0, 2.0]}))
    time.sleep(1.5)  # the browser draws the first rows, then receives two more
    grow.add_rows(pd.DataFrame({"g": [3.0, 4.0]}))
    st.write("charts shown")
"""


def pixels(locator) -> list[tuple[int, int, int]]:
    from PIL import Image

    image = Image.open(io.BytesIO(locator.screenshot())).convert("RGB")
    return list(image.getdata())


def near(colour: tuple[int, int, int], pixels: list, tolerance: int = 40) -> int:
    return sum(1 for p in pixels if all(abs(a - b) <= tolerance for a, b in zip(p, colour)))


def library_chunks(urls: list[str]) -> list[str]:
    """Requests for our extension's big lazily loaded chunks (by file size on disk)."""
    found = []
    for url in urls:
        path = urlparse(url).path
        if "/labextensions/jupyter-st/static/" in path:
            file = STATIC / path.rsplit("/", 1)[-1]
            if file.exists() and file.stat().st_size > LIBRARY_BYTES:
                found.append(path)
    return found


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_charts_draw_follow_dark_mode_and_load_their_libraries_lazily(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_role("button", name="Show charts").wait_for(timeout=90_000)
    page.wait_for_timeout(1500)
    assert library_chunks(page.requested_urls) == []  # no chart yet: no chart library

    before = len(page.requested_urls)
    page.get_by_role("button", name="Show charts").click()
    page.get_by_text("charts shown").wait_for(timeout=30_000)
    vega = page.locator(".st-vega-chart")
    expect(vega).to_have_count(6)
    marks = "svg .mark-line path, svg .mark-rect path, svg .mark-area path"
    for index in range(3):
        expect(vega.nth(index).locator(marks).first).to_be_attached(timeout=30_000)
    expect(page.locator(".st-plotly-chart .scatterlayer .point")).to_have_count(3, timeout=60_000)
    nodes = page.locator(".st-graphviz-chart svg g.node")
    expect(nodes).to_have_count(2, timeout=60_000)
    expect(nodes.first).to_contain_text("alpha")
    error = vega.nth(4).locator(".st-chart-error")
    expect(error).to_contain_text("Invalid Vega-Lite spec", timeout=20_000)  # the app goes on

    line, bar = pixels(vega.nth(0)), pixels(vega.nth(1))
    assert near((255, 0, 0), line) > 100 and near((0, 0, 255), line) > 100
    assert near((0, 170, 0), bar) > 2000
    assert near((255, 255, 255), line) > len(line) / 2  # the light theme's background

    loaded = library_chunks(page.requested_urls[before:])
    assert len(loaded) >= 3, loaded  # vega, plotly and graphviz came with the charts...
    assert len(loaded) == len(set(loaded)), loaded  # ...each once, though 3 charts use vega

    x_labels = vega.nth(5).locator("svg .role-axis-label text")
    expect(x_labels.filter(has_text=re.compile(r"^3$"))).to_have_count(1, timeout=20_000)

    page.get_by_text("picked={}").wait_for(timeout=10_000)
    vega.nth(3).locator("svg .mark-symbol path").first.click()
    page.get_by_text("picked=[{'a': 1, 'b': 2}]").wait_for(timeout=20_000)  # Streamlit's dict

    page.locator(".st-plotly-chart").scroll_into_view_if_needed()
    drag = page.locator(".st-plotly-chart .nsewdrag").first.bounding_box()
    page.mouse.move(drag["x"] + 2, drag["y"] + 2)
    page.mouse.down()
    page.mouse.move(drag["x"] + drag["width"] / 2, drag["y"] + drag["height"] / 2, steps=5)
    page.mouse.move(drag["x"] + drag["width"] - 2, drag["y"] + drag["height"] - 2, steps=5)
    page.mouse.up()
    page.get_by_text("plot picked [0, 1, 2]").wait_for(timeout=20_000)  # a box selection

    page.locator(".st-menu-button").click()
    page.get_by_role("menuitem", name="Settings").click()
    page.get_by_role("dialog", name="Settings").get_by_label("Dark").check()
    expect(page.locator("body")).to_have_class(re.compile(r"\bst-dark\b"))
    page.keyboard.press("Escape")
    dark = (14, 17, 23)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.st-vega-chart svg > rect, .st-vega-chart svg')]"
        ".some(e => (e.getAttribute('style') || '').includes('rgb(14, 17, 23)')"
        " || (e.getAttribute('fill') || '') === '#0e1117')",
        timeout=20_000,
    )
    line = pixels(vega.nth(0))
    assert near(dark, line, 10) > len(line) / 2
    assert near((255, 0, 0), line) > 100  # the series keep their colours

    svg = vega.nth(0).locator("svg").first
    wide = svg.bounding_box()["width"]
    page.set_viewport_size({"width": 420, "height": 800})
    page.wait_for_function(
        "w => document.querySelector('.st-vega-chart svg').getBoundingClientRect().width < w",
        arg=wide - 100,
        timeout=10_000,
    )  # the chart follows its container's width

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts


SAFE_APP = """
import pandas as pd
import streamlit as st

st.graphviz_chart('digraph { a [URL="javascript:alert(1)", label="click me"]; '
                  'a -> b [href=" javascript:alert(2)"] }')
geo = {"data": [{"type": "scattergeo", "lat": [10, 20], "lon": [30, 40],
                 "marker": {"size": 12}}]}
st.plotly_chart(geo, alt="two places")
df = pd.DataFrame({"a": [1, 2, 3, 4], "b": [1, 2, 3, 4]})
spec = {"mark": {"type": "point", "size": 400, "filled": True, "opacity": 1},
        "params": [{"name": "pick", "select": "point"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"},
                     "y": {"field": "b", "type": "quantitative"},
                     "color": {"condition": {"param": "pick", "value": "#ff0000"},
                               "value": "#0000ff"}}}
event = st.vega_lite_chart(df, spec, on_select="rerun", key="sel", alt="four points")
st.write(f"picked={event.selection.pick}")
st.write("safe page shown")
"""


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_graphviz_links_plotly_geo_and_a_selection_across_a_theme_flip(tmp_path, st_run, page):
    """No javascript: link survives in a graph; a Plotly geo chart draws without its CDN; a
    Vega selection still shows after the theme flips; alt names the charts."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    (tmp_path / "app.py").write_text(SAFE_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("safe page shown").wait_for(timeout=90_000)

    graph = page.locator(".st-graphviz-chart")
    expect(graph.locator("svg g.node")).to_have_count(2, timeout=60_000)
    expect(graph.locator("svg g.node").first).to_contain_text("click me")
    scripted = (
        "e => [...e.querySelectorAll('*')].flatMap(n => [...n.attributes])"
        ".filter(a => /script:/i.test(a.value) || /^on/i.test(a.name)).length"
    )
    assert graph.evaluate(scripted) == 0
    graph.locator("svg g.node").first.click()
    page.wait_for_timeout(500)
    assert dialogs == []

    plot = page.locator(".st-plotly-chart")
    expect(plot.locator(".scattergeo .point, .geo .point")).to_have_count(2, timeout=60_000)
    expect(plot).to_have_attribute("aria-label", "two places")

    chart = page.locator(".st-vega-chart")
    expect(chart).to_have_attribute("aria-label", "four points")
    expect(chart.locator("svg .mark-symbol path")).to_have_count(4, timeout=30_000)
    chart.locator("svg .mark-symbol path").first.click()
    page.get_by_text("picked=[{'a': 1, 'b': 1}]").wait_for(timeout=20_000)
    page.wait_for_timeout(500)
    assert near((0, 0, 255), pixels(chart), 30) > 300  # three unpicked points turn blue

    page.locator(".st-menu-button").click()
    page.get_by_role("menuitem", name="Settings").click()
    page.get_by_role("dialog", name="Settings").get_by_label("Dark").check()
    page.keyboard.press("Escape")
    page.wait_for_function(
        "() => (document.querySelector('.st-vega-chart svg')?.getAttribute('style') || '')"
        ".includes('rgb(14, 17, 23)') || [...document.querySelectorAll('.st-vega-chart rect')]"
        ".some(r => r.getAttribute('fill') === '#0e1117')",
        timeout=20_000,
    )
    page.wait_for_timeout(500)
    drawn = pixels(chart)
    assert near((0, 0, 255), drawn, 30) > 300 and near((255, 0, 0), drawn, 30) > 100

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts
