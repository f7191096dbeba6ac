"""st.dataframe of a million rows in Chromium: the first screen, far rows fetched on scroll,
sorting by a header click, Styler colours, row selection and a cell edit; all offline."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

APP = """
import numpy as np
import pandas as pd
import streamlit as st

n = 1_000_000
big = pd.DataFrame({"a": np.arange(n), "b": np.arange(n)[::-1] * 2, "c": np.arange(n) % 7})
st.dataframe(big)
styled = pd.DataFrame({"x": [1, 5, 3]}).style.highlight_max(color="red")
event = st.dataframe(styled, on_select="rerun", key="pick")
st.write(f"picked {event.selection.rows}")
edited = st.data_editor(pd.DataFrame({"name": ["ann", "bob"]}), key="ed")
st.write(f"names {list(edited['name'])}")
dyn = st.data_editor(pd.DataFrame({"n": [1.0]}), num_rows="dynamic", key="dyn")
st.write(f"total {dyn['n'].sum():g} over {len(dyn)}")
cc = st.column_config
kinds = pd.DataFrame({"trend": [[1, 3, 2]], "bars": [[1, 2]], "p": [0.5], "ok": [True],
                      "url": ["https://example.com/a"]})
st.dataframe(kinds, hide_index=True, column_config={
    "trend": cc.LineChartColumn(), "bars": cc.BarChartColumn(), "p": cc.ProgressColumn(),
    "url": cc.LinkColumn(display_text="site")})
"""


def _cell(page, grid: int, row: int, column: int):
    rows = page.locator(".st-grid").nth(grid).locator(f".st-grid-canvas [data-row='{row}']")
    return rows.locator(".st-grid-cell:not(.st-grid-marker)").nth(column)


def _wait_text(page, selector: str, text: str) -> None:
    """Wait until the first element matching `selector` shows `text`."""
    page.wait_for_function(
        "([s, t]) => document.querySelector(s)?.textContent === t",
        arg=[selector, text],
        timeout=20_000,
    )


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_million_row_grid_pages_sorts_styles_selects_and_edits(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("names ['ann', 'bob']").wait_for(timeout=90_000)
    assert _cell(page, 0, 3, 1).inner_text() == "3"
    assert page.locator(".st-grid").first.locator(".st-grid-canvas .st-grid-row").count() < 20

    scroller = page.locator(".st-grid-scroller").first
    scroller.evaluate("el => { el.scrollTop = 35 * 600000; }")
    far = _cell(page, 0, 600_001, 1)
    far.wait_for(timeout=20_000)
    _wait_text(page, "[data-row='600001'] .st-grid-cell:nth-child(2)", "600001")
    assert page.locator(".st-grid").first.locator(".st-grid-canvas .st-grid-row").count() < 20

    scroller.evaluate("el => { el.scrollTop = 0; }")
    page.locator(".st-grid").first.locator(".st-grid-head").nth(2).click()  # "b", ascending
    _wait_text(page, "[data-row='0'] .st-grid-cell:nth-child(1)", "999999")
    assert _cell(page, 0, 0, 2).inner_text() == "0"
    assert "↑" in page.locator(".st-grid").first.locator(".st-grid-head").nth(2).inner_text()

    red = _cell(page, 1, 1, 0)  # the index is hidden: rows are selectable
    assert red.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 0, 0)"
    assert _cell(page, 1, 0, 0).evaluate("el => getComputedStyle(el).backgroundColor") != (
        "rgb(255, 0, 0)"
    )

    page.locator(".st-grid").nth(1).locator("[data-row='2'] .st-grid-marker input").check()
    page.get_by_text("picked [2]").wait_for(timeout=20_000)

    _cell(page, 2, 1, 1).dblclick()  # column 0 is the index
    editor = page.locator(".st-grid-editor")
    editor.fill("cy")
    editor.press("Enter")
    page.get_by_text("names ['ann', 'cy']").wait_for(timeout=20_000)

    page.get_by_role("button", name="+ Add row").click()
    page.get_by_text("total 1 over 2").wait_for(timeout=20_000)
    _cell(page, 3, 1, 0).dblclick()  # the added row (the range index is hidden)
    page.locator(".st-grid-editor").fill("5")
    page.locator(".st-grid-editor").press("Enter")
    page.get_by_text("total 6 over 2").wait_for(timeout=20_000)
    page.locator(".st-grid").nth(3).locator("[data-row='0'] .st-grid-marker input").check()
    page.get_by_role("button", name="Delete 1 row").click()
    page.get_by_text("total 5 over 1").wait_for(timeout=20_000)

    kinds = page.locator(".st-grid").nth(4).locator(".st-grid-canvas [data-row='0']")
    assert kinds.locator("svg.st-grid-spark polyline").count() == 1
    assert kinds.locator("svg.st-grid-spark rect").count() == 2
    assert kinds.locator(".st-grid-progress > div").evaluate("el => el.style.width") == "50%"
    assert kinds.locator(".st-grid-checked").count() == 1
    link = kinds.locator("a")
    assert (link.inner_text(), link.get_attribute("href")) == ("site", "https://example.com/a")

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts


CELLS_APP = """
import pandas as pd
import streamlit as st

