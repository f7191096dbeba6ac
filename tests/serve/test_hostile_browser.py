"""Malformed and hostile messages from a browser are rejected; the session lives on, and a
crash in one tab's app leaves other tabs alone (one kernel per tab)."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from tornado.websocket import websocket_connect

APP = """
import os
import ipywidgets
import streamlit as st
st.title("Sturdy app")
st.text("model " + next(iter(ipywidgets.Widget.widgets)))  # a real comm to attack
if st.button("Crash the kernel"):
    os._exit(1)
st.session_state.n = st.session_state.get("n", 0) + st.button("Count")
st.write(f"n={st.session_state.n}")
"""


def comm_msg(comm_id: str, data: object) -> str:
    header = {"msg_id": uuid.uuid4().hex, "msg_type": "comm_msg", "username": "attacker",
              "session": uuid.uuid4().hex, "date": "", "version": "5.3"}  # fmt: skip
    content = {"comm_id": comm_id, "data": data}
    message = {"header": header, "parent_header": {}, "metadata": {}, "content": content,
               "channel": "shell", "buffers": []}  # fmt: skip
    return json.dumps(message)


async def send_garbage(ws_url: str, model_id: str) -> None:
    connection = await websocket_connect(ws_url, max_message_size=64 * 2**20)
    for message in (
        comm_msg("no-such-comm", {"method": "update", "state": {"value": 1}}),
        comm_msg(model_id, {"method": "update", "state": {"children": "not a list"}}),
        comm_msg(model_id, {"method": "update", "state": {"_dom_classes": 42}}),
        comm_msg(model_id, {"method": "no-such-method"}),
        comm_msg(model_id, "not even a dict"),
        comm_msg(model_id, {"method": "update", "state": {"x": "y" * 5_000_000}}),
        "{not json",
    ):
        await connection.write_message(message)
    await asyncio.sleep(1)
    connection.close()


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_garbage_from_a_browser_leaves_the_app_working(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(APP)
    base = st_run(tmp_path / "app.py")
    page.goto(base, timeout=90_000)
    page.get_by_text("Sturdy app").wait_for(timeout=90_000)
    config = page.evaluate("document.getElementById('jupyter-config-data').textContent")
    kernel_id = json.loads(config)["kernelId"]
    model_id = re.search(r"model ([0-9a-f]+)", page.locator(".st-text").first.inner_text()).group(1)
    ws_url = base.replace("http", "ws") + f"api/kernels/{kernel_id}/channels"
    with ThreadPoolExecutor(1) as pool:  # Playwright's loop owns this thread
        pool.submit(asyncio.run, send_garbage(ws_url, model_id)).result(timeout=60)

    page.get_by_role("button", name="Count").click()
    page.get_by_text("n=1").wait_for(timeout=20_000)


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_crash_in_one_tab_leaves_other_tabs_working(tmp_path, st_run, page):
    (tmp_path / "app.py").write_text(APP)
    base = st_run(tmp_path / "app.py")
    other = page.context.browser.new_page()
    for tab in (page, other):
        tab.goto(base, timeout=90_000)
        tab.get_by_text("Sturdy app").wait_for(timeout=90_000)
    page.get_by_role("button", name="Crash the kernel").click()
    other.get_by_role("button", name="Count").click()
    other.get_by_text("n=1").wait_for(timeout=20_000)
    other.get_by_role("button", name="Count").click()
    other.get_by_text("n=2").wait_for(timeout=20_000)
