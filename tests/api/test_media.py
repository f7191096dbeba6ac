"""st.image, st.pyplot, st.audio and st.video: what the elements hold, and Streamlit's errors."""

from __future__ import annotations

import base64
import io
import wave

import numpy as np
from PIL import Image

from jupyter_st.elements.media import file_id
from jupyter_st.testing import AppTest


def _run(source: str, **kwargs: object) -> AppTest:
    return AppTest.from_string(source).run(timeout=20)


def _images(at: AppTest) -> list:
    return [p for node in at.get("image") for p in node.element.images]


def _decoded(picture) -> Image.Image:
    return Image.open(io.BytesIO(picture.media.data))


def test_arrays_are_encoded_as_streamlit_encodes_them():
    at = _run(
        """
        import numpy as np
        import jupyter_st as st
        rgb = np.zeros((3, 4, 3), dtype=np.uint8); rgb[..., 0] = 255
        st.image(rgb, caption="red")
        st.image(np.full((2, 2, 4), 255, dtype=np.uint8))
        bgr = np.zeros((2, 2, 3), dtype=np.uint8); bgr[..., 0] = 255
        st.image(bgr, channels="BGR", output_format="PNG")
        st.image(np.array([[-1.0, 0.5], [2.0, 1.0]]), clamp=True, output_format="PNG")
        st.image(np.zeros((5000, 10), dtype=np.uint8).T)
        """
    )
    red, rgba, bgr, clamped, wide = _images(at)
    assert (red.media.mime, red.caption, _decoded(red).size) == ("image/jpeg", "red", (4, 3))
    assert rgba.media.mime == "image/png"  # alpha: PNG, as Streamlit's "auto"
    assert _decoded(bgr).getpixel((0, 0)) == (0, 0, 255)
    assert list(_decoded(clamped).getdata()) == [0, 127, 255, 255]
    assert _decoded(wide).size == (1460, 2)  # scaled down to Streamlit's maximum width
    assert at.image[0].captions == ["red"]
    assert at.image[0].value[0] == f"/mock/media/{file_id(red.media.data, 'image/jpeg')}.jpg"


def test_paths_bytes_pil_svg_and_urls(tmp_path):
    path = tmp_path / "dot.png"
    Image.new("RGB", (3, 2), "blue").save(path)
    gif = io.BytesIO()
    Image.new("P", (2, 2)).save(gif, format="GIF")
    at = _run(
        f"""
        import io
        from PIL import Image
        import jupyter_st as st
        st.image({str(path)!r}, width=2)
        st.image(open({str(path)!r}, "rb").read())
        st.image(Image.new("RGB", (2, 2)))
        st.image(io.BytesIO({gif.getvalue()!r}))
        st.image('<svg width="4" height="4"><rect width="4" height="4"/></svg>')
        st.image("https://example.com/cat.png", link="https://example.com")
        """
    )
    from_path, from_bytes, pil, animated, svg, url = _images(at)
    assert _decoded(from_path).size == (2, 1)  # width=2: scaled to the pixels asked for
    assert at.get("image")[0].element.width == 2
    assert _decoded(from_bytes).size == (3, 2) and from_bytes.media.mime == "image/jpeg"  # RGB
    assert pil.media.mime == "image/jpeg"
    assert animated.media.mime == "image/gif"
    svg_text = base64.b64decode(svg.media.url.removeprefix("data:image/svg+xml;base64,"))
    assert svg.media.data is None and b'xmlns="http://www.w3.org/2000/svg"' in svg_text
    assert url.media.url == "https://example.com/cat.png" and url.media.data is None
    assert at.get("image")[5].element.link == "https://example.com"


def test_lists_with_captions_and_deprecated_width_flags():
    at = _run(
        """
        import numpy as np
        import jupyter_st as st
        st.image([np.zeros((2, 2))] * 3, caption=["a", "b", "c"], use_container_width=True)
        st.image(np.zeros((2, 2)), use_column_width=True)
        """
    )
    first, second = at.get("image")
    assert at.image[0].captions == ["a", "b", "c"] and first.element.width == "stretch"
    assert "`use_column_width` was removed" in at.warning[0].value  # shown, as Streamlit does
    assert second.element.width == "content"


