"""st.file_uploader, st.camera_input and st.download_button.

Uploaded files are `UploadedFile` objects (a BytesIO with name, type, size and file_id);
each run gets fresh copies, read from the start, as Streamlit builds new ones per run.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable, Sequence
from typing import Any

from ..convert.downloads import download_bytes
from ..elements import files as el
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from ..runtime.config import load_options
from ..runtime.run_context import container_method, get_run_context
from ._policies import callback_mode
from ._shortcut import normalize_shortcut
from ._sizes import check_width
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["camera_input", "download_button", "file_uploader"]
FILE_UPLOADER = WidgetSpec(
    element=el.FileUploader, keyed_by={"type", "accept_multiple_files", "max_upload_size"}
)
CAMERA_INPUT = WidgetSpec(element=el.CameraInput)
DOWNLOAD_BUTTON = WidgetSpec(element=el.DownloadButton, value_life="trigger")

CATEGORY_SHORTCUTS = ("image", "audio", "video", "text")
TYPE_PAIRS = [
    (".jpg", ".jpeg"),
    (".mpg", ".mpeg"),
    (".mp4", ".mpeg4"),
    (".tif", ".tiff"),
    (".htm", ".html"),
]
FORM_DOCS = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)


def normalize_types(types: str | Sequence[str]) -> list[str]:
    """Streamlit's allowed types: MIME types (shortcuts as "image/*"), then .extensions
    (with their usual twins, .jpg and .jpeg)."""
    mimes, extensions = [], []
    for raw in [types] if isinstance(types, str) else types:
        entry = raw.strip()
        if not entry:
            continue
        if entry.lower() in CATEGORY_SHORTCUTS:
            mimes.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mimes.append(entry.lower())
        else:
            extensions.append(entry.lower() if entry.startswith(".") else f".{entry.lower()}")
    for one, two in TYPE_PAIRS:
        if one in extensions and two not in extensions:
            extensions.append(two)
        if two in extensions and one not in extensions:
            extensions.append(one)
    return mimes + extensions


def enforce_filename(name: str, allowed: Sequence[str]) -> None:
    """Streamlit's kernel-side type check (extensions only; MIME types are the browser's)."""
    if "\0" in name:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extensions = [t.lower() for t in allowed if t.startswith(".")]
    if any("/" in t for t in allowed) or not extensions:
        return
    if not any(name.lower().endswith(ext) for ext in extensions):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(name)[1]}`. Allowed: {extensions}"
        )


def _on_change(value: Any, name: str = "on_change") -> tuple[Callable[..., Any] | None, bool]:
    """(callback, rerun?) from a callable, "rerun", "ignore" or None."""
    if value is None:
        return None, True
    return callback_mode(value, name), value != "ignore"


def max_upload_mb(max_upload_size: Any, kind: str = "file_uploader") -> int:
    """The size limit in MB: the argument (checked), else `server.maxUploadSize`."""
    if max_upload_size is None:
        ctx = get_run_context(kind)
        options = getattr(ctx.session, "options", None) or _config(ctx.session.script.path)
        return int(options["server.maxUploadSize"])
    if (
        isinstance(max_upload_size, bool)
        or not isinstance(max_upload_size, int)
        or (max_upload_size < 1)
    ):
        raise StreamlitValueError(
            "max_upload_size",
            "a positive integer",
            "Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )
    return max_upload_size


def _config(script_path: str) -> dict[str, Any]:
    folder = os.path.dirname(script_path) if os.path.isfile(script_path) else None
    return load_options(folder)


def refuse_state_value(kind: str, key: str | None) -> None:
    """Streamlit's rule: an upload widget's value cannot be set through st.session_state."""
    if key is not None and get_run_context(kind).session.state.holds_user_value(key):
        raise StreamlitValueAssignmentNotAllowedError(key)


def _fresh(value: Any) -> Any:
    if isinstance(value, list):
        return [f.copy() for f in value]
    return value.copy() if isinstance(value, el.UploadedFile) else value


@container_method
def file_uploader(
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool | str = False,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """A file uploader; returns an UploadedFile (or a list of them) once a file is there.

    >>> data = st.file_uploader("Choose a CSV file", type="csv")
    """
    callback, rerun = _on_change(on_change)
    limit = max_upload_mb(max_upload_size)
    common = Common.of(
        label, key, help, callback, args, kwargs, disabled, label_visibility, reruns=rerun
    )
    refuse_state_value("file_uploader", common.key)
    width = check_width(width, allow_content=False)
    allowed = normalize_types(type) if type else []
    multiple = accept_multiple_files is True or accept_multiple_files == "directory"

    def shown(value: Any) -> Any:
        for f in value if isinstance(value, list) else [value] if value else []:
            enforce_filename(f.name, allowed)
        return _fresh(value) if value or not multiple else []

    return add_widget(
        FILE_UPLOADER,
        common,
        default=[] if multiple else None,
        identity={
            "max_upload_size": max_upload_size,
            "type": type,
            "accept_multiple_files": accept_multiple_files,
            "width": width,
        },
        fields={
            "accept": tuple(allowed),
            "multiple": multiple,
            "directory": accept_multiple_files == "directory",
            "max_upload_mb": limit,
            "width": width,
        },
        shown=shown,
    )


@container_method
def camera_input(
    label: str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    resolution: str | None = None,
    width: Any = "stretch",
) -> el.UploadedFile | None:
    """A camera view with a "Take Photo" button; returns the photo (a JPEG) or None.

    >>> photo = st.camera_input("Take a picture")
    """
    callback, rerun = _on_change(on_change)
    if resolution is not None and resolution not in ("480p", "720p", "1080p"):
        raise StreamlitValueError("resolution", "'480p', '720p', '1080p', None")
    common = Common.of(
        label, key, help, callback, args, kwargs, disabled, label_visibility, reruns=rerun
    )
    refuse_state_value("camera_input", common.key)
    width = check_width(width, allow_content=False)

    def shown(value: Any) -> Any:
        if value is not None:
            enforce_filename(value.name, [".jpg"])
        return _fresh(value)

    return add_widget(
        CAMERA_INPUT,
        common,
        default=None,
        identity={"width": width, "resolution": resolution},
        fields={"resolution": resolution, "width": width},
        shown=shown,
    )


def _file_info(data: Any, file_name: str | None, mime: str | None) -> tuple[Any, Any]:
    """A missing file name (and type) from an open file's `name`, as Streamlit guesses."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    file_name = file_name if file_name is not None else os.path.basename(name)
    return file_name, mime if mime is not None else mimetypes.guess_type(file_name)[0]


