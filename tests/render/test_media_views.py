"""Media and file widgets on live ipywidgets: bytes travel once as binary buffers, and the
upload and download requests behave (and refuse malformed or oversized messages)."""

from __future__ import annotations

import json

from jupyter_st.render.adapters.files import DownloadButtonWidget, FileUploaderWidget
from jupyter_st.render.adapters.media import ImageListWidget, MediaWidget

MEDIA = """
import numpy as np
import jupyter_st as st
st.image(np.full((40, 40, 3), 200, dtype=np.uint8), caption=st.session_state.get("cap", "c"))
st.audio(np.sin(np.arange(8000) / 5), sample_rate=8000)
st.video(b"\\x00" * 5000, subtitles="WEBVTT\\n")
st.file_uploader("f", type="csv")
st.camera_input("c")
st.download_button("d", lambda: b"made on click")
"""


def _widgets(app, cls) -> list:
    main = app.app.reconciler.roots[0].widget
    return [w for w in main.children if isinstance(w, cls)]


def _custom(widget, content: dict, buffers: list | None = None) -> None:
    data = {"method": "custom", "content": content}
    widget._handle_msg({"content": {"data": data}, "buffers": buffers or []})


def _replies(widget) -> list:
    """Capture what the widget sends back to the browser (content, buffers)."""
    replies: list = []
    widget.send = lambda content, buffers=None: replies.append((content, buffers or []))
    return replies


def test_media_bytes_travel_as_buffers_once_and_a_rerun_sends_nothing(live):
    app = live(MEDIA).run()
    opens = [data for kind, data in app.sent if kind == "comm_open"]
    image = next(d for d in opens if d["state"].get("_model_name") == "ImageListModel")
    assert image["buffer_paths"] == [["blobs", 0]] and image["state"]["blobs"] == [None]
    players = [d for d in opens if d["state"].get("_model_name") == "MediaModel"]
    assert {tuple(p) for d in players for p in d["buffer_paths"]} >= {("data",)}
    assert all(len(json.dumps(d["state"])) < 2000 for d in opens)  # nothing inlined as text
    app.sent.clear()
    app.run()
    assert app.sent == []  # the same media: no message at all


def test_a_new_caption_sends_only_the_caption(live):
    app = live(MEDIA).run()
    app.sent.clear()
    app.app.session.state["cap"] = "new"
    app.run()
    updates = [d for kind, d in app.sent if kind == "comm_msg" and d.get("method") == "update"]
    assert [set(d["state"]) for d in updates] == [{"items"}]
    assert updates[0]["buffer_paths"] == []
    (image,) = _widgets(app, ImageListWidget)
    assert image.items[0]["caption"] == "<p>new</p>\n"
    audio, video = _widgets(app, MediaWidget)
    assert (audio.kind, video.kind, video.subtitles) == ("audio", "video", ["default"])


UPLOAD = """
import jupyter_st as st
f = st.file_uploader("f", max_upload_size=1)
st.write("none" if f is None else f"{f.name} {f.getvalue()!r}")
"""


def test_chunks_build_the_file_and_the_commit_reruns(live):
    app = live(UPLOAD).run()
    (uploader,) = _widgets(app, FileUploaderWidget)
    replies = _replies(uploader)
    head = {"request": "chunk", "upload": "u1", "name": "a.txt", "type": "text/plain", "size": 6}
    _custom(uploader, {**head, "id": 1, "offset": 0}, [b"abc"])
    _custom(uploader, {**head, "id": 2, "offset": 3}, [b"def"])
    _custom(uploader, {"request": "commit", "id": 3, "files": ["u1"]})
    assert [r[0] for r in replies] == [{"reply": 1, "received": 3}, {"reply": 2, "received": 6},
                                      {"reply": 3}]  # fmt: skip
    assert app.app.session.wait_idle(10)
    main = app.app.reconciler.roots[0].widget
    assert "a.txt" in main.children[1].value and "abcdef" in main.children[1].value
    assert uploader.files == [{"file_id": "u1", "name": "a.txt", "size": 6}]
    _custom(uploader, {"request": "commit", "id": 4, "files": []})  # the remove button
    assert app.app.session.wait_idle(10)
    assert "none" in main.children[1].value and uploader.files == []


def test_oversized_out_of_order_and_malformed_uploads_are_refused(live):
    app = live(UPLOAD).run()
    (uploader,) = _widgets(app, FileUploaderWidget)
    replies = _replies(uploader)
    big = {"request": "chunk", "id": 1, "upload": "u2", "name": "b", "type": "", "offset": 0,
           "size": 2 * 1024 * 1024}  # fmt: skip
    _custom(uploader, big, [b"x"])
    _custom(uploader, {"request": "chunk", "id": 2, "upload": "u3", "name": "c", "type": "",
                       "size": 4, "offset": 2}, [b"xx"])  # fmt: skip
    _custom(uploader, {"request": "chunk", "id": 3, "upload": "../../x"}, [b"x"])
    _custom(uploader, {"request": "commit", "id": 4, "files": ["nope"]})
    _custom(uploader, {"request": "commit", "id": 5, "files": "u2"})
    _custom(uploader, ["not", "a", "dict"])
    errors = [r[0].get("error") for r in replies]
    assert errors == [
        "File must be 1.0MB or smaller.",
        "upload chunks out of order",
        "bad upload id",
        "unknown files ['nope']",
        "a commit lists file ids",
    ]
    assert app.app.session.wait_idle(10)
    assert uploader.files == []  # the script saw nothing
    for n in range(17):  # unfinished uploads are bounded
        _custom(uploader, {"request": "chunk", "id": 10 + n, "upload": f"p{n}", "name": "p",
                           "type": "", "size": 10, "offset": 0}, [b"x"])  # fmt: skip
    assert replies[-1][0] == {"reply": 26, "error": "too many uploads at once"}


