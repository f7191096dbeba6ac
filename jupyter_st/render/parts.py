"""Layout and style widgets shared by the widgets the reconciler makes.

Note [Shared layout and style]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Every ipywidget comes with a Layout widget and a Style widget of its own: three comm
messages to show one element, where the Layout's alone carries ~1 KB of empty state. The
reconciler gives widgets of plain ipywidgets classes one Layout, and one Style per style
class, shared by all of them; the first time an element asks for layout or style values of
its own, its widget gets a private copy (copy on write, `own_part`). Shared parts refuse
changes, so a stray `widget.layout.display = ...` fails loudly instead of restyling every
widget of the app, and they are never closed with a widget.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w
from traitlets import TraitError

PART_NAMES = ("layout", "style")
_shared: dict[type[w.Widget], w.Widget] = {}


class _SharedPart:
    """Mixed into a Layout or Style class (`base`): its instance is read-only once made."""

    base: type[w.Widget]
    _sealed = False

    def __setattr__(self, name: str, value: Any) -> None:
        if self._sealed and self.has_trait(name) and self.trait_metadata(name, "sync"):  # type: ignore[attr-defined]
            raise TraitError(
                f"this {self.base.__name__} is shared by many widgets: call "
                f"own_part(widget, ...) before changing {name!r}"
            )
        super().__setattr__(name, value)


def is_shared(part: object) -> bool:
    return isinstance(part, _SharedPart)


def _shared_instance(cls: type[w.Widget]) -> w.Widget:
    part = _shared.get(cls)
    if part is None or part.comm is None:  # a closed comm (a test closed everything): renew
        sealed = type(f"Shared{cls.__name__}", (_SharedPart, cls), {"base": cls})
        part = sealed()
        object.__setattr__(part, "_sealed", True)
        _shared[cls] = part
    return part


def shared_parts(widget_class: type[w.Widget]) -> dict[str, w.Widget]:
    """Constructor arguments that give a plain ipywidgets widget the shared parts; none for
    our own classes, which may style themselves."""
    if not widget_class.__module__.startswith("ipywidgets."):
        return {}
    parts = {}
    for name in PART_NAMES:
        trait = widget_class.class_traits().get(name)
        klass = getattr(trait, "klass", None)
        if isinstance(klass, type) and issubclass(klass, w.Widget):
            parts[name] = _shared_instance(klass)
    return parts


def own_part(widget: w.Widget, name: str) -> w.Widget:
    """The widget's own `layout` or `style`, made (a fresh copy) if it used the shared one."""
    part = getattr(widget, name)
    if isinstance(part, _SharedPart):
        part = part.base()
        setattr(widget, name, part)
    return part
