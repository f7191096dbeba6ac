"""Files attached to a chat message: `st.chat_input(accept_file=..., file_type=...)`.

The upload plumbing is the file uploader's; the value is a ChatInputValue (text and files).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..elements.chat import ChatInputValue
from ..errors import StreamlitValueError
from .files import enforce_filename, max_upload_mb, normalize_types

MODES = {True: "single", "multiple": "multiple", "directory": "directory"}


@dataclass(frozen=True)
class ChatFiles:
    """The element fields for attachments, and how the script sees a submitted value."""

    fields: dict[str, Any] = field(default_factory=dict)
    shown: Callable[[Any], Any] = lambda value: value


def chat_files(
    accept_file: Any, file_type: str | Sequence[str] | None, max_upload_size: Any
) -> ChatFiles:
    """Check Streamlit's attachment arguments; no attachments: the plain text box."""
    if accept_file not in (True, False, "multiple", "directory"):
        raise StreamlitValueError(
            "accept_file", "True, False, 'multiple', 'directory'", f"Got {accept_file!r}."
        )
    if accept_file is False:
        if max_upload_size is not None:
            max_upload_mb(max_upload_size, "chat_input")  # checked all the same
        return ChatFiles()
    limit = max_upload_mb(max_upload_size, "chat_input")
    allowed = normalize_types(file_type) if file_type else []

    def shown(value: Any) -> Any:
        if not isinstance(value, ChatInputValue):
            return value
        for f in value.files:
            enforce_filename(f.name, allowed)
        return ChatInputValue(value.text, [f.copy() for f in value.files])

    fields = {
        "accept_file": MODES[accept_file],
        "file_types": tuple(allowed),
        "max_upload_mb": limit,
    }
    return ChatFiles(fields, shown)
