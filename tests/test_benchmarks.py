"""The benchmarks run end to end (timings are reported, never asserted)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
BENCHMARK = BENCHMARKS / "rerun.py"
ROWS = [
    "1 slider, set to same value",
    "1 slider, value changes",
    "200 mixed widgets, 1 changes",
    "1000 st.write f-strings, slider changes",
]


@pytest.mark.slow
def test_rerun_benchmark_quick_prints_a_row_per_scenario_for_both_impls() -> None:
    pytest.importorskip("streamlit", reason="the benchmark compares against real Streamlit")
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick"],
        capture_output=True,
        text=True,
        timeout=100,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert any("streamlit ms" in line and "jupyter_st ms" in line for line in lines), done.stdout
    for row in ROWS:
        [line] = [line for line in lines if line.startswith(row)]
        streamlit_ms, ours_ms, ratio = line[len(row) :].split()[:3]
        assert float(streamlit_ms) > 0 and float(ours_ms) > 0, line
        assert ratio.endswith("x"), line


COLD_START_ROWS = [
    "(a) server start: spawn -> HTTP answers",
    "(b) first paint, page load on a running server",
    "    same, first page load after start",
    "(c) first paint from process start",
    "(d) bytes per page load: HTTP bodies",
    "    websocket frames received",
    "    total",
]


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_cold_start_benchmark_quick_prints_every_measure_for_both_impls() -> None:
    pytest.importorskip("streamlit", reason="the benchmark compares against real Streamlit")
    pytest.importorskip("playwright", reason="the benchmark loads the apps in Chromium")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs Debian's Chromium at /usr/bin/chromium")
    bench = subprocess.Popen(
        [sys.executable, str(BENCHMARKS / "cold_start.py"), "--quick"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = bench.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        bench.send_signal(signal.SIGTERM)  # the benchmark then kills its servers
        stdout, stderr = bench.communicate(timeout=30)
        pytest.fail(f"cold_start.py --quick took over 180 s\n{stdout}{stderr}")
    assert bench.returncode == 0, stdout + stderr
    lines = stdout.splitlines()
    assert any("streamlit" in line and "jupyter_st" in line for line in lines[:1]), stdout
    head = [line for line in lines if line.startswith("measure (median)")]
    assert head and "streamlit" in head[0] and "jupyter_st" in head[0], stdout
    for row in COLD_START_ROWS:
        [line] = [line for line in lines if line.startswith(row)]
        *_, streamlit_value, ours_value, ratio = line[len(row) :].split()
        assert float(streamlit_value) >= 0 and float(ours_value) >= 0, line
        assert ratio.endswith("x"), line
