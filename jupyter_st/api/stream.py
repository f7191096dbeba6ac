"""st.write_stream: writes chunks as they arrive; text chunks grow one markdown element."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from ..runtime.run_context import Cursor, container_method
from .layout import empty
from .write import _is_dataframe_like, write

__all__ = ["write_stream"]


@container_method
def write_stream(stream: Any, *, cursor: str | None = None) -> list[Any] | str:
    """Write a generator's chunks as they come (a typewriter effect for text); return
    the text, or a list when chunks of other types were written too.

    >>> text = st.write_stream(word + " " for word in "streamed one word at a time".split())
    """
    written: list[Any] = []
    slot: Cursor | None = None
    text = ""
    for chunk in _chunks(stream):
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = slot is None
            slot = slot or empty()
            text += chunk
            slot.markdown(text if first else text + (cursor or ""))
            continue
        if slot is not None:
            slot.markdown(text)
            written.append(text)
            slot, text = None, ""
        if callable(chunk):
            chunk()
        else:
            write(chunk)
            written.append(chunk)
    if slot is not None:
        slot.markdown(text)
        written.append(text)
    return _result(written)


def _result(written: list[Any]) -> list[Any] | str:
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written


def _chunks(stream: Any) -> Iterator[Any]:
    """The stream's chunks as plain Python values (text of LLM chunks where recognised)."""
    if isinstance(stream, str) or _is_dataframe_like(stream):
        raise StreamlitInvalidParameterTypeError(
            "stream",
            "generator, stream-like object",
            type(stream).__name__,
            "Please use `st.write` instead for this data type.",
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream) or hasattr(stream, "__aiter__"):
        stream = _sync(stream)
    try:
        iterator = iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        ) from exc
    return (_text_of(chunk) for chunk in iterator)


def _sync(stream: AsyncIterator[Any]) -> Iterator[Any]:
    """Iterate an async generator from the script's thread, on a loop of its own."""
    loop = asyncio.new_event_loop()
    iterator = stream.__aiter__()
    try:
        while True:
            try:
                yield loop.run_until_complete(iterator.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


def _text_of(chunk: Any) -> Any:
    """OpenAI chat-completion chunks and LangChain message chunks carry text."""
    name = type(chunk).__name__
    if name == "ChatCompletionChunk":
        choices = getattr(chunk, "choices", None) or []
        delta = choices[0].delta if choices else None
        return (delta.content or "") if delta is not None else ""
    if name == "AIMessageChunk":
        return getattr(chunk, "content", "") or ""
    return chunk
