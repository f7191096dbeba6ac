"""Chat: a message box with an avatar header, and a text box that submits on Enter."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from ...elements import chat as el
from ..html import escape, safe_url
from .base import Rejected, Traits, adapts, close_parts
from .files import ChatFileBox, file_box, listen_files

ICONS = {"user": "👤", "assistant": "🤖"}
_CSS_NAME = re.compile(r"[^a-z0-9_-]+")


def avatar_html(e: el.ChatMessage) -> str:
    """The avatar, escaped: an icon, an emoji, an image, or the name's first letter."""
    title = escape(e.name)
    if e.avatar_type == "image" and safe_url(e.avatar, image=True):
        inner = f'<img src="{escape(e.avatar)}" alt="{title}">'
    elif e.avatar_type == "icon" and e.avatar in ICONS:
        inner = ICONS[e.avatar]
    elif e.avatar_type == "emoji":
        inner = escape(e.avatar)
    else:
        inner = escape(e.name[:1].upper())
    return f'<div class="st-chat-avatar" title="{title}">{inner}</div>'


class ChatMessageBox(w.HBox):
    """An avatar on the left and the message's elements on the right."""

    def __init__(self, avatar_html: str = "", **kwargs: Any) -> None:
        self._avatar = w.HTML(avatar_html)
        self.content = w.VBox()
        self.content.add_class("st-chat-content")
        super().__init__(children=(self._avatar, self.content), **kwargs)

    @property
    def avatar_html(self) -> str:
        return self._avatar.value

    @avatar_html.setter
    def avatar_html(self, value: str) -> None:
        self._avatar.value = value

    def close(self) -> None:
        close_parts(self._avatar)
        super().close()


def _content(box: ChatMessageBox) -> w.Box:
    return box.content


@adapts(el.ChatMessage, widget=ChatMessageBox, content=_content)
def chat_message(e: el.ChatMessage) -> Traits:
    name = _CSS_NAME.sub("-", e.name.lower()).strip("-") or "custom"
    return {
        "avatar_html": avatar_html(e),
        "_dom_classes": ("st-chat-message", f"st-chat-{name}"),
    }


def listen_submit(widget: w.Text, emit: Callable[[Any], None]) -> None:
    """Enter sends the typed text; the box is then cleared, as Streamlit's is."""

    def on_msg(_widget: w.Widget, content: dict[str, Any], _buffers: list) -> None:
        if content.get("event") == "submit":
            text, widget.value = widget.value, ""
            emit(text)

    widget.on_msg(on_msg)


def read_message(e: el.ChatInput, text: Any) -> Any:
    if e.accept_file:
        return read_attached(e, text)
    if not isinstance(text, str) or not text.strip():
        raise Rejected("an empty chat message is not sent")
    return text if e.max_chars is None else text[: e.max_chars]


class ChatBox(w.Text):
    """The chat text box; text the script puts in (`prefill`) stays until the user sends it."""

    def __init__(self, prefill: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.prefill = prefill

    @property
    def prefill(self) -> str | None:
        return None

    @prefill.setter
    def prefill(self, text: str | None) -> None:
        if text is not None:
            self.value = text


def _listen(widget: w.Widget, emit: Callable[[Any], None]) -> None:
    if isinstance(widget, ChatFileBox):
        listen_files(widget, emit)
    else:
        listen_submit(widget, emit)  # type: ignore[arg-type]


@adapts(el.ChatInput, widget=lambda e: ChatFileBox if e.accept_file else ChatBox,
        read=read_message, listen=_listen)  # fmt: skip
def chat_input(e: el.ChatInput) -> Traits:
    classes = ["st-chat-input"]
    if e.bottom:
        classes.append("st-chat-input-bottom")
    if e.submit_mode != "submit":
        classes.append("st-chat-input-lock")  # the chrome disables it while the app runs
    if e.accept_file:
        return {**file_box(e), "_dom_classes": tuple(classes), "layout": {"width": "100%"}}
    return {
        "prefill": e.prefill,
        "placeholder": e.placeholder,
        "disabled": e.disabled,
        "continuous_update": True,
        "_dom_classes": tuple(classes),
        "layout": {"width": "100%"},
    }


def read_attached(e: Any, message: Any) -> el.ChatInputValue:
    """A chat message with files: its text (cut to max_chars) and the files."""
    if not (isinstance(message, tuple) and len(message) == 2 and isinstance(message[0], str)):
        raise Rejected("a chat message with files is (text, files)")
    text, files = message
    if not text.strip() and not files:
        raise Rejected("an empty chat message is not sent")
    if e.max_chars is not None:
        text = text[: e.max_chars]
    return el.ChatInputValue(text, list(files))
