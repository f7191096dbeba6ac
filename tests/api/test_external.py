"""The user's own ipywidgets in apps (st.ipywidget, st.write(widget)), as AppTest sees them.

Streamlit has no st.ipywidget, so these pin jupyter_st's own contract (see DESIGN.md):
shown in place, kept while keyed, their value changes rerun the app.
"""

from __future__ import annotations

import ipywidgets
import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def types(block) -> list[str]:
    return [child.type for child in block.children.values()]


KEYED = """
import ipywidgets
import jupyter_st as st
n = st.ipywidget(ipywidgets.IntSlider(value=5, description="n"), key="n")
st.write(f"n={n}")
"""


def test_ipywidget_is_shown_in_place_and_returns_its_value():
    at = run(KEYED)
    assert types(at.main) == ["ipywidget", "markdown"]
    (node,) = at.get("ipywidget")
    assert (node.value, node.key) == (5, "n")
    assert at.markdown.values == ["n=5"]


def test_a_keyed_widget_reruns_on_change_and_keeps_its_value():
    at = run(KEYED)
    at.get("ipywidget")[0].set_value(9).run()
    assert at.markdown.values == ["n=9"]
    assert at.session_state["n"] == 9
    at.run()  # the script builds IntSlider(value=5) again; the kept widget wins
    assert at.markdown.values == ["n=9"]
    assert at.get("ipywidget")[0].value == 9


def test_an_unkeyed_widget_is_rebuilt_from_the_script_each_run():
    at = run(
        """
        import ipywidgets
        import jupyter_st as st
        st.text(repr(st.ipywidget(ipywidgets.Text("a"))))
        """
    )
    assert at.text.values == ["'a'"]
    at.get("ipywidget")[0].set_value("typed").run()
    assert at.text.values == ["'a'"]
    assert len(at.session_state) == 0


def test_a_keyed_widget_not_shown_in_a_run_starts_afresh():
    at = run(
        """
        import ipywidgets
        import jupyter_st as st
        if st.checkbox("show", value=True):
            st.ipywidget(ipywidgets.IntSlider(value=5), key="n")
        """
    )
    at.get("ipywidget")[0].set_value(8).run()
    assert at.get("ipywidget")[0].value == 8
    at.checkbox[0].uncheck().run()
    assert len(at.get("ipywidget")) == 0 and "n" not in at.session_state
    at.checkbox[0].check().run()
    assert at.get("ipywidget")[0].value == 5


def test_widgets_without_a_value_return_none():
    at = run(
        """
        import ipywidgets
        import jupyter_st as st
        b = st.ipywidget(ipywidgets.Button(description="b"))
        box = st.ipywidget(ipywidgets.HBox([ipywidgets.IntSlider(2), ipywidgets.Label("x")]))
        st.text(repr((b, box)))
        """
    )
    assert at.text.values == ["(None, None)"]
    assert len(at.get("ipywidget")) == 2


def test_st_write_shows_a_widget_as_a_widget():
    at = run(
        """
        import ipywidgets
        import jupyter_st as st
        st.write(ipywidgets.Checkbox(value=True, description="c"))
        st.write("count", ipywidgets.IntText(3))
        """
    )
    assert types(at.main) == ["ipywidget", "markdown", "ipywidget"]
    assert [w.value for w in at.get("ipywidget")] == [True, 3]
    assert at.markdown.values == ["count"]


def test_a_widget_made_outside_the_script_can_be_passed_in():
    def app(widget):
        import jupyter_st as st

        st.write("before")
        st.write(widget)

    at = AppTest.from_function(app, args=(ipywidgets.IntSlider(4),)).run()
    assert types(at.main) == ["markdown", "ipywidget"]
    assert at.get("ipywidget")[0].value == 4


def test_widgets_follow_the_cursor():
    at = run(
        """
        import ipywidgets
        import jupyter_st as st
        left, right = st.columns(2)
        with right:
            st.ipywidget(ipywidgets.IntSlider(1), key="r")
        with st.sidebar:
            st.write(ipywidgets.Text("side"))
        """
    )
    assert types(at.columns[0]) == [] and types(at.columns[1]) == ["ipywidget"]
    assert [w.value for w in at.sidebar.get("ipywidget")] == ["side"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "st.ipywidget(5)",
            "`st.ipywidget` expects an ipywidgets or anywidget object, got `int`.",
        ),
        (
            "w = ipywidgets.IntSlider()\nst.ipywidget(w, key='a')\nst.ipywidget(w, key='a')",
            "There are multiple elements with the same `key='a'`. To fix this, please make sure "
            "that the `key` argument is unique for each element you create.",
        ),
    ],
)
def test_bad_ipywidget_calls_are_reported(body, message):
    at = run(f"import ipywidgets\nimport jupyter_st as st\n{body}")
    assert at.exception[0].value == message
