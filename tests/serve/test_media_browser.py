"""Media and files in a real browser: images and figures show their pixels, players get
their sources, uploads reach the script (and refused files do not), downloads save the
kernel's bytes, and the camera takes a photo (Chromium's fake device). Offline."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

MEDIA_APP = """
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import streamlit as st

red = np.zeros((30, 40, 3), dtype=np.uint8)
red[:, :, 0] = 255
st.image(red, caption="a **red** square")
fig = plt.figure(figsize=(2, 1))
fig.patch.set_facecolor("#0000ff")
st.pyplot(fig)
tone = np.sin(np.linspace(0, 3 * 440 * 2 * np.pi, 3 * 8000))
st.audio(tone, sample_rate=8000, start_time=1)
st.video(b"not decodable", subtitles={"English": "WEBVTT\\n\\n00:00.000 --> 00:01.000\\nhi"})
st.write("media done")
"""

PIXEL_AT_CENTER = """img => {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data);
}"""


def _only_local(page) -> None:
    hosts = {urlparse(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts


def _close(pixel: list[int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(pixel, expected, strict=False))


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_images_figures_and_players_show_what_the_script_gave(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(MEDIA_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("media done").wait_for(timeout=90_000)

    image, figure = page.locator(".st-image-list img").all()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert image.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [40, 30]
    assert _close(image.evaluate(PIXEL_AT_CENTER), (255, 0, 0))
    assert page.locator(".st-image-caption strong").inner_text() == "red"
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=figure.element_handle()
    )
    assert figure.evaluate("img => img.naturalWidth") >= 390  # 2 in at 200 dpi, tight bbox
    assert _close(figure.evaluate(PIXEL_AT_CENTER), (0, 0, 255))

    audio = page.locator(".st-media-player audio")
    assert audio.evaluate("a => a.src").startswith("blob:")
    page.wait_for_function("a => a.readyState >= 1", arg=audio.element_handle(), timeout=20_000)
    assert audio.evaluate("a => [a.duration, a.currentTime]") == [3, 1]
    video = page.locator(".st-media-player video")
    assert video.evaluate("v => v.src").startswith("blob:")
    assert video.locator("track").evaluate("t => [t.kind, t.label]") == ["captions", "English"]
    _only_local(page)


UPLOAD_APP = """
import streamlit as st

f = st.file_uploader("Upload a CSV", type="csv")
st.write("none" if f is None else f"got {f.name} {f.size} {f.read().decode()!r}")
big = st.file_uploader("Big files", max_upload_size=30, key="big")
if big is not None:
    st.write(f"big {big.size} ends {big.getvalue()[-4:]!r}")
if st.download_button("Save report", lambda: "report for " + str(f and f.name), file_name="r.txt",
                      shortcut="Shift+Ctrl+S"):
    st.write("download clicked")
with st.form("later"):
    held = st.file_uploader("In a form")
    st.form_submit_button("Send")
