"""The data grid in the kernel: a small first state, pages on request, sorting, Styler
colours, add_rows sending only new rows, and malformed browser requests refused."""

from __future__ import annotations

import json

import pytest

from jupyter_st.render.adapters.data import DataGrid

MILLION = """
import numpy as np
import pandas as pd
import jupyter_st as st
n = 1_000_000
st.dataframe(pd.DataFrame({"a": np.arange(n), "b": np.arange(n) * 0.5, "c": np.arange(n) % 7}))
"""


def _grids(app) -> list[DataGrid]:
    found, stack = [], [app.app.reconciler.roots[0].widget]
    while stack:
        widget = stack.pop()
        if isinstance(widget, DataGrid):
            found.append(widget)
        stack.extend(getattr(widget, "children", ()))
    return found[::-1]


def ask(app, grid: DataGrid, **request) -> dict:
    """Send the grid a request as its view does; return the reply it sent."""
    before = len(app.sent)
    request = {"request": "rows", "id": 7, **request}
    grid._handle_msg({"content": {"data": {"method": "custom", "content": request}}, "buffers": []})
    replies = [d["content"] for kind, d in app.sent[before:] if d.get("method") == "custom"]
    assert len(replies) == 1
    return replies[0]


def _opened_state_bytes(app, grid: DataGrid) -> int:
    opens = [d for kind, d in app.sent if kind == "comm_open" and d["state"].get("num_rows")]
    return len(json.dumps(opens[0]))


def test_a_million_rows_open_with_one_screen_of_rows(live):
    app = live(MILLION).run()
    (grid,) = _grids(app)
    assert grid.num_rows == 1_000_000
    assert len(grid.first_page["rows"]) == 11  # 10 shown by default, and one more
    assert grid.first_page["rows"][3] == ["3", "3", "1.5", "3"]
    assert [c["name"] for c in grid.columns] == ["_index", "a", "b", "c"]
    assert _opened_state_bytes(app, grid) < 2000
    assert not [
        d
        for _kind, d in app.sent
        if d.get("method") == "update" and "first_page" in d.get("state", {})
    ]


def test_a_page_request_returns_just_that_page(live):
    app = live(MILLION).run()
    (grid,) = _grids(app)
    reply = ask(app, grid, start=999_990, count=50)
    assert reply["reply"] == 7 and reply["start"] == 999_990
    assert len(reply["rows"]) == 10  # clipped at the end
    assert reply["rows"][-1] == ["999999", "999999", "499999.5", "0"]
    assert "ids" not in reply  # unsorted: rows are their positions
    page = ask(app, grid, start=500_000, count=200)
    assert len(page["rows"]) == 200 and len(json.dumps(page)) < 10_000


