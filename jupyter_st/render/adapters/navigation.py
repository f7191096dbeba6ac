"""The page menu and page links: buttons whose click asks for a page, never a page reload
(a reload would start a new kernel and lose the session)."""

from __future__ import annotations

import ipywidgets as w

from ...elements import navigation as el
from ..html import escape, safe_url
from .base import Rejected, Traits, adapts


def _menu_options(e: el.Navigation) -> list[tuple[str, str]]:
    return [(f"{entry.icon} {entry.title}".strip(), entry.url_path) for entry in e.entries]


def _listen_menu(widget: w.ToggleButtons, emit) -> None:
    widget.observe(lambda change: emit(change["new"]), names="value")


def _read_menu(e: el.Navigation, value: object) -> str:
    paths = [entry.url_path for entry in e.entries]
    if value not in paths:
        raise Rejected(f"no page at {value!r}")
    return str(value)


@adapts(
    el.Navigation, widget=w.ToggleButtons, read=_read_menu, listen=_listen_menu, classes=("st-nav",)
)
def navigation(e: el.Navigation) -> Traits:
    return {"options": _menu_options(e), "value": e.value, "style": {"button_width": "auto"}}


def _listen_link(widget: w.Button, emit) -> None:
    widget.on_click(lambda _button: emit(None))


def _external_link(e: el.PageLink) -> type[w.Widget]:
    return w.HTML if e.external else w.Button


@adapts(
    el.PageLink,
    widget=_external_link,
    read=lambda e, _v: e.value,
    listen=_listen_link,
    classes=("st-page-link",),
)
def page_link(e: el.PageLink) -> Traits:
    label = f"{e.icon} {e.label}".strip()
    if e.external:
        href = escape(safe_url(e.value) or "#", quote=True)
        link = f'<a href="{href}" target="_blank" rel="noopener noreferrer">{escape(label)}</a>'
        return {"value": link}
    return {"description": label, "tooltip": e.help or "", "disabled": e.disabled}
