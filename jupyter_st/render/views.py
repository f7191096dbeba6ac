"""Our own widget views (labextension/src/): their module, and a request/reply channel.

A view asks the kernel for what it does not hold yet (a page of grid rows, the bytes of a
download) with a custom message `{"request": name, "id": n, ...}`; the widget answers
`{"reply": n, ...}` (plus binary buffers) from the handler registered for `name`, or
`{"reply": n, "error": text}`. A malformed request is logged and answered with an error,
never raised: the browser must not be able to break the kernel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets
from traitlets import Unicode

MODULE_NAME = "jupyter-st"
MODULE_VERSION = "0.1.0"

log = logging.getLogger(__name__)

Reply = tuple[dict[str, Any], Sequence[bytes]]
Handler = Callable[[dict[str, Any], list[bytes]], Reply]


class RequestError(ValueError):
    """A request the kernel refuses; its text goes back to the browser."""


class View(ipywidgets.DOMWidget):
    """Base of our widgets: their views live in the jupyter-st frontend module."""

    _model_module = Unicode(MODULE_NAME).tag(sync=True)
    _model_module_version = Unicode(MODULE_VERSION).tag(sync=True)
    _view_module = Unicode(MODULE_NAME).tag(sync=True)
    _view_module_version = Unicode(MODULE_VERSION).tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._handlers: dict[str, Handler] = {}
        self.on_msg(self._on_request)

    def handle(self, request: str, handler: Handler) -> None:
        """Answer the browser's `request` messages with `handler(content, buffers)`."""
        self._handlers[request] = handler

    def _on_request(self, _widget: Any, content: Any, buffers: Any) -> None:
        if not isinstance(content, dict) or "request" not in content:
            return  # not a request: other listeners (events) may want it
        rid = content.get("id")
        handler = self._handlers.get(content["request"])  # type: ignore[arg-type]
        if handler is None or not isinstance(rid, int):
            log.warning("%s: ignoring malformed request %.200r", type(self).__name__, content)
            return
        try:
            reply, out = handler(content, list(buffers or ()))
        except RequestError as exc:
            reply, out = {"error": str(exc)}, ()
        except Exception:
            log.exception("%s: request %r failed", type(self).__name__, content.get("request"))
            reply, out = {"error": "the kernel could not answer this request"}, ()
        self.send({"reply": rid, **reply}, list(out) or None)
