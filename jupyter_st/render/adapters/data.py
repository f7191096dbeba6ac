"""Metric, dataframe and table as HTML (the paged grid comes with the frontend extension)."""

from __future__ import annotations

import ipywidgets as w

from ...elements import data as el
from ..html import escape, markdown_html
from .base import Traits, adapts

MAX_ROWS = 200  # rows rendered inline; the paged grid lifts this limit


def _delta_class(e: el.Metric) -> str:
    if e.delta_color == "off" or not e.delta:
        return "st-delta-off"
    down = e.delta.lstrip().startswith("-")
    if e.delta_color == "normal":
        return "st-delta-down" if down else "st-delta-up"
    if e.delta_color == "inverse":
        return "st-delta-up-bad" if not down else "st-delta-down-good"
    return f"st-delta-{e.delta_color}"


@adapts(el.Metric, widget=w.HTML, classes=("st-metric",))
def metric(e: el.Metric) -> Traits:
    label = "" if e.label_visibility != "visible" else markdown_html(e.label)
    delta = f'<div class="st-metric-delta {_delta_class(e)}">{escape(e.delta)}</div>'
    body = f'<div class="st-metric-value">{escape(e.value)}</div>'
    return {"value": f'<div class="st-metric-label">{label}</div>{body}{delta if e.delta else ""}'}


def frame_html(frame, *, hide_index: bool | None = None) -> str:
    """An escaped HTML table of the first rows of `frame`."""
    shown = frame.head(MAX_ROWS)
    table = shown.to_html(escape=True, border=0, classes="st-table", index=not hide_index)
    more = len(frame) - len(shown)
    return table + (f'<div class="st-more-rows">… {more} more rows</div>' if more > 0 else "")


@adapts(el.Dataframe, widget=w.HTML, classes=("st-dataframe",))
def dataframe(e: el.Dataframe) -> Traits:
    return {"value": frame_html(e.data, hide_index=e.hide_index)}


@adapts(el.Table, widget=w.HTML, classes=("st-table-box",))
def table(e: el.Table) -> Traits:
    return {"value": frame_html(e.data)}
