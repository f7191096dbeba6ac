"""Drive a live ipywidget exactly as a browser does: through its comm message handler."""

from __future__ import annotations

import uuid
from typing import Any

import ipywidgets as w

File = tuple[str, bytes, str]  # a file as AppTest stages it: (name, content, mime type)


def send_update(widget: w.Widget, **values: Any) -> None:
    """Deliver `{"method": "update"}` with the JSON form of `values`, as the frontend would."""
    state = {}
    for name, value in values.items():
        to_json = widget.trait_metadata(name, "to_json", widget._trait_to_json)
        state[name] = _as_javascript_writes_it(to_json(value, widget))
    data = {"method": "update", "state": state, "buffer_paths": []}
    widget._handle_msg({"content": {"data": data}, "buffers": []})


def _as_javascript_writes_it(value: Any) -> Any:
    """JSON as a browser sends it: JavaScript has no separate integers, so 0.0 travels as 0."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _as_javascript_writes_it(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_as_javascript_writes_it(v) for v in value]
    return value


def send_click(widget: w.Button) -> None:
    """Deliver the custom `click` event a Button view sends."""
    data = {"method": "custom", "content": {"event": "click"}}
    widget._handle_msg({"content": {"data": data}, "buffers": []})


def send_submit(widget: w.Text) -> None:
    """Deliver the custom `submit` event a Text view sends when Enter is pressed."""
    data = {"method": "custom", "content": {"event": "submit"}}
    widget._handle_msg({"content": {"data": data}, "buffers": []})


def upload_files(widget: w.Widget, files: list[File]) -> list[str]:
    """Send each file as one chunk request, as upload.ts does; the ids the kernel now holds."""
    ids = []
    for name, content, mime in files:
        upload = uuid.uuid4().hex
        head = {"upload": upload, "name": name, "type": mime, "size": len(content), "offset": 0}
        send_request(widget, "chunk", head, [bytes(content)])
        ids.append(upload)
    return ids


_ids = iter(range(1, 1 << 62))


def send_request(widget: w.Widget, name: str, args: dict[str, Any], buffers: list[bytes]) -> None:
    """Deliver a custom request (chunk, commit, submit, download) as our views send them."""
    content = {**args, "request": name, "id": next(_ids)}
    data = {"method": "custom", "content": content}
    widget._handle_msg({"content": {"data": data}, "buffers": buffers})
