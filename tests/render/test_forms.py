"""Forms in the browser: values wait for the submit; clear_on_submit empties the form after."""

from __future__ import annotations

import time

from jupyter_st.elements.base import new_root, walk
from jupyter_st.testing.browser import send_submit, send_update

APP = """
import jupyter_st as st
with st.form("f", clear_on_submit=True):
    name = st.text_input("name")
    n = st.slider("n", 0, 10, 2)
    sent = st.form_submit_button("send")
st.write(f"name={name} n={n} sent={sent}")
"""


def test_clear_on_submit_shows_defaults_after_the_submitted_run(live):
    app = live(APP).run()
    text = app.widget(app.elements("text_input")[0].id)
    slider = app.widget(app.elements("slider")[0].id)
    send_update(text, value="Ada")
    send_update(slider, value=7)
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "name= n=2 sent=False"  # not yet submitted
    app.widget(app.elements("button")[0].id).click()
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "name=Ada n=7 sent=True"
    assert (text.value, slider.value) == ("", 2)  # the form is empty again
    app.run()
    assert (text.value, slider.value) == ("", 2)


def test_a_form_without_a_submit_button_is_flagged(live):
    app = live("import jupyter_st as st\nwith st.form('f'):\n    st.text_input('t')\n").run()
    form = app.app.reconciler.roots[0].widget.children[0]
    assert "st-form-missing-submit" in form._dom_classes
    app = live(APP).run()
    form = app.app.reconciler.roots[0].widget.children[0]
    assert "st-form-missing-submit" not in form._dom_classes


def test_enter_in_a_text_input_submits_its_form(live):
    app = live(APP).run()
    text = app.widget(app.elements("text_input")[0].id)
    send_update(text, value="Ada")
    send_submit(text)  # Enter
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "name=Ada n=2 sent=True"


def test_enter_to_submit_can_be_turned_off(live):
    app = live(APP.replace("clear_on_submit=True", "enter_to_submit=False")).run()
    text = app.widget(app.elements("text_input")[0].id)
    send_update(text, value="Ada")
    send_submit(text)  # Enter
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "name= n=2 sent=False"


def test_enter_presses_the_first_submit_button_and_none_when_that_one_is_disabled(live):
    """As Streamlit's frontend: Enter submits with the form's first button, if it is enabled."""
    two = APP.replace(
        '    sent = st.form_submit_button("send")',
        '    sent = st.form_submit_button("send", disabled=DISABLED)\n'
        '    other = st.form_submit_button("other")',
    )
    for disabled, shown in ((False, "name=Ada n=2 sent=True"), (True, "name= n=2 sent=False")):
        app = live(two.replace("DISABLED", str(disabled))).run()
        text = app.widget(app.elements("text_input")[0].id)
        send_update(text, value="Ada")
        send_submit(text)
        assert app.app.session.wait_idle(10)
        assert app.elements("markdown")[0].body == shown


def test_enter_while_the_script_still_runs_submits_the_form_it_shows(live):
    """The form is on the page before the run that draws it ends: Enter works already."""
    app = live(APP.replace("import jupyter_st as st", "import time\nimport jupyter_st as st")
               + "time.sleep(0.6)\n")  # fmt: skip
    app.app.session.request_rerun()
    for _ in range(200):  # wait until the text input is on the page
        inputs = [
            e for e in walk(app.app.session.live_tree or new_root()) if e.KIND == "text_input"
        ]
        if inputs and app.widget(inputs[0].id) is not None:
            break
        time.sleep(0.01)
    text = app.widget(inputs[0].id)
    send_update(text, value="Ada")
    send_submit(text)
    assert app.app.session.wait_idle(10)
    assert app.elements("markdown")[0].body == "name=Ada n=2 sent=True"
    assert text.value == ""  # and a clear_on_submit form clears
