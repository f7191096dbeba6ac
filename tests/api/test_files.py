"""st.file_uploader, st.camera_input, st.download_button and UploadedFile, through AppTest
(whose staged files reach the live widgets as the browser sends them)."""

from __future__ import annotations

import io

import pytest

from jupyter_st.elements.files import UploadedFile
from jupyter_st.testing import AppTest, AppTestError

UPLOADER = """
import jupyter_st as st
one = st.file_uploader("one", type=["csv", "jpg", "image"], key="one")
many = st.file_uploader("many", accept_multiple_files=True)
folder = st.file_uploader("folder", accept_multiple_files="directory", max_upload_size=5)
st.write(repr(one))
st.write(f"many={[f.name for f in many]} folder={folder!r}")
if one is not None:
    st.write(f"read={one.read()!r} again={one.read()!r} value={one.getvalue()!r}")
"""


def test_uploaders_start_empty_with_streamlits_types_and_limits():
    at = AppTest.from_string(UPLOADER).run()
    one, many, folder = at.file_uploader
    assert (one.value, many.value, folder.value) == (None, [], [])
    assert one.allowed_type == ["image/*", ".csv", ".jpg", ".jpeg"]
    assert (many.accept_multiple_files, folder.accept_multiple_files) == (True, True)
    assert (many.accept_directory, folder.accept_directory) == (False, True)
    assert (one.element.max_upload_mb, folder.element.max_upload_mb) == (200, 5)


def test_uploaded_files_are_bytesio_objects_read_from_the_start_every_run():
    at = AppTest.from_string(UPLOADER).run()
    at.file_uploader[0].set_value(("data.csv", b"a,b", "text/csv"))
    at.file_uploader[1].upload("x.txt", b"x").upload("y.txt", b"yy")
    at.run()
    uploaded = at.file_uploader[0].value
    assert isinstance(uploaded, UploadedFile) and isinstance(uploaded, io.BytesIO)
    assert (uploaded.name, uploaded.type, uploaded.size) == ("data.csv", "text/csv", 3)
    assert at.session_state["one"] == uploaded  # same file_id
    assert at.markdown.values[1:] == [
        "many=['x.txt', 'y.txt'] folder=[]",
        "read=b'a,b' again=b'' value=b'a,b'",
    ]
    at.file_uploader[1].upload("z.txt", b"z")
    at.run()  # a second run reads the CSV from the start again
    assert at.markdown.values[1:] == [
        "many=['x.txt', 'y.txt', 'z.txt'] folder=[]",
        "read=b'a,b' again=b'' value=b'a,b'",
    ]
    at.file_uploader[0].clear()
    at.run()
    assert at.file_uploader[0].value is None and at.markdown.values[0] == "None"


def test_a_disallowed_extension_is_streamlits_error_in_the_app():
    at = AppTest.from_string("import jupyter_st as st\nst.file_uploader('f', type='jpg')").run()
    at.file_uploader[0].set_value(("notes.txt", b"x", "text/plain")).run()
    assert at.exception[0].value == "Invalid file extension: `.txt`. Allowed: ['.jpg', '.jpeg']"
    at = AppTest.from_string(UPLOADER).run()  # with MIME types, only the browser checks
    at.file_uploader[0].set_value(("notes.txt", b"x", "text/plain")).run()
    assert not at.exception and at.file_uploader[0].value.name == "notes.txt"


