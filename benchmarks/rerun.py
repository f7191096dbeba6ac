"""Interaction + rerun cost: Streamlit's AppTest vs jupyter_st's, on the same scripts.

    .venv/bin/python benchmarks/rerun.py            # full run (~1-2 minutes)
    .venv/bin/python benchmarks/rerun.py --quick    # a few rounds, for smoke tests
    .venv/bin/python benchmarks/rerun.py --profile jupyter_st:writes_1000

Each implementation runs in its own long-lived child process (running a jupyter_st app points
`sys.modules["streamlit"]` at jupyter_st, so the two cannot share one). The parent asks the
children for one timed interaction at a time and alternates which child goes first each round,
so machine noise lands on both. A timed interaction is what a test does:
`at.<kind>[i].set_value(v).run()`, from looking up the widget to the rerun's finished tree.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

IMPLS = ("streamlit", "jupyter_st")
REPO = Path(__file__).resolve().parent.parent
REPLY_TIMEOUT = 120.0  # seconds a child may take to answer one request


# -- scenarios: the scripts, and one interaction each --------------------------------------
# Every scenario is deterministic in the round number, so both children do the same work.

# (kind, script call taking the label, two values the benchmark alternates between)
MIXED_KINDS: list[tuple[str, str, tuple[Any, Any]]] = [
    ("slider", 'st.slider("{}", 0, 100, 50)', (60, 40)),
    ("checkbox", 'st.checkbox("{}")', (True, False)),
    ("text_input", 'st.text_input("{}", "x")', ("hello", "world")),
    ("selectbox", 'st.selectbox("{}", ["a", "b", "c"])', ("b", "c")),
    ("number_input", 'st.number_input("{}", value=1)', (2, 3)),
    ("radio", 'st.radio("{}", ["a", "b", "c"])', ("b", "c")),
    ("toggle", 'st.toggle("{}")', (True, False)),
    ("text_area", 'st.text_area("{}", "x")', ("one", "two")),
]
MIXED_COUNT = 200
WRITE_COUNT = 1000


def _mixed_script() -> str:
    lines = ["import streamlit as st", ""]
    for i in range(MIXED_COUNT):
        kind, call, _ = MIXED_KINDS[i % len(MIXED_KINDS)]
        lines.append(f"w{i} = " + call.format(f"{kind} {i}"))
    lines.append(f'st.write(f"first: {{w0}}, last: {{w{MIXED_COUNT - 1}}}")')
    return "\n".join(lines) + "\n"


def _writes_script() -> str:
    lines = ["import streamlit as st", "", 'v = st.slider("v", 0, 100, 50)']
    lines += [f'st.write(f"line {i}: the value is {{v}}")' for i in range(WRITE_COUNT)]
    return "\n".join(lines) + "\n"


SLIDER_SCRIPT = """\
import streamlit as st

