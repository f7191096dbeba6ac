"""The rerun benchmark runs end to end (timings are reported, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "rerun.py"
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
