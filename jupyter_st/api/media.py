"""st.image, st.pyplot, st.audio and st.video."""

from __future__ import annotations

import io
import logging
from typing import Any

from ..convert.av import media_of, seconds, subtitle_media, wav_bytes, youtube_embed
from ..convert.images import image_media
from ..elements import media as el
from ..errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitMissingRequiredParameterError,
)
from ..runtime.run_context import Cursor, container_method
from ._add import add
from ._sizes import check_width, container_width
from .status import warning

__all__ = ["audio", "image", "pyplot", "video"]

log = logging.getLogger(__name__)

_COLUMN_WIDTH_REMOVED = (
    "`use_column_width` was removed and has no effect. "
    "Use `width='stretch'`, `width='content'`, or an integer pixel value instead."
)
_SAVEFIG_DEPRECATED = """
Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.
`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io
buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```
"""
_FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```"""
SAVEFIG_DEFAULTS = {"bbox_inches": "tight", "dpi": 200, "format": "png"}


def _captions(caption: Any, count: int) -> list[str | None]:
    if isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif caption is None:
        captions = [None] * count
    elif hasattr(caption, "tolist") and getattr(caption, "ndim", 0) == 1:
        captions = caption.tolist()
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return [None if c is None else str(c) for c in captions]


def _image_list(image: Any) -> list[Any]:
    if isinstance(image, list | set | tuple):
        return list(image)
    if getattr(image, "ndim", 0) == 4:
        return [image[i] for i in range(image.shape[0])]
    return [image]


def _alts(alt: Any, count: int) -> list[str | None]:
    if alt is None:
        return [None] * count
    if isinstance(alt, str):
        if count != 1:
            raise StreamlitAPIException(
                "A single `alt` string can only be used with a single image. You passed "
                f"{count} images; provide a sequence of {count} alt values (use None to skip "
                "an image)."
            )
        return [alt]
    alts = list(alt)
    if len(alts) != count:
        raise StreamlitAPIException(f"Cannot pair {len(alts)} alt values with {count} images.")
    return alts


def pictures(
    image: Any, caption: Any, width: str | int, clamp: bool, channels: str, output_format: str,
    alt: Any = None,
) -> tuple[el.Picture, ...]:  # fmt: skip
    """Each image with its caption and alt text, encoded as Streamlit encodes them."""
    images = _image_list(image)
    captions = _captions(caption, len(images))
    alts = _alts(alt, len(images))
    channels = channels.upper()
    return tuple(
        el.Picture(image_media(img, width, clamp, channels, output_format), cap, text)
        for img, cap, text in zip(images, captions, alts, strict=False)
    )


@container_method
def image(
    image: Any,
    caption: Any = None,
    width: Any = "content",
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    *,
    use_container_width: bool | None = None,
    link: str | None = None,
    use_column_width: Any = None,
    alt: Any = None,
) -> Cursor:
    """Display an image or a list of images.

    >>> st.image("sunrise.jpg", caption="Sunrise by the mountains")
    """
    if use_column_width is not None:
        warning(_COLUMN_WIDTH_REMOVED)
    width = check_width(container_width(use_container_width, width))
    images = pictures(image, caption, width, clamp, channels, output_format, alt)
    if link and len(images) > 1:
        raise StreamlitAPIException(
            "The `link` parameter is only supported when displaying a single image. "
            f"You passed {len(images)} images."
        )
    return add(el.ImageList(images=images, width=width, link=link or None))


@container_method
def pyplot(
    fig: Any,
    clear_figure: bool = False,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Cursor:
    """Display a Matplotlib figure, rendered as a PNG at 200 dpi (twice the screen's 100).

    >>> fig, ax = plt.subplots(); ax.plot([1, 3, 2]); st.pyplot(fig)
    """
    if fig is None:
        raise StreamlitMissingRequiredParameterError("fig", _FIG_REQUIRED)
    width = check_width(container_width(use_container_width, width, keep_pixels=False))
    if kwargs:
        warning(_SAVEFIG_DEPRECATED)
    images = pictures(_saved(fig, kwargs), None, width, False, "RGB", "PNG", alt)
    if clear_figure:
        fig.clf()
    return add(el.ImageList(images=images, width=width))


def _saved(fig: Any, kwargs: dict[str, Any]) -> io.BytesIO | str:
    """The figure as saved by `savefig`: PNG bytes, or SVG text when the options ask for SVG.

    Interactive mode is off while saving (no window pops up, as in Streamlit) and back as it
    was afterwards: in a notebook, later cells' plots still show inline.
    """
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    with plt.ioff():
        fig.savefig(buffer, **{**SAVEFIG_DEFAULTS, **kwargs})
    head = buffer.getvalue().lstrip()
    is_svg = head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head[:2048])
    return head.decode() if is_svg else buffer


def _av_common(start_time: Any, end_time: Any, width: Any) -> tuple[int, int | None, Any]:
    start = seconds(start_time, "start_time")
    end = seconds(end_time, "end_time", optional=True)
    return start, end, check_width(width, allow_content=False)


@container_method
def audio(
    data: Any,
    format: str = "audio/wav",
    start_time: Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> Cursor:
    """Display an audio player (a file, URL, bytes, or a numpy signal with `sample_rate`).

    >>> st.audio(np.sin(np.linspace(0, 880 * np.pi, 44100)), sample_rate=44100)
    """
    start, end, width = _av_common(start_time, end_time, width)
    is_array = type(data).__name__ == "ndarray"
    if is_array and sample_rate is None:
        raise StreamlitMissingRequiredParameterError(
            "sample_rate", "Must be specified when `data` is a numpy array."
        )
    if not is_array and sample_rate is not None:
        log.warning("`sample_rate` will be ignored since data is not a numpy array.")
    if is_array:
        data = wav_bytes(data, int(sample_rate))  # type: ignore[arg-type]
    media = media_of(data, format) or el.Media(format)
    return add(el.Audio(media=media, start_time=start, end_time=end, loop=bool(loop),
                        autoplay=bool(autoplay), width=width, alt=alt))  # fmt: skip


@container_method
def video(
    data: Any,
    format: str = "video/mp4",
    start_time: Any = 0,
    *,
    subtitles: Any = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> Cursor:
    """Display a video player (a file, URL, bytes; YouTube links show YouTube's player).

    >>> st.video("clip.mp4", subtitles={"English": "clip.en.vtt"}, start_time="5s")
    """
    start, end, width = _av_common(start_time, end_time, width)
    if start < 0 or (end is not None and end <= start):
        raise StreamlitAPIException("Invalid start_time and end_time combination.")
    media = media_of(data, format) or el.Media(format)
    youtube = youtube_embed(media.url) if media.url else None
    if youtube and subtitles:
        raise StreamlitIncompatibleParametersError(
            "subtitles", "data=<YouTube URL>", "Subtitles are not supported for YouTube videos."
        )
    return add(el.Video(media=media, start_time=start, end_time=end, loop=bool(loop),
                        autoplay=bool(autoplay), width=width, alt=alt, muted=bool(muted),
                        youtube=youtube, subtitles=subtitle_media(subtitles)))  # fmt: skip
