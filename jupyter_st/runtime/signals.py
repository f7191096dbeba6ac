"""Control-flow signals. They derive from BaseException so `except Exception` in a user's
script cannot swallow a rerun or a stop (as in Streamlit)."""

from __future__ import annotations


class ScriptControlSignal(BaseException):
    """Base of the signals that end a script run early."""


class RerunSignal(ScriptControlSignal):
    """Ends the current run; the runner starts a new one."""


class StopSignal(ScriptControlSignal):
    """Ends the current run as if the script had finished (`st.stop()`)."""


class FragmentFailed(ScriptControlSignal):
    """Ends a full run after a fragment raised `error`, already shown in its container."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(error)
        self.error = error
