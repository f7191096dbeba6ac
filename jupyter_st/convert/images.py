"""Turning what st.image accepts into `Media`: bytes as Streamlit would serve them, or a URL.

Follows Streamlit's image pipeline: numpy arrays are checked and clipped (`clamp`), BGR
flipped, PIL images and arrays encoded (PNG when there may be alpha, JPEG otherwise, GIF
kept), images wider than the display width (or 1460 px) scaled down. URLs stay URLs for the
browser to load; SVG text becomes a data URL, as in Streamlit.
"""

from __future__ import annotations

import base64
import io
import os
import re
from pathlib import Path
from typing import Any

from ..elements.media import Media
from ..errors import MediaFileStorageError, StreamlitAPIException, StreamlitValueError

MAXIMUM_CONTENT_WIDTH = 2 * 730
_SVG = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_URL_SCHEMES = ("http://", "https://", "data:")


def is_url(text: str) -> bool:
    """A web or data URL, or a static-file path (`/app/static/...`) that is not a file."""
    if os.path.isfile(text):
        return False
    return text.startswith(_URL_SCHEMES) or text.startswith("/app/static/")


def image_media(
    image: Any, width: str | int, clamp: bool, channels: str, output_format: str
) -> Media:
    """One image as Media (checked and encoded as Streamlit does)."""
    import numpy as np
    from PIL import Image

    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        if is_url(image):
            return Media(url=image)
        text = _svg_text(image)
        if text is not None:
            return Media(url=_svg_data_url(text))
        data = read_file(image)
    elif isinstance(image, Image.Image):
        data = _pil_bytes(image, _format(image, output_format))
    elif isinstance(image, io.BytesIO):
        data = image.getvalue()
    elif isinstance(image, np.ndarray):
        data = _array_bytes(image, clamp, channels, output_format)
    else:
        data = image
    fmt = _format(data, output_format)
    return Media(f"image/{fmt.lower()}", _fit(data, width, fmt))


def _svg_text(image: str) -> str | None:
    if image.endswith(".svg") and os.path.isfile(image):
        with open(image, encoding="utf-8") as f:
            image = f.read()
    if not _SVG.search(image):
        return None
    if "xmlns" not in image:
        image = image.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return image


def _svg_data_url(svg: str) -> str:
    """SVG as a data URL, as Streamlit sends it: a browser shows it as an image and runs no
    script in it (a blob URL opened in a tab would run its scripts in the app's origin)."""
    return f"data:image/svg+xml;base64,{base64.b64encode(svg.encode()).decode()}"


def read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except Exception as exc:
        raise MediaFileStorageError(f"Error opening '{path}'") from exc


def _format(image: Any, requested: str) -> str:
    """Format "JPEG", "PNG" or "GIF": as asked, else from the image (Streamlit's rule)."""
    from PIL import Image

    fmt = requested.upper()
    if fmt in ("JPEG", "PNG"):
        return fmt
    if fmt == "JPG":
        return "JPEG"
    pil = Image.open(io.BytesIO(image)) if isinstance(image, bytes | bytearray) else image
    if pil.format == "GIF":
        return "GIF"
    return "PNG" if pil.mode in ("RGBA", "LA", "P") else "JPEG"


def _pil_bytes(image: Any, fmt: str, quality: int = 100) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG" and image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGB")
    image.save(out, format=fmt, quality=quality)
    return out.getvalue()


def _array_bytes(array: Any, clamp: bool, channels: str, output_format: str) -> bytes:
    import numpy as np
    from PIL import Image

    array = _clip(_checked_shape(array), clamp)
    if channels == "BGR":
        if array.ndim != 3:
            raise StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels'
            )
        array = array[:, :, [2, 1, 0]]
    image = Image.fromarray(array.astype(np.uint8))
    return _pil_bytes(image, _format(image, output_format))


def _checked_shape(array: Any) -> Any:
    shape = array.shape
    if len(shape) not in (2, 3):
        raise StreamlitValueError("image", "a 2D or 3D NumPy array")
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(
            f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}"
        )
    return array[:, :, 0] if len(shape) == 3 and shape[-1] == 1 else array


def _clip(array: Any, clamp: bool) -> Any:
    import numpy as np

    if issubclass(array.dtype.type, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif np.amin(array) < 0.0 or np.amax(array) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        return array * 255
    if clamp:
        return np.clip(array, 0, 255)
    if np.amin(array) < 0 or np.amax(array) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    return array


def _fit(data: bytes, width: str | int, fmt: str) -> bytes:
    """Scale down images wider than the display allows; re-encode to `fmt` if needed."""
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    target = width if isinstance(width, int) else MAXIMUM_CONTENT_WIDTH
    if image.width > target:
        height = int(image.height * target / image.width)
        resized = image.resize((target, height), resample=Image.BILINEAR)
        return _pil_bytes(resized, fmt, quality=90)
    if image.format != fmt:
        return _pil_bytes(image, fmt, quality=90)
    return data
