"""What st.download_button accepts (text, bytes, open files) as bytes and a guessed MIME
type; used by the API (at call time) and the renderer (for data made on click)."""

from __future__ import annotations

import io
from typing import Any


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
