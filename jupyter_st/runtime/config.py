"""Configuration and secrets from `.streamlit/*.toml`, as Streamlit reads them.

The global file (`~/.streamlit/`) is read first and the app's own (`.streamlit/` in the
working directory and beside the script) overrides it, section by section.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "global.disableWidgetStateDuplicationWarning": False,
    "logger.level": "info",
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "runner.magicEnabled": True,
    "runner.fastReruns": True,
    "magic.displayRootDocString": False,
    "server.address": "",
    "server.port": 8501,
    "server.headless": False,
    "server.runOnSave": False,
    "server.enableStaticServing": False,
    "server.maxUploadSize": 200,
    "server.preheat": True,  # jupyter_st's own: keep a started kernel ready for the next visit
    "browser.serverAddress": "localhost",
    "browser.gatherUsageStats": False,
    "theme.base": None,
    "theme.primaryColor": None,
    "theme.backgroundColor": None,
    "theme.secondaryBackgroundColor": None,
    "theme.textColor": None,
    "theme.font": None,
}


def candidate_dirs(script_dir: str | None) -> list[Path]:
    """Where `.streamlit/` folders are looked for, lowest precedence first."""
    dirs = [Path.home(), Path.cwd()]
    if script_dir is not None:
        dirs.append(Path(script_dir))
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def _merge(files: Iterable[Path]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in files:
        if path.is_file():
            with path.open("rb") as f:
                _deep_update(merged, tomllib.load(f))
    return merged


def _deep_update(target: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _deep_update(target[key], value)
        else:
            target[key] = value


def load_options(
    script_dir: str | None = None, overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
    """`section.option` -> value: defaults, then every config.toml found, then `overrides`
    (command-line flags)."""
    raw = _merge(d / ".streamlit" / "config.toml" for d in candidate_dirs(script_dir))
    options = dict(DEFAULTS)
    for section, values in raw.items():
        if isinstance(values, dict):
            options.update({f"{section}.{name}": value for name, value in values.items()})
    options.update(overrides or {})
    return options


def parse_flag_value(text: str) -> Any:
    """A command-line option value as TOML would read it ("true" -> True, "8502" -> 8502)."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def load_secrets(script_dir: str | None = None) -> dict[str, Any]:
    """The merged contents of every secrets.toml found (never sent to the browser)."""
    return _merge(d / ".streamlit" / "secrets.toml" for d in candidate_dirs(script_dir))
