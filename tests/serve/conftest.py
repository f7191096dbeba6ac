"""A real Voila server on 127.0.0.1 and headless Debian Chromium through Playwright."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port, wait_for_http

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
REPO = Path(__file__).parents[2]
ARTIFACTS = REPO / "test-results"


@pytest.fixture
def voila() -> Iterator:
    """`voila(notebook)` serves a notebook on a free 127.0.0.1 port; returns its base URL."""
    servers: list[subprocess.Popen] = []

    def serve(notebook: Path, template: str = "streamlit") -> str:
        port = free_port()
        command = [
            sys.executable, "-m", "voila", str(notebook), "--no-browser", f"--port={port}",
            f"--template={template}", "--Voila.ip=127.0.0.1",
        ]  # fmt: skip
        env = {**os.environ, "JUPYTER_PATH": str(REPO / "share" / "jupyter")}
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        servers.append(subprocess.Popen(command, cwd=notebook.parent, env=env, **quiet))
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url)
        return url

    yield serve
    for server in servers:
        server.terminate()
        server.wait(10)


@pytest.fixture
def st_run() -> Iterator:
    """`st_run(script, *flags)` starts `jupyter st run` headless on a free port (`st_run("hello")`:
    `jupyter st hello`); returns its URL."""
    servers: list[subprocess.Popen] = []

    def run(script: Path, *args: str) -> str:
        port = free_port()
        target = ["hello"] if script == "hello" else ["run", str(script)]
        command = [sys.executable, "-m", "jupyter_st", *target,
                   "--server.headless", "true", "--server.port", str(port), *args]  # fmt: skip
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        servers.append(subprocess.Popen(command, cwd=REPO, **quiet))
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url)
        return url

    yield run
    for server in servers:
        server.terminate()
        server.wait(10)


@pytest.fixture
def page(request) -> Iterator:
    """A Chromium page that records every request it makes; screenshots a failing test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.requested_urls = []  # type: ignore[attr-defined]
        page.on("request", lambda req: page.requested_urls.append(req.url))  # type: ignore[attr-defined]
        yield page
        if getattr(request.node, "failed", False):
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
        browser.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        item.failed = True