st.write(f"form got {held.name if held else None}")
"""


def _upload_input(page, label: str):
    uploader = page.locator(".st-uploader").filter(has_text=label)
    return uploader, uploader.locator("input[type=file]")


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_uploads_reach_the_script_and_refused_files_do_not(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(UPLOAD_APP)
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[server]\nmaxUploadSize = 1\n")
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("none", exact=True).wait_for(timeout=90_000)
    uploader, upload = _upload_input(page, "Upload a CSV")
    assert uploader.get_by_text("Limit 1.0MB per file • CSV").count() == 1

    upload.set_input_files([{"name": "data.csv", "mimeType": "text/csv", "buffer": b"a,b\n1,2"}])
    page.get_by_text("got data.csv 7 'a,b\\n1,2'").wait_for(timeout=20_000)

    upload.set_input_files([{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"x"}])
    uploader.get_by_text("text/plain files are not allowed.").wait_for(timeout=10_000)
    blob = b"0" * (1024 * 1024 + 1)
    upload.set_input_files([{"name": "huge.csv", "mimeType": "text/csv", "buffer": blob}])
    uploader.get_by_text("File must be 1.0MB or smaller.").wait_for(timeout=10_000)
    page.get_by_text("got data.csv 7").wait_for(timeout=5_000)  # the script still has the CSV

    uploader.locator(".st-upload-file", has_text="data.csv").locator("button").click()
    page.get_by_text("none", exact=True).wait_for(timeout=20_000)

    in_form, upload = _upload_input(page, "In a form")
    upload.set_input_files([{"name": "later.txt", "mimeType": "text/plain", "buffer": b"l"}])
    in_form.locator(".st-upload-file", has_text="later.txt").wait_for(timeout=10_000)
    page.get_by_text("form got None").wait_for(timeout=5_000)  # held until the form is sent
    page.get_by_role("button", name="Send").click()
    page.get_by_text("form got later.txt").wait_for(timeout=20_000)
    _only_local(page)


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_20_mb_upload_arrives_whole(tmp_path, st_run, page):
    import time

    (tmp_path / "app.py").write_text(UPLOAD_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("none", exact=True).wait_for(timeout=90_000)
    _uploader, upload = _upload_input(page, "Big files")
    blob = bytes(range(256)) * (20 * 1024 * 1024 // 256)
    started = time.monotonic()
    upload.set_input_files([{"name": "big.bin", "mimeType": "application/x-raw", "buffer": blob}])
    handed = time.monotonic()
    page.get_by_text(f"big {len(blob)} ends {blob[-4:]!r}").wait_for(timeout=60_000)
    done = time.monotonic()
    print(f"20 MB: {handed - started:.2f} s into the page, {done - handed:.2f} s to the script")


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_download_button_saves_the_kernels_bytes(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(UPLOAD_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("none", exact=True).wait_for(timeout=90_000)
    with page.expect_download(timeout=20_000) as caught:
        page.get_by_role("button", name="Save report").click()
    download = caught.value
    assert download.suggested_filename == "r.txt"
    with open(download.path(), "rb") as saved:
        assert saved.read() == b"report for None"
    page.get_by_text("download clicked").wait_for(timeout=20_000)  # on_click="rerun"
    with page.expect_download(timeout=20_000) as caught:
        page.keyboard.press("Control+Shift+KeyS")  # its shortcut="Shift+Ctrl+S"
    assert caught.value.suggested_filename == "r.txt"
    _only_local(page)


CAMERA_APP = """
import streamlit as st

