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


class Servers:
    """Servers a test started, each on a free 127.0.0.1 port; stopped when the test ends."""

    def __init__(self) -> None:
        self._processes: list[subprocess.Popen] = []

    def start(self, command: list[str], **popen: object) -> str:
        """Start `command` (its `{port}` filled in); wait until it answers; return its URL."""
        port = free_port()
        command = [part.format(port=port) for part in command]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self._processes.append(subprocess.Popen(command, **quiet, **popen))
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url)
        return url

    def stop(self) -> None:
        for process in self._processes:
            process.terminate()
            process.wait(10)


@pytest.fixture
def voila() -> Iterator:
    """`voila(notebook)` serves a notebook with Voila (our template unless told otherwise)."""
    servers = Servers()

    def serve(notebook: Path, template: str = "streamlit") -> str:
        command = [sys.executable, "-m", "voila", str(notebook), "--no-browser", "--port={port}",
                   f"--template={template}", "--Voila.ip=127.0.0.1"]  # fmt: skip
        env = {**os.environ, "JUPYTER_PATH": str(REPO / "share" / "jupyter")}
        return servers.start(command, cwd=notebook.parent, env=env)

    yield serve
    servers.stop()


@pytest.fixture
def st_run() -> Iterator:
    """`st_run(script, *flags)` starts `jupyter st run` headless (`st_run("hello")`:
    `jupyter st hello`); returns its URL."""
    servers = Servers()

    def run(script: Path | str, *args: str) -> str:
        target = ["hello"] if script == "hello" else ["run", str(script)]
        command = [sys.executable, "-m", "jupyter_st", *target,
                   "--server.headless", "true", "--server.port", "{port}", *args]  # fmt: skip
        return servers.start(command, cwd=REPO)

    yield run
    servers.stop()


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
