"""`jupyter st ...` (the `jupyter-st` console script) and `python -m jupyter_st`.

jupyter st run app.py [--server.port 8502] [--theme.base dark] [-- script args]
jupyter st run notebook.ipynb
jupyter st hello
jupyter st config show
jupyter st --version
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.resources import files
from typing import Any

from .._version import __version__
from ..errors import CommandLineError
from ..runtime.config import DEFAULTS, load_options, parse_flag_value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jupyter st", description="Run Streamlit apps in Jupyter."
    )
    parser.add_argument("--version", action="version", version=f"jupyter_st, version {__version__}")
    commands = parser.add_subparsers(dest="command")
    run = commands.add_parser("run", help="Run a Streamlit script or a notebook of %%stapp cells.")
    run.add_argument("target", help="app.py, notebook.ipynb or the URL of a script")
    run.add_argument(
        "args", nargs=argparse.REMAINDER, help="--section.option value ... -- script args"
    )
    commands.add_parser("hello", help="Run the demo app (takes --section.option value ...).")
    config = commands.add_parser("config", help="Show the configuration.")
    config.add_argument("action", choices=["show"])
    commands.add_parser("version", help="Print the version.")
    return parser


def split_args(args: Sequence[str]) -> tuple[dict[str, Any], list[str]]:
    """`--section.option value` flags (as Streamlit's) and the script's own arguments."""
    flags: dict[str, Any] = {}
    rest = list(args)
    script_args: list[str] = []
    if "--" in rest:
        cut = rest.index("--")
        rest, script_args = rest[:cut], rest[cut + 1 :]
    while rest:
        item = rest.pop(0)
        if not item.startswith("--") or "." not in item:
            script_args.append(item)
            continue
        name, _, value = item[2:].partition("=")
        if name not in DEFAULTS:
            raise CommandLineError(f"no such option: --{name}")
        if not value:
            if not rest:
                raise CommandLineError(f"option --{name} requires a value")
            value = rest.pop(0)
        flags[name] = parse_flag_value(value)
    return flags, script_args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = build_parser()
    ns, extra = parser.parse_known_args(argv)  # --section.option flags are not argparse's
    args = [*getattr(ns, "args", []), *extra]
    if extra and ns.command not in ("hello", "config"):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        if ns.command == "version":
            print(f"jupyter_st, version {__version__}")
            return 0
        if ns.command == "config":
            return show_config(*split_args(args))
        if ns.command == "hello":
            flags, script_args = split_args(args)
            return run_target(str(files("jupyter_st.examples") / "hello.py"), flags, script_args)
        if ns.command == "run":
            flags, script_args = split_args(args)
            return run_target(ns.target, flags, script_args)
    except CommandLineError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    parser.print_help()
    return 0


def show_config(flags: dict[str, Any], _script_args: list[str]) -> int:
    """Print the merged options as TOML sections, as `streamlit config show` does."""
    options = load_options(None, flags)
    section = None
    for name in sorted(options, key=lambda n: (n.split(".")[0], n)):
        head, option = name.split(".", 1)
        if head != section:
            print(f"\n[{head}]")
            section = head
        value = options[name]
        print(f"# {option} = (unset)" if value is None else f"{option} = {_toml(value)}")
    return 0


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def run_target(target: str, flags: dict[str, Any], script_args: list[str]) -> int:
    from .launch import launch, resolve_target  # Voila and nbformat: only when serving

    path = resolve_target(target)
    options = load_options(str(path.parent), flags)
    explicit_port = "server.port" in flags or options["server.port"] != DEFAULTS["server.port"]
    return launch(path, script_args, options, explicit_port=explicit_port)
