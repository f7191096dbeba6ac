"""Watch an app's source files and call back when one is saved (for run-on-save).

Polling mtimes every half second costs next to nothing for a handful of files and needs no
extra dependency or OS support; it runs in one daemon thread per app.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

log = logging.getLogger(__name__)


class FileWatcher:
    """Calls `on_change(path)` from its own thread when a watched file's mtime changes."""

    def __init__(self, paths: Iterable[str | Path], on_change: Callable[[Path], None],
                 interval: float = 0.5) -> None:  # fmt: skip
        self._on_change = on_change
        self._interval = interval
        self._mtimes = {Path(p): _mtime(Path(p)) for p in paths}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="jupyter_st-watcher", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            for path, seen in list(self._mtimes.items()):
                now = _mtime(path)
                if now != seen:
                    self._mtimes[path] = now
                    try:
                        self._on_change(path)
                    except Exception:
                        log.exception("jupyter_st: handling a change of %s failed", path)

    def stop(self) -> None:
        self._stop.set()


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None
