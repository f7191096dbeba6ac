"""Chat elements: a message container and the input that submits one message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Block, Widget


@dataclass(frozen=True, kw_only=True)
class ChatMessage(Block):
    """`avatar` is "user"/"assistant" (an icon), an emoji, an image URL, or "" (initial)."""

    KIND: ClassVar[str] = "chat_message"
    name: str
    avatar: str = ""
    avatar_type: str = "icon"  # "icon" | "emoji" | "image"


@dataclass(frozen=True, kw_only=True)
class ChatInput(Widget):
    """`value` is the message submitted in this run, else None; `bottom` pins it below
    the main area; `prefill` is text the script put in the box for the user to send;
    `submit_mode` "disable" or "stop" locks the box while the run after a submit lasts."""

    KIND: ClassVar[str] = "chat_input"
    SUBMIT_MODES: ClassVar[tuple[str, ...]] = ("submit", "disable", "stop")
    placeholder: str = "Your message"
    max_chars: int | None = None
    bottom: bool = False
    prefill: str | None = None
    submit_mode: str = "submit"
    accept_file: str = ""  # "", "single", "multiple" or "directory": files go with the text
    file_types: tuple[str, ...] = ()
    max_upload_mb: int = 200
