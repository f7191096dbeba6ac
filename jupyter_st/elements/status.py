"""Status elements: alerts, exceptions, progress, spinner, toast and the st.status box."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from .base import Block, Element


@dataclass(frozen=True, kw_only=True)
class Alert(Element):
    KIND: ClassVar[str] = "alert"
    body: str
    icon: str | None = None


@dataclass(frozen=True, kw_only=True)
class Success(Alert):
    KIND: ClassVar[str] = "success"


@dataclass(frozen=True, kw_only=True)
class Info(Alert):
    KIND: ClassVar[str] = "info"


@dataclass(frozen=True, kw_only=True)
class Warning(Alert):
    KIND: ClassVar[str] = "warning"


@dataclass(frozen=True, kw_only=True)
class Error(Alert):
    KIND: ClassVar[str] = "error"


@dataclass(frozen=True, kw_only=True)
class Exception_(Element):
    """An exception shown in the app: type, message and the formatted stack."""

    KIND: ClassVar[str] = "exception"
    type_name: str
    message: str
    stack_trace: tuple[str, ...] = ()
    is_warning: bool = False

    @classmethod
    def of(
        cls, exc: BaseException, *, hide: str | None = None, uncaught: bool = False
    ) -> Exception_:
        """The element showing `exc`; frames from files under `hide` are left out. As in
        Streamlit, an exception the script raised is named with its module."""
        frames = traceback.extract_tb(exc.__traceback__)
        if hide:
            frames = [f for f in frames if not Path(f.filename).is_relative_to(hide)]
        lines = tuple(line.rstrip("\n") for line in traceback.format_list(frames))
        name = _qualified_name(type(exc)) if uncaught else _shown_name(exc)
        return cls(type_name=name, message=str(exc), stack_trace=lines)


def _shown_name(exc: BaseException) -> str:
    """The name st.exception shows: an exception's `alternate_name` if it has one."""
    return getattr(exc, "alternate_name", None) or type(exc).__name__


def _qualified_name(cls: type) -> str:
    """`module.Name` (builtins bare); our errors are Streamlit's, as `import streamlit` says."""
    module = "streamlit.errors" if cls.__module__ == "jupyter_st.errors" else cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


@dataclass(frozen=True, kw_only=True)
class Progress(Element):
    """`value` is a percentage, 0 to 100."""

    KIND: ClassVar[str] = "progress"
    value: int
    text: str | None = None


@dataclass(frozen=True, kw_only=True)
class Spinner(Element):
    KIND: ClassVar[str] = "spinner"
    text: str


@dataclass(frozen=True, kw_only=True)
class Toast(Element):
    KIND: ClassVar[str] = "toast"
    body: str
    icon: str | None = None


STATUS_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


@dataclass(frozen=True, kw_only=True)
class Status(Block):
    """An expander showing the state of a task: "running", "complete" or "error"."""

    KIND: ClassVar[str] = "status"
    label: str
    state: str = "running"
    expanded: bool = False

    @property
    def icon(self) -> str:
        return STATUS_ICONS[self.state]
