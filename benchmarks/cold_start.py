"""Cold start: `streamlit run` vs `jupyter st run`, served for real and loaded in Chromium.

    .venv/bin/python benchmarks/cold_start.py             # 5 rounds (~2-3 minutes)
    .venv/bin/python benchmarks/cold_start.py --quick     # 1 round, for smoke tests
    .venv/bin/python benchmarks/cold_start.py --timeline  # also: one page load, event by event

Every round starts a fresh server of each implementation (alternating which goes first) for
the same small app, and loads it in fresh Chromium contexts (no cache, no cookies):

  (a) server start: from spawning the process until the HTTP root answers;
  (b) first paint of a fresh page load against the running server: from `page.goto` until the
      app's title and its slider are visible (the second and later loads of the round);
  (c) first paint from process start: spawn -> HTTP answers -> goto -> title and slider shown;
  (d) bytes one page load receives: HTTP response bodies as sent (compressed, if the server
      compressed them) plus websocket frames received (payloads, after permessage-deflate).

Servers run in their own process groups; every group (kernels included) is killed at exit.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

IMPLS = ("streamlit", "jupyter_st")
REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]  # fmt: skip  (as tests/serve/conftest.py)
START_TIMEOUT = 60.0  # seconds a server may take to answer HTTP
PAINT_TIMEOUT = 60_000  # milliseconds a page may take to show the app

TITLE = "Cold start benchmark"
APP = f"""\
import pandas as pd
import streamlit as st