photo = st.camera_input("Smile")
st.write("no photo" if photo is None else f"photo {photo.name} {photo.type} {photo.read()[:2]!r}")
"""


@pytest.fixture
def camera_page():
    """A page of a Chromium whose camera is Chromium's fake device (granted without asking)."""
    from conftest import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    fake = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + fake)
        page = browser.new_page()
        page.requested_urls = []  # type: ignore[attr-defined]
        page.on("request", lambda req: page.requested_urls.append(req.url))  # type: ignore[attr-defined]
        yield page
        browser.close()


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_camera_takes_a_photo_and_clears_it(tmp_path, st_run, camera_page):
    from playwright.sync_api import expect

    page = camera_page
    (tmp_path / "app.py").write_text(CAMERA_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("no photo").wait_for(timeout=90_000)
    take = page.get_by_role("button", name="Take Photo")
    expect(take).to_be_enabled(timeout=20_000)
    page.wait_for_function("() => document.querySelector('.st-camera video').videoWidth > 0")
    take.click()
    page.get_by_text("photo image.jpg image/jpeg b'\\xff\\xd8'").wait_for(timeout=20_000)
    assert page.locator(".st-camera-photo").evaluate("img => img.naturalWidth") > 0
    page.get_by_role("button", name="Clear photo").click()
    page.get_by_text("no photo").wait_for(timeout=20_000)
    _only_local(page)


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_camera_refused_shows_streamlits_request(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(CAMERA_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("no photo").wait_for(timeout=90_000)
    page.get_by_text("This app would like to use your camera.").wait_for(timeout=20_000)
    assert page.get_by_role("button", name="Take Photo").is_disabled()


CHAT_APP = """
import streamlit as st

msg = st.chat_input("Ask about a file", accept_file=True, file_type="txt")
if msg:
    st.write(f"asked {msg.text!r} with {[(f.name, f.read().decode()) for f in msg.files]}")
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_chat_input_sends_text_with_an_attached_file(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(CHAT_APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    box = page.get_by_placeholder("Ask about a file")
    box.wait_for(timeout=90_000)
    attach = page.locator(".st-chat-file-input input[type=file]")
    attach.set_input_files([{"name": "a.csv", "mimeType": "text/csv", "buffer": b"no"}])
    page.get_by_text("text/csv files are not allowed.").wait_for(timeout=10_000)
    attach.set_input_files([{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hi"}])
    page.locator(".st-chat-files").get_by_text("notes.txt").wait_for(timeout=10_000)
    box.fill("what is this?")
    box.press("Enter")
    page.get_by_text("asked 'what is this?' with [('notes.txt', 'hi')]").wait_for(timeout=20_000)
    assert box.input_value() == "" and page.locator(".st-chat-files .st-upload-file").count() == 0
    _only_local(page)


FLIP_APP = """
import streamlit as st

if st.button("flip"):
    st.session_state.flipped = not st.session_state.get("flipped", False)
flipped = st.session_state.get("flipped", False)
{body}
st.write(f"flipped {{flipped}}")
"""
SLOW_CAMERA = """(() => {
  window.__streams = [];
  const devices = navigator.mediaDevices;
  if (!devices) return;
  const ask = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async constraints => {
    const stream = await ask(constraints);
    window.__streams.push(stream);
    await new Promise(done => setTimeout(done, 3000));  // the user takes a while to allow
    return stream;
  };
})();"""
ALL_TRACKS_ENDED = """() => window.__streams.length > 0 && window.__streams.every(
    s => s.getTracks().every(t => t.readyState === 'ended'))"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_the_camera_goes_off_when_its_widget_goes_even_mid_permission(
    tmp_path, st_run, camera_page
):
    page = camera_page
    page.add_init_script(SLOW_CAMERA)
    body = "if not flipped:\n    st.camera_input('Smile')"
    (tmp_path / "app.py").write_text(FLIP_APP.format(body=body))
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("flipped False").wait_for(timeout=90_000)
    page.wait_for_function("() => window.__streams.length === 1")  # granted, not yet handed
    page.get_by_role("button", name="flip").click()  # the camera widget goes meanwhile
    page.get_by_text("flipped True").wait_for(timeout=20_000)
    page.wait_for_function(ALL_TRACKS_ENDED, timeout=10_000)
    page.get_by_role("button", name="flip").click()  # back, and the camera runs
    page.wait_for_function("() => document.querySelector('.st-camera video')?.videoWidth > 0")
    page.get_by_role("button", name="flip").click()
    page.get_by_text("flipped True").wait_for(timeout=20_000)
    page.wait_for_function(ALL_TRACKS_ENDED, timeout=10_000)


SUBTITLED = """
st.video(b"not decodable", width=400 if flipped else 300,
         subtitles={"English": "WEBVTT\\\\n\\\\n00:00.000 --> 00:01.000\\\\nhi"})
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_video_change_keeps_its_subtitle_track_and_its_url(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(FLIP_APP.format(body=SUBTITLED))
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    page.get_by_text("flipped False").wait_for(timeout=90_000)
    track = page.locator(".st-media-player video track")
    track.evaluate("t => { t.dataset.first = 'yes'; }")
    page.get_by_role("button", name="flip").click()
    page.get_by_text("flipped True").wait_for(timeout=20_000)
    page.wait_for_function(
        "() => document.querySelector('.st-media-player').style.width === '400px'"
    )
    assert track.get_attribute("data-first") == "yes"  # the same track element
    text = track.evaluate("t => fetch(t.src).then(r => r.text())")  # its URL still valid
    assert text.startswith("WEBVTT") and "hi" in text
    _only_local(page)
