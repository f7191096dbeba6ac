"""A growing line chart: `streamlit run` vs `jupyter st run`, in Chromium.

    .venv/bin/python benchmarks/charts.py            # 3 rounds (~1-2 minutes)
    .venv/bin/python benchmarks/charts.py --quick    # 1 round, smaller chart (smoke test)

The app is Streamlit 1.67's plotting-demo pattern: a line chart of N rows x 3 columns drawn in
an st.empty(), then redrawn 20 times with 10 more rows each time. Each round starts a fresh
server of each implementation (alternating which goes first) and loads the app once:

  (a) time to first paint: from `page.goto` until the chart's lines are drawn;
  (b) websocket bytes received by first paint (payloads, after permessage-deflate);
  (c) websocket bytes received for the whole load, until the app has written "finished"
      and the network has been quiet for 2 s: Streamlit resends the whole frame on every
      redraw; jupyter_st sends only the rows the browser does not have.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cold_start import interleaved_rounds, ratio_table
from dataframe import QUIET, Traffic

APP = """\
import time

import numpy as np
import pandas as pd
import streamlit as st

rng = np.random.default_rng(0)
frame = pd.DataFrame(rng.standard_normal(({rows}, 3)).cumsum(axis=0), columns=list("abc"))
slot = st.empty()
slot.line_chart(frame)
for step in range(20):
    time.sleep(0.1)
    more = pd.DataFrame(rng.standard_normal((10, 3)), columns=list("abc"))
    frame = pd.concat([frame, more], ignore_index=True)
    slot.line_chart(frame)
st.write("finished")
"""
PAINTED = {
    "streamlit": "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg",
    "jupyter_st": ".st-vega-chart canvas, .st-vega-chart svg .mark-line path",
}


def load(browser: Any, impl: str, url: str) -> dict[str, float]:
    context = browser.new_context()
    page = context.new_page()
    traffic = Traffic(page)
    started = time.perf_counter()
    page.goto(url, timeout=120_000)
    page.locator(PAINTED[impl]).first.wait_for(timeout=120_000)
    painted = time.perf_counter() - started
    at_paint = traffic.received
    page.get_by_text("finished").wait_for(timeout=120_000)
    while time.perf_counter() - traffic.last < QUIET:
        page.wait_for_timeout(200)
    context.close()
    return {
        "paint_s": painted,
        "paint_rx_kb": at_paint / 1000,
        "total_rx_kb": traffic.received / 1000,
    }


ROWS = [
    ("paint_s", "time to first paint", "s", "{:.2f}"),
    ("paint_rx_kb", "ws bytes received by first paint", "KB", "{:.1f}"),
    ("total_rx_kb", "ws bytes received, 20 redraws", "KB", "{:.1f}"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 round of a 1,000-row chart")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rows = 1_000 if args.quick else 10_000
    rounds = 1 if args.quick else args.rounds
    results = interleaved_rounds(APP.format(rows=rows), rounds, load)
    title = (
        f"line chart of {rows:,} rows x 3 columns + 20 redraws of 10 more rows, median of "
        f"{rounds} round(s)"
    )
    print(ratio_table(title, ROWS, results))


if __name__ == "__main__":
    main()