st.title("{TITLE}")
value = st.slider("Pick a value", 0, 100, 25)
st.write(f"The value is {{value}}")
st.dataframe(pd.DataFrame({{"n": range(20), "square": [n * n for n in range(20)]}}))
st.button("Press me")
"""
VALUE_TEXT = "The value is 25"
BUTTON = "Press me"


# -- servers: own process groups, all killed at exit ---------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _descendants(pid: int) -> list[int]:
    """Every live process below `pid` (Jupyter starts kernels in their own sessions)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (entry / "stat").read_text()
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class Server:
    """One `<impl> run app.py` in its own process group; `started_at` is the spawn time."""

    live: list[Server] = []

    def __init__(self, impl: str, script: Path) -> None:
        self.impl = impl
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        module = "streamlit" if impl == "streamlit" else "jupyter_st"
        command = [sys.executable, "-m", module, "run", str(script),
                   "--server.headless", "true", "--server.port", str(self.port)]  # fmt: skip
        env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            command, cwd=script.parent, env=env, stdout=self.log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        Server.live.append(self)

    def wait_until_answering(self) -> float:
        """Seconds from spawn until `HEAD /` gets any HTTP status line back.

        HEAD, not GET: Voila starts a kernel and runs the notebook for every GET of the
        page, which would leave a second kernel starting while the browser loads the first.
        Both servers answer HEAD as soon as their routes are up (Streamlit 200, Voila 405).
        """
        deadline = self.started_at + START_TIMEOUT
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.impl} exited with {self.proc.returncode}\n{self.tail()}")
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            try:
                connection.request("HEAD", "/")
                connection.getresponse()
                return time.perf_counter() - self.started_at
            except OSError:
                time.sleep(0.01)
            finally:
                connection.close()
        raise TimeoutError(f"{self.impl} did not answer within {START_TIMEOUT} s\n{self.tail()}")

    def tail(self) -> str:
        self.log.seek(0)
        return self.log.read()[-3000:].decode(errors="replace")

    def stop(self) -> None:
        if self not in Server.live:
            return
        Server.live.remove(self)
        pids = [self.proc.pid, *_descendants(self.proc.pid)]
        groups = {self.proc.pid}
        for pid in pids:
            with contextlib.suppress(OSError):
                groups.add(os.getpgid(pid))
        for group in groups:  # our server's group, and the kernels' own groups under it
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(group, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)
        for group in groups:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(group, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        self.log.close()

    @classmethod
    def stop_all(cls) -> None:
        for server in list(cls.live):
            server.stop()


@contextlib.contextmanager
def servers_killed_at_exit() -> Iterator[None]:
    """Kill every server on normal exit, errors, Ctrl-C, SIGTERM and SIGHUP."""

    def exit_on(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = {sig: signal.signal(sig, exit_on) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        Server.stop_all()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


# -- one page load in a fresh browser context ------------------------------------------------
STATIC_TYPES = {"script", "stylesheet", "font", "image"}  # collapsed into one timeline line


@dataclass
class Event:
    at: float  # seconds after page.goto
    what: str
    static: Any = None  # the request, when this is a static file's request or finish


@dataclass
class Load:
    paint_s: float  # goto -> title and slider visible
    paint_at: float  # perf_counter() when they were
    http_bytes: int = 0
    ws_bytes: int = 0
    ws_frames: int = 0
    requests: int = 0
    timeline: list[str] = field(default_factory=list)


def _short(url: str) -> str:
    parsed = urlparse(url)
    path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
    return path if len(path) <= 64 else path[:36] + "..." + path[-25:]


def _timeline(events: list[Event], sizes: dict[Any, int]) -> list[str]:
    """One line per event; a run of static-file events becomes one line."""
    lines: list[str] = []
    run: list[Event] = []

    def flush() -> None:
        if run:
            started = [e for e in run if e.what == "request"]
            done = [e for e in run if e.what == "finished"]
            kb = sum(sizes.get(e.static, 0) for e in done) / 1000
            lines.append(
                f"{run[0].at:7.3f}-{run[-1].at:.3f}  static files: {len(started)} requested, "
                f"{len(done)} finished ({kb:.0f} KB)"
            )
            run.clear()

    for event in events:
        if event.static is not None:
            run.append(event)
            continue
        flush()
        lines.append(f"{event.at:7.3f}        {event.what}")
    flush()
    return lines


def load_page(browser: Any, url: str, timeline: bool = False) -> Load:
    """Open `url` in a fresh context; time the first paint; count what the load received.

    The load counts as complete (for bytes) once the value text and the button are visible
    too and the network has been idle for 500 ms (open websockets do not count as busy).
    """
    context = browser.new_context()
    page = context.new_page()
    finished: list[Any] = []
    ws = {"bytes": 0, "frames": 0}
    events: list[Event] = []
    recording = [timeline]
    start = time.perf_counter()

    def note(what: str, static: Any = None) -> None:
        if recording[0]:
            events.append(Event(time.perf_counter() - start, what, static))

    def on_frame(payload: str | bytes) -> None:
        size = len(payload.encode() if isinstance(payload, str) else payload)
        ws["bytes"] += size
        ws["frames"] += 1
        if ws["frames"] <= 3 or ws["frames"] % 20 == 0:
            note(f"websocket frame #{ws['frames']} received ({size} B, {ws['bytes']} B so far)")

    def on_websocket(socket_: Any) -> None:
        note(f"websocket opened {_short(socket_.url)}")
        socket_.on("framereceived", on_frame)

    def on_request(request: Any) -> None:
        if request.resource_type in STATIC_TYPES:
            note("request", static=request)
        else:
            note(f"request  {request.method} {_short(request.url)}")

    def on_response(response: Any) -> None:
        if response.request.resource_type not in STATIC_TYPES:
            note(f"response {response.status} {_short(response.url)} (headers in)")

    def on_finished(request: Any) -> None:
        finished.append(request)
        if request.resource_type in STATIC_TYPES:
            note("finished", static=request)
        else:
            note(f"finished {request.method} {_short(request.url)} (body in)")

    page.on("request", on_request)
    page.on("response", on_response)
    page.on("requestfinished", on_finished)
    page.on("websocket", on_websocket)
    page.on("domcontentloaded", lambda _: note("DOMContentLoaded"))
    page.on("load", lambda _: note("load event"))
    try:
        start = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=PAINT_TIMEOUT)
        page.get_by_text(TITLE).first.wait_for(state="visible", timeout=PAINT_TIMEOUT)
        page.get_by_role("slider").first.wait_for(state="visible", timeout=PAINT_TIMEOUT)
        painted = time.perf_counter()
        note(f"PAINTED: title and slider visible ({ws['frames']} websocket frames so far)")
        page.get_by_text(VALUE_TEXT).first.wait_for(state="visible", timeout=PAINT_TIMEOUT)
        page.get_by_role("button", name=BUTTON).wait_for(state="visible", timeout=PAINT_TIMEOUT)
        note("value text and button visible too")
        page.wait_for_load_state("networkidle", timeout=PAINT_TIMEOUT)
        note("network idle (500 ms without requests)")
        recording[0] = False
        sizes = {request: request.sizes()["responseBodySize"] for request in finished}
        result = Load(painted - start, painted, ws_bytes=ws["bytes"], ws_frames=ws["frames"])
        result.http_bytes, result.requests = sum(sizes.values()), len(finished)
        result.timeline = _timeline(events, sizes)
        # Leave the page as a closing tab would. Voila's unload handler then asks the server
        # to shut the kernel down, but Voila 0.5 rejects that request (403, no _xsrf cookie;
        # voila-dashboards/voila#1458), so each load's kernel lives until its server stops.
        page.goto("about:blank")
    finally:
        context.close()
    return result


# -- rounds and the table --------------------------------------------------------------------
def _versions() -> str:
    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    dists = ["streamlit", "jupyter_st", "voila", "ipywidgets", "ipykernel", "tornado", "playwright"]
    return f"Python {platform.python_version()} ({platform.machine()}), " + ", ".join(
        f"{dist} {version(dist)}" for dist in dists
    )


def run_round(impl: str, browser: Any, script: Path, warm_loads: int, timeline: bool) -> dict:
    server = Server(impl, script)
    try:
        start_s = server.wait_until_answering()
        first = load_page(browser, server.url)
        warm = [load_page(browser, server.url, timeline=timeline) for _ in range(warm_loads)]
    finally:
        server.stop()
    return {
        "start": start_s,
        "first_paint": first.paint_s,
        "process_to_paint": first.paint_at - server.started_at,
        "warm_paint": [w.paint_s for w in warm],
        "loads": [first, *warm],
    }


# (key, row title, unit, format); the test checks that every title prints with both impls
ROWS = [
    ("start", "(a) server start: spawn -> HTTP answers", "s", "{:.2f}"),
    ("warm_paint", "(b) first paint, page load on a running server", "s", "{:.2f}"),
    ("first_paint", "    same, first page load after start", "s", "{:.2f}"),
    ("process_to_paint", "(c) first paint from process start", "s", "{:.2f}"),
    ("http_kb", "(d) bytes per page load: HTTP bodies", "KB", "{:.0f}"),
    ("ws_kb", "    websocket frames received", "KB", "{:.1f}"),
    ("total_kb", "    total", "KB", "{:.0f}"),
    ("requests", "    HTTP requests per page load", "", "{:.0f}"),
]
ROW_WIDTH = 50


def _samples(rounds: list[dict], key: str) -> list[float]:
    loads = [load for r in rounds for load in r["loads"]]
    if key == "warm_paint":
        return [s for r in rounds for s in r["warm_paint"]]
    if key == "http_kb":
        return [load.http_bytes / 1000 for load in loads]
    if key == "ws_kb":
        return [load.ws_bytes / 1000 for load in loads]
    if key == "total_kb":
        return [(load.http_bytes + load.ws_bytes) / 1000 for load in loads]
    if key == "requests":
        return [load.requests for load in loads]
    return [r[key] for r in rounds]


def _table(results: dict[str, list[dict]], rounds: int, warm_loads: int) -> str:
    head = (
        f"{'measure (median)':<{ROW_WIDTH}} {'unit':>4} "
        f"{'streamlit':>10} {'jupyter_st':>11} {'ours/streamlit':>15}"
    )
    lines = [head, "-" * len(head)]
    for key, title, unit, fmt in ROWS:
        st_value, ours_value = (statistics.median(_samples(results[i], key)) for i in IMPLS)
        ratio = f"{ours_value / st_value:.2f}x" if st_value else "-"
        lines.append(
            f"{title:<{ROW_WIDTH}} {unit:>4} {fmt.format(st_value):>10} "
            f"{fmt.format(ours_value):>11} {ratio:>15}"
        )
    lines.append(
        f"{rounds} interleaved round(s): a fresh server per impl per round, 1 first page load "
        f"+ {warm_loads} more; (b) is over the later loads, (d) over all loads"
    )
    return "\n".join(lines)


def interleaved_rounds(
    app: str, rounds: int, measure: Callable[[Any, str, str], dict[str, float]]
) -> dict[str, list[dict[str, float]]]:
    """Serve the script `app` with each implementation in turn (a fresh server each time,
    alternating which goes first), `rounds` times, and `measure(browser, impl, url)` it;
    the samples per implementation."""
    from playwright.sync_api import sync_playwright

    results: dict[str, list[dict[str, float]]] = {impl: [] for impl in IMPLS}
    with tempfile.TemporaryDirectory() as folder, servers_killed_at_exit(), sync_playwright() as pw:
        script = Path(folder) / "app.py"
        script.write_text(app)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for number in range(rounds):
            for impl in IMPLS if number % 2 == 0 else IMPLS[::-1]:
                server = Server(impl, script)
                try:
                    server.wait_until_answering()
                    results[impl].append(measure(browser, impl, server.url))
                finally:
                    server.stop()
        browser.close()
    return results


def ratio_table(
    title: str,
    rows: Sequence[tuple[str, str, str, str]],
    results: dict[str, list[dict[str, float]]],
) -> str:
    """Medians side by side with ours/streamlit; `rows` are (key, label, unit, format)."""
    lines = [title, f"{'':44} {'streamlit':>10} {'jupyter_st':>11} {'ours/theirs':>12}"]
    for key, label, unit, fmt in rows:
        theirs, ours = (statistics.median(r[key] for r in results[impl]) for impl in IMPLS)
        ratio = f"{ours / theirs:.2f}" if theirs else "-"
        lines.append(
            f"{label + ' (' + unit + ')':44} {fmt.format(theirs):>10} "
            f"{fmt.format(ours):>11} {ratio:>12}"
        )
    return "\n".join(lines)


def _print_timeline(impl: str, load: Load) -> None:
    print(f"\n{impl}: the last page load on a running server (seconds after page.goto)")
    for line in load.timeline:
        print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 round (smoke test)")
    parser.add_argument("--rounds", type=int, help="rounds (default 5, --quick 1)")
    parser.add_argument(
        "--timeline", action="store_true", help="print the events of one page load per impl"
    )
    args = parser.parse_args(argv)
    rounds = args.rounds or (1 if args.quick else 5)
    warm_loads = 1 if args.quick else 2

    from playwright.sync_api import sync_playwright

    start = time.perf_counter()
    with (
        servers_killed_at_exit(),
        tempfile.TemporaryDirectory(prefix="cold-start-") as folder,
        sync_playwright() as pw,
    ):
        script = Path(folder) / "app.py"
        script.write_text(APP)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(_versions() + f", Chromium {browser.version}")
        print(f"{platform.platform()}, {os.cpu_count()} CPUs")
        print()
        results: dict[str, list[dict]] = {impl: [] for impl in IMPLS}
        for round_ in range(rounds):
            for impl in IMPLS if round_ % 2 == 0 else IMPLS[::-1]:
                timeline = args.timeline and round_ == rounds - 1
                results[impl].append(run_round(impl, browser, script, warm_loads, timeline))
        browser.close()
    print(_table(results, rounds, warm_loads))
    if args.timeline:
        for impl in IMPLS:
            _print_timeline(impl, results[impl][-1]["loads"][-1])
    print(f"total {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
