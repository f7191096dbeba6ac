"""A comm that records what widgets would send to the browser (ipywidgets' DummyComm idea).

with recording_comms() as sent:
    app.run()
assert sent == []          # a rerun that changed nothing sent nothing
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import comm
from comm import DummyComm


class RecordingComm(DummyComm):
    """Appends every message it would publish to a shared list."""

    def __init__(self, *args: Any, sent: list[tuple[str, Any]], **kwargs: Any) -> None:
        self._sent = sent
        super().__init__(*args, **kwargs)

    def publish_msg(
        self,
        msg_type: str,
        data: Any = None,
        metadata: Any = None,
        buffers: Any = None,
        **keys: Any,
    ) -> None:
        self._sent.append((msg_type, data))


def open_widgets() -> int:
    """How many widgets of this process still have a comm (ipywidgets' own registry)."""
    import ipywidgets

    return sum(1 for widget in ipywidgets.Widget.widgets.values() if widget.comm is not None)


@contextlib.contextmanager
def recording_comms() -> Iterator[list[tuple[str, Any]]]:
    """Widgets opened inside the block get recording comms; yields their shared log."""
    sent: list[tuple[str, Any]] = []
    original = comm.create_comm
    comm.create_comm = lambda *args, **kwargs: RecordingComm(*args, sent=sent, **kwargs)
    try:
        yield sent
    finally:
        comm.create_comm = original
