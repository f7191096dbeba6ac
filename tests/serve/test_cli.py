"""`jupyter st` on the command line: options, errors and exit statuses, as Streamlit's."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from jupyter_st.errors import CommandLineError
from jupyter_st.serve.cli import split_args
from jupyter_st.serve.launch import choose_port


def jupyter_st(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jupyter_st", *args], capture_output=True,
                          text=True, timeout=60, cwd=cwd)  # fmt: skip


def test_missing_script_is_a_one_line_error():
    result = jupyter_st("run", "no_such_app.py")
    assert result.returncode == 2
    assert result.stderr.strip() == "Error: Invalid value: File does not exist: no_such_app.py"


def test_unreachable_url_is_a_one_line_error():
    result = jupyter_st("run", "http://127.0.0.1:9/app.py")
    assert result.returncode == 2
    assert result.stderr.startswith("Error: Unable to fetch http://127.0.0.1:9/app.py")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_options_are_rejected(tmp_path):
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    result = jupyter_st("run", str(tmp_path / "app.py"), "--server.nope", "1")
    assert result.returncode == 2 and "no such option: --server.nope" in result.stderr


def test_flags_and_script_arguments_are_split_like_streamlit():
    flags, args = split_args(["--server.port", "8502", "--theme.base=dark", "--", "--my-arg", "1"])
    assert flags == {"server.port": 8502, "theme.base": "dark"}
    assert args == ["--my-arg", "1"]
    with pytest.raises(CommandLineError):
        split_args(["--server.port"])


def test_config_show_merges_files_and_flags(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "#ff0000"\n')
    result = jupyter_st("config", "show", "--server.port", "9000", cwd=tmp_path)
    assert result.returncode == 0
    assert 'primaryColor = "#ff0000"' in result.stdout
    assert "port = 9000" in result.stdout and "[server]" in result.stdout


def test_a_busy_port_moves_on_unless_it_was_chosen():
    with socket.socket() as busy:
        busy.bind(("", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert choose_port(port, explicit=False) > port
        with pytest.raises(CommandLineError, match=f"Port {port} is already in use"):
            choose_port(port, explicit=True)


def test_version_subcommand():
    assert jupyter_st("version").stdout.strip() == "jupyter_st, version 0.1.0"
