"""AppTest's nodes for files, with Streamlit's API: `at.file_uploader[0].upload(name,
content).run()`, `at.camera_input[0].set_value(("shot.jpg", data, "image/jpeg"))`,
`at.download_button[0].click()`.

Staged files reach the live widget as the browser sends them (upload.ts's chunk and commit
requests; see `send_files`), so the kernel's checks run as they do in a browser.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..browser import File, send_request, upload_files
from .base import AppTestError, WidgetNode, node_for


@node_for("download_button")
class DownloadButtonNode(WidgetNode):
    def click(self) -> DownloadButtonNode:
        return self.set_value(True)  # type: ignore[return-value]


@node_for("file_uploader")
class FileUploaderNode(WidgetNode):
    """Files are staged as (name, content, mime) tuples; `value` is what the script got."""

    @property
    def value(self) -> Any:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def accept_multiple_files(self) -> bool:
        return self.element.multiple  # type: ignore[attr-defined]

    @property
    def accept_directory(self) -> bool:
        return self.element.directory  # type: ignore[attr-defined]

    @property
    def allowed_type(self) -> list[str]:
        return list(self.element.accept)  # type: ignore[attr-defined]

    def set_value(self, files: Any) -> FileUploaderNode:  # type: ignore[override]
        if files is None:
            staged: list[File] = []
        elif isinstance(files, tuple) and len(files) == 3 and isinstance(files[0], str):
            staged = [files]
        else:
            staged = list(files)
        super().set_value(("replace", staged))
        return self

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> FileUploaderNode:
        mode, staged = self._pending if isinstance(self._pending, tuple) else ("append", [])
        super().set_value((mode, [*staged, (filename, content, mime_type)]))
        return self

    def clear(self) -> FileUploaderNode:
        return self.set_value(None)


@node_for("camera_input")
class CameraInputNode(FileUploaderNode):
    """One JPEG photo, checked as Streamlit's AppTest checks it."""

    @property
    def resolution(self) -> str | None:
        return self.element.resolution  # type: ignore[attr-defined]

    def set_value(self, file: Any) -> CameraInputNode:  # type: ignore[override]
        if file is not None:
            file = _photo(file)
        return super().set_value(file)  # type: ignore[return-value]

    def upload(
        self, filename: str, content: bytes, mime_type: str = "image/jpeg"
    ) -> CameraInputNode:
        return self.set_value((filename, content, mime_type))


def _photo(file: Any) -> File:
    if isinstance(file, list):
        raise AppTestError("st.camera_input captures one photo. A list is not accepted.")
    if not (isinstance(file, tuple) and len(file) == 3 and isinstance(file[0], str)
            and isinstance(file[1], bytes | bytearray) and isinstance(file[2], str)):  # fmt: skip
        raise AppTestError(
            "st.camera_input captures one photo. Pass one (filename, content, mime_type) tuple "
            f"whose content is bytes, or None to clear. Got {type(file).__name__}."
        )
    name, content, mime = file
    if not name.lower().endswith(".jpg"):
        raise AppTestError(f"st.camera_input only captures .jpg files. Got filename {name!r}.")
    if mime.lower() != "image/jpeg":
        raise AppTestError(f"st.camera_input photos use MIME type 'image/jpeg'. Got {mime!r}.")
    return name, bytes(content), "image/jpeg"


def send_files(widget: w.Widget, change: tuple[str, list[File]], held: list[str]) -> None:
    """Upload the staged files in chunks and commit them (after the `held` file ids when
    appending), as the browser's upload view does."""
    mode, files = change
    ids = [*(held if mode == "append" else []), *upload_files(widget, files)]
    send_request(widget, "commit", {"files": ids}, [])


def send_download(widget: w.Widget) -> None:
    """The request a download button's view makes when clicked. With on_click="ignore" a
    browser's click reruns nothing, but Streamlit's AppTest runs with the click's trigger
    set all the same (its run is explicit): so does ours."""
    send_request(widget, "download", {}, [])
    if not widget.rerun and widget.emit is not None:  # type: ignore[attr-defined]
        widget.emit(True)  # type: ignore[attr-defined]
