"""Chat and dialogs in a real browser: a locking chat box, text put in the box through
session state, and a dialog whose closing reruns the app."""

from __future__ import annotations

import pytest

APP = """
import time
import streamlit as st

st.session_state.setdefault("closed", 0)
if st.button("Draft"):
    st.session_state.prompt = "drafted by the app"
prompt = st.chat_input("Ask", key="prompt", submit_mode="disable")
if prompt:
    with st.chat_message("user"):
        st.write(prompt)
    time.sleep(1.5)
    st.write(f"answered {prompt}")

def closed():
    st.session_state.closed += 1

@st.dialog("Notice", on_dismiss=closed)
def notice():
    st.write("Read me")

st.write(f"closed {st.session_state.closed} times")
if st.button("Open"):
    notice()
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_chat_box_locks_while_answering_and_a_dialog_close_reruns(tmp_path, st_run, page):
    from playwright.sync_api import expect

    (tmp_path / "app.py").write_text(APP)
    page.goto(st_run(tmp_path / "app.py"), timeout=90_000)
    box = page.get_by_placeholder("Ask")
    box.wait_for(timeout=90_000)

    box.fill("hello")
    box.press("Enter")
    expect(box).to_be_disabled(timeout=5_000)  # submit_mode="disable"
    page.get_by_text("answered hello").wait_for(timeout=20_000)
    expect(box).to_be_enabled(timeout=5_000)
    expect(box).to_have_value("")

    page.get_by_role("button", name="Draft").click()
    expect(box).to_have_value("drafted by the app", timeout=20_000)
    box.press("Enter")
    page.get_by_text("answered drafted by the app").wait_for(timeout=20_000)

    page.get_by_role("button", name="Open").click()
    page.get_by_text("Read me").wait_for(timeout=20_000)
    page.get_by_role("button", name="✕").click()
    page.get_by_text("closed 1 times").wait_for(timeout=20_000)
    expect(page.get_by_text("Read me")).to_be_hidden()
