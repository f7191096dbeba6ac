"""File uploader, camera input and download button: views of ours that move bytes on demand.

Uploads (labextension/src/upload.ts): the browser sends each file in chunks of at most
`CHUNK_BYTES` as binary buffers of `{"request": "chunk", "upload": id, "name", "type",
"size", "offset"}` requests (a websocket message must stay under the server's 10 MiB
limit), then `{"request": "commit", "files": [id, ...]}` with the files the widget now
holds; the commit is the widget's new value. Sizes are checked again here, against the
widget's own limit. Downloads: the data stays in the kernel (`payload`, not synced) until
the browser asks for it with `{"request": "download"}`; a callable is called then.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from traitlets import Any as AnyTrait
from traitlets import Bool, Dict, Int, List, Unicode

from ...convert.downloads import download_bytes
from ...elements import files as el
from ...elements.media import extension_for
from ..views import RequestError, View
from .base import Rejected, Traits, adapts

CHUNK_BYTES = 2 * 1024 * 1024
MAX_PARTIAL_UPLOADS = 16  # unfinished uploads a widget keeps (a browser sends one at a time)
_UPLOAD_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def size_text(limit: int) -> str:
    """Streamlit's size display: 209715200 -> "200.0MB"."""
    size, units = float(limit), ["B", "KB", "MB", "GB"]
    unit = 0
    while size >= 1024 and unit < len(units) - 1:
        size, unit = size / 1024, unit + 1
    return f"{size:.1f}{units[unit]}"


class _Upload:
    """A file being received: its description and the bytes so far."""

    def __init__(self, name: str, type: str, size: int) -> None:
        self.name, self.type, self.size = name, type, size
        self.data = bytearray()


class UploadReceiver(View):
    """The kernel side of the upload protocol; `emit` hears each commit's files."""

    max_bytes = Int(200 * 1024 * 1024).tag(sync=True)
    held = AnyTrait(())  # not synced: the files the script has (a new widget knows them too)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._receiving: dict[str, _Upload] = {}
        self._received: dict[str, el.UploadedFile] = {}
        self.emit: Callable[[Any], None] | None = None
        self.handle("chunk", self._on_chunk)
        self.handle("commit", self._on_commit)

    def _on_chunk(self, content: dict[str, Any], buffers: list[bytes]) -> tuple[dict, list]:
        upload_id, offset = content.get("upload"), content.get("offset")
        if not isinstance(upload_id, str) or not _UPLOAD_ID.match(upload_id):
            raise RequestError("bad upload id")
        upload = self._receiving.get(upload_id) or self._begin(upload_id, content)
        chunk = bytes(buffers[0]) if buffers else b""
        if offset != len(upload.data) or len(upload.data) + len(chunk) > upload.size:
            del self._receiving[upload_id]
            raise RequestError("upload chunks out of order")
        upload.data += chunk
        if len(upload.data) == upload.size:
            del self._receiving[upload_id]
            self._received[upload_id] = el.UploadedFile(
                upload_id, upload.name, upload.type, bytes(upload.data)
            )
        return {"received": len(upload.data)}, []

    def _begin(self, upload_id: str, content: dict[str, Any]) -> _Upload:
        name, type_, size = content.get("name"), content.get("type"), content.get("size")
        if not isinstance(name, str) or not isinstance(type_, str) or not isinstance(size, int):
            raise RequestError("an upload needs a name, a type and a size")
        if size < 0 or upload_id in self._received:
            raise RequestError("bad upload")
        if size > self.max_bytes:
            raise RequestError(f"File must be {size_text(self.max_bytes)} or smaller.")
        if len(self._receiving) >= MAX_PARTIAL_UPLOADS:
            raise RequestError("too many uploads at once")
        upload = self._receiving[upload_id] = _Upload(name, type_, size)
        return upload

    def _on_commit(self, content: dict[str, Any], _buffers: list[bytes]) -> tuple[dict, list]:
        ids = content.get("files")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise RequestError("a commit lists file ids")
        ids = list(dict.fromkeys(ids))  # a file listed twice is held once
        known = {**{f.file_id: f for f in self.held}, **self._received}
        missing = [i for i in ids if i not in known]
        if missing:
            raise RequestError(f"unknown files {missing[:3]}")
        self._received = {i: known[i] for i in ids}  # forget removed files
        if self.emit is not None:
            self.emit(tuple(self._received[i] for i in ids))
        return {}, []


