"""Media and file elements: images (and pyplot figures), audio, video, uploads, downloads.

Media arrive here already encoded (PNG/JPEG/WAV bytes, or a URL for the browser to load):
Streamlit raises its errors for bad image data at call time, so the API encodes. Equal
bytes make equal elements, so a rerun showing the same media sends nothing.
`UploadedFile` (and `ChatInputValue`, a chat message with files) are the upload widgets'
value types, and `download_bytes` turns download data into bytes; they live here, beside
the elements, because both the API and the renderer use them.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .base import Element, Widget


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


class UploadedFile(io.BytesIO):
    """A file the user uploaded: a BytesIO with `file_id`, `name`, `type` and `size`."""

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def copy(self) -> UploadedFile:
        """The same file, read from the start (each run gets its own)."""
        return UploadedFile(self.file_id, self.name, self.type, self.getvalue())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return (
            f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, "
            f"size={self.size})"
        )


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


@dataclass(frozen=True, kw_only=True)
class FileUploader(Widget):
    """`value` is None / an UploadedFile, or a list when `multiple`; `accept` holds
    Streamlit's normalised types ("image/*", ".csv"); `max_upload_mb` the size limit."""

    KIND: ClassVar[str] = "file_uploader"
    accept: tuple[str, ...] = ()
    multiple: bool = False
    directory: bool = False
    max_upload_mb: int = 200
    width: str | int = "stretch"


@dataclass(frozen=True, kw_only=True)
class CameraInput(Widget):
    KIND: ClassVar[str] = "camera_input"
    resolution: str | None = None
    width: str | int = "stretch"


@dataclass(frozen=True, kw_only=True)
class DownloadButton(Widget):
    """`data` is bytes, or a callable run when the user clicks (not sent with the page)."""

    KIND: ClassVar[str] = "download_button"
    value: bool = False
    data: Any = field(default=b"", repr=False)
    file_name: str | None = None
    mime: str | None = None
    type: str = "secondary"
    icon: str | None = None
    icon_position: str = "left"
    wrap: bool | None = None  # False: one line, an overflowing label ends in an ellipsis
    shortcut: str | None = None  # normalised: "ctrl+shift+k"
    rerun: bool = True
    width: str | int = "content"


def download_bytes(data: Any) -> tuple[bytes, str]:
    """Bytes and a guessed MIME type for what st.download_button accepts (TypeError else)."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, bytes):
        return data, "application/octet-stream"
    if isinstance(data, io.BytesIO):
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, io.BufferedReader | io.RawIOBase):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise TypeError(type(data))
