"""ScriptRunner: runs a session's script in a worker thread, once per rerun request.

Note [Threading]
~~~~~~~~~~~~~~~~
The script runs in its own thread so the kernel's main thread keeps handling comm messages
(widget changes) while it runs. A change arriving mid-run calls `request()`, which only sets
a flag; the running script sees the flag at its next st.* call (`check_interrupt`) and stops
with a RerunSignal, and the loop starts one more run with the latest values. So a burst of N
changes costs at most two full runs: the one in progress and one after it (changes inside
fragments queue one rerun per fragment instead, and a full run request absorbs them). The
thread exits when no request is left and is started again by the next request; `wait_idle`
lets a caller (AppTest, a test) block until then. Session state and widget values shared
with the main thread are guarded by the session lock; the requests and the thread's
lifecycle by `_cond`. The finished tree (`session.tree`) is replaced whole, never mutated
from the main thread.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..elements.base import MAIN, new_root
from ..elements.status import Exception_
from .current import enter_run, exit_run
from .run_context import MAIN_CURSOR, Cursor, RunContext
from .signals import FragmentFailed, RerunSignal, StopSignal

if TYPE_CHECKING:
    from .session import Session

log = logging.getLogger(__name__)
PACKAGE_DIR = str(Path(__file__).resolve().parents[1])


class ScriptRunner:
    """Runs the script of one session in a worker thread, coalescing rerun requests."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cond = threading.Condition()
        self._requested = False  # a full run
        self._fragments: list[str] = []  # fragment reruns, in the order asked
        self._active = False
        self._held = 0
        self.runs = 0

    def request(self, *, fragment: str | None = None) -> None:
        """Ask for a rerun (of one fragment only, if given): interrupts a run in progress
        at its next st call."""
        with self._cond:
            if fragment is None:
                self._requested = True
            elif fragment not in self._fragments:
                self._fragments.append(fragment)
            self._start_if_needed()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Requests made inside the block start one run when it ends (AppTest batches)."""
        with self._cond:
            self._held += 1
        try:
            yield
        finally:
            with self._cond:
                self._held -= 1
                self._start_if_needed()

    def _start_if_needed(self) -> None:
        if (self._requested or self._fragments) and not self._active and not self._held:
            self._active = True
            threading.Thread(target=self._loop, name="jupyter_st-runner", daemon=True).start()

    @property
    def interrupted(self) -> bool:
        return self._requested or bool(self._fragments)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no run is in progress or requested; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._active, timeout)

    def _next_job(self) -> str | None:
        """ "" for a full run, a fragment id, or None when there is nothing left."""
        with self._cond:
            if self._requested:
                self._requested = False
                self._fragments.clear()  # a full run reruns every fragment too
                return ""
            if self._fragments:
                return self._fragments.pop(0)
            self._active = False
            self._cond.notify_all()
            return None

    def _loop(self) -> None:
        while (job := self._next_job()) is not None:
            try:
                completed = self._run_fragment(job) if job else self._run_once()
            except BaseException:  # the runner must outlive anything a run does
                log.exception("jupyter_st: a script run failed unexpectedly")
                continue
            if not completed and not job:
                with self._cond:  # a fragment cannot rerun inside an unfinished full run
                    self._requested = self._requested or bool(self._fragments)

    def _run_once(self) -> bool:
        session = self.session
        with session.lock:
            callbacks = session.state.begin_run(session.owner)
            session.forms.run_started()
        ctx = RunContext(session=session, root=new_root())
        session.live_tree = ctx.root
        session.last_exception = None
        session.fragments.full_run_started()
        _notify(session.listener.run_started)
        token = enter_run(ctx)
        completed = True
        try:
            self._call_back(callbacks)
            self._exec(ctx)
        except RerunSignal:
            completed = False
        except StopSignal:
            pass
        except FragmentFailed as failed:
            session.last_exception = failed.error
        except BaseException as exc:  # shown in the app; the session lives on
            session.last_exception = exc
            ctx.stack[:] = [MAIN_CURSOR]
            show_exception(ctx, exc, Cursor((MAIN,)))
        finally:
            exit_run(token)
            self.runs += 1
            with session.lock:
                session.state.end_run(completed, session.owner)
                if completed:  # st.ipywidget objects whose widget is gone are let go
                    session.adopted = {
                        k: w for k, w in session.adopted.items() if k in session.state
                    }
            if completed:
                session.tree = ctx.root
            _close_figures()
            session.fragments.full_run_finished(completed, session.request_fragment_rerun)
            _finish(session, completed)
        return completed

    def _run_fragment(self, fragment_id: str) -> bool:
        """Rerun one fragment into its container of the last tree (Note [Fragment reruns])."""
        session = self.session
        fragment = session.fragments.get(fragment_id)
        if fragment is None:
            return True  # no longer shown
        with session.lock:
            callbacks = session.state.begin_run(session.owner, fragment=fragment_id)
            session.forms.run_started()
        ctx = RunContext(session=session, root=session.tree, fragment=fragment_id)
        session.live_tree = ctx.root
        ctx.active_page = fragment.page
        container = Cursor(fragment.path, form_id=fragment.form_id)
        ctx.stack.append(container)
        ctx.node(fragment.path).children.clear()
        _notify(session.listener.run_started, fragment.path)
        token = enter_run(ctx)
        completed = True
        try:
            self._call_back(callbacks)
            fragment.func(*fragment.args, **fragment.kwargs)
        except RerunSignal:
            completed = False
        except StopSignal:
            pass
        except BaseException as exc:
            session.last_exception = exc
            show_exception(ctx, exc, container)
        finally:
            exit_run(token)
            self.runs += 1
            with session.lock:
                session.state.end_run(completed, session.owner, fragment=fragment_id)
            _close_figures()
            _finish(session, completed)
        return completed

    def _call_back(self, callbacks: list) -> None:
        for meta in callbacks:
            with contextlib.suppress(RerunSignal):  # the rerun is already under way
                meta.call_back()

    def _exec(self, ctx: RunContext) -> None:
        script = self.session.script
        if self.session.argv is not None:
            sys.argv = [script.path, *self.session.argv]
        pages = self.session.navigator.directory_pages(script)
        if pages is None:
            script.execute()
        else:  # a pages/ folder: the main script is one page among them
            ctx.run_page(ctx.navigate(pages, position="sidebar"))


def _close_figures() -> None:
    """Close the run's matplotlib figures, as Streamlit does after every run: a script that
    makes a figure per run would otherwise keep them all."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        try:
            pyplot.close("all")
        except Exception:
            log.warning("jupyter_st: could not close matplotlib's figures", exc_info=True)


def _finish(session: Session, completed: bool) -> None:
    """End a run: the form rules' bookkeeping, then the renderer hears of it."""
    cleared = session.clear_submitted_forms() if completed else {}
    _notify(session.listener.run_finished, completed)
    if cleared:
        _notify(session.listener.show_values, cleared)


def _notify(hook: Any, *args: Any) -> None:
    """Tell the renderer; a rendering bug is logged and never breaks the run's bookkeeping."""
    try:
        hook(*args)
    except Exception:
        log.exception("jupyter_st: the renderer failed")


def show_exception(ctx: RunContext, exc: BaseException, at: Cursor) -> None:
    """Show `exc` and its traceback (without our own frames) in the container at `at`."""
    with contextlib.suppress(RerunSignal):
        ctx.add(Exception_.of(exc, hide=PACKAGE_DIR, uncaught=True), to=at)