class _UploadWidget(UploadReceiver):
    """The traits the file uploader and the camera share: a labelled widget holding files."""

    label = Unicode("").tag(sync=True)
    label_visibility = Unicode("visible").tag(sync=True)
    help = Unicode("").tag(sync=True)
    disabled = Bool(False).tag(sync=True)
    files = List(Dict()).tag(sync=True)
    width = Unicode("stretch").tag(sync=True)


class FileUploaderWidget(_UploadWidget):
    _model_name = Unicode("FileUploaderModel").tag(sync=True)
    _view_name = Unicode("FileUploaderView").tag(sync=True)
    accept = List(Unicode()).tag(sync=True)
    multiple = Bool(False).tag(sync=True)
    directory = Bool(False).tag(sync=True)


class CameraInputWidget(_UploadWidget):
    _model_name = Unicode("CameraInputModel").tag(sync=True)
    _view_name = Unicode("CameraInputView").tag(sync=True)
    resolution = Int(0).tag(sync=True)


def _listen(widget: Any, emit: Callable[[Any], None]) -> None:
    """Hand the widget the function its browser requests report new values through."""
    widget.emit = emit


def _held(value: Any) -> list[el.UploadedFile]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _files(value: Any) -> list[dict[str, Any]]:
    return [{"file_id": f.file_id, "name": f.name, "size": f.size} for f in _held(value)]


def _common(e: el.FileUploader | el.CameraInput) -> Traits:
    return {
        "width": str(e.width),
        "label": e.label,
        "label_visibility": e.label_visibility,
        "help": e.help or "",
        "disabled": e.disabled,
        "files": _files(e.value),
        "held": tuple(_held(e.value)),
    }


def _committed(files: Any) -> tuple[el.UploadedFile, ...]:
    if not isinstance(files, tuple) or not all(isinstance(f, el.UploadedFile) for f in files):
        raise Rejected("an upload commit holds files")
    return files


def _read_files(e: el.FileUploader, files: Any) -> Any:
    files = _committed(files)
    if e.multiple:
        return list(files)
    return files[-1] if files else None


@adapts(el.FileUploader, widget=FileUploaderWidget, read=_read_files, listen=_listen,
        classes=("st-file-uploader",))  # fmt: skip
def file_uploader(e: el.FileUploader) -> Traits:
    return {
        **_common(e),
        "accept": list(e.accept),
        "multiple": e.multiple,
        "directory": e.directory,
        "max_bytes": e.max_upload_mb * 1024 * 1024,
    }


def _read_photo(e: el.CameraInput, files: Any) -> Any:
    files = _committed(files)
    return files[-1] if files else None


@adapts(el.CameraInput, widget=CameraInputWidget, read=_read_photo, listen=_listen,
        classes=("st-camera-input",))  # fmt: skip
def camera_input(e: el.CameraInput) -> Traits:
    heights = {"480p": 480, "720p": 720, "1080p": 1080}
    return {**_common(e), "resolution": heights.get(e.resolution or "", 0)}


