"""The reconciler: reuse, minimal updates, cleanup, live updates, echo suppression."""

from __future__ import annotations

import threading

import ipywidgets as w
import pytest
from traitlets import TraitError

from jupyter_st.testing.browser import send_update
from jupyter_st.testing.fake_comm import open_widgets

MIXED = """
import jupyter_st as st
st.title("Dashboard")
x = st.slider("x", 0, 10, 3)
with st.sidebar:
    flag = st.checkbox("flag")
a, b = st.columns(2)
a.write("left")
b.metric("m", x)
with st.expander("more"):
    st.selectbox("pick", ["a", "b"])
st.write({"x": x})
"""


def test_noop_rerun_sends_no_message(live):
    app = live(MIXED).run()
    assert app.sent, "the first run must have opened widgets"
    app.sent.clear()
    app.run()
    assert app.sent == []


def test_widgets_are_reused_across_reruns(live):
    app = live(MIXED).run()
    slider_id = app.elements("slider")[0].id
    before = app.widget(slider_id)
    app.run()
    assert app.widget(slider_id) is before


def test_a_change_sends_only_the_changed_traits(live):
    app = live(MIXED).run()
    slider = app.widget(app.elements("slider")[0].id)
    app.sent.clear()
    send_update(slider, value=7)
    assert app.app.session.wait_idle(10)
    updates = [data["state"] for kind, data in app.sent if data and data.get("method") == "update"]
    changed = {key for state in updates for key in state}
    assert changed == {"value"}, updates  # metric and json HTML values; nothing else
    values = [state["value"] for state in updates]
    assert any("7" in str(v) for v in values)
    assert not any(kind == "comm_open" for kind, _ in app.sent)


def test_removed_elements_are_closed(live):
    app = live(
        """
        import jupyter_st as st
        if st.session_state.setdefault("show", True):
            st.button("go")
            st.write("shown")
        """
    ).run()
    shown = app.app.reconciler.roots[0].widget.children
    assert len(shown) == 2
    app.app.session.state["show"] = False
    app.sent.clear()
    app.run()
    assert app.app.reconciler.roots[0].widget.children == ()
    assert all(w.comm is None for w in shown)
    assert all(w.layout.comm is not None for w in shown)  # shared: it stays for the others
    assert sum(1 for kind, _ in app.sent if kind == "comm_close") == 2


def test_widgets_share_one_layout_and_style_until_they_need_their_own(live):
    app = live(
        """
        import jupyter_st as st
        st.write("a")
        st.write("b")
        st.container(height=120)
        st.container()
        st.button("narrow")
        """
    )
    app.run()
    opened = [data["state"]["_model_name"] for kind, data in app.sent if kind == "comm_open"]
    a, b, tall, plain, narrow = app.app.reconciler.roots[0].widget.children
    assert a.layout is b.layout is plain.layout is narrow.layout  # one Layout for all of them
    assert a.style is b.style and narrow.style is not a.style  # one Style per style class
    assert tall.layout is not a.layout and tall.layout.height == "120px"  # its own, once needed
    with pytest.raises(TraitError, match="shared by many widgets"):
        a.layout.display = "none"
    assert opened.count("HTMLModel") == 2 and opened.count("HTMLStyleModel") <= 1


def test_showing_and_hiding_widgets_does_not_leak(live):
    app = live(
        """
        import jupyter_st as st
        n = st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        if n % 2 == 0:
            for i in range(50):
                st.checkbox(f"c{i}")
        st.write(n)
        """
    ).run()
    once = open_widgets()
    for _ in range(1000):  # the last run has n == 1000: shown, as after the first run
        app.run()
    assert len(app.elements("checkbox")) == 50
    assert open_widgets() == once


def test_elements_appear_while_the_script_runs(live):
    gate = threading.Event()
    app = live(
        """
        import jupyter_st as st
        st.write("before")
        gate.wait(10)
        st.write("after")
        """,
        gate=gate,
    )
    app.app.session.request_rerun()
    main = app.app.reconciler.roots[0].widget
    deadline = threading.Event()
    for _ in range(100):
        if main.children:
            break
        deadline.wait(0.05)
    shown = [child.value for child in main.children]
    gate.set()
    assert app.app.session.wait_idle(10)
    assert len(shown) == 1 and "before" in shown[0]
    assert len(main.children) == 2


def test_browser_changes_rerun_and_reach_the_script(live):
    app = live(
        """
        import jupyter_st as st
        x = st.slider("x", 0, 10, 3)
        st.write(f"x={x}")
        """
    ).run()
    slider = app.widget(app.elements("slider")[0].id)
    runs = app.app.session.runner.runs
    send_update(slider, value=9)
    assert app.app.session.wait_idle(10)
    assert app.app.session.runner.runs == runs + 1
    assert app.elements("markdown")[0].body == "x=9"


def test_a_value_set_by_the_script_is_not_echoed_as_a_change(live):
    app = live(
        """
        import jupyter_st as st
        if st.button("reset"):
            st.session_state.x = 0
        st.slider("x", 0, 10, 3, key="x")
        """
    ).run()
    slider = app.widget(app.elements("slider")[0].id)
    send_update(slider, value=8)
    assert app.app.session.wait_idle(10)
    runs = app.app.session.runner.runs
    button = app.widget(app.elements("button")[0].id)
    button.click()
    assert app.app.session.wait_idle(10)
    assert slider.value == 0
    assert app.app.session.runner.runs == runs + 1  # the reset did not start another run


def test_tabs_get_titles_and_expanders_keep_user_state(live):
    app = live(
        """
        import jupyter_st as st
        a, b = st.tabs(["One", "Two"])
        a.write("1")
        with st.expander("More"):
            st.write("hidden")
        """
    ).run()
    main = app.app.reconciler.roots[0].widget
    tabs, accordion = main.children
    assert isinstance(tabs, w.Tab) and tabs.titles == ("One", "Two")
    assert isinstance(accordion, w.Accordion) and accordion.selected_index is None
    accordion.selected_index = 0  # the user opens it
    app.run()
    assert accordion.selected_index == 0


def test_cached_functions_show_a_spinner_while_they_compute(live):
    gate = threading.Event()
    app = live(
        """
        import jupyter_st as st
        @st.cache_data
        def load(n):
            gate.wait(10)
            return n
        st.write(load(1))
        """,
        gate=gate,
    )
    app.app.session.request_rerun()
    events = app.app.reconciler.roots[2].widget
    for _ in range(100):
        if events.children:
            break
        threading.Event().wait(0.05)
    shown = [child.value for child in events.children]
    gate.set()
    assert app.app.session.wait_idle(10)
    assert any("Running <code>load(...)</code>." in html for html in shown), shown
    assert "spinner" not in str([c.value for c in events.children])