DOWNLOAD = """
import jupyter_st as st
def boom():
    raise ValueError("no data today")
if st.download_button("text", "hello"):
    st.write("clicked")
st.download_button("broken", boom)
st.download_button("off", b"x", disabled=True)
"""


def test_a_download_request_answers_with_the_bytes_and_errors_are_messages(live):
    app = live(DOWNLOAD).run()
    text, broken, off = _widgets(app, DownloadButtonWidget)
    sent = [_replies(w) for w in (text, broken, off)]
    for widget in (text, broken, off):
        _custom(widget, {"request": "download", "id": 7})
    (reply, buffers), = sent[0]  # fmt: skip
    assert reply == {"reply": 7, "file_name": "streamlit_download.txt", "mime": "text/plain"}
    assert buffers == [b"hello"]
    assert sent[1][0][0] == {"reply": 7, "error": "Callable execution failed: no data today"}
    assert sent[2][0][0] == {"reply": 7, "error": "this download button is disabled"}
    assert app.app.session.wait_idle(10)
    main = app.app.reconciler.roots[0].widget
    assert "clicked" in main.children[1].value  # on_click="rerun": the click is a trigger


def test_on_change_ignore_keeps_the_upload_for_the_next_run(live):
    app = live(
        """
        import jupyter_st as st
        f = st.file_uploader("f", on_change="ignore")
        st.write("none" if f is None else f.name)
        """
    ).run()
    (uploader,) = _widgets(app, FileUploaderWidget)
    head = {"request": "chunk", "upload": "q1", "name": "q.txt", "type": "", "size": 1}
    _custom(uploader, {**head, "id": 1, "offset": 0}, [b"q"])
    _custom(uploader, {"request": "commit", "id": 2, "files": ["q1"]})
    assert app.app.session.wait_idle(10)
    main = app.app.reconciler.roots[0].widget
    assert "none" in main.children[1].value  # no rerun for the upload
    app.run()  # a rerun for another reason
    assert "q.txt" in main.children[1].value


def test_user_urls_reach_the_page_only_when_safe(live):
    app = live(
        """
        import jupyter_st as st
        st.image("data:text/html,<script>alert(1)</script>", link="javascript:alert(1)")
        st.image("https://example.com/a.png", link="https://example.com")
        st.audio("data:text/html,<b>x</b>")
        """
    ).run()
    unsafe, safe = _widgets(app, ImageListWidget)
    assert (unsafe.items[0]["url"], unsafe.link) == ("", "")
    assert (safe.items[0]["url"], safe.link) == ("https://example.com/a.png", "https://example.com")
    (audio,) = _widgets(app, MediaWidget)
    assert audio.src == "" and audio.data == b""


def test_media_data_urls_play_and_bytes_are_never_typed_as_a_page(live):
    app = live(
        """
        import jupyter_st as st
        st.audio("data:audio/wav;base64,UklGRg==")
        st.video(b"<script>alert(1)</script>", format="text/html")
        st.video(b"\\x00", format="video/webm")
        st.image('<svg onload="alert(1)"><script>alert(1)</script></svg>')
        """
    ).run()
    audio, html, webm = _widgets(app, MediaWidget)
    assert audio.src == "data:audio/wav;base64,UklGRg=="  # Streamlit plays data URLs too
    assert (html.mime, webm.mime) == ("", "video/webm")  # a blob typed text/html is a page
    (svg,) = _widgets(app, ImageListWidget)
    assert svg.blobs == [] and svg.items[0]["url"].startswith("data:image/svg+xml;base64,")


def test_a_file_committed_twice_is_held_once(live):
    app = live(
        """
        import jupyter_st as st
        files = st.file_uploader("f", accept_multiple_files=True)
        st.write(f"got {[f.name for f in files]}")
        """
    ).run()
    (uploader,) = _widgets(app, FileUploaderWidget)
    head = {"request": "chunk", "upload": "d1", "name": "d.txt", "type": "", "size": 1}
    _custom(uploader, {**head, "id": 1, "offset": 0}, [b"d"])
    _custom(uploader, {"request": "commit", "id": 2, "files": ["d1", "d1"]})
    assert app.app.session.wait_idle(10)
    main = app.app.reconciler.roots[0].widget
    assert "got ['d.txt']" in main.children[1].value