def test_the_upload_limit_comes_from_config(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[server]\nmaxUploadSize = 3\n")
    (tmp_path / "app.py").write_text("import jupyter_st as st\nst.file_uploader('f')\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.file_uploader[0].element.max_upload_mb == 3


def test_on_change_runs_with_its_arguments_before_the_script():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        def changed(tag):
            st.session_state.log = st.session_state.get("log", []) + [tag]
        st.file_uploader("f", on_change=changed, args=("new file",))
        st.write(st.session_state.get("log", []))
        """
    ).run()
    at.file_uploader[0].upload("a.bin", b"1").run()
    assert at.session_state["log"] == ["new file"]


def test_camera_photo_and_streamlits_apptest_checks():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        photo = st.camera_input("Smile", resolution="720p")
        st.write("none" if photo is None else f"{photo.name} {photo.getvalue()!r}")
        """
    ).run()
    camera = at.camera_input[0]
    assert camera.resolution == "720p" and camera.value is None
    with pytest.raises(AppTestError, match=r"only captures \.jpg files"):
        camera.set_value(("shot.png", b"x", "image/jpeg"))
    camera.set_value(("shot.jpg", b"jpeg", "image/jpeg")).run()
    assert at.markdown.values == ["shot.jpg b'jpeg'"]
    at.camera_input[0].clear().run()
    assert at.markdown.values == ["none"]


DOWNLOADS = """
import io
import jupyter_st as st
calls = st.session_state.setdefault("calls", [])
def report():
    calls.append("called")
    return "made on click"
st.download_button("text", "hello")
st.download_button("buffer", io.BytesIO(b"\\x00\\x01"), mime="application/x-thing")
st.download_button("file", open(__file__.replace("app.py", "data.csv"), "rb"))
if st.download_button("lazy", report, on_click="ignore"):
    st.write("lazy clicked")
st.write(f"calls={len(calls)}")
"""


def _download_widgets(at: AppTest) -> list:
    return [at.app.reconciler.widget_for(b.id) for b in at.download_button]


def test_download_data_is_kept_in_the_kernel_as_bytes(tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n")
    (tmp_path / "app.py").write_text(DOWNLOADS)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    text, buffer, file, lazy = (b.element for b in at.download_button)
    assert (text.data, text.mime) == (b"hello", "text/plain")
    assert (buffer.data, buffer.mime) == (b"\x00\x01", "application/x-thing")
    assert (file.data, file.file_name, file.mime) == (b"a,b\n", "data.csv", "text/csv")
    assert callable(lazy.data) and at.markdown.values == ["calls=0"]  # not called yet
    widgets = _download_widgets(at)
    assert "payload" not in widgets[0].keys  # the data is not a synced trait


def test_a_click_fetches_the_data_and_reruns_unless_ignored(tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n")
    (tmp_path / "app.py").write_text(DOWNLOADS)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    at.download_button[3].click().run()
    assert at.markdown.values == ["lazy clicked", "calls=1"]  # called on click; "ignore":
    assert at.download_button[3].value is True  # as Streamlit's AppTest, the run that
    at.run()  # follows the click sees it, the next one does not
    assert at.download_button[3].value is False and at.markdown.values == ["calls=1"]
    at.download_button[0].click().run()
    assert at.download_button[0].value is True


def test_widths_and_icon_position_reach_the_widgets():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        st.file_uploader("f", width=300)
        st.camera_input("c", width="stretch")
        st.download_button("d", "x", icon="⬇", icon_position="right", width=120, wrap=False,
                           shortcut="Shift+Cmd+F2")
        st.download_button("e", "x")
        """
    ).run()
    main = at._app.reconciler.roots[0].widget
    uploader, camera, download, plain = main.children
    assert (uploader.width, camera.width) == ("300", "stretch")
    assert (download.icon_position, download.width, download.nowrap) == ("right", "120", True)
    assert (plain.icon_position, plain.nowrap) == ("left", False)
    assert (download.shortcut, plain.shortcut) == ("cmd+shift+f2", "")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.file_uploader('f', width='content')", "Invalid width value: 'content'"),
        ("st.camera_input('c', width=0)", "Invalid width value: 0"),
        (
            "st.download_button('d', 'x', icon_position='top')",
            "Invalid `icon_position` value. Supported values: 'left', 'right'.",
        ),
        ("st.download_button('d', 'x', shortcut='a+b')", "The `shortcut` may only specify"),
        ("st.download_button('d', 'x', shortcut='ctrl+R')", "The `shortcut` cannot use the keys"),
    ],
)
def test_bad_widths_and_icon_positions_are_streamlits_errors(call, message):
    at = AppTest.from_string(f"import jupyter_st as st\n{call}").run()
    assert at.exception[0].value.startswith(message)


def test_download_button_errors_match_streamlit():
    at = AppTest.from_string("import jupyter_st as st\nst.download_button('d', 3)").run()
    assert at.exception[0].value == "Invalid binary data format: <class 'int'>"
