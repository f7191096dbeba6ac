"""Chat elements: a message container, the input that submits one message, and the
`ChatInputValue` it returns when files are attached."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Block, Widget
from .files import UploadedFile


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


class ChatInputValue(MutableMapping[str, Any]):
    """What `st.chat_input(accept_file=...)` returns: the `text` and the attached `files`,
    readable as attributes or as a dict (Streamlit's ChatInputValue, without audio)."""

    def __init__(self, text: str, files: list[UploadedFile]) -> None:
        self.__dict__.update(text=text, files=files)

    def to_dict(self) -> dict[str, Any]:
        return {k: self.__dict__[k] for k in ("text", "files") if k in self.__dict__}

    def __getitem__(self, key: str) -> Any:
        if key not in self.to_dict():
            raise KeyError(f"Invalid key: {key}")
        return self.__dict__[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in ("text", "files"):
            raise KeyError(f"Invalid key: {key}")
        self.__dict__[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self.to_dict():
            raise KeyError(f"Invalid key: {key}")
        del self.__dict__[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChatInputValue):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        args = ", ".join(f"{key}={value!r}" for key, value in self.to_dict().items())
        return f"ChatInputValue({args})"
