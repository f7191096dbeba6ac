"""Overlay blocks: popover and dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from ...elements import overlays as el
from ..html import escape
from .base import Traits, adapts, close_parts
from .layout import ExpanderAccordion, expander_box


@adapts(el.Popover, widget=ExpanderAccordion, content=expander_box)
def popover(e: el.Popover) -> Traits:
    label = f"{e.icon} {e.label}" if e.icon else e.label
    classes = ["st-popover", f"st-popover-{e.type}"]
    if e.disabled:
        classes.append("st-popover-disabled")  # the CSS makes it inert
    return {
        "titles": (label,),
        "tooltip": e.help,
        "_dom_classes": tuple(classes),
        "layout": {"width": "100%" if e.use_container_width else "fit-content"},
    }


class DialogBox(w.VBox):
    """A modal: a panel with a title and ✕ over a backdrop (the CSS makes it float).

    ✕ hides it in the browser only, as Streamlit's dismiss does (with an `on_dismiss`, it
    also sends a trigger that reruns the app); each new `opened` (every call of the dialog function)
    shows it again. A dialog that is not `dismissible` has no ✕.
    """

    def __init__(
        self,
        title: str = "",
        opened: int = 0,
        dismissible: bool = True,
        reruns_on_dismiss: bool = False,
        panel_width: str | None = None,
        **kwargs: Any,
    ) -> None:
        self._title = w.HTML(title)
        self._title.add_class("st-dialog-title")
        self._close = w.Button(description="✕", tooltip="Close")
        self._close.add_class("st-dialog-close")
        self._close.on_click(lambda _button: self._dismiss())
        self.content = w.VBox()
        self._header = w.HBox([self._title, self._close])
        self._panel = w.VBox([self._header, self.content])
        self._panel.add_class("st-dialog-panel")
        self._panel.layout.width = panel_width
        self._opened = opened
        self.dismissed: Callable[[], None] = lambda: None
        self.reruns_on_dismiss = reruns_on_dismiss
        super().__init__(children=(self._panel,), **kwargs)
        self.dismissible = dismissible

    def _dismiss(self) -> None:
        self.layout.display = "none"
        if self.reruns_on_dismiss:
            self.dismissed()

    @property
    def title(self) -> str:
        return self._title.value

    @title.setter
    def title(self, value: str) -> None:
        self._title.value = value

    @property
    def dismissible(self) -> bool:
        return self._close.layout.display != "none"

    @dismissible.setter
    def dismissible(self, value: bool) -> None:
        self._close.layout.display = None if value else "none"

    @property
    def panel_width(self) -> str | None:
        return self._panel.layout.width

    @panel_width.setter
    def panel_width(self, value: str | None) -> None:
        self._panel.layout.width = value

    @property
    def opened(self) -> int:
        return self._opened

    @opened.setter
    def opened(self, value: int) -> None:
        self._opened = value
        if self.layout.display is not None:
            self.layout.display = None

    def close(self) -> None:
        close_parts(self._title, self._close, self._header, self._panel)
        super().close()


def _dialog_content(box: DialogBox) -> w.Box:
    return box.content


def _listen_dismiss(box: DialogBox, emit: Callable[[Any], None]) -> None:
    box.dismissed = lambda: emit(True)


@adapts(el.Dialog, widget=DialogBox, content=_dialog_content, read=lambda _e, _v: True,
        listen=_listen_dismiss)  # fmt: skip
def dialog(e: el.Dialog) -> Traits:
    size = e.width if isinstance(e.width, str) else "custom"
    icon = f"{escape(e.icon)} " if e.icon else ""
    return {
        "title": f"<strong>{icon}{escape(e.title)}</strong>",
        "opened": e.opened,
        "dismissible": e.dismissible,
        "reruns_on_dismiss": bool(e.id),
        "panel_width": f"{e.width}px" if size == "custom" else None,
        "_dom_classes": ("st-dialog", f"st-dialog-{size}", f"st-dialog-{e.position}"),
    }