def test_sorting_happens_in_the_kernel_and_is_stable(live):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        st.dataframe(pd.DataFrame({"k": [2, 1, 2, 3, 1, None], "tag": list("abcdef")}))
        """
    ).run()
    (grid,) = _grids(app)
    up = ask(app, grid, start=0, count=10, sort={"column": 1, "ascending": True})
    assert [r[2] for r in up["rows"]] == ["b", "e", "a", "c", "d", "f"]  # ties keep order, NaN last
    assert up["ids"] == [1, 4, 0, 2, 3, 5]
    down = ask(app, grid, start=0, count=3, sort={"column": 1, "ascending": False})
    assert [r[2] for r in down["rows"]] == ["d", "a", "c"]
    by_text = ask(app, grid, start=4, count=2, sort={"column": 2, "ascending": False})
    assert [r[2] for r in by_text["rows"]] == ["b", "a"] and by_text["start"] == 4


def test_sorting_a_million_rows_returns_the_right_first_rows(live):
    app = live(
        """
        import numpy as np
        import pandas as pd
        import jupyter_st as st
        values = np.random.default_rng(1).permutation(1_000_000)
        st.dataframe(pd.DataFrame({"v": values}))
        """
    ).run()
    (grid,) = _grids(app)
    down = ask(app, grid, start=0, count=3, sort={"column": 1, "ascending": False})
    assert [r[1] for r in down["rows"]] == ["999999", "999998", "999997"]
    up = ask(app, grid, start=0, count=2, sort={"column": 1, "ascending": True})
    assert [r[1] for r in up["rows"]] == ["0", "1"]
    cached = grid.grid.order({"column": 1, "ascending": True})
    assert grid.grid.order({"column": 1, "ascending": True}) is cached


@pytest.mark.parametrize(
    "request_, error",
    [
        ({"start": -1, "count": 5}, "starts at 0"),
        ({"start": "0", "count": 5}, "integers"),
        ({"start": 0, "count": 10**6}, "at most 1000"),
        ({"start": 50, "count": 5}, "cannot start at 50"),
        ({"start": 0, "count": 5, "sort": {"column": 9}}, "no column 9"),
        ({"start": 0, "count": 5, "sort": "a"}, "sort must be"),
        ({"start": 0, "count": 5, "sort": {"column": 0, "ascending": "yes"}}, "true or false"),
    ],
)
def test_malformed_requests_are_refused_with_an_error(live, request_, error, caplog):
    app = live("import jupyter_st as st\nst.dataframe({'a': [1, 2, 3]})").run()
    (grid,) = _grids(app)
    reply = ask(app, grid, **request_)
    assert error in reply["error"]
    assert "refused a rows request" in caplog.text
    assert ask(app, grid, start=0, count=1)["rows"] == [["1"]]  # still answering


def test_styler_text_and_colours_reach_the_shown_rows_only(live):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        df = pd.DataFrame({"x": list(range(100)), "y": [0.5] * 100})
        st.dataframe(df.style.format({"y": "{:.1%}"}).highlight_max(subset=["x"], color="red"))
        """
    ).run()
    (grid,) = _grids(app)
    assert grid.first_page["rows"][0] == ["0", "0", "50.0%"]
    assert "css" not in grid.first_page  # the maximum is on row 99
    last = ask(app, grid, start=95, count=5)
    assert last["css"] == {"4,1": "background-color: red"}


def test_column_config_formats_and_kinds(live):
    app = live(
        """
        import datetime
        import pandas as pd
        import jupyter_st as st
        cc = st.column_config
        df = pd.DataFrame({
            "price": [1234.5], "share": [0.256], "big": [1_234_567], "stars": [4],
            "url": ["https://docs.streamlit.io/x"], "done": [True], "p": [0.3],
            "trend": [[1, 3, 2]], "tags": [["a", "b"]], "when": [datetime.date(2026, 1, 5)],
            "hidden": [1], "img": ["https://e.com/a.png"],
        })
        st.dataframe(df, hide_index=True, column_config={
            "price": cc.NumberColumn("Price", format="dollar", width="small"),
            "share": cc.NumberColumn(format="percent"),
            "big": cc.NumberColumn(format="compact"),
            "stars": cc.NumberColumn(format="%d ⭐"),
            "url": cc.LinkColumn(display_text=r"https://docs\\.streamlit\\.io/(.*)"),
            "p": cc.ProgressColumn(),
            "trend": cc.LineChartColumn(y_min=0),
            "when": cc.DateColumn(format="DD.MM.YYYY"),
            "hidden": None,
            "img": cc.ImageColumn(),
        })
        """
    ).run()
    (grid,) = _grids(app)
    kinds = {c["name"]: c["kind"] for c in grid.columns}
    assert "hidden" not in kinds and "_index" not in kinds
    assert (
        kinds["done"] == "checkbox" and kinds["tags"] == "list" and kinds["trend"] == "line_chart"
    )
    row = dict(zip([c["name"] for c in grid.columns], grid.first_page["rows"][0], strict=True))
    assert row["price"] == "$1,234.50" and row["share"] == "25.60%" and row["big"] == "1.2M"
    assert row["stars"] == "4 ⭐" and row["url"] == ["https://docs.streamlit.io/x", "x"]
    assert row["p"] == [0.3, "30.00%"] and row["trend"] == [1.0, 3.0, 2.0]
    assert row["tags"] == ["a", "b"] and row["when"] == "05.01.2026" and row["done"] is True
    assert row["img"] == "https://e.com/a.png"
    price = next(c for c in grid.columns if c["name"] == "price")
    assert (price["label"], price["width"], price["align"]) == ("Price", 75, "right")


