"""binder/ builds a working environment from nothing but its own files, as mybinder.org does."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from servers import free_port, wait_for_http

REPO = Path(__file__).parents[2]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_binder_environment_serves_the_demo(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}  # fmt: skip
    env.pop("JUPYTER_PATH", None)  # only what the binder install put in place may be used
    quiet = {"check": True, "env": env, "capture_output": True}
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "-r", REPO / "binder" / "requirements.txt"], **quiet
    )
    subprocess.run(["bash", REPO / "binder" / "postBuild"], **quiet)
    port = free_port()  # mybinder.org starts a Jupyter server and opens voila/render/...
    command = [venv / "bin" / "jupyter", "server", "--no-browser", f"--port={port}",
               "--IdentityProvider.token=", f"--ServerApp.root_dir={REPO}",
               *(["--allow-root"] if os.geteuid() == 0 else [])]  # fmt: skip
    server = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api/status", timeout=120)
        url = f"http://127.0.0.1:{port}/voila/render/notebooks/demo.ipynb"
        with urllib.request.urlopen(url, timeout=120) as response:
            page = response.read().decode()
        assert "st-sidebar-toggle" in page  # our template, from the installed package
        assert "Welcome to jupyter_st" in page or "application/vnd.jupyter.widget-view+json" in page
        labext = venv / "share" / "jupyter" / "labextensions" / "jupyter-st" / "package.json"
        assert labext.is_file()
    finally:
        server.terminate()
        server.wait(10)
