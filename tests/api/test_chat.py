"""st.chat_message, st.chat_input and st.write_stream, through AppTest."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest, AppTestError


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_chat_messages_take_preset_emoji_and_image_avatars():
    at = run(
        """
        import jupyter_st as st
        with st.chat_message("user"):
            st.write("hello")
        st.chat_message("assistant", avatar="🦜").markdown("hi")
        st.chat_message("bob").write("custom")
        st.chat_message("AI").write("ai")
        st.chat_message("web", avatar="https://example.com/a.png").write("image")
        """
    )
    names = [(m.name, m.avatar) for m in at.chat_message]
    assert names == [
        ("user", "user"),
        ("assistant", "🦜"),
        ("bob", ""),
        ("AI", "assistant"),
        ("web", "https://example.com/a.png"),
    ]
    assert at.chat_message[0].markdown[0].value == "hello"
    assert at.chat_message[1].markdown.values == ["hi"]


def test_chat_input_value_is_returned_once_after_a_submit():
    at = run(
        """
        import jupyter_st as st
        prompt = st.chat_input("Say something", key="c")
        st.write(repr(prompt))
        """
    )
    assert at.markdown[0].value == "None"
    assert at.chat_input[0].placeholder == "Say something"
    at.chat_input[0].set_value("hi").run()
    assert at.markdown[0].value == "'hi'"
    assert at.chat_input[0].value == "hi"
    at.run()
    assert at.markdown[0].value == "None"
    assert at.session_state["c"] is None


def test_chat_input_calls_on_submit_for_every_submit_even_the_same_text():
    at = run(
        """
        import jupyter_st as st
        st.session_state.setdefault("log", [])
        st.chat_input(key="m", on_submit=lambda: st.session_state.log.append(st.session_state.m))
        st.write(len(st.session_state.log))
        """
    )
    at.chat_input[0].set_value("a").run()
    at.chat_input[0].set_value("a").run()
    assert at.session_state["log"] == ["a", "a"]


def test_top_level_chat_input_is_pinned_below_main_others_stay_inline():
    at = run(
        """
        import jupyter_st as st
        st.chat_input("bottom")
        with st.container():
            st.chat_input("inner")
        st.sidebar.chat_input("side")
        """
    )
    assert [c.placeholder for c in at.main.chat_input] == ["inner"]
    assert [c.placeholder for c in at.sidebar.chat_input] == ["side"]
    assert [(c.placeholder, c.bottom) for c in at.chat_input] == [
        ("inner", False),
        ("side", False),
        ("bottom", True),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("st.chat_message(None)", "The `name` parameter is required."),
        ("st.chat_message('x', avatar=3)", "Failed to load the provided avatar value"),
        ("with st.form('f'):\n    st.chat_input()", "`st.chat_input()` can't be used in a"),
        ("st.chat_input(on_submit=3)", "`on_submit` must be a callable"),
        ("st.write_stream('abc')", "Invalid `stream` type."),
        ("st.write_stream(5)", "cannot be iterated"),
    ],
)
def test_errors(body: str, message: str):
    at = run("import jupyter_st as st\n" + body)
    assert message in at.exception[0].value


def test_write_stream_grows_one_markdown_and_returns_the_text():
    at = run(
        """
        import jupyter_st as st
        text = st.write_stream(w + " " for w in ["streamed", "words"])
        st.write(repr(text))
        """
    )
    assert at.markdown.values == ["streamed words", "'streamed words '"]


def test_write_stream_writes_other_chunks_and_returns_a_list():
    at = run(
        """
        import asyncio
        import jupyter_st as st
        async def tokens():
            for t in ["a", "b"]:
                await asyncio.sleep(0)
                yield t
        st.write(repr(st.write_stream(tokens)))
        st.write(repr(st.write_stream(["x", {"k": 1}, "y"])))
        """
    )
    assert at.markdown.values == ["ab", "'ab'", "x", "y", "['x', {'k': 1}, 'y']"]
    assert at.json[0].value is not None


CHAT = """
import jupyter_st as st
msg = st.chat_input("Say", accept_file="multiple", file_type="txt")
if msg:
    st.write(f"{msg.text!r} {[(f.name, f.read()) for f in msg['files']]} {sorted(msg)}")
plain = st.chat_input("plain", key="plain", max_upload_size=3)
st.write(repr(plain))
"""


def test_chat_input_with_files_returns_text_and_files_once():
    at = run(CHAT)
    assert at.markdown.values == ["None"]
    at.chat_input[0].upload("a.txt", b"hello", "text/plain").upload("b.txt", b"x")
    at.chat_input[0].set_value("look").run()
    shown = "'look' [('a.txt', b'hello'), ('b.txt', b'x')] ['files', 'text']"
    assert at.markdown.values[0] == shown
    at.run()
    assert at.markdown.values == ["None"]  # a message is returned for one run only
    at.chat_input[0].upload("only.txt", b"1").run()  # files without text are a message
    assert at.markdown.values[0] == "'' [('only.txt', b'1')] ['files', 'text']"
    with pytest.raises(AppTestError, match="does not accept files"):
        at.chat_input[1].upload("a.txt", b"")
    at.chat_input[1].set_value("hi").run()
    assert at.markdown.values == ["'hi'"]


def test_chat_input_file_errors_match_streamlit():
    at = run(CHAT)
    at.chat_input[0].upload("data.csv", b"1").run()
    assert at.exception[0].value == "Invalid file extension: `.csv`. Allowed: ['.txt']"
    at = run("import jupyter_st as st\nst.chat_input(accept_file='some')")
    assert at.exception[0].value == (
        "Invalid `accept_file` value. Supported values: True, False, 'multiple', 'directory'. "
        "Got 'some'."
    )
