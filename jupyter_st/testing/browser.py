"""Drive a live ipywidget exactly as a browser does: through its comm message handler."""

from __future__ import annotations

from typing import Any

import ipywidgets as w


def send_update(widget: w.Widget, **values: Any) -> None:
    """Deliver `{"method": "update"}` with the JSON form of `values`, as the frontend would."""
    state = {}
    for name, value in values.items():
        to_json = widget.trait_metadata(name, "to_json", widget._trait_to_json)
        state[name] = to_json(value, widget)
    data = {"method": "update", "state": state, "buffer_paths": []}
    widget._handle_msg({"content": {"data": data}, "buffers": []})


def send_click(widget: w.Button) -> None:
    """Deliver the custom `click` event a Button view sends."""
    data = {"method": "custom", "content": {"event": "click"}}
    widget._handle_msg({"content": {"data": data}, "buffers": []})
