"""File widgets: file_uploader, camera_input and download_button, and `UploadedFile`,
the uploads' value type (used by the API and the renderer alike)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .base import Widget


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
