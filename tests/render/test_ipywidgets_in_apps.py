"""The user's own ipywidgets inside apps: shown in place, kept while keyed, rerun on change."""

from __future__ import annotations

import ipywidgets

from jupyter_st.testing.browser import send_update


def main_children(app):
    return app.app.reconciler.roots[0].widget.children


def test_a_keyed_ipywidget_is_kept_and_its_changes_rerun_the_app(live):
    app = live(
        """
        import ipywidgets
        import jupyter_st as st
        n = st.ipywidget(ipywidgets.IntSlider(value=5, description="n"), key="n")
        st.write(f"n={n}")
        """
    ).run()
    slider = main_children(app)[0]
    assert isinstance(slider, ipywidgets.IntSlider)
    app.run()
    assert main_children(app)[0] is slider  # the same object, reused
    send_update(slider, value=9)
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "n=9"


def test_st_write_shows_a_widget_made_outside_the_script(live):
    button = ipywidgets.Button(description="outside")
    app = live("import jupyter_st as st\nst.write('before')\nst.write(button)", button=button).run()
    assert main_children(app)[1] is button
    app.app.session.script = app.app.session.script.with_source("import jupyter_st as st\n")
    app.run()
    assert main_children(app) == ()
    assert button.comm is not None  # not ours to close


def test_a_script_setting_its_widget_does_not_rerun_itself(live):
    app = live(
        """
        import ipywidgets
        import jupyter_st as st
        box = st.session_state.setdefault("box", ipywidgets.IntText(value=0))
        box.value += 1
        st.write(st.ipywidget(box, key="box"))
        """
    ).run()
    runs = app.app.session.runner.runs
    assert app.app.session.wait_idle(1)
    assert app.app.session.runner.runs == runs


def test_a_closed_app_no_longer_hears_the_users_widget(live):
    slider = ipywidgets.IntSlider(value=1)
    first = live("import jupyter_st as st\nst.ipywidget(slider, key='s')", slider=slider).run()
    runs = first.app.session.runner.runs
    first.app.close()
    send_update(slider, value=5)
    assert first.app.session.wait_idle(5)
    assert first.app.session.runner.runs == runs


def test_kept_widgets_are_let_go_when_their_key_is_gone(live):
    app = live(
        """
        import ipywidgets
        import jupyter_st as st
        if st.session_state.setdefault("show", True):
            st.ipywidget(ipywidgets.IntSlider(), key="s")
        """
    ).run()
    assert "s" in app.app.session.adopted
    app.app.session.state["show"] = False
    app.run()
    assert "s" not in app.app.session.adopted
