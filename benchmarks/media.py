"""Media and uploads: `streamlit run` vs `jupyter st run`, served for real, in Chromium.

    .venv/bin/python benchmarks/media.py            # 3 rounds (~2 minutes)
    .venv/bin/python benchmarks/media.py --quick    # 1 round

The same app (a 1200x800 noise PNG, 10 s of WAV audio, a button, an uploader) runs under
both servers, alternating which goes first. For each implementation:

  (a) bytes to show the page: HTTP response bodies plus websocket frames received, from
      `goto` until the image has decoded, the audio is ready and the network is idle; and
      the app's data: websocket frames plus what arrived of Streamlit's `/media/` files
      (Chromium fetches only the start of a WAV until it is played; jupyter_st sends it
      whole), apart from the page's own scripts and fonts;
  (b) bytes of a rerun that changes no media (a button click), until the network is idle;
  (c) seconds from handing Chromium a 20 MB file until the script shows its size.

Streamlit serves media over HTTP (`/media/...`); jupyter_st sends it once as binary
websocket buffers. Servers and their kernels are killed at exit (cold_start.Server).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cold_start import interleaved_rounds, ratio_table

APP = """\
import numpy as np
import streamlit as st

noise = np.random.default_rng(0).integers(0, 255, (800, 1200, 3), dtype=np.uint8)
st.image(noise, output_format="PNG")
st.audio(np.sin(np.arange(441000) / 20), sample_rate=44100)
st.button("Rerun")
f = st.file_uploader("Upload", max_upload_size=50)
st.write("ready" if f is None else f"got {f.size} bytes")
"""
UPLOAD = bytes(range(256)) * (20 * 1024 * 1024 // 256)
TIMEOUT = 90_000


class Counter:
    """Bytes a page receives: HTTP bodies (as sent) and websocket frames; and, through the
    DevTools protocol, the bytes of Streamlit's `/media/` files as they arrive, also of a
    request the player cuts short (Chromium stops a WAV once it has the metadata; such a
    request never "finishes", so its bytes are not in the HTTP bodies)."""

    def __init__(self, page: Any) -> None:
        self.ws = 0
        self.finished: list[Any] = []
        self.media: dict[str, int] = {}  # request id -> bytes received, for /media/ files
        page.on("requestfinished", lambda request: self.finished.append(request))
        page.on("websocket", lambda s: s.on("framereceived", self._frame))
        devtools = page.context.new_cdp_session(page)
        devtools.on("Network.requestWillBeSent", self._request)
        devtools.on("Network.dataReceived", self._data)
        devtools.send("Network.enable")

    def _frame(self, payload: str | bytes) -> None:
        self.ws += len(payload.encode() if isinstance(payload, str) else payload)

    def _request(self, event: dict[str, Any]) -> None:
        if urlparse(event["request"]["url"]).path.startswith("/media/"):  # not /static/media/
            self.media.setdefault(event["requestId"], 0)

    def _data(self, event: dict[str, Any]) -> None:
        if event["requestId"] in self.media:
            self.media[event["requestId"]] += event["dataLength"]

    def total(self) -> int:
        return self.ws + sum(r.sizes()["responseBodySize"] for r in self.finished)

    def app_data(self) -> int:
        """Websocket frames plus Streamlit's media files: what carries the app itself (the
        rest is the page's scripts, styles and fonts, whatever extensions are installed)."""
        return self.ws + sum(self.media.values())


def _file_input(page: Any) -> Any:
    if page.locator(".st-uploader input[type=file]").count():
        return page.locator(".st-uploader input[type=file]")
    return page.locator("[data-testid=stFileUploader] input[type=file]")


def measure(browser: Any, url: str) -> dict[str, float]:
    context = browser.new_context()
    page = context.new_page()
    counter = Counter(page)
    try:
        page.goto(url, timeout=TIMEOUT)
        page.get_by_text("ready").wait_for(timeout=TIMEOUT)
        page.wait_for_function(
            "() => [...document.images].some(i => i.complete && i.naturalWidth === 1200)"
            " && [...document.querySelectorAll('audio')].every(a => a.readyState >= 1)",
            timeout=TIMEOUT,
        )
        page.wait_for_load_state("networkidle", timeout=TIMEOUT)
        shown, data = counter.total(), counter.app_data()
        page.get_by_role("button", name="Rerun").click()
        page.wait_for_timeout(1000)  # the rerun's messages, if any
        page.wait_for_load_state("networkidle", timeout=TIMEOUT)
        rerun = counter.total() - shown
        _file_input(page).set_input_files(
            [{"name": "big.bin", "mimeType": "application/octet-stream", "buffer": UPLOAD}]
        )
        handed = time.perf_counter()
        page.get_by_text(f"got {len(UPLOAD)} bytes").wait_for(timeout=TIMEOUT)
        upload = time.perf_counter() - handed
        return {"shown": shown, "data": data, "rerun": rerun, "upload": upload}
    finally:
        context.close()


ROWS = [
    ("shown_kb", "page load, all bytes", "KB", "{:.1f}"),
    ("data_kb", "  of which websocket + /media/ requests", "KB", "{:.1f}"),
    ("rerun_kb", "bytes of a rerun, media unchanged", "KB", "{:.1f}"),
    ("upload", "20 MB upload: file given -> script shows it", "s", "{:.2f}"),
]


def sample(browser: Any, _impl: str, url: str) -> dict[str, float]:
    measured = measure(browser, url)
    kilobytes = {f"{key}_kb": measured[key] / 1000 for key in ("shown", "data", "rerun")}
    return {**measured, **kilobytes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one round")
    args = parser.parse_args(argv)
    rounds = 1 if args.quick else 3
    results = interleaved_rounds(APP, rounds, sample)
    print(ratio_table(f"median of {rounds} round(s)", ROWS, results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