def test_column_order_and_hide_index(live):
    app = live(
        "import jupyter_st as st\n"
        "st.dataframe({'a': [1], 'b': [2], 'c': [3]}, column_order=['c', 'a'])\n"
        "import pandas as pd\n"
        "st.dataframe(pd.DataFrame({'a': [1]}), hide_index=True)\n"
    ).run()
    first, second = _grids(app)
    assert [c["name"] for c in first.columns] == ["c", "a"]  # a dict's made-up index hidden
    assert [c["name"] for c in second.columns] == ["a"]


ADD_ROWS = """
import pandas as pd
import jupyter_st as st
n = st.session_state.setdefault("n", 3)
grid = st.dataframe(pd.DataFrame({"a": range(3)}))
grid.add_rows(pd.DataFrame({"a": range(3, n)}))
st.session_state.n += 2
"""


def test_add_rows_sends_only_the_new_rows(live):
    app = live(ADD_ROWS).run()
    (grid,) = _grids(app)
    assert grid.num_rows == 3
    app.sent.clear()
    app.run()  # the frame grows to 5 rows: only rows 3 and 4 travel
    assert grid.num_rows == 5
    pushed = [d["content"] for _k, d in app.sent if d.get("method") == "custom"]
    assert pushed == [{"event": "rows", "start": 3, "rows": [["3", "3"], ["4", "4"]]}]
    states = [d["state"] for _k, d in app.sent if d.get("method") == "update"]
    assert states == [{"num_rows": 5}]


def test_a_rerun_that_changes_nothing_sends_nothing(live):
    app = live("import jupyter_st as st\nst.dataframe({'a': [1, 2]}, column_order=['a'])").run()
    app.sent.clear()
    app.run()
    assert app.sent == []


def test_add_rows_with_other_columns_is_an_error(live):
    app = live(
        "import jupyter_st as st\nimport pandas as pd\n"
        "t = st.dataframe(pd.DataFrame({'a': [1]}))\n"
        "t.add_rows(pd.DataFrame({'b': [2]}))\n"
    ).run()
    (error,) = app.elements("exception")
    assert "Column names of the new data don't match" in error.message
    assert "['b'] vs ['a']" in error.message


def test_table_is_static_escaped_and_styled(live):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        df = pd.DataFrame({"x": ["<script>bad()</script>", "ok"], "n": [1.5, 2.25]})
        st.table(df.style.format({"n": "{:.2f}"}).map(lambda v: "color: green", subset=["n"]))
        """
    ).run()
    html = app.app.reconciler.roots[0].widget.children[0].value
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<td style="color: green">2.25</td>' in html
    assert html.count("<tr>") == 3


def test_a_growing_frame_redrawn_in_an_empty_sends_only_new_rows(live):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        slot = st.empty()
        for n in (2, 4, 6):
            slot.dataframe(pd.DataFrame({"a": range(n)}))
        """
    ).run()
    (grid,) = _grids(app)
    assert grid.num_rows == 6 and grid.version == 0  # never reset: extended twice
    pushed = [d["content"] for _k, d in app.sent if d.get("method") == "custom"]
    assert [p["start"] for p in pushed] == [2, 4]
    assert [len(p["rows"]) for p in pushed] == [2, 2]


def test_editor_rows_carry_raw_values_for_every_kind_of_cell(live):
    app = live(
        """
        import datetime
        import numpy as np
        import pandas as pd
        import jupyter_st as st
        st.data_editor(pd.DataFrame({"arr": [np.array([1, 2])], "t": [pd.Timestamp("2026-01-02")],
                                     "x": [float("nan")], "d": [datetime.date(2026, 1, 3)]}))
        """
    ).run()
    (grid,) = _grids(app)
    assert grid.first_page["raw"] == [[0, [1, 2], "2026-01-02T00:00:00", None, "2026-01-03"]]
    assert grid.first_page["rows"][0][1:] == [["1", "2"], "2026-01-02 00:00:00", None, "2026-01-03"]


def _shown(frame, **options) -> list[list]:
    from jupyter_st.render.grid import GridSource

    source = GridSource(frame, **options)
    return source.page(0, source.num_rows)["rows"]


def test_nullable_columns_show_their_gaps_as_empty_cells():
    import pandas as pd

    frame = pd.DataFrame(
        {
            "i": pd.array([1, None], dtype="Int64"),
            "s": pd.array(["a", None], dtype="string"),
            "b": pd.array([True, None], dtype="boolean"),
        }
    )
    assert _shown(frame, hide_index=True) == [["1", "a", True], [None, None, None]]


