"""benchmarks/dataframe.py runs end to end (its numbers are printed, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "dataframe.py"


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_dataframe_benchmark_quick_prints_both_implementations_side_by_side() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick"],
        capture_output=True, text=True, timeout=280, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert "streamlit" in lines[1] and "jupyter_st" in lines[1] and "ours/theirs" in lines[1]
    assert any(line.startswith("ws bytes received by first paint") for line in lines)
