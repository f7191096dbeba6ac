"""Buttons, checkboxes, toggles, text inputs, colour pickers and link buttons."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_button_is_true_for_the_one_run_after_a_click_and_its_key_follows():
    at = run(
        """
        import jupyter_st as st
        clicked = st.button("Go", key="go")
        st.text(f"{clicked} {st.session_state.go}")
        """
    )
    assert at.text[0].value == "False False"
    at.button[0].click().run()
    assert at.text[0].value == "True True"
    at.run()
    assert at.text[0].value == "False False"


def test_button_callback_gets_its_args_before_the_script_runs():
    at = run(
        """
        import jupyter_st as st
        st.session_state.setdefault("log", [])
        def add(n, *, by):
            st.session_state.log.append(f"{n}+{by}")
        st.text(repr(st.session_state.log))
        st.button("Add", on_click=add, args=(1,), kwargs={"by": 2})
        """
    )
    assert at.text[0].value == "[]"
    at.button[0].click().run()
    assert at.text[0].value == "['1+2']"
    at.run()
    assert at.text[0].value == "['1+2']"


def test_checkbox_and_toggle_values_follow_set_value_and_session_state():
    at = run(
        """
        import jupyter_st as st
        c = st.checkbox("c", key="c", value=True)
        t = st.toggle("t", key="t")
        st.text(f"{c} {t}")
        """
    )
    assert (at.checkbox[0].value, at.toggle[0].value) == (True, False)
    at.checkbox[0].uncheck()
    at.toggle[0].set_value(True)
    at.run()
    assert at.text[0].value == "False True"
    assert (at.session_state["c"], at.session_state["t"]) == (False, True)


def test_on_change_reads_the_new_value_from_session_state():
    at = run(
        """
        import jupyter_st as st
        def changed(name):
            st.session_state.seen = f"{name}={st.session_state[name]}"
        st.toggle("t", key="t", on_change=changed, args=("t",))
        st.text_input("q", key="q", on_change=changed, args=("q",))
        st.text(st.session_state.get("seen", "-"))
        """
    )
    assert at.text[0].value == "-"
    at.toggle[0].set_value(True).run()
    assert at.text[0].value == "t=True"
    at.text_input[0].input("hi").run()
    assert at.text[0].value == "q=hi"
    at.run()  # no change, no callback
    assert at.text[0].value == "q=hi"


def test_text_inputs_keep_placeholder_and_disabled_and_coerce_the_value():
    at = run(
        """
        import jupyter_st as st
        a = st.text_input("a", 5, placeholder="type here")
        b = st.text_input("b", "toolong", max_chars=3)
        c = st.text_input("c", "pw", type="password", disabled=True)
        d = st.text_area("d", placeholder="long text")
        st.text(repr((a, b, c, d)))
        """
    )
    assert at.text[0].value == "('5', 'too', 'pw', '')"
    assert at.text_input[0].placeholder == "type here"
    assert at.text_input[2].disabled is True
    assert at.text_area[0].placeholder == "long text"


def test_text_area_keeps_newlines_and_reruns_on_input():
    at = run(
        """
        import jupyter_st as st
        st.text(repr(st.text_area("notes", "a\\nb", key="notes")))
        """
    )
    assert at.text[0].value == "'a\\nb'"
    at.text_area[0].input("x\ny").run()
    assert at.text[0].value == "'x\\ny'"
    assert at.session_state["notes"] == "x\ny"


def test_color_picker_keeps_the_hex_as_given():
    at = run(
        """
        import jupyter_st as st
        st.text(st.color_picker("c", "#abc", key="c"))
        """
    )
    assert at.text[0].value == "#abc"
    at.color_picker[0].pick("#ABCDEF").run()
    assert (at.text[0].value, at.session_state["c"]) == ("#ABCDEF", "#ABCDEF")


def test_link_button_has_a_url_and_no_value_in_session_state():
    at = run(
        """
        import jupyter_st as st
        st.link_button("Docs", "https://docs.example.com", icon="🔗", disabled=True)
        st.text(str(len(st.session_state)))
        """
    )
    link = at.get("link_button")[0]
    assert (link.label, link.url, link.icon, link.disabled) == (
        "Docs",
        "https://docs.example.com",
        "🔗",
        True,
    )
    assert at.text[0].value == "0"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "st.color_picker('c', '#ZZZ')",
            "'#ZZZ' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.",
        ),
        (
            "st.button('b')\nst.button('b')",
            "There are multiple `button` elements with the same auto-generated ID.",
        ),
        (
            "st.text_input('t', key='k')\nst.checkbox('c', key='k')",
            "There are multiple elements with the same `key='k'`.",
        ),
        (
            "st.session_state.b = True\nst.button('b', key='b')",
            "`st.session_state['b']` is read-only and cannot be assigned through session state.",
        ),
        (
            "st.checkbox('c', label_visibility='nope')",
            "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'.",
        ),
    ],
)
def test_bad_input_arguments_raise_streamlit_errors(body, message):
    at = run(f"import jupyter_st as st\n{body}")
    assert at.exception[0].value.startswith(message)


XFAIL_MESSAGES = [
    (
        "st.button('b', type='huge')",
        "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.",
    ),
    (
        "st.link_button('l', 'https://x.org', type='x')",
        "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.",
    ),
    (
        "st.text_input('t', type='secret')",
        "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', "
        "'phone', 'search'.",
    ),
    (
        "st.color_picker('c', 5)",
        "Invalid `value` type. Expected one of: str. Provided type: int.",
    ),
    (
        "st.button('b', on_click=5)",
        "Invalid `on_click` value. Supported values: a callback function.",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: older wording of the error message "
    "(Streamlit 1.67 says 'Invalid `<arg>` value/type. Supported values: ...')",
)
@pytest.mark.parametrize(("body", "message"), XFAIL_MESSAGES)
def test_bad_input_arguments_use_streamlit_167_wording(body, message):
    at = run(f"import jupyter_st as st\n{body}")
    assert at.exception[0].value.startswith(message)


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: text_input only accepts type 'default' and 'password'",
)
def test_text_input_accepts_the_newer_types():
    at = run("import jupyter_st as st\nst.text(st.text_input('mail', 'a@b.c', type='email'))")
    assert not at.exception
    assert at.text[0].value == "a@b.c"
