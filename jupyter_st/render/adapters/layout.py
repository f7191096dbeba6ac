"""Blocks: the app's roots, containers, columns, tabs, expanders and forms."""

from __future__ import annotations

import ipywidgets as w

from ...elements import base
from ...elements import layout as el
from .base import Traits, adapts


@adapts(base.Main, widget=w.VBox, classes=("st-main",))
@adapts(base.Sidebar, widget=w.VBox, classes=("st-sidebar",))
@adapts(base.Events, widget=w.VBox, classes=("st-events",))
@adapts(base.NavArea, widget=w.VBox, classes=("st-nav-area",))
@adapts(base.Bottom, widget=w.VBox, classes=("st-bottom",))
def root(e: base.Block) -> Traits:
    return {}


@adapts(el.Container, widget=w.VBox, classes=("st-container",))
def container(e: el.Container) -> Traits:
    border = "1px solid rgba(49, 51, 63, 0.2)" if e.border or e.height else ""
    height = f"{e.height}px" if e.height else None
    return {"layout": {"border": border, "height": height, "overflow": "auto" if height else None}}


@adapts(el.Columns, widget=w.HBox, classes=("st-columns",))
def columns(e: el.Columns) -> Traits:
    align = {"top": "flex-start", "center": "center", "bottom": "flex-end"}
    gap = e.gap if isinstance(e.gap, str) else "none" if e.gap is None else "px"
    return {
        "layout": {"width": "100%", "align_items": align[e.vertical_alignment]},
        "_dom_classes": ("st-columns", f"st-gap-{gap}"),
    }


@adapts(el.Column, widget=w.VBox, classes=("st-column",))
def column(e: el.Column) -> Traits:
    return {"layout": {"flex": f"{e.weight:.6f} 1 0%", "min_width": "0"}}


def _tab_titles(children: list) -> Traits:
    return {"titles": tuple(getattr(child, "label", "") for child in children)}


@adapts(el.Tabs, widget=w.Tab, classes=("st-tabs",), child_traits=_tab_titles)
def tabs(e: el.Tabs) -> Traits:
    return {}


@adapts(el.Tab, widget=w.VBox, classes=("st-tab",))
def tab(e: el.Tab) -> Traits:
    return {}


class ExpanderAccordion(w.Accordion):
    """An accordion with its one section's box, so it can open before content arrives."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(children=(w.VBox(),), **kwargs)


def expander_box(accordion: w.Accordion) -> w.Box:
    return accordion.children[0]


@adapts(el.Expander, widget=ExpanderAccordion, classes=("st-expander",), content=expander_box)
def expander(e: el.Expander) -> Traits:
    label = f"{e.icon} {e.label}" if e.icon else e.label
    return {"titles": (label,), "selected_index": 0 if e.expanded else None}


def _has_submit_button(children: list) -> bool:
    for child in children:
        if getattr(child, "is_form_submitter", False):
            return True
        if _has_submit_button(getattr(child, "children", [])):
            return True
    return False


def _form_warning(children: list) -> Traits:
    """Streamlit's frontend warns about a form that cannot be submitted; so do we (CSS)."""
    missing = () if _has_submit_button(children) else ("st-form-missing-submit",)
    return {"_dom_classes": ("st-form", *missing)}


@adapts(el.Form, widget=w.VBox, classes=("st-form",), child_traits=_form_warning)
def form(e: el.Form) -> Traits:
    return {"layout": {"border": "1px solid rgba(49, 51, 63, 0.2)" if e.border else ""}}


@adapts(el.Empty, widget=w.HTML, classes=("st-empty",))
def empty(e: el.Empty) -> Traits:
    return {"value": ""}
