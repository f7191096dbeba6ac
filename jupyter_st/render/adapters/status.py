"""Alerts, exceptions, progress, spinner, toast, and the st.status box (an expander)."""

from __future__ import annotations

import ipywidgets as w

from ...elements import status as el
from ..html import escape, markdown_html
from .base import Traits, adapts
from .layout import ExpanderAccordion, expander_box


def _alert_html(kind: str, body: str, icon: str | None) -> str:
    icon_html = f'<span class="st-icon">{escape(icon)}</span>' if icon else ""
    return f'<div class="st-alert st-{kind}">{icon_html}{markdown_html(body)}</div>'


@adapts(el.Success, el.Info, el.Warning, el.Error, widget=w.HTML, classes=("st-alert-box",))
def alert(e: el.Alert) -> Traits:
    return {"value": _alert_html(e.KIND, e.body, e.icon)}


@adapts(el.Toast, widget=w.HTML, classes=("st-toast",))
def toast(e: el.Toast) -> Traits:
    return {"value": _alert_html("toast", e.body, e.icon)}


@adapts(el.Exception_, widget=w.HTML, classes=("st-exception",))
def exception(e: el.Exception_) -> Traits:
    trace = "\n".join(e.stack_trace)
    stack = f'<pre class="st-traceback">Traceback:\n{escape(trace)}</pre>' if trace else ""
    kind = "warning" if e.is_warning else "error"
    head = f"<strong>{escape(e.type_name)}</strong>: {escape(e.message)}"
    return {"value": f'<div class="st-alert st-{kind}">{head}{stack}</div>'}


@adapts(el.Progress, widget=w.IntProgress, classes=("st-progress",))
def progress(e: el.Progress) -> Traits:
    return {"min": 0, "max": 100, "value": e.value, "description": e.text or ""}


@adapts(el.Spinner, widget=w.HTML, classes=("st-spinner",))
def spinner(e: el.Spinner) -> Traits:
    return {"value": f'<span class="st-spinner-icon"></span> {markdown_html(e.text)}'}


STATE_GLYPHS = {"running": "⏳", "complete": "✔️", "error": "⚠️"}


@adapts(el.Status, widget=ExpanderAccordion, content=expander_box)
def status(e: el.Status) -> Traits:
    return {
        "titles": (f"{STATE_GLYPHS[e.state]} {e.label}",),
        "selected_index": 0 if e.expanded else None,
        "_dom_classes": ("st-status", f"st-status-{e.state}"),
    }
