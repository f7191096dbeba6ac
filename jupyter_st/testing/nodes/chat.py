"""AppTest's node for st.chat_input: `set_value(text)` submits text at the next run and,
with `accept_file`, `upload()` attaches files; `send_chat` delivers it as the browser does."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..browser import File, send_request, upload_files
from .base import AppTestError, WidgetNode, node_for


class ChatInput(WidgetNode):
    """`set_value(text)` types and submits `text` at the next run (None: nothing)."""

    @property
    def value(self) -> Any:
        """The pending text, else what the last run got, else text the script put in the box."""
        shown = super().value
        return self.element.prefill if shown is None else shown  # type: ignore[attr-defined]

    @property
    def max_chars(self) -> int:
        return self.element.max_chars or 0  # type: ignore[attr-defined]


class ChatMessage:
    """A chat message staged by AppTest: text (None: none typed) and attached files."""

    def __init__(self, text: str | None, files: list[File]) -> None:
        self.text, self.files = text, files


@node_for("chat_input")
class ChatInputNode(ChatInput):
    """st.chat_input; with `accept_file`, `upload()` attaches files to the next message."""

    @property
    def value(self) -> Any:
        pending = self._pending
        if isinstance(pending, ChatMessage):
            return pending.text
        return super().value

    def _staged(self) -> list[File]:
        return self._pending.files if isinstance(self._pending, ChatMessage) else []

    def set_value(self, value: Any) -> ChatInputNode:
        if self.element.accept_file:  # type: ignore[attr-defined]
            value = ChatMessage(value, self._staged())
        super().set_value(value)
        return self

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> ChatInputNode:
        mode = self.element.accept_file  # type: ignore[attr-defined]
        if not mode:
            key = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"st.chat_input{key} does not accept files. "
                "Pass accept_file=True, 'multiple', or 'directory'."
            )
        files = (
            [*self._staged(), (filename, content, mime_type)]
            if mode != "single"
            else [(filename, content, mime_type)]
        )
        text = self._pending.text if isinstance(self._pending, ChatMessage) else None
        WidgetNode.set_value(self, ChatMessage(text, files))
        return self

    def clear(self) -> ChatInputNode:
        text = self._pending.text if isinstance(self._pending, ChatMessage) else None
        WidgetNode.set_value(self, ChatMessage(text, []))
        return self


def send_chat(widget: w.Widget, message: Any) -> None:
    """Upload a staged message's files, then submit it, as the chat box's view does."""
    if not isinstance(message, ChatMessage):
        message = ChatMessage(message, [])
    if message.text is None and not message.files:
        return
    ids = upload_files(widget, message.files)
    send_request(widget, "submit", {"text": message.text or "", "files": ids}, [])
