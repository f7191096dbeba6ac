"""Maps in a real browser, offline: st.map and pydeck layers draw on the canvas without
base-map tiles, and tooltips show data as text and the author's HTML made safe."""

from __future__ import annotations

import io
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

APP = """
import numpy as np
import pandas as pd
import pydeck as pdk
import streamlit as st

st.title("Map page")
points = pd.DataFrame({"lat": [0.0, 0.01, -0.01], "lon": [0.0, 0.01, -0.01]})
st.map(points, size=300, color="#ff0000", zoom=12)
rng = np.random.default_rng(0)
cloud = pd.DataFrame({"lat": rng.normal(0, 0.01, 400), "lon": rng.normal(0, 0.01, 400)})
view = pdk.ViewState(latitude=0, longitude=0, zoom=12)
st.pydeck_chart(pdk.Deck(map_style=None, initial_view_state=view, layers=[
    pdk.Layer("HexagonLayer", cloud, get_position="[lon, lat]", radius=300)]))
label = pd.DataFrame({"lat": [0.0], "lon": [0.0], "name": ["<img src=x onerror=alert(1)>"]})
tip = {"html": "<b>{name}</b><svg><a><animate attributeName='href' "
                "values='0;javascript:alert(2)'/><text y='9'>go</text></a></svg>"}
event = st.pydeck_chart(pdk.Deck(map_style=None, initial_view_state=view, tooltip=tip,
    layers=[pdk.Layer("ScatterplotLayer", label, get_position="[lon, lat]", get_radius=400,
                      get_fill_color=[0, 0, 255], pickable=True),
            pdk.Layer("TextLayer", pd.DataFrame({"lat": [0.02], "lon": [0.0], "t": ["MAP"]}),
                      get_position="[lon, lat]", get_text="t", get_size=48,
                      get_color=[255, 0, 255])]), on_select="rerun", key="picked")
st.write(f"picked={event.selection.indices}")
st.write("maps shown")
"""
TILE_HOSTS = {f"{s}.basemaps.cartocdn.com" for s in "abcd"}


def pixels(locator) -> list[tuple[int, int, int]]:
    from PIL import Image

    image = Image.open(io.BytesIO(locator.screenshot())).convert("RGB")
    return list(image.getdata())


def near(colour: tuple[int, int, int], pixels: list, tolerance: int = 40) -> int:
    return sum(1 for p in pixels if all(abs(a - b) <= tolerance for a, b in zip(p, colour)))


def warm(pixels: list) -> int:
    """HexagonLayer's default colours run from yellow to dark red: red well above blue."""
    return sum(1 for r, g, b in pixels if r > 150 and r - b > 60)


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_maps_and_pydeck_layers_draw_offline_with_safe_tooltips(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("maps shown").wait_for(timeout=90_000)
    maps = page.locator(".st-deck-chart")
    expect(maps).to_have_count(3)
    for index in range(3):
        expect(maps.nth(index).locator("canvas")).to_have_count(1, timeout=60_000)
    page.wait_for_timeout(2000)  # the first frames

    maps.nth(0).scroll_into_view_if_needed()
    assert near((255, 0, 0), pixels(maps.nth(0))) > 1000  # st.map's points
    maps.nth(1).scroll_into_view_if_needed()
    assert warm(pixels(maps.nth(1))) > 1000  # hexagon bins
    third = maps.nth(2)
    third.scroll_into_view_if_needed()
    drawn = pixels(third)
    assert near((0, 0, 255), drawn) > 1000  # the scatterplot point
    assert near((255, 0, 255), drawn, 60) > 50  # the text layer's letters

    box = third.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = third.locator(".deck-tooltip")
    expect(tooltip).to_contain_text("<img src=x onerror=alert(1)>", timeout=10_000)
    assert tooltip.locator("img").count() == 0  # data shown as text, never as HTML
    assert tooltip.locator("b").count() == 1  # the author's own HTML stays...
    assert tooltip.locator("animate").count() == 0  # ...but nothing that could write a link
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_text("picked={'layer-0': [0]}").wait_for(timeout=20_000)  # Streamlit's state

    ours = [u for u in page.requested_urls if "/labextensions/jupyter-st/static/" in u]
    assert len(ours) == len(set(ours)), ours  # deck.gl fetched once for three maps
    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts <= {"127.0.0.1"} | TILE_HOSTS, hosts  # tiles are the only outside requests
