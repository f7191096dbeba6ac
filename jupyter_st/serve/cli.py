"""`jupyter st ...` (the `jupyter-st` console script) and `python -m jupyter_st`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .._version import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jupyter st",
        description="Run Streamlit apps inside Jupyter.",
    )
    parser.add_argument("--version", action="version", version=f"jupyter_st, version {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = build_parser()
    parser.parse_args(argv)
    parser.print_help()
    return 0
