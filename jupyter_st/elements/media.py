"""Media elements: images (and pyplot figures), audio and video.

Media arrive here already encoded (PNG/JPEG/WAV bytes, or a URL for the browser to load):
Streamlit raises its errors for bad image data at call time, so the API encodes. Equal
bytes make equal elements, so a rerun showing the same media sends nothing.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from typing import ClassVar

from .base import Element


@dataclass(frozen=True)
class Media:
    """One piece of media: `data` to send once as a binary buffer, or a `url` to load."""

    mime: str = ""
    data: bytes | None = field(default=None, repr=False)
    url: str | None = None

    @property
    def media_id(self) -> str:
        """Where the media is served: the URL, or `/media/<file id><ext>` with Streamlit's
        file id and extension for the bytes (AppTest shows it where Streamlit shows a URL)."""
        if self.data is None:
            return self.url or ""
        return f"/media/{file_id(self.data, self.mime)}{extension_for(self.mime)}"


_PARTIAL_HASH_THRESHOLD = 1 << 20  # past 1 MiB, Streamlit hashes head, middle and tail
_PARTIAL_HASH_SAMPLE = 1 << 16
_PREFERRED_EXTENSIONS = {"audio/wav": ".wav", "text/vtt": ".vtt"}


def file_id(data: bytes, mime: str) -> str:
    """Streamlit's stable media file id: a 16-byte BLAKE2b of length, data and MIME type."""
    digest = hashlib.blake2b(digest_size=16, usedforsecurity=False)
    digest.update(f"{len(data)}:".encode())
    if len(data) > _PARTIAL_HASH_THRESHOLD:
        middle = (len(data) - _PARTIAL_HASH_SAMPLE) // 2
        digest.update(data[:_PARTIAL_HASH_SAMPLE])
        digest.update(data[middle : middle + _PARTIAL_HASH_SAMPLE])
        digest.update(data[-_PARTIAL_HASH_SAMPLE:])
    else:
        digest.update(data)
    digest.update(mime.encode())
    return digest.hexdigest()


def extension_for(mime: str) -> str:
    """The file extension Streamlit gives served media of this MIME type ("" if none)."""
    return _PREFERRED_EXTENSIONS.get(mime) or mimetypes.guess_extension(mime, strict=False) or ""


@dataclass(frozen=True)
class Picture:
    media: Media
    caption: str | None = None
    alt: str | None = None


@dataclass(frozen=True, kw_only=True)
class ImageList(Element):
    """st.image and st.pyplot. `width` is "content", "stretch" or pixels."""

    KIND: ClassVar[str] = "image"
    images: tuple[Picture, ...]
    width: str | int = "content"
    link: str | None = None


@dataclass(frozen=True, kw_only=True)
class Audio(Element):
    KIND: ClassVar[str] = "audio"
    media: Media
    start_time: int = 0
    end_time: int | None = None
    loop: bool = False
    autoplay: bool = False
    width: str | int = "stretch"
    alt: str | None = None


@dataclass(frozen=True, kw_only=True)
class Video(Audio):
    """`youtube` is an embed URL (https://www.youtube.com/embed/ID) for YouTube links;
    `subtitles` pairs a label with WebVTT media."""

    KIND: ClassVar[str] = "video"
    muted: bool = False
    youtube: str | None = None
    subtitles: tuple[tuple[str, Media], ...] = ()