def _download_data(data: Any, file_name: str | None, mime: str | None) -> tuple[Any, Any, Any]:
    """The data kept for a click (bytes now, or the callable), its file name and MIME type."""
    if callable(data):
        return data, file_name, mime
    file_name, mime = _file_info(data, file_name, mime)
    try:
        content, inferred = download_bytes(data)
    except TypeError:
        raise StreamlitAPIException(f"Invalid binary data format: {type(data)}") from None
    return content, file_name, mime or inferred


@container_method
def download_button(
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_click: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """A button that downloads `data` (str, bytes, a file, or a callable run on click).

    >>> st.download_button("Download CSV", df.to_csv(), file_name="data.csv", mime="text/csv")
    """
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitValueError("type", "'primary', 'secondary', 'tertiary'")
    if icon_position not in ("left", "right"):
        raise StreamlitValueError("icon_position", "'left', 'right'")
    callback, rerun = _on_change(on_click, "on_click")
    shortcut = None if shortcut is None else normalize_shortcut(shortcut)
    label = "" if label is None else str(label)
    if get_run_context("download_button").cursor.form_id:
        raise StreamlitInvalidLayoutContextError(
            f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS}"
        )
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = check_width(width)
    content, file_name, mime = _download_data(data, file_name, mime)
    common = Common.of(label, key, help, callback, args, kwargs, disabled, callback_name="on_click")
    look = {"icon": icon, "file_name": file_name, "mime": mime, "type": type, "width": width,
            "icon_position": icon_position, "shortcut": shortcut}  # fmt: skip
    return add_widget(
        DOWNLOAD_BUTTON,
        common,
        default=False,
        identity=look,
        fields={**look, "data": content, "wrap": wrap, "rerun": rerun},
    )
