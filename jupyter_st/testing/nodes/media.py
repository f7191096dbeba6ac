"""AppTest's nodes for media: `at.image[0].value` (the image addresses) and the address of
st.audio / st.video, where Streamlit's AppTest says media is served."""

from __future__ import annotations

from typing import Any

from .base import Node, node_for


def _address(media: Any) -> str:
    """Where Streamlit's AppTest says media is served: its URL, or under `/mock/media/`."""
    return media.media_id if media.data is None else f"/mock{media.media_id}"


@node_for("image")
class ImageNode(Node):
    @property
    def value(self) -> list[str]:
        return [_address(p.media) for p in self.element.images]  # type: ignore[attr-defined]

    @property
    def captions(self) -> list[str]:
        return [p.caption or "" for p in self.element.images]  # type: ignore[attr-defined]


@node_for("audio", "video")
class MediaNode(Node):
    """st.audio / st.video: `value` is the media's address."""

    @property
    def value(self) -> str:
        return _address(self.element.media)  # type: ignore[attr-defined]
