"""Multipage apps: pages/ folders, st.navigation, switch_page and page_link."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


@pytest.fixture
def folder_app(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "st.title('Home')\n"
        "st.session_state.visits = st.session_state.get('visits', 0) + 1\n"
        "st.page_link('pages/1_📈_Plotting.py')\n"
        "if st.button('settings'):\n"
        "    st.switch_page('pages/02_my settings.py')\n"
        "    st.write('never')\n"
    )
    (tmp_path / "pages" / "1_📈_Plotting.py").write_text(
        "import streamlit as st\n"
        "st.title('Plot')\n"
        'st.write(f"visits={st.session_state.visits}")\n'
    )
    (tmp_path / "pages" / "02_my settings.py").write_text(
        "import streamlit as st\nst.title('Settings')\nst.text_input('name', key='name')\n"
    )
    (tmp_path / "pages" / ".hidden.py").write_text("raise SystemExit")
    return tmp_path / "app.py"


def test_pages_folder_names_orders_and_links(folder_app):
    at = AppTest.from_file(folder_app).run()
    assert at.title.values == ["Home"]
    assert (at.page_link[0].value, at.page_link[0].icon) == ("Plotting", "📈")
    pages = at.app.session.navigator.pages
    assert [(p.title, p.url_path) for p in pages] == [
        ("app", ""),
        ("Plotting", "Plotting"),
        ("my settings", "my_settings"),
    ]
    assert len(at) == 3  # the page menu is not part of AppTest's tree, as in Streamlit


def test_switch_page_keeps_session_state_and_stops_the_run(folder_app):
    at = AppTest.from_file(folder_app).run()
    at.button[0].click().run()
    assert at.title.values == ["Settings"]
    assert "never" not in at.markdown.values
    at.switch_page("pages/1_📈_Plotting.py").run()
    assert at.markdown.values == ["visits=2"]  # the click run counted, then switched


def test_keyed_widgets_reset_when_their_page_is_left(folder_app):
    at = AppTest.from_file(folder_app).run()
    at.switch_page("pages/02_my settings.py").run()
    at.text_input("name").input("Ada").run()
    assert at.session_state["name"] == "Ada"
    at.switch_page("app.py").run()
    assert "name" not in at.session_state
    at.switch_page("pages/02_my settings.py").run()
    assert at.text_input("name").value == ""


def test_unknown_pages_are_named(folder_app, tmp_path):
    (tmp_path / "app2.py").write_text("import streamlit as st\nst.switch_page('nope.py')\n")
    at = AppTest.from_file(tmp_path / "app2.py").run()
    assert at.exception[0].value.startswith("Could not find page: `nope.py`.")
    with pytest.raises(ValueError, match=r"Could not find page 'missing\.py'"):
        AppTest.from_file(folder_app).switch_page("missing.py")


def test_navigation_with_pages_and_functions(tmp_path):
    (tmp_path / "a.py").write_text("import streamlit as st\nst.header('Page A')\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "def settings():\n"
        "    st.header('Settings')\n"
        "    st.checkbox('dark', key='dark')\n"
        "pg = st.navigation({'Main': [st.Page('a.py', icon='🅰️')], 'Admin': [settings]})\n"
        "st.sidebar.write(f'on {pg.title}')\n"
        "pg.run()\n"
    )
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert at.header.values == ["Page A"]
    assert at.sidebar.markdown.values == ["on a"]
    at.app.session.navigator.requested = "settings"
    at.run()
    assert at.header.values == ["Settings"] and at.sidebar.markdown.values == ["on settings"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.navigation([])", "The `pages` parameter is required."),
        ("st.navigation([f], position='left')", "Invalid `position` value."),
        ("st.Page(f, url_path='a/b')", "The `url_path` `a/b` cannot include `/`."),
        ("st.Page('nope.py')", "Unable to create Page. The file `nope.py` could not be found."),
        (
            "st.navigation([st.Page(f, default=True), st.Page(g, default=True)])",
            "Multiple Pages specified with `default=True`.",
        ),
        (
            "st.navigation([f, st.Page(g, url_path='f')])",
            "Two pages resolve to the URL pathname `/f`",
        ),
        ("p = st.navigation([f, g]); p.run(); p.run()", "This page cannot be called directly."),
    ],
)
def test_navigation_errors(call, message):
    at = AppTest.from_string(
        f"import streamlit as st\ndef f(): pass\ndef g(): pass\n{call}\n"
    ).run()
    assert at.exception[0].value.startswith(message), at.exception[0].value
