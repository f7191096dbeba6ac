"""AppTest nodes for media and files, with Streamlit's API: `at.image[0].value` (the image
addresses), `at.file_uploader[0].upload(name, content).run()`, `at.camera_input[0]
.set_value(("shot.jpg", data, "image/jpeg"))`, `at.download_button[0].click()`.

Staged files reach the live widget as the browser sends them (upload.ts's chunk and commit
requests; see `send_files`), so the kernel's checks run as they do in a browser.
"""

from __future__ import annotations

import uuid
from typing import Any

import ipywidgets as w

from .element_nodes import AppTestError, Node
from .widget_nodes import ChatInput, WidgetNode

File = tuple[str, bytes, str]


def _address(media: Any) -> str:
    """Where Streamlit's AppTest says media is served: its URL, or under `/mock/media/`."""
    return media.media_id if media.data is None else f"/mock{media.media_id}"


class ImageNode(Node):
    @property
    def value(self) -> list[str]:
        return [_address(p.media) for p in self.element.images]  # type: ignore[attr-defined]

    @property
    def captions(self) -> list[str]:
        return [p.caption or "" for p in self.element.images]  # type: ignore[attr-defined]


class MediaNode(Node):
    """st.audio / st.video: `value` is the media's address."""

    @property
    def value(self) -> str:
        return _address(self.element.media)  # type: ignore[attr-defined]


class DownloadButtonNode(WidgetNode):
    def click(self) -> DownloadButtonNode:
        return self.set_value(True)  # type: ignore[return-value]


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


class ChatMessage:
    """A chat message staged by AppTest: text (None: none typed) and attached files."""

    def __init__(self, text: str | None, files: list[File]) -> None:
        self.text, self.files = text, files


class ChatInputNode(ChatInput):
    """st.chat_input; with `accept_file`, `upload()` attaches files to the next message."""

    @property
    def value(self) -> Any:
        pending = self._pending
        if isinstance(pending, ChatMessage):
            return pending.text
        return super().value

    def _staged(self) -> list[File]:
        return self._pending.files if isinstance(self._pending, ChatMessage) else []

    def set_value(self, value: Any) -> ChatInputNode:
        if self.element.accept_file:  # type: ignore[attr-defined]
            value = ChatMessage(value, self._staged())
        super().set_value(value)
        return self

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> ChatInputNode:
        mode = self.element.accept_file  # type: ignore[attr-defined]
        if not mode:
            key = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"st.chat_input{key} does not accept files. "
                "Pass accept_file=True, 'multiple', or 'directory'."
            )
        files = (
            [*self._staged(), (filename, content, mime_type)]
            if mode != "single"
            else [(filename, content, mime_type)]
        )
        text = self._pending.text if isinstance(self._pending, ChatMessage) else None
        WidgetNode.set_value(self, ChatMessage(text, files))
        return self

    def clear(self) -> ChatInputNode:
        text = self._pending.text if isinstance(self._pending, ChatMessage) else None
        WidgetNode.set_value(self, ChatMessage(text, []))
        return self


def send_chat(widget: w.Widget, message: Any) -> None:
    """Upload a staged message's files, then submit it, as the chat box's view does."""
    if not isinstance(message, ChatMessage):
        message = ChatMessage(message, [])
    if message.text is None and not message.files:
        return
    ids = _upload(widget, message.files)
    _request(widget, "submit", {"text": message.text or "", "files": ids}, [])


def send_files(widget: w.Widget, change: tuple[str, list[File]], held: list[str]) -> None:
    """Upload the staged files in chunks and commit them (after the `held` file ids when
    appending), as the browser's upload view does."""
    mode, files = change
    ids = [*(held if mode == "append" else []), *_upload(widget, files)]
    _request(widget, "commit", {"files": ids}, [])


def _upload(widget: w.Widget, files: list[File]) -> list[str]:
    """Send each file as one chunk request, as upload.ts does; the ids the kernel now holds."""
    ids = []
    for name, content, mime in files:
        upload = uuid.uuid4().hex
        head = {"upload": upload, "name": name, "type": mime, "size": len(content), "offset": 0}
        _request(widget, "chunk", head, [bytes(content)])
        ids.append(upload)
    return ids


def send_download(widget: w.Widget) -> None:
    """The request a download button's view makes when clicked. With on_click="ignore" a
    browser's click reruns nothing, but Streamlit's AppTest runs with the click's trigger
    set all the same (its run is explicit): so does ours."""
    _request(widget, "download", {}, [])
    if not widget.rerun and widget.emit is not None:  # type: ignore[attr-defined]
        widget.emit(True)  # type: ignore[attr-defined]


_ids = iter(range(1, 1 << 62))


def _request(widget: w.Widget, name: str, args: dict[str, Any], buffers: list[bytes]) -> None:
    content = {**args, "request": name, "id": next(_ids)}
    data = {"method": "custom", "content": content}
    widget._handle_msg({"content": {"data": data}, "buffers": buffers})