def test_undecodable_bytes_show_an_error_and_the_app_keeps_running():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.write("before")
        if not st.session_state.get("fixed"):
            st.image(b"not an image")
        st.write("after")
        """
    ).run()
    assert "cannot identify image file" in at.exception[0].value
    assert at.markdown.values == ["before"]
    at.session_state["fixed"] = True
    assert at.run().markdown.values == ["before", "after"]


def test_pyplot_renders_at_200_dpi_and_respects_savefig_options():
    at = _run(
        """
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import jupyter_st as st
        fig = plt.figure(figsize=(2, 1))
        fig.gca().plot([1, 2])
        st.pyplot(fig)
        st.pyplot(fig, dpi=50, clear_figure=True)
        st.write(f"axes {len(fig.axes)}")
        """
    )
    sharp, small = _images(at)
    assert sharp.media.mime == "image/png" and small.media.mime == "image/png"
    assert 300 <= _decoded(sharp).size[0] <= 400  # 2 in at 200 dpi, cropped to the drawing
    assert _decoded(small).size[0] < 110  # dpi=50 asked for
    assert "deprecated" in at.warning[0].value  # savefig kwargs warn in the app, as Streamlit
    assert at.markdown.values == ["axes 0"]  # clear_figure=True cleared the figure
    assert at.get("image")[0].element.width == "stretch"


def test_audio_from_numpy_is_a_wav_and_times_are_seconds():
    at = _run(
        """
        import numpy as np
        import jupyter_st as st
        st.audio(np.array([[0, 1, -1, 0.5], [0, 0.5, 0.5, 0]]), sample_rate=8000,
                 start_time="1m", end_time=90, loop=True, autoplay=True)
        st.audio("https://example.com/a.mp3", format="audio/mpeg")
        st.audio(b"RIFF....", sample_rate=44100)
        """
    )
    stereo, url, raw = at.get("audio")
    with wave.open(io.BytesIO(stereo.element.media.data)) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getnframes()) == (2, 8000, 4)
        frames = np.frombuffer(wav.readframes(4), dtype=np.int16)
    assert frames.max() == 32767 and frames.min() == -32767  # scaled to the full range
    element = stereo.element
    assert (element.start_time, element.end_time, element.loop, element.autoplay) == (
        60, 90, True, True)  # fmt: skip
    assert url.element.media.url == "https://example.com/a.mp3"
    assert raw.element.media.data == b"RIFF...." and raw.element.media.mime == "audio/wav"


def test_video_youtube_links_subtitles_and_files(tmp_path):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    srt = tmp_path / "en.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n")
    at = _run(
        f"""
        import jupyter_st as st
        st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ", start_time=3)
        st.video({str(clip)!r}, subtitles={{"English": {str(srt)!r}, "Raw": "WEBVTT\\n"}},
                 muted=True)
        """
    )
    youtube, local = (node.element for node in at.get("video"))
    assert youtube.youtube == "https://www.youtube.com/embed/dQw4w9WgXcQ"
    assert local.media.data == clip.read_bytes() and local.muted
    (label, english), (raw_label, raw) = local.subtitles
    assert (label, raw_label) == ("English", "Raw")
    assert english.data == b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHello"
    assert raw.data == b"WEBVTT"


def test_pyplot_leaves_matplotlibs_interactive_mode_as_it_was():
    import matplotlib

    matplotlib.interactive(True)  # as in a notebook: later cells' plots show inline
    try:
        at = _run(
            """
            import matplotlib
            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
            import jupyter_st as st
            fig, ax = plt.subplots()
            st.pyplot(fig)
            """
        )
        assert at.image[0].element.images[0].media.mime == "image/png"
        assert matplotlib.is_interactive()
    finally:
        matplotlib.interactive(False)