def test_timezones_and_values_a_column_type_cannot_show():
    import pandas as pd

    frame = pd.DataFrame(
        {
            "aware": pd.date_range("2026-01-01 09:00", periods=1, tz="Europe/Berlin"),
            "naive": [pd.Timestamp("2026-01-01 09:00")],
            "when": ["not a date"],
            "done": ["n/a"],
        }
    )
    config = {
        "naive": {"type_config": {"type": "datetime", "timezone": "Asia/Tokyo"}},
        "when": {"type_config": {"type": "date"}},
        "done": {"type_config": {"type": "progress"}},
    }
    (row,) = _shown(frame, hide_index=True, column_config=config)
    assert row == ["2026-01-01 09:00:00+01:00", "2026-01-01 18:00:00+09:00", "not a date", "n/a"]


def test_multiindex_columns_are_titled_by_their_last_level_under_a_group():
    import pandas as pd

    from jupyter_st.render.grid import GridSource

    columns = pd.MultiIndex.from_tuples([("size", "w"), ("size", "h"), ("", "n")])
    schema = GridSource(pd.DataFrame([[1, 2, 3]], columns=columns), hide_index=True).schema()
    assert [(c["label"], c.get("group")) for c in schema] == [
        ("w", "size"),
        ("h", "size"),
        ("n", None),
    ]


def test_a_rerun_of_the_same_styler_sends_nothing_and_a_new_colour_is_sent(live):
    app = live(
        """
        import pandas as pd
        import jupyter_st as st
        colour = settings["colour"]
        df = pd.DataFrame({"x": [1, 3, 2]})
        styled = df.style.format("{:.1f}").highlight_max(color=colour)
        st.dataframe(styled.apply(lambda c: ["font-weight: bold" if v == 1 else "" for v in c]))
        st.table(styled)
        """,
        settings=(settings := {"colour": "red"}),
    ).run()
    (grid,) = _grids(app)
    assert grid.first_page["css"]["1,1"] == "background-color: red"
    app.sent.clear()
    app.run()
    assert app.sent == []
    settings["colour"] = "blue"
    app.run()
    assert grid.first_page["css"]["1,1"] == "background-color: blue"


def test_styler_css_in_the_grid_is_colours_and_weight_and_never_fetches():
    import pandas as pd

    from jupyter_st.render.adapters.data import table_html
    from jupyter_st.render.grid import GridSource

    css = "color: red; background-image: url(https://evil.example/t.png); font-weight: bold"
    styled = pd.DataFrame({"x": [1]}).style.map(lambda v: css + "; border: 1px solid")
    page = GridSource(styled.data, styler=styled).page(0, 1)
    assert page["css"] == {"0,1": "color: red; font-weight: bold"}
    html = table_html(styled.data, styled)
    assert "border: 1px solid" in html and "evil.example" not in html


def test_link_text_with_parentheses_that_are_no_pattern_is_shown_as_written():
    import pandas as pd

    config = {"u": {"type_config": {"type": "link", "display_text": "Open (docs"}}}
    frame = pd.DataFrame({"u": ["https://a.example/x", "javascript:alert(1)"]})
    rows = _shown(frame, hide_index=True, column_config=config)
    assert rows == [[["https://a.example/x", "Open (docs"]], [[None, "Open (docs"]]]


def test_paging_a_styler_leaves_it_as_it_was():
    import pandas as pd

    from jupyter_st.render.grid import GridSource

    styled = pd.DataFrame({"x": range(500), "y": 0.5}).style.format({"y": "{:.0%}"})
    before = len(styled._display_funcs)
    page = GridSource(styled.data, styler=styled).page(100, 300)
    assert page["rows"][0] == ["100", "100", "50%"]
    assert len(styled._display_funcs) == before  # no entry per viewed cell


def test_multiselect_column_shows_option_labels_as_coloured_tags():
    import pandas as pd

    import jupyter_st as st

    tags = st.column_config.MultiselectColumn(
        "Tags",
        options=["ui", "db", "ml"],
        color=["red", "#00ff00", "url(x)"],
        format_func=str.upper,
    )
    assert tags["type_config"]["options"][1] == {"value": "db", "label": "DB", "color": "#00ff00"}
    frame = pd.DataFrame({"t": [["ui", "db"], ["ml", "new"], None]})
    rows = _shown(frame, hide_index=True, column_config={"t": tags})
    assert rows == [[[["UI", "red"], ["DB", "#00ff00"]]], [[["ML", None], ["new", None]]], [None]]


