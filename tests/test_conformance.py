"""The shared conformance cases pass under our AppTest (`make conformance` runs the same)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RUNNER = Path(__file__).parents[1].parent / "shared" / "conformance" / "run.py"


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(not RUNNER.exists(), reason="../shared/conformance is not beside this checkout")
def test_shared_conformance_cases_pass():
    result = subprocess.run(
        [sys.executable, str(RUNNER), "--impl", "jupyter_st"],
        capture_output=True, text=True, timeout=590,
    )  # fmt: skip
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    assert result.returncode == 0, result.stdout[-3000:]
    assert " 0 failed" in summary
