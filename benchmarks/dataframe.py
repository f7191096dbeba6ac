"""A 1,000,000-row, 3-column st.dataframe: `streamlit run` vs `jupyter st run`, in Chromium.

    .venv/bin/python benchmarks/dataframe.py            # 3 rounds (~2-3 minutes)
    .venv/bin/python benchmarks/dataframe.py --quick    # 1 round, smaller frame (smoke test)

Each round starts a fresh server of each implementation (alternating which goes first) and
loads the same app once in a fresh Chromium context:

  (a) time to first paint: from `page.goto` until the grid's first screen is drawn
      (Streamlit: its canvas grid is shown; ours: the first row's cells hold text);
  (b) websocket bytes until first paint: every frame's payload (after permessage-deflate),
      received and sent, counted with Playwright's websocket frame events;
  (c) websocket bytes for the whole load: the same, until the network has been quiet for 2 s
      (what the page received in all, including the app's other messages);
  (d) websocket bytes for a far scroll: the mouse wheel turned over the grid (the same
      wheel events for both), until the network is quiet again; HTTP response bodies during
      the scroll are counted apart.

Both servers are started with the page generated in the script (numpy, not shipped data).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cold_start import interleaved_rounds, ratio_table

APP = """\
import numpy as np
import pandas as pd
import streamlit as st

n = {rows}
st.dataframe(pd.DataFrame({{"a": np.arange(n), "b": np.arange(n) * 0.5,
                            "c": np.arange(n) % 7}}))
"""
PAINTED = {
    "streamlit": "[data-testid='stDataFrame'] canvas",
    "jupyter_st": ".st-grid-row[data-row='0'] .st-grid-cell:not(.st-grid-loading)",
}
GRID = {"streamlit": "[data-testid='stDataFrame']", "jupyter_st": ".st-grid-scroller"}
QUIET = 2.0  # seconds without websocket traffic that end a load
WHEEL_TURNS = 10  # wheel events of 20,000 px each, over the grid


class Traffic:
    """Websocket frames of one page, with the time of the last one."""

    def __init__(self, page: Any) -> None:
        self.received = self.sent = self.http = 0
        self.last = time.perf_counter()
        page.on("websocket", self._opened)
        page.on("requestfinished", self._fetched)

    def _fetched(self, request: Any) -> None:
        """HTTP bodies count too: a grid may fetch rows over HTTP instead of the websocket."""
        self.http += request.sizes()["responseBodySize"]
        self.last = time.perf_counter()

    def _opened(self, socket: Any) -> None:
        socket.on("framereceived", lambda payload: self._count(payload, True))
        socket.on("framesent", lambda payload: self._count(payload, False))

    def _count(self, payload: str | bytes, received: bool) -> None:
        size = len(payload.encode() if isinstance(payload, str) else payload)
        if received:
            self.received += size
        else:
            self.sent += size
        self.last = time.perf_counter()


def load(browser: Any, impl: str, url: str) -> dict[str, float]:
    context = browser.new_context()
    page = context.new_page()
    traffic = Traffic(page)
    started = time.perf_counter()
    page.goto(url, timeout=120_000)
    page.locator(PAINTED[impl]).first.wait_for(timeout=120_000)
    painted = time.perf_counter() - started
    at_paint = (traffic.received, traffic.sent)
    _settle(page, traffic)
    loaded = (traffic.received, traffic.sent, traffic.http)
    box = page.locator(GRID[impl]).first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _turn in range(WHEEL_TURNS):
        page.mouse.wheel(0, 20_000)
        page.wait_for_timeout(50)
    _settle(page, traffic)
    context.close()
    return {
        "paint_s": painted,
        "paint_rx_kb": at_paint[0] / 1000,
        "paint_tx_kb": at_paint[1] / 1000,
        "total_rx_kb": loaded[0] / 1000,
        "total_tx_kb": loaded[1] / 1000,
        "scroll_rx_kb": (traffic.received - loaded[0]) / 1000,
        "scroll_tx_kb": (traffic.sent - loaded[1]) / 1000,
        "scroll_http_kb": (traffic.http - loaded[2]) / 1000,
    }


def _settle(page: Any, traffic: Traffic) -> None:
    """Wait until the network has been quiet for QUIET seconds from now."""
    traffic.last = max(traffic.last, time.perf_counter())
    while time.perf_counter() - traffic.last < QUIET:
        page.wait_for_timeout(200)


ROWS = [
    ("paint_s", "time to first paint", "s", "{:.2f}"),
    ("paint_rx_kb", "ws bytes received by first paint", "KB", "{:.1f}"),
    ("paint_tx_kb", "ws bytes sent by first paint", "KB", "{:.1f}"),
    ("total_rx_kb", "ws bytes received, whole load", "KB", "{:.1f}"),
    ("total_tx_kb", "ws bytes sent, whole load", "KB", "{:.1f}"),
    ("scroll_rx_kb", "ws bytes received for a far scroll", "KB", "{:.1f}"),
    ("scroll_tx_kb", "ws bytes sent for a far scroll", "KB", "{:.1f}"),
    ("scroll_http_kb", "HTTP bytes received for a far scroll", "KB", "{:.1f}"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 round of a 100,000-row frame")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rows = 100_000 if args.quick else 1_000_000
    rounds = 1 if args.quick else args.rounds
    results = interleaved_rounds(APP.format(rows=rows), rounds, load)
    title = f"st.dataframe of {rows:,} rows x 3 columns, median of {rounds} round(s)"
    print(ratio_table(title, ROWS, results))


if __name__ == "__main__":
    main()
