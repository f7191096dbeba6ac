"""Rendering chat, status, popover, dialog and effects onto ipywidgets."""

from __future__ import annotations

import ipywidgets as w

from jupyter_st.testing.browser import send_click, send_submit, send_update

DIALOG = """
import jupyter_st as st
@st.dialog("Vote", width="large")
def vote(item):
    st.write(f"voting for {item}")
    if st.button("Submit"):
        st.session_state.vote = item
        st.rerun()
if st.button("Open"):
    vote("A")
st.write(st.session_state.get("vote", "none"))
"""


def _bottom(app) -> w.Box:
    return app.app.reconciler.roots[4].widget


def test_chat_message_avatar_is_escaped_and_classes_name_the_author(live):
    app = live(
        """
        import jupyter_st as st
        st.chat_message("<b>x</b>").write("hi")
        st.chat_message("web", avatar='https://e.com/a.png"onerror="x').write("img")
        """
    ).run()
    first, second = app.app.reconciler.roots[0].widget.children
    assert first._dom_classes == ("st-chat-message", "st-chat-b-x-b")
    assert "&lt;" in first.avatar_html and "<b>" not in first.avatar_html
    assert '"onerror' not in second.avatar_html


def test_chat_input_is_pinned_below_main_and_a_submit_reruns_once(live):
    app = live(
        """
        import jupyter_st as st
        st.write(repr(st.chat_input("Ask")))
        """
    ).run()
    (box,) = _bottom(app).children
    assert "st-chat-input-bottom" in box._dom_classes
    send_update(box, value="hello")
    send_submit(box)
    assert app.app.session.wait_idle(10)
    main = app.app.reconciler.roots[0].widget
    assert "'hello'" in main.children[0].value
    assert box.value == ""  # cleared for the next message
    app.run()
    assert "None" in main.children[0].value


def test_status_update_patches_the_title_and_keeps_its_children(live):
    app = live(
        """
        import jupyter_st as st
        with st.status("Working") as s:
            st.write("step")
        """
    ).run()
    (accordion,) = app.app.reconciler.roots[0].widget.children
    assert accordion.titles[0].endswith("Working")
    assert "st-status-complete" in accordion._dom_classes
    assert len(accordion.children[0].children) == 1
    app.run()
    assert len(accordion.children[0].children) == 1


def test_dialog_floats_in_the_events_area_and_its_rerun_closes_it(live):
    app = live(DIALOG).run()
    main, events = app.app.reconciler.roots[0].widget, app.app.reconciler.roots[2].widget
    send_click(main.children[0])
    assert app.app.session.wait_idle(10)
    (dialog,) = events.children
    assert "st-dialog" in dialog._dom_classes and "Vote" in dialog.title
    submit = app.app.reconciler.widget_for(app.elements("button")[1].id)
    send_click(submit)  # reruns the dialog's fragment, whose st.rerun() reruns the app
    assert app.app.session.wait_idle(10)
    assert events.children == ()
    assert "A" in main.children[1].value


def test_dialog_close_button_hides_it_and_a_new_call_shows_it(live):
    app = live(
        """
        import jupyter_st as st
        @st.dialog("Hi")
        def hi():
            st.write("hello")
        hi()
        """
    ).run()
    (dialog,) = app.app.reconciler.roots[2].widget.children
    dialog._close.click()
    assert dialog.layout.display == "none"
    app.run()
    assert dialog.layout.display is None


def test_closing_a_dialog_with_on_dismiss_calls_back_and_reruns(live):
    app = live(
        """
        import jupyter_st as st
        st.session_state.setdefault("closed", 0)
        def closed():
            st.session_state.closed += 1
        @st.dialog("Hi", on_dismiss=closed, position="left", width=420)
        def hi():
            st.write("hello")
        st.write("closed", st.session_state.closed)
        if st.session_state.closed == 0:
            hi()
        """
    ).run()
    main, events = app.app.reconciler.roots[0].widget, app.app.reconciler.roots[2].widget
    (dialog,) = events.children
    assert "st-dialog-left" in dialog._dom_classes and dialog.panel_width == "420px"
    send_click(dialog._close)
    assert app.app.session.wait_idle(10)
    assert "closed <code>1</code>" in main.children[0].value
    assert events.children == ()


def test_a_dialog_that_is_not_dismissible_has_no_close_button(live):
    app = live(
        """
        import jupyter_st as st
        @st.dialog("Must answer", dismissible=False)
        def ask():
            st.button("OK")
        ask()
        """
    ).run()
    (dialog,) = app.app.reconciler.roots[2].widget.children
    assert dialog._close.layout.display == "none"
    runs = app.app.session.runner.runs
    send_click(dialog._close)  # a forged click: hides nothing it should not, reruns nothing
    assert app.app.session.wait_idle(10) and app.app.session.runner.runs == runs


def test_a_disabled_popover_is_drawn_inert(live):
    app = live("import jupyter_st as st\nst.popover('More', disabled=True, type='primary')").run()
    (popover,) = app.app.reconciler.roots[0].widget.children
    assert {"st-popover-disabled", "st-popover-primary"} <= set(popover._dom_classes)


def test_chat_text_set_through_state_waits_in_the_box_for_the_user(live):
    app = live(
        """
        import jupyter_st as st
        if st.button("Set"):
            st.session_state.chat = "Hello, world!"
        got = st.chat_input(key="chat", submit_mode="disable")
        st.write(repr(got), repr(st.session_state.chat))
        """
    ).run()
    main = app.app.reconciler.roots[0].widget
    (box,) = _bottom(app).children
    assert "st-chat-input-lock" in box._dom_classes
    send_click(main.children[0])
    assert app.app.session.wait_idle(10)
    assert box.value == "Hello, world!"
    assert main.children[1].value.count("None") == 2  # the script does not get it yet
    app.run()
    assert box.value == "Hello, world!"  # a rerun leaves the draft alone
    send_submit(box)
    assert app.app.session.wait_idle(10)
    assert "'Hello, world!' 'Hello, world!'" in main.children[1].value.replace("&#x27;", "'")


def test_balloons_replay_on_every_run(live):
    app = live("import jupyter_st as st\nst.balloons()").run()
    (effect,) = app.app.reconciler.roots[0].widget.children
    before = effect.value
    app.run()
    assert "st-balloons" in effect.value and effect.value != before
