"""Drive a live ipywidget exactly as a browser does: through its comm message handler."""

from __future__ import annotations

from typing import Any

import ipywidgets as w


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
