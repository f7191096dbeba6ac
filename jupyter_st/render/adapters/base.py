"""Adapters: how one element type becomes one ipywidget.

An adapter names the widget class, maps an element to trait values (the declarative spec,
like ipywidgets' `.tag(sync=True)`), and for inputs says how to listen for the browser's
changes and turn a widget value back into the Python value the script gets (`read`, which
raises `Rejected` for values the widget's own constraints do not allow).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from ...elements.base import Element, Widget
from ..parts import PART_NAMES, is_shared

Traits = dict[str, Any]


class Rejected(ValueError):
    """A value from the browser that the widget cannot accept."""


def close_parts(*widgets: w.Widget) -> None:
    """Close widgets an adapter's widget made for itself, with their layout and style."""
    for widget in widgets:
        for name in PART_NAMES:
            sub = getattr(widget, name, None)
            if isinstance(sub, w.Widget) and not is_shared(sub):
                sub.close()
        widget.close()


def listen_value(widget: w.Widget, emit: Callable[[Any], None]) -> None:
    widget.observe(lambda change: emit(change["new"]), names="value")


@dataclass(frozen=True)
class Adapter:
    widget: Callable[[Element], type[w.Widget]]
    traits: Callable[[Element], Traits]
    read: Callable[[Element, Any], Any] | None = None
    listen: Callable[[w.Widget, Callable[[Any], None]], Any] = listen_value  # may return a stop()
    classes: tuple[str, ...] = ()
    content: Callable[[w.Widget], w.Box] | None = None  # blocks: the box holding children
    child_traits: Callable[[list[Element]], Traits] | None = None  # e.g. tab titles
    adopt: Callable[[Element], w.Widget] | None = None  # the element brings its own widget
    events: tuple[str, ...] = ()  # custom messages relayed to the runtime (a text input's Enter)


ADAPTERS: dict[type[Element], Adapter] = {}


def adapts(
    *types: type[Element],
    widget: type[w.Widget] | Callable[[Element], type[w.Widget]],
    read: Callable[[Element, Any], Any] | None = None,
    listen: Callable[[w.Widget, Callable[[Any], None]], Any] | None = None,
    classes: tuple[str, ...] = (),
    content: Callable[[w.Widget], w.Box] | None = None,
    child_traits: Callable[[list[Element]], Traits] | None = None,
    adopt: Callable[[Element], w.Widget] | None = None,
    events: tuple[str, ...] = (),
) -> Callable[[Callable[[Any], Traits]], Callable[[Any], Traits]]:
    """Register the decorated `element -> traits` function as the adapter of `types`."""
    pick = widget if not isinstance(widget, type) else (lambda _el, cls=widget: cls)

    def register(traits: Callable[[Any], Traits]) -> Callable[[Any], Traits]:
        for cls in types:
            ADAPTERS[cls] = Adapter(
                widget=pick, traits=traits, read=read, listen=listen or listen_value,
                classes=classes, content=content, child_traits=child_traits, adopt=adopt,
                events=events,
            )  # fmt: skip
        return traits

    return register


def adapter_for(element: Element) -> Adapter:
    for cls in type(element).__mro__:
        found = ADAPTERS.get(cls)
        if found is not None:
            return found
    raise TypeError(f"no adapter renders {type(element).__name__}")


def label_traits(e: Widget) -> Traits:
    """The label, help and disabled state every widget shows."""
    shown = e.label if e.label_visibility == "visible" else ""
    return {
        "description": shown,
        "tooltip": e.help or "",
        "disabled": e.disabled,
        "style": {"description_width": "initial"},
    }


def indexed_options(labels: tuple[str, ...]) -> list[tuple[str, int]]:
    """Options as (label, index) pairs, so the browser sends back an index."""
    return [(label, i) for i, label in enumerate(labels)]
