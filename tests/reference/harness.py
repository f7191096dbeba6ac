"""Run app scripts under real Streamlit's AppTest or ours, each in its own subprocess.

The two implementations cannot share a process (running a jupyter_st app aliases
`sys.modules["streamlit"]`), so `observe_many` pipes scenarios as JSON to
`python -m tests.reference._child IMPL` and reads back one list of snapshots per scenario.
"""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
IMPLS = ("streamlit", "jupyter_st")


def observe_many(impl: str, scenarios: list[tuple[str, list]], timeout: float = 120) -> list[Any]:
    """Snapshots for each (script, steps) scenario, all run in ONE child process."""
    payload = [{"script": textwrap.dedent(s), "steps": steps} for s, steps in scenarios]
    proc = subprocess.run(
        [sys.executable, "-m", "tests.reference._child", impl],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{impl} child failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout)


def observe(impl: str, script: str, steps: list) -> list[dict]:
    """One snapshot per `["run"]` step of `steps`, for one script."""
    return observe_many(impl, [(script, steps)])[0]


def _lines(items: list[Any], indent: str) -> list[str]:
    out = []
    for item in items:
        attrs = " ".join(f"{k}={v}" for k, v in item.items() if k not in ("type", "children"))
        out.append(f"{indent}{item['type']} {attrs}".rstrip())
        if "children" in item:
            out.extend(_lines(item["children"], indent + "    "))
    return out


def render(snaps: list[Any]) -> list[str]:
    """Readable lines for a list of snapshots (used for failure diffs)."""
    lines: list[str] = []
    for i, snap in enumerate(snaps):
        lines.append(f"=== run {i}")
        if "harness_error" in snap:
            lines.extend(str(snap["harness_error"]).splitlines())
            continue
        for part in ("main", "sidebar"):
            lines.append(f"[{part}]")
            lines.extend(_lines(snap[part], "  "))
        lines.append("[toasts]")
        lines.extend(_lines(snap["toasts"], "  "))
        lines.append("[chat_inputs]")
        lines.extend(_lines(snap["chat_inputs"], "  "))
        lines.append(f"[exceptions] {snap['exceptions']!r}")
        lines.append("[session_state]")
        lines.extend(f"  {k} = {v}" for k, v in snap["session_state"].items())
    return lines


def diff(reference: list[Any], ours: list[Any]) -> str:
    return "\n".join(
        difflib.unified_diff(
            render(reference), render(ours), "streamlit", "jupyter_st", lineterm="", n=3
        )
    )