class ChatFileBox(UploadReceiver):
    """st.chat_input with attachments: the files go up first (chunks), then one
    `{"request": "submit", "text": ..., "files": [id, ...]}` sends the message."""

    _model_name = Unicode("ChatFileInputModel").tag(sync=True)
    _view_name = Unicode("ChatFileInputView").tag(sync=True)
    placeholder = Unicode("").tag(sync=True)
    disabled = Bool(False).tag(sync=True)
    accept = List(Unicode()).tag(sync=True)
    multiple = Bool(False).tag(sync=True)
    directory = Bool(False).tag(sync=True)
    max_chars = Int(0).tag(sync=True)
    prefill = Unicode("").tag(sync=True)
    continuous_update = Bool(True)  # the plain chat box's traits, unused here

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.handle("submit", self._on_submit)

    def _on_submit(self, content: dict[str, Any], _buffers: list[bytes]) -> tuple[dict, list]:
        text, ids = content.get("text"), content.get("files")
        if not isinstance(text, str) or not isinstance(ids, list):
            raise RequestError("a message has text and a list of files")
        if not all(isinstance(i, str) and i in self._received for i in ids):
            raise RequestError("unknown files")
        files = tuple(self._received.pop(i) for i in ids)
        self._received.clear()  # files dropped before sending are forgotten
        if self.emit is not None:
            self.emit((text, files))
        return {}, []


listen_files = _listen  # the chat box's requests report through `emit` too


def file_box(e: Any) -> Traits:
    """The traits of a chat box taking files (beside the plain box's classes)."""
    return {
        "placeholder": e.placeholder,
        "disabled": e.disabled,
        "prefill": e.prefill or "",
        "max_chars": e.max_chars or 0,
        "accept": list(e.file_types),
        "multiple": e.accept_file in ("multiple", "directory"),
        "directory": e.accept_file == "directory",
        "max_bytes": e.max_upload_mb * 1024 * 1024,
    }


# -- downloads ---------------------------------------------------------------------------
class DownloadButtonWidget(View):
    """A button whose file is fetched from the kernel when clicked."""

    _model_name = Unicode("DownloadButtonModel").tag(sync=True)
    _view_name = Unicode("DownloadButtonView").tag(sync=True)
    label = Unicode("").tag(sync=True)
    help = Unicode("").tag(sync=True)
    disabled = Bool(False).tag(sync=True)
    type = Unicode("secondary").tag(sync=True)
    icon = Unicode("").tag(sync=True)
    icon_position = Unicode("left").tag(sync=True)
    nowrap = Bool(False).tag(sync=True)
    shortcut = Unicode("").tag(sync=True)
    file_name = Unicode("").tag(sync=True)
    width = Unicode("content").tag(sync=True)
    payload = AnyTrait(b"")  # not synced: stays in the kernel until asked for
    mime = Unicode("")  # not synced either: may depend on a callable's result
    rerun = Bool(True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.emit: Callable[[Any], None] | None = None
        self.handle("download", self._on_download)

    def _on_download(self, _content: dict[str, Any], _buffers: list[bytes]) -> tuple[dict, list]:
        if self.disabled:
            raise RequestError("this download button is disabled")
        data, mime = self._resolve()
        if self.rerun and self.emit is not None:
            self.emit(True)
        name = self.file_name or f"streamlit_download{extension_for(mime)}"
        return {"file_name": name, "mime": mime}, [data]

    def _resolve(self) -> tuple[bytes, str]:
        payload = self.payload
        if callable(payload):
            try:
                payload = payload()
            except Exception as exc:
                raise RequestError(f"Callable execution failed: {exc}") from exc
        try:
            data, inferred = download_bytes(payload)
        except TypeError as exc:
            raise RequestError(f"Callable returned unsupported type: {type(payload)}") from exc
        return data, self.mime or inferred


@adapts(el.DownloadButton, widget=DownloadButtonWidget, read=lambda e, v: True,
        listen=_listen, classes=("st-download-button",))  # fmt: skip
def download_button(e: el.DownloadButton) -> Traits:
    return {
        "label": e.label,
        "help": e.help or "",
        "disabled": e.disabled,
        "type": e.type,
        "icon": e.icon or "",
        "icon_position": e.icon_position,
        "nowrap": e.wrap is False,
        "shortcut": e.shortcut or "",
        "file_name": e.file_name or "",
        "width": str(e.width),
        "payload": e.data,
        "mime": e.mime or "",
        "rerun": e.rerun,
    }
