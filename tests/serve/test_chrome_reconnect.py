"""Fast reconnect in Chromium: after a network cut the chrome shows "Connecting...", and
once the network is back it reconnects the kernel's websocket within ~2 s (not after the
kernel client's exponential back-off, ~20 s after a few seconds offline).

Chromium's offline emulation (`set_offline`) fails new requests but leaves an open websocket
open (its frames just stall), so the cut is made by a TCP proxy between the browser and
Voila that drops every connection and refuses new ones; `set_offline` is toggled with it so
the page also sees navigator.onLine and the 'online' event as after a real outage."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from urllib.parse import urlparse

import nbformat
import pytest

CELL = """\
from jupyter_st.render.chrome import Chrome

chrome = Chrome(page_title="Hello")
count = 0

def on_event(event):
    global count
    count += 1
    chrome.page_title = f"got {event} {count}"

chrome.on_event(on_event)
chrome
"""


class CuttableProxy:
    """A TCP proxy on 127.0.0.1 to `port`; `cut(True)` drops and refuses all connections."""

    def __init__(self, port: int) -> None:
        self.upstream = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.offline = threading.Event()
        self.sockets: set[socket.socket] = set()
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            try:
                if self.offline.is_set():
                    raise OSError("offline")
                server = socket.create_connection(("127.0.0.1", self.upstream))
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets |= {client, server}
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self._drop(src, dst)

    def _drop(self, *socks: socket.socket) -> None:
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
            with self.lock:
                self.sockets.discard(sock)

    def cut(self, offline: bool) -> None:
        if offline:
            self.offline.set()
            with self.lock:
                socks = list(self.sockets)
            self._drop(*socks)
        else:
            self.offline.clear()

    def close(self) -> None:
        self.listener.close()
        self.cut(True)


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.parametrize("browser_offline", [True, False], ids=["network", "server"])
def test_reconnect_after_network_cut(tmp_path, voila, page, browser_offline):
    """network: the browser was offline too (the 'online' event); server: only the server
    was unreachable (the 500 ms probe)."""
    from playwright.sync_api import expect

    notebook = tmp_path / "reconnect.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)]), notebook)
    proxy = CuttableProxy(urlparse(voila(notebook)).port)
    try:
        page.goto(f"http://127.0.0.1:{proxy.port}/", timeout=90_000)
        expect(page).to_have_title("Hello", timeout=90_000)
        notice = page.locator(".st-connection")
        expect(notice).to_be_hidden()
        page.locator("body").focus()
        page.keyboard.press("r")
        expect(page).to_have_title("got rerun 1")

        page.context.set_offline(browser_offline)
        proxy.cut(True)
        expect(notice).to_be_visible(timeout=10_000)
        expect(notice).to_have_text("Connecting...")
        page.wait_for_timeout(3_000)  # the client's back-off is now several seconds

        start = time.monotonic()
        proxy.cut(False)
        page.context.set_offline(False)
        expect(notice).to_be_hidden(timeout=30_000)
        page.keyboard.press("r")
        expect(page).to_have_title("got rerun 2", timeout=30_000)
        elapsed = time.monotonic() - start
        print(f"\n{browser_offline=}: reconnected and round-tripped in {elapsed:.2f} s")
        assert elapsed < 5
    finally:
        proxy.close()
