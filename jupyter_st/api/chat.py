"""Chat: st.chat_message (a container per message) and st.chat_input (one submitted text)."""

from __future__ import annotations

import base64
import contextlib
import mimetypes
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..elements import chat as el
from ..elements.base import BOTTOM
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..runtime.pages import leading_emoji
from ..runtime.run_context import MAIN_CURSOR, Cursor, container_method, get_run_context
from ._add import add
from ._chat_files import chat_files
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["chat_input", "chat_message"]
CHAT_INPUT = WidgetSpec(
    element=el.ChatInput,
    value_life="one_shot",
    keyed_by={"max_chars", "accept_file", "file_type", "max_upload_size"},
)

BOTTOM_CURSOR = Cursor((BOTTOM,))
PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}


@container_method
def chat_message(name: str, *, avatar: Any = None, width: Any = "stretch") -> Any:
    """A container for one chat message, with an avatar.

    >>> with st.chat_message("user"): st.write("Hello 👋")
    """
    if name is None:
        raise StreamlitMissingRequiredParameterError("name")
    if avatar is None and (name.lower() in PRESETS or is_emoji(name)):
        avatar = name.lower()
    avatar_type, shown = _avatar(avatar)
    return add(el.ChatMessage(name=name, avatar=shown, avatar_type=avatar_type))


def is_emoji(text: str) -> bool:
    """Is `text` one emoji (or a sequence of them) and nothing else?"""
    if not text or text.isascii():
        return False
    emoji, rest = leading_emoji(text)
    return bool(emoji) and not rest


def _avatar(avatar: Any) -> tuple[str, str]:
    """(type, value): a preset icon, an emoji, a material icon, or an image URL."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in PRESETS:
        return "icon", PRESETS[avatar]
    if isinstance(avatar, str) and (is_emoji(avatar) or avatar.startswith(":material")):
        return ("emoji" if is_emoji(avatar) else "icon"), avatar
    try:
        return "image", _image_url(avatar)
    except Exception as exc:
        raise StreamlitAPIException(
            "Failed to load the provided avatar value as an image."
        ) from exc


def _image_url(image: Any) -> str:
    """A URL the browser can show: given URLs as they are, files and bytes inlined."""
    if isinstance(image, str) and _is_url(image):
        return image
    if isinstance(image, str | Path):
        mime = mimetypes.guess_type(str(image))[0] or "image/png"
        data = Path(image).read_bytes()
    elif isinstance(image, bytes):
        mime, data = "image/png", image
    else:
        raise TypeError(f"cannot show {type(image).__name__} as an image")
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def _is_url(text: str) -> bool:
    """A web address, a data URL, or a server path (like /app/static/x.png) not on disk."""
    if text.startswith("/"):
        return not Path(text).is_file()
    return text.startswith(("http://", "https://", "data:"))


@container_method
def chat_input(
    placeholder: str = "Your message",
    *,
    key: Any = None,
    max_chars: int | None = None,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: Callable[..., Any] | None = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "stretch",
    accept_file: bool | str = False,
    file_type: str | Sequence[str] | None = None,
    max_upload_size: int | None = None,
    **options: Any,
) -> Any:
    """A text box whose submitted message the script gets once, in the next run.

    >>> if prompt := st.chat_input("Say something"): st.write(prompt)
    """
    ctx = get_run_context("chat_input")
    if ctx.cursor.form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.chat_input()` can't be used in a `st.form()`."
        )
    if max_chars is not None and max_chars < 0:
        raise StreamlitAPIException(f"Value out of range: {max_chars}")
    if submit_mode not in el.ChatInput.SUBMIT_MODES:
        raise StreamlitValueError("submit_mode", "'submit', 'disable', 'stop'")
    files = chat_files(accept_file, file_type, max_upload_size)
    label = str(placeholder)
    common = Common.of(
        label, key, None, on_submit, args, kwargs, disabled, "collapsed", callback_name="on_submit"
    )
    bottom = ctx.cursor is MAIN_CURSOR
    identity = {"max_chars": max_chars, "submit_mode": submit_mode, **options}
    if accept_file:
        identity.update(accept_file=accept_file, file_type=file_type,
                        max_upload_size=max_upload_size)  # fmt: skip
    fields = {
        "placeholder": label, "max_chars": max_chars, "bottom": bottom, "submit_mode": submit_mode,
        **files.fields,
    }  # fmt: skip
    with BOTTOM_CURSOR if bottom else contextlib.nullcontext():
        return add_widget(
            CHAT_INPUT,
            common,
            default=None,
            identity=identity,
            fields=fields,
            shown=files.shown,
        )