def test_list_and_chart_cells_with_gaps_or_text_do_not_break_the_page():
    import numpy as np
    import pandas as pd

    frame = pd.DataFrame({"l": [["a"], np.nan, "solo"], "s": [[1, 2], np.nan, "x"]})
    config = {"s": {"type_config": {"type": "line_chart"}}}
    rows = _shown(frame, hide_index=True, column_config=config)
    assert rows == [[["a"], [1.0, 2.0]], [None, None], [["solo"], None]]


def test_cells_the_browser_selects_are_kept_in_multi_cell_mode_not_from_a_default():
    import pandas as pd

    from jupyter_st.elements.data import SelectableDataframe
    from jupyter_st.render.adapters.data import read_selection
    from jupyter_st.testing import AppTest

    df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
    picked = {"selection": {"rows": [], "columns": [], "cells": [[1, "b"], [0, "a"], [5, "a"]]}}
    element = SelectableDataframe(
        id="g", label="", data=df, selection_mode=("multi-cell",), value=picked
    )
    read = read_selection(element, json.dumps(picked))
    assert read["selection"]["cells"] == [(1, "b"), (0, "a")]  # the row-5 cell does not exist
    at = AppTest.from_string(
        "import jupyter_st as st\nimport pandas as pd\n"
        "e = st.dataframe(pd.DataFrame({'a': [1]}), on_select='rerun', selection_mode='multi-cell',"
        " selection_default={'selection': {'cells': [[0, 'a']]}})\n"
        "st.write(repr(e.selection.cells))"
    ).run()
    assert at.markdown[0].value == "[]"


def test_markdown_audio_and_video_columns_are_sanitised_and_checked():
    import pandas as pd

    import jupyter_st as st

    frame = pd.DataFrame(
        {
            "m": ["**bold** <img src=x onerror=alert(1)>", "[go](javascript:alert(1))"],
            "a": ["https://a.example/x.mp3", "javascript:alert(1)"],
            "v": ["data:video/mp4;base64,AAAA", "file:///etc/passwd"],
        }
    )
    config = {
        "m": st.column_config.MarkdownColumn("Notes"),
        "a": st.column_config.AudioColumn(),
        "v": st.column_config.VideoColumn(),
    }
    assert config["a"] == {"type_config": {"type": "audio"}}
    rows = _shown(frame, hide_index=True, column_config=config)
    (bold,), (link,) = rows[0][0], rows[1][0]
    assert bold.startswith("<strong>bold</strong>") and "<img" not in bold
    assert "href" not in link  # no javascript: link
    assert [r[1:] for r in rows] == [
        ["https://a.example/x.mp3", "data:video/mp4;base64,AAAA"],
        [None, None],
    ]


def test_an_int_key_in_column_config_names_a_position():
    import pandas as pd

    from jupyter_st.api._grid import grid_options
    from jupyter_st.render.grid import GridSource

    frame = pd.DataFrame([[1, 2, 3]], columns=["a", 0, "c"])
    options = grid_options(
        frame, frame, width="stretch", height="auto", hide_index=True, use_container_width=None,
        column_order=None, column_config={2: "Third", "0": "Zero"}, row_height=None,
    )  # fmt: skip
    source = GridSource(frame, column_config=options.column_config, hide_index=True)
    assert [c["label"] for c in source.schema()] == ["a", "Zero", "Third"]


def test_a_timedelta_column_shows_worded_durations_and_sorts_by_length():
    import pandas as pd

    from jupyter_st.render.grid import GridSource

    frame = pd.DataFrame({"d": pd.to_timedelta([7200, 1, None], unit="s")})
    source = GridSource(frame, hide_index=True)
    assert source.page(0, 3)["rows"] == [["2 hours"], ["a few seconds"], [None]]
    ascending = source.page(0, 3, {"column": 0, "ascending": True})["rows"]
    assert ascending == [["a few seconds"], ["2 hours"], [None]]
