"""Saving an app's script reruns it with the new code (run-on-save)."""

from __future__ import annotations

import os
import threading
import time

from jupyter_st.runtime.script import Script
from jupyter_st.runtime.session import Session
from jupyter_st.runtime.watcher import FileWatcher


def test_a_saved_file_is_reported(tmp_path):
    path = tmp_path / "app.py"
    path.write_text("a")
    seen = threading.Event()
    watcher = FileWatcher([path], lambda p: seen.set(), interval=0.02)
    time.sleep(0.05)
    path.write_text("b")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert seen.wait(2)
    watcher.stop()


def test_reload_runs_the_new_code(tmp_path):
    path = tmp_path / "app.py"
    path.write_text("import jupyter_st as st\nst.write('old')\n")
    session = Session(Script.from_file(path))
    session.request_rerun()
    assert session.wait_idle(10)
    path.write_text("import jupyter_st as st\nst.write('new')\n")
    session.reload_script()
    assert session.wait_idle(10)
    assert session.tree.children[0].children[0].body == "new"
