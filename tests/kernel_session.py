"""A real IPython kernel driven as a frontend would: execute cells, then change a widget
with a `comm_msg` update, and read what the kernel sent back on iopub."""

from __future__ import annotations

import queue
import time
from typing import Any

from jupyter_client.manager import start_new_kernel


class KernelSession:
    def __init__(self) -> None:
        self.manager, self.client = start_new_kernel(kernel_name="python3")
        self.models: dict[str, dict[str, Any]] = {}  # comm id -> latest widget state

    def execute(self, code: str, timeout: float = 60) -> list[dict]:
        """Run a cell; returns its iopub messages (and records widget models)."""
        msg_id = self.client.execute(code)

        def idle(m: dict) -> bool:
            finished = m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"
            return finished and m["parent_header"].get("msg_id") == msg_id

        messages = self._collect(idle, timeout)
        return [m for m in messages if m["parent_header"].get("msg_id") == msg_id]

    def update_widget(self, comm_id: str, settle: float = 2.0, **state: Any) -> list[dict]:
        """Send what a browser sends when the user changes a widget; return the comm
        updates the kernel sent back while settling."""
        content = {
            "comm_id": comm_id,
            "data": {"method": "update", "state": state, "buffer_paths": []},
        }
        self.client.shell_channel.send(self.client.session.msg("comm_msg", content))
        return [m for m in self._collect(lambda m: False, settle) if m["msg_type"] == "comm_msg"]

    def find(self, model: str, **traits: Any) -> str:
        """The comm id of the live widget model with these trait values."""
        for comm_id, state in self.models.items():
            if state.get("_model_name") == model and all(
                state.get(k) == v for k, v in traits.items()
            ):
                return comm_id
        raise LookupError(f"no {model} with {traits}")

    def html_containing(self, text: str) -> str:
        for comm_id, state in self.models.items():
            if state.get("_model_name") == "HTMLModel" and text in str(state.get("value")):
                return comm_id
        raise LookupError(text)

    def _collect(self, done, timeout: float) -> list[dict]:
        messages, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                msg = self.client.get_iopub_msg(timeout=0.1)
            except queue.Empty:
                continue
            self._record(msg)
            messages.append(msg)
            if done(msg):
                return messages
        return messages

    def _record(self, msg: dict) -> None:
        content = msg["content"]
        if msg["msg_type"] == "comm_open":
            self.models[content["comm_id"]] = dict(content["data"].get("state", {}))
        elif msg["msg_type"] == "comm_msg" and content["data"].get("method") == "update":
            self.models.setdefault(content["comm_id"], {}).update(content["data"]["state"])
        elif msg["msg_type"] == "comm_close":
            self.models.pop(content["comm_id"], None)

    def close(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
