"""Forms in the browser: values wait for the submit; clear_on_submit empties the form after."""

from __future__ import annotations

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
