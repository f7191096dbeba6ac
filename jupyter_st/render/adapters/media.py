"""Images, audio and video: views of ours that get media bytes as binary buffers.

Bytes travel in `Bytes` traits, which ipywidgets sends as binary buffers (never base64 in
JSON), and only when they change: a rerun showing the same media sends nothing, a new
caption sends only the caption. The views (labextension/src/media.ts) make object URLs
from the buffers. URLs given by the user pass through `safe_url` for the browser to load.
"""

from __future__ import annotations

from traitlets import Bool, Bytes, Dict, Int, List, Unicode

from ...elements import media as el
from ..html import markdown_html, safe_url
from ..views import View
from .base import Traits, adapts


class ImageListWidget(View):
    """Images with captions; `blobs` holds the bytes, `items` say which blob each shows."""

    _model_name = Unicode("ImageListModel").tag(sync=True)
    _view_name = Unicode("ImageListView").tag(sync=True)
    items = List(Dict()).tag(sync=True)
    blobs = List(Bytes()).tag(sync=True)
    width = Unicode("content").tag(sync=True)
    link = Unicode("").tag(sync=True)


class MediaWidget(View):
    """An audio or video player; `data` (bytes) or `src` (a URL) is what it plays."""

    _model_name = Unicode("MediaModel").tag(sync=True)
    _view_name = Unicode("MediaView").tag(sync=True)
    kind = Unicode("audio").tag(sync=True)
    src = Unicode("").tag(sync=True)
    data = Bytes(b"").tag(sync=True)
    mime = Unicode("").tag(sync=True)
    start_time = Int(0).tag(sync=True)
    end_time = Int(-1).tag(sync=True)  # -1: play to the end
    loop = Bool(False).tag(sync=True)
    autoplay = Bool(False).tag(sync=True)
    muted = Bool(False).tag(sync=True)
    youtube = Unicode("").tag(sync=True)
    subtitles = List(Unicode()).tag(sync=True)
    subtitle_data = List(Bytes()).tag(sync=True)
    width = Unicode("stretch").tag(sync=True)
    alt = Unicode("").tag(sync=True)


def _item(picture: el.Picture, blobs: list[bytes]) -> dict:
    media = picture.media
    item = {
        "caption": markdown_html(picture.caption) if picture.caption else "",
        "alt": picture.alt,
        "mime": media.mime,
    }
    if media.data is not None:
        item["blob"] = len(blobs)
        blobs.append(media.data)
    else:
        item["url"] = safe_url(media.url or "", image=True) or ""
    return item


@adapts(el.ImageList, widget=ImageListWidget, classes=("st-image",))
def image_list(e: el.ImageList) -> Traits:
    blobs: list[bytes] = []
    items = [_item(picture, blobs) for picture in e.images]
    link = safe_url(e.link) if e.link else None
    return {"items": items, "blobs": blobs, "width": str(e.width), "link": link or ""}


_PLAYABLE = ("audio/", "video/", "application/ogg")
_PLAYABLE_DATA = tuple(f"data:{kind}" for kind in _PLAYABLE)


def _source(media: el.Media) -> Traits:
    """Bytes to play (typed only as audio or video, so their object URL, opened in a tab,
    can never be a page of the app's origin), or a web URL or an audio/video data URL."""
    if media.data is not None:
        mime = media.mime if media.mime.lower().startswith(_PLAYABLE) else ""
        return {"data": media.data, "src": "", "mime": mime}
    url = media.url or ""
    src = url if url.strip().lower().startswith(_PLAYABLE_DATA) else safe_url(url) or ""
    return {"data": b"", "src": src, "mime": media.mime}


@adapts(el.Audio, el.Video, widget=MediaWidget, classes=("st-media",))
def audio_video(e: el.Audio) -> Traits:
    traits = {
        "kind": e.KIND,
        **_source(e.media),
        "start_time": e.start_time,
        "end_time": -1 if e.end_time is None else e.end_time,
        "loop": e.loop,
        "autoplay": e.autoplay,
        "width": str(e.width),
        "alt": e.alt or "",
    }
    if isinstance(e, el.Video):
        traits.update(
            muted=e.muted,
            youtube=e.youtube or "",
            subtitles=[label for label, _ in e.subtitles],
            subtitle_data=[media.data or b"" for _, media in e.subtitles],
        )
    return traits