v = st.slider("v", 0, 100, 50)
st.write(f"v = {v}")
"""


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    script: str
    interact: Callable[[Any, int], Any]  # (AppTest, round) -> the node to run
    state: Callable[[Any], Any]  # AppTest -> a JSON-able summary, compared across impls


def _slider_same(at: Any, _round: int) -> Any:
    return at.slider[0].set_value(50)


def _slider_change(at: Any, round_: int) -> Any:
    return at.slider[0].set_value(60 if round_ % 2 == 0 else 40)


def _mixed_change(at: Any, round_: int) -> Any:
    i = round_ % MIXED_COUNT
    kind, _, values = MIXED_KINDS[i % len(MIXED_KINDS)]
    visit = round_ // MIXED_COUNT  # alternate values on each visit, so every change is real
    return getattr(at, kind)[i // len(MIXED_KINDS)].set_value(values[visit % 2])


def _mixed_state(at: Any) -> Any:
    return {kind: [repr(w.value) for w in getattr(at, kind)] for kind, _, _ in MIXED_KINDS}


def _writes_state(at: Any) -> Any:
    texts = [m.value for m in at.markdown]
    return {"count": len(texts), "first": texts[:1], "last": texts[-1:]}


def _slider_state(at: Any) -> Any:
    return {"slider": repr(at.slider[0].value), "markdown": [m.value for m in at.markdown]}


SCENARIOS = [
    Scenario(
        "slider_noop", "1 slider, set to same value", SLIDER_SCRIPT, _slider_same, _slider_state
    ),
    Scenario(
        "slider_change", "1 slider, value changes", SLIDER_SCRIPT, _slider_change, _slider_state
    ),
    Scenario(
        "mixed_200",
        f"{MIXED_COUNT} mixed widgets, 1 changes",
        _mixed_script(),
        _mixed_change,
        _mixed_state,
    ),
    Scenario(
        "writes_1000",
        f"{WRITE_COUNT} st.write f-strings, slider changes",
        _writes_script(),
        _slider_change,
        _writes_state,
    ),
]
BY_NAME = {s.name: s for s in SCENARIOS}


# -- the child: one implementation, commands on stdin, JSON replies on stdout -----------------
def _app_test_class(impl: str) -> Any:
    if impl == "streamlit":
        from streamlit.testing.v1 import AppTest
    else:
        sys.path.insert(0, str(REPO))
        from jupyter_st.testing import AppTest
    return AppTest


class _Runner:
    """The AppTests of one implementation, one per scenario, kept across requests."""

    def __init__(self, impl: str) -> None:
        self.AppTest = _app_test_class(impl)
        self.apps: dict[str, Any] = {}
        self.rounds: dict[str, int] = {}

    def setup(self, name: str, warmup: int) -> dict[str, Any]:
        scenario = BY_NAME[name]
        start = time.perf_counter()
        at = self.AppTest.from_string(scenario.script, default_timeout=60).run()
        first_ms = (time.perf_counter() - start) * 1000
        self.apps[name], self.rounds[name] = at, 0
        for _ in range(warmup):
            self.step(name)
        _raise_on_exception(at)
        return {"first_run_ms": first_ms}

    def step(self, name: str) -> dict[str, Any]:
        scenario, at, round_ = BY_NAME[name], self.apps[name], self.rounds[name]
        start = time.perf_counter()
        scenario.interact(at, round_).run()
        ms = (time.perf_counter() - start) * 1000
        self.rounds[name] = round_ + 1
        return {"ms": ms}

    def check(self, name: str) -> dict[str, Any]:
        at = self.apps.pop(name)
        _raise_on_exception(at)
        return {"state": BY_NAME[name].state(at)}


def _raise_on_exception(at: Any) -> None:
    if len(at.exception):
        raise RuntimeError(f"the script raised: {at.exception[0].value}")


def child(impl: str) -> int:
    # Replies go to a private copy of stdout; anything the libraries print goes to stderr.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    runner = _Runner(impl)
    replies.write(json.dumps({"ready": impl}) + "\n")
    for line in sys.stdin:
        request = json.loads(line)
        op = request.pop("op")
        if op == "quit":
            break
        try:
            reply = getattr(runner, op)(**request)
        except Exception:
            import traceback

            reply = {"error": traceback.format_exc()}
        replies.write(json.dumps(reply) + "\n")
    return 0


# -- the parent: two children, interleaved rounds, one table ----------------------------------
class _Child:
    def __init__(self, impl: str) -> None:
        self.impl = impl
        self.log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--child", impl],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            cwd=REPO,
        )
        self._read()  # {"ready": impl}

    def request(self, op: str, **args: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], REPLY_TIMEOUT)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            raise RuntimeError(f"{self.impl} child gave no reply.\n{self._stderr()}")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(f"{self.impl} child failed:\n{reply['error']}")
        return reply

    def _stderr(self) -> str:
        self.log.seek(0)
        return self.log.read()[-4000:]

    def close(self) -> None:
        assert self.proc.stdin is not None
        with contextlib.suppress(OSError):
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def _versions() -> str:
    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    return (
        f"Python {platform.python_version()} ({platform.machine()}), "
        f"streamlit {version('streamlit')}, ipywidgets {version('ipywidgets')}, "
        f"jupyter_st {version('jupyter_st')}"
    )


def measure(children: dict[str, _Child], scenario: Scenario, warmup: int, rounds: int) -> dict:
    for c in children.values():
        c.request("setup", name=scenario.name, warmup=warmup)
    times: dict[str, list[float]] = {impl: [] for impl in children}
    order = list(children)
    for round_ in range(rounds):
        for impl in order if round_ % 2 == 0 else order[::-1]:
            times[impl].append(children[impl].request("step", name=scenario.name)["ms"])
    states = {impl: c.request("check", name=scenario.name)["state"] for impl, c in children.items()}
    return {"times": times, "same_state": len({json.dumps(s) for s in states.values()}) == 1}


def _table(results: dict[str, dict], rounds: int) -> str:
    head = f"{'scenario':<44} {'streamlit ms':>13} {'jupyter_st ms':>14} {'ours/streamlit':>15}"
    lines = [head, "-" * len(head)]
    for scenario in SCENARIOS:
        result = results[scenario.name]
        st_ms, ours_ms = (statistics.median(result["times"][impl]) for impl in IMPLS)
        note = "" if result["same_state"] else "  (final states differ!)"
        lines.append(
            f"{scenario.title:<44} {st_ms:>13.2f} {ours_ms:>14.2f} {ours_ms / st_ms:>14.2f}x{note}"
        )
    lines.append(f"median of {rounds} interleaved rounds per scenario; lower is faster")
    if all(r["same_state"] for r in results.values()):
        lines.append("final widget values and texts identical under both impls in every scenario")
    return "\n".join(lines)


def parent(quick: bool) -> int:
    warmup, rounds = (1, 3) if quick else (5, 50)
    print(_versions())
    print(f"{platform.platform()}, {os.cpu_count()} CPUs")
    print()
    start = time.perf_counter()
    children = {impl: _Child(impl) for impl in IMPLS}
    try:
        results = {s.name: measure(children, s, warmup, rounds) for s in SCENARIOS}
    finally:
        for c in children.values():
            c.close()
    print(_table(results, rounds))
    print(f"total {time.perf_counter() - start:.1f}s")
    return 0


def profile(target: str, rounds: int) -> int:
    """Run one scenario in this process under cProfile; print the top functions.

    Scripts rerun in worker threads, so every thread started while profiling gets its own
    profiler too; the report merges them (the main thread's wait shows up as lock time).
    """
    import cProfile
    import pstats
    import threading

    impl, _, name = target.partition(":")
    runner = _Runner(impl)
    runner.setup(name, warmup=5)
    profilers = [cProfile.Profile()]
    thread_run = threading.Thread.run

    def profiled_run(thread: threading.Thread) -> None:
        profiler = cProfile.Profile()
        profilers.append(profiler)
        profiler.runcall(thread_run, thread)

    threading.Thread.run = profiled_run  # type: ignore[method-assign]
    try:
        profilers[0].enable()
        for _ in range(rounds):
            runner.step(name)
        profilers[0].disable()
    finally:
        threading.Thread.run = thread_run  # type: ignore[method-assign]
    stats = pstats.Stats(*profilers)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few rounds only (smoke test)")
    parser.add_argument("--child", choices=IMPLS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--profile",
        metavar="IMPL:SCENARIO",
        help=f"cProfile one scenario in-process; scenarios: {', '.join(BY_NAME)}",
    )
    parser.add_argument("--rounds", type=int, default=30, help="rounds for --profile")
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    if args.profile:
        return profile(args.profile, args.rounds)
    return parent(args.quick)


if __name__ == "__main__":
    sys.exit(main())
