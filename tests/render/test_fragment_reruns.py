"""@st.fragment with real widgets: a change inside reruns only the fragment."""

from __future__ import annotations

import time

from jupyter_st.testing.browser import send_update

APP = """
import jupyter_st as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.write(f"full runs={st.session_state.full}")
outside = st.slider("outside", 0, 10, 0)

@st.fragment
def panel(label):
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    n = st.slider(label, 0, 10, 1)
    st.write(f"{label}={n} fragment runs={st.session_state.frag}")
    if n == 9:
        st.sidebar.write("written outside")
    if st.button("everything"):
        st.rerun(scope="app")

panel("inner")
st.write(f"after outside={outside}")
"""


def markdowns(app):
    return [e.body for e in app.elements("markdown")]


def slider(app, label):
    element = next(e for e in app.elements("slider") if e.label == label)
    return app.widget(element.id)


def test_a_widget_inside_reruns_only_the_fragment(live):
    app = live(APP).run()
    assert markdowns(app) == ["full runs=1", "inner=1 fragment runs=1", "after outside=0"]
    main = app.app.reconciler.roots[0].widget
    before = main.children
    send_update(slider(app, "inner"), value=4)
    assert app.app.session.wait_idle(10)
    assert markdowns(app) == ["full runs=1", "inner=4 fragment runs=2", "after outside=0"]
    assert main.children == before  # nothing outside the fragment was touched

    send_update(slider(app, "outside"), value=3)
    assert app.app.session.wait_idle(10)
    assert markdowns(app) == ["full runs=2", "inner=4 fragment runs=3", "after outside=3"]


def test_writing_outside_accumulates_and_rerun_scope_app_runs_everything(live):
    app = live(APP).run()
    send_update(slider(app, "inner"), value=9)
    assert app.app.session.wait_idle(10)
    send_update(slider(app, "inner"), value=8)
    assert app.app.session.wait_idle(10)
    sidebar = app.app.reconciler.roots[1].widget.children
    assert len(sidebar) == 1 and "written outside" in sidebar[0].value
    button = app.widget(app.elements("button")[0].id)
    button.click()
    assert app.app.session.wait_idle(10)
    assert markdowns(app)[0] == "full runs=2"
    assert app.app.reconciler.roots[1].widget.children == ()  # a full run starts afresh


def test_run_every_reruns_on_a_timer_until_the_fragment_is_gone(live):
    app = live(
        """
        import jupyter_st as st
        st.session_state.ticks = st.session_state.get("ticks", 0)
        if st.session_state.get("show", True):
            @st.fragment(run_every=0.1)
            def clock():
                st.session_state.ticks += 1
                st.write(f"ticks={st.session_state.ticks}")
            clock()
        """
    ).run()
    time.sleep(0.65)
    assert app.app.session.wait_idle(10)
    ticks = app.app.session.state["ticks"]
    assert ticks >= 4
    app.app.session.state["show"] = False
    app.run()
    time.sleep(0.35)
    assert app.app.session.state["ticks"] == ticks
