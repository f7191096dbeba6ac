"""`.streamlit/config.toml` and `secrets.toml` beside the app are read as Streamlit reads them."""

from __future__ import annotations

import subprocess
import sys

from jupyter_st.apps import App
from jupyter_st.testing import AppTest


def write_app(tmp_path, source: str, config: str = "", secrets: str = ""):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(config)
    (tmp_path / ".streamlit" / "secrets.toml").write_text(secrets)
    app = tmp_path / "app.py"
    app.write_text(source)
    return app


def test_magic_can_be_turned_off_in_config(tmp_path):
    path = write_app(tmp_path, "import streamlit as st\n'magic text'\nst.write('explicit')\n",
                     config="[runner]\nmagicEnabled = false\n")  # fmt: skip
    at = AppTest.from_file(path).run()
    assert at.markdown.values == ["explicit"]


def test_secrets_toml_beside_the_app_is_read(tmp_path):
    source = "import streamlit as st\nst.write(st.secrets.db.user, st.secrets['token'])\n"
    path = write_app(tmp_path, source, secrets='token = "t0k"\n[db]\nuser = "ada"\n')
    app = App.from_file(path)
    assert app.run(timeout=10)
    assert app.session.tree.children[0].children[0].body == "ada t0k"
    app.close()


def test_missing_secret_names_the_key():
    at = AppTest.from_string("import streamlit as st\nst.write(st.secrets['nope'])").run()
    assert 'st.secrets has no key "nope"' in at.exception[0].value


def test_at_secrets_are_what_the_script_sees():
    at = AppTest.from_string("import streamlit as st\nst.write(st.secrets.api_key)")
    at.secrets["api_key"] = "k3y"
    assert at.run().markdown[0].value == "k3y"


def test_version_from_the_command_line():
    out = subprocess.run([sys.executable, "-m", "jupyter_st", "--version"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert out.stdout.strip() == "jupyter_st, version 0.1.0"
