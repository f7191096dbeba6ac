"""Audio and video data as Streamlit takes it: times, numpy audio as WAV, subtitles, YouTube."""

from __future__ import annotations

import io
import re
import wave
from datetime import timedelta
from pathlib import Path
from typing import Any

from ..elements.media import Media
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from .images import is_url, read_file

_TIME_ERROR = (
    "Failed to convert '{name}' to a timedelta. Please use a string in a format supported by "
    "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas."
    'Timedelta.html), e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
)
_YOUTUBE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube"
    r".com/watch\?(?:v%3D)(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*"
    r"watch(?:%3Fv%3D|%3Fv%3D)(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?"
    r"((www\.|m\.)?youtube(-nocookie)?\.com\/((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/"
    r"|v\/|e\/)|youtu\.be\/)(?P<video_id_3>[\w\-]{10,20})"
)
_LABEL_TYPE_ERROR = "bad argument type for built-in operation"  # Streamlit's, from protobuf
_SRT_LINE = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")


def seconds(value: Any, name: str, *, optional: bool = False) -> int | None:
    """A start/end time (number, timedelta or "1m30s") as whole seconds."""
    if value is None and optional:
        return None
    try:
        if isinstance(value, timedelta):
            result: Any = value.total_seconds()
        elif isinstance(value, str):
            import pandas as pd

            result = pd.Timedelta(value).total_seconds()
            if result != result:  # NaN
                raise ValueError(value)
        else:
            result = value
        return int(result)
    except (TypeError, ValueError):
        raise StreamlitAPIException(_TIME_ERROR.format(name=name, value=value)) from None


def media_of(data: Any, mime: str) -> Media | None:
    """Paths and URLs, bytes, file-likes and numpy arrays as Media (None for no data)."""
    if data is None:
        return None
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        return Media(url=data) if is_url(data) else Media(mime, read_file(data))
    if isinstance(data, bytes):
        return Media(mime, data)
    if isinstance(data, io.BytesIO):
        return Media(mime, data.getvalue())
    if isinstance(data, io.RawIOBase | io.BufferedReader):
        data.seek(0)
        content = data.read()
        return None if content is None else Media(mime, content)
    if type(data).__module__ == "numpy" and type(data).__name__ == "ndarray":
        return Media(mime, data.tobytes())
    raise StreamlitInvalidParameterTypeError(
        "data", "str, bytes, Path, BytesIO, file-like, ndarray", type(data).__name__
    )


def wav_bytes(data: Any, sample_rate: int) -> bytes:
    """A numpy signal (1-D mono, 2-D channels x samples) as 16-bit WAV, scaled to full range."""
    import numpy as np

    signal = np.array(data, dtype=float)
    if signal.ndim == 1:
        channels = 1
    elif signal.ndim == 2:
        channels = signal.shape[0]
        signal = signal.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if signal.size:
        with np.errstate(divide="ignore", invalid="ignore"):
            signal = signal / np.max(np.abs(signal)) * 32767
    with io.BytesIO() as out:
        with wave.open(out, mode="wb") as wav:
            wav.setnchannels(channels)
            wav.setframerate(sample_rate)
            wav.setsampwidth(2)
            wav.setcomptype("NONE", "NONE")
            wav.writeframes(signal.astype(np.int16).tobytes())
        return out.getvalue()


def youtube_embed(url: str) -> str | None:
    """https://www.youtube.com/embed/ID for a YouTube link, else None."""
    match = _YOUTUBE.match(url)
    if not match:
        return None
    code = match.group("video_id_1") or match.group("video_id_2") or match.group("video_id_3")
    return f"https://www.youtube.com/embed/{code}"


def subtitle_media(subtitles: Any) -> tuple[tuple[str, Media], ...]:
    """(label, WebVTT) pairs from a str/path/bytes/BytesIO or a dict of them (SRT converted)."""
    if not subtitles:
        return ()
    if isinstance(subtitles, str | bytes | io.BytesIO | Path):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitInvalidParameterTypeError(
            "subtitles", "str, bytes, BytesIO, Path, dict", type(subtitles).__name__
        )
    out = []
    for label, data in items:
        if label is not None and not isinstance(label, str):
            raise TypeError(_LABEL_TYPE_ERROR)
        try:
            out.append((label or "", Media("text/vtt", _vtt(data))))
        except (TypeError, ValueError, StreamlitAPIException) as exc:
            raise StreamlitAPIException(
                f"Failed to process the provided subtitle {label!r}: {exc}"
            ) from exc
    return tuple(out)


def _vtt(data: Any) -> bytes:
    if isinstance(data, str | Path):
        return _vtt_text_or_path(data)
    if isinstance(data, io.BytesIO):
        data = data.getvalue()
    if isinstance(data, bytes):
        return _srt_to_vtt(data) if _is_srt(data) else data
    raise StreamlitInvalidParameterTypeError(
        "subtitles", "str, bytes, Path, BytesIO", type(data).__name__
    )


def _vtt_text_or_path(data: str | Path) -> bytes:
    path = Path(data)
    if path.is_file():
        suffix = path.suffix.lower()
        if suffix not in (".srt", ".vtt"):
            raise StreamlitValueError("subtitles", ".srt, .vtt", f"Got {suffix}.")
        content = path.read_bytes()
        return _srt_to_vtt(content) if suffix == ".srt" else content
    if isinstance(data, Path):
        raise StreamlitAPIException(f"File {data} does not exist.")
    text = data.strip()
    if text.startswith("WEBVTT") or text == "":
        return text.encode()
    if _is_srt(text.encode()):
        return _srt_to_vtt(text.encode())
    raise StreamlitValueError("subtitles", "VTT-formatted text, SRT-formatted text")


def _is_srt(data: bytes) -> bool:
    try:
        lines = data[:33].decode("utf-8").strip().split("\n")
    except UnicodeDecodeError:
        return False
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_LINE.search(lines[1]))


def _srt_to_vtt(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StreamlitAPIException("Could not decode the input stream as UTF-8.") from exc
    return ("WEBVTT\n\n" + _SRT_TIME.sub(r"\1.\2", text)).strip().encode("utf-8")