cc = st.column_config
st.dataframe(
    pd.DataFrame({
        "tags": [["ui", "db"]],
        "notes": ["**bold** <img src=x onerror=document.title='hacked'>"],
        "clip": ["https://a.example/x.mp3"],
        "when": pd.date_range("2026-01-01 09:00", periods=1, tz="Europe/Berlin"),
        "flag": pd.array([None], dtype="boolean"),
    }),
    hide_index=True,
    column_config={
        "tags": cc.MultiselectColumn(options=["ui", "db"], color=["red", "#00ff00"],
                                     format_func=str.upper),
        "notes": cc.MarkdownColumn(),
        "clip": cc.AudioColumn(),
    },
)
grouped = pd.MultiIndex.from_tuples([("size", "w"), ("size", "h")])
st.dataframe(pd.DataFrame([[1, 2]], columns=grouped))
picked = st.data_editor(pd.DataFrame({"tags": [["ui"]]}), hide_index=True, column_config={
    "tags": cc.MultiselectColumn(options=["ui", "db"], color="blue")})
st.write(f"tags {picked['tags'].tolist()}")
cells = st.dataframe(pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]}), hide_index=True,
                     on_select="rerun", selection_mode="multi-cell")
st.write(f"cells {sorted(cells.selection.cells)}")
st.write("done")
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_tags_markdown_media_timezones_and_grouped_headers_as_shown(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(CELLS_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("done").wait_for(timeout=90_000)
    row = page.locator(".st-grid").first.locator(".st-grid-canvas [data-row='0']")
    row.wait_for(timeout=20_000)
    tags = row.locator(".st-grid-chip")
    assert tags.all_inner_texts() == ["UI", "DB"]
    assert tags.nth(1).evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(0, 255, 0)"
    assert row.locator("strong").inner_text() == "bold"
    assert row.locator("img").count() == 0 and page.title() != "hacked"
    audio = row.locator("audio")
    assert audio.get_attribute("preload") == "none"
    cells = row.locator(".st-grid-cell")
    assert cells.nth(3).inner_text() == "2026-01-01 09:00:00+01:00"
    assert cells.nth(4).inner_text() == ""
    heads = page.locator(".st-grid").nth(1).locator(".st-grid-head")
    assert heads.nth(1).locator(".st-grid-group").inner_text() == "size"
    assert heads.nth(1).inner_text().replace("\n", " ").startswith("size w")

    editor_row = page.locator(".st-grid").nth(2).locator(".st-grid-canvas [data-row='0']")
    editor_row.locator(".st-grid-cell").first.dblclick()
    page.locator(".st-grid-editor option", has_text="db").click()
    page.locator(".st-grid-editor").press("Enter")
    page.get_by_text("tags [['ui', 'db']]").wait_for(timeout=20_000)
    tags = page.locator(".st-grid").nth(2).locator(".st-grid-chip.st-grid-chip-blue")
    assert tags.all_inner_texts() == ["ui", "db"]

    grid = page.locator(".st-grid").nth(3).locator(".st-grid-canvas")
    grid.locator("[data-row='0'] .st-grid-cell").nth(0).click()
    page.get_by_text("cells [(0, 'a')]").wait_for(timeout=20_000)
    grid.locator("[data-row='1'] .st-grid-cell").nth(1).click(modifiers=["Shift"])
    page.get_by_text("cells [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]").wait_for(timeout=20_000)

    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts
