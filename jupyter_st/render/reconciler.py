"""Reconciler: keeps a tree of ipywidgets in step with the element tree, as the script runs.

The runner calls `run_started`, then `placed(path, element)` for every element a script
writes, then `run_finished`; between runs, `show_values` shows widgets with values the
runtime chose (a cleared form). Browser values go to `on_value`, other browser events (a
text input's Enter) to `on_event`: what they mean is the runtime's business.

Each container remembers what it showed in the last run (`previous`) and collects this
run's children (`current`). A placed element takes over the previous widget at its
position when kind and identity match (a widget must also keep its id), else the widget
with the same id elsewhere in the container, else a new widget; then only the traits that
differ are sent. At the end of a completed run, previous children that were not claimed
are closed; after an interrupted run they stay, to be matched by the next run.

Note [Echo suppression]
~~~~~~~~~~~~~~~~~~~~~~~
Setting a widget's value trait here fires the same observer a browser change fires. Patches
run in the script thread with a thread-local flag up, and the observer ignores changes made
while it is up; browser changes arrive in the kernel's main thread, where it is never up.
Changes a script makes itself (to its own ipywidgets) happen in a runner thread and are
ignored as well: only the user's input reruns an app.

Note [Batching]
~~~~~~~~~~~~~~~
A container's `children` list is resent whole on every change, so during a run it is sent at
most every `FLUSH_INTERVAL` seconds (and once at the end). A rerun that writes the same
elements sends nothing at all: every element equals its predecessor, and no list changed.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as w
from traitlets import TraitError

from ..elements.base import Block, Bottom, Element, Events, Main, NavArea, Sidebar, Widget
from .adapters import Adapter, Rejected, adapter_for
from .adapters.base import close_parts
from .equality import equals
from .parts import PART_NAMES, is_shared, own_part, shared_parts

log = logging.getLogger(__name__)
FLUSH_INTERVAL = 0.05
_SUB_WIDGETS = PART_NAMES


@dataclass(eq=False)
class Mounted:
    """An element and the widget that shows it; blocks also track their children."""

    element: Element
    widget: w.Widget
    adapter: Adapter
    traits: dict[str, Any]
    content: w.Box | None = None
    previous: list[Mounted] = field(default_factory=list)
    current: list[Mounted] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    shown: tuple[w.Widget, ...] = ()
    unlisten: Callable[[], None] | None = None  # for widgets that are not ours to close


class Reconciler:
    """Renders one app. `on_value(widget_id, value)` hears validated browser changes,
    `on_event(widget_id, event)` the events adapters relay."""

    def __init__(
        self,
        on_value: Callable[[str, Any], None],
        on_event: Callable[[str, str], None] = lambda _id, _event: None,
    ) -> None:
        self._on_value = on_value
        self._on_event = on_event
        self._local = threading.local()
        roots = (Main(), Sidebar(), Events(), NavArea(), Bottom())
        self.roots = [self._create(root) for root in roots]
        main, sidebar, events, nav, bottom = (root.widget for root in self.roots)
        self._side = w.VBox([nav, sidebar])
        self._side.add_class("st-sidebar-column")
        self._center = w.VBox([main, bottom])
        self._center.add_class("st-main-column")
        self.view = w.HBox([self._side, self._center, events])
        self.view.add_class("st-app")
        self._touched: dict[int, Mounted] = {}
        self._dirty: dict[int, Mounted] = {}
        self._last_flush = 0.0
        self._show_sidebar()

    # -- the three calls from the runner -----------------------------------------------
    def run_started(self, scope: tuple[int, ...] | None = None) -> None:
        """A run begins: of the whole app, or only of the container at `scope` (a
        fragment's); outside that container nothing is removed at the end."""
        self._touched = {}
        for block in self.roots if scope is None else [self._resolve(scope)]:
            self._begin(block)

    def placed(self, path: tuple[int, ...], element: Element) -> None:
        parent = self._resolve(path[:-1])
        index = path[-1]
        updated = False  # the same block, with new parameters (`status.update`)
        if index < len(parent.current):
            old = parent.current[index]
            updated = isinstance(element, Block) and old.element.children is element.children  # type: ignore[attr-defined]
            mounted = self._replace(old, element)
            parent.current[index] = mounted
            self._mark(parent)
        else:
            mounted = self._claim(parent, index, element)
            in_place = mounted is not None and _at(parent.previous, index) is mounted
            mounted = mounted or self._create(element)
            parent.current.append(mounted)
            if not in_place:
                self._mark(parent)
        if isinstance(element, Block) and not updated:
            self._begin(mounted)
        if time.monotonic() - self._last_flush > FLUSH_INTERVAL:
            self._flush()

    def run_finished(self, completed: bool) -> None:
        for block in self._touched.values():
            leftovers = [p for p in block.previous if id(p) not in block.claimed]
            if completed:
                for mounted in leftovers:
                    self._close(mounted)
            else:
                block.current.extend(leftovers)
            block.previous, block.claimed = [], set()
            self._mark(block)
        self._flush()
        self._show_sidebar()

    def show_values(self, values: dict[str, Any]) -> None:
        """Show these widgets with these values (not the script's), as a browser would."""
        for mounted in self._mounted_widgets(set(values)):
            shown = dataclasses.replace(mounted.element, value=values[mounted.element.id])  # type: ignore[attr-defined]
            traits = mounted.adapter.traits(shown)
            plain = {k: v for k, v in traits.items() if k not in _SUB_WIDGETS}
            with self._suppressed(), mounted.widget.hold_sync():
                _set_traits(mounted.widget, plain, [])

    # -- matching -------------------------------------------------------------------
    def _resolve(self, path: tuple[int, ...]) -> Mounted:
        node = self.roots[path[0]]
        for index in path[1:]:
            node = node.current[index]
        return node

    def _begin(self, block: Mounted) -> None:
        block.previous, block.current, block.claimed = block.current, [], set()
        self._touched[id(block)] = block

    def _claim(self, parent: Mounted, index: int, element: Element) -> Mounted | None:
        """The unclaimed previous child that can show `element`, patched, or None."""
        candidate = _at(parent.previous, index)
        if candidate is None or id(candidate) in parent.claimed or not _fits(candidate, element):
            candidate = None
            if isinstance(element, Widget):
                candidate = next(
                    (
                        p
                        for p in parent.previous
                        if id(p) not in parent.claimed and _fits(p, element)
                    ),
                    None,
                )
        if candidate is not None:
            parent.claimed.add(id(candidate))
            self._patch(candidate, element)
        return candidate

    def _replace(self, old: Mounted, element: Element) -> Mounted:
        if _fits(old, element):
            self._patch(old, element)
            return old
        self._close(old)
        return self._create(element)

    # -- create, patch, close -------------------------------------------------------
    def _create(self, element: Element) -> Mounted:
        adapter = adapter_for(element)
        traits = adapter.traits(element)
        plain = {k: v for k, v in traits.items() if k not in _SUB_WIDGETS}
        if adapter.adopt:
            widget = adapter.adopt(element)
        else:
            cls = adapter.widget(element)
            widget = cls(**shared_parts(cls), **plain)  # Note [Shared layout and style]
        with self._suppressed():
            _apply_sub_widgets(widget, traits, {})
        for css_class in adapter.classes:
            widget.add_class(css_class)
        content = adapter.content(widget) if adapter.content else None
        mounted = Mounted(element, widget, adapter, traits, content)
        if adapter.read is not None:
            stop = adapter.listen(widget, lambda value, m=mounted: self._received(m, value))
            mounted.unlisten = stop if callable(stop) else None
        if adapter.events:
            widget.on_msg(lambda _w, content, _buffers, m=mounted: self._relay(m, content))
        return mounted

    def _patch(self, mounted: Mounted, element: Element) -> None:
        if equals(mounted.element, element):
            mounted.element = element
            return
        traits = mounted.adapter.traits(element)
        old = mounted.traits
        changed = {
            k: v for k, v in traits.items() if k not in _SUB_WIDGETS and not equals(old.get(k), v)
        }
        gone = [k for k in old if k not in traits]
        with self._suppressed(), mounted.widget.hold_sync():
            _apply_sub_widgets(mounted.widget, traits, old)
            _set_traits(mounted.widget, changed, gone)
        mounted.element, mounted.traits = element, traits

    def _close(self, mounted: Mounted) -> None:
        if mounted.adapter.adopt:  # the user's own widget: theirs to close, but no longer ours
            if mounted.unlisten is not None:
                mounted.unlisten()
                mounted.unlisten = None
            return
        for child in (*mounted.current, *mounted.previous):
            self._close(child)
        if mounted.content is not None and mounted.content is not mounted.widget:
            close_parts(mounted.content)
        close_parts(mounted.widget)

    # -- children -------------------------------------------------------------------
    def _mark(self, block: Mounted) -> None:
        self._dirty[id(block)] = block

    def _flush(self) -> None:
        dirty, self._dirty = self._dirty, {}
        for block in dirty.values():
            shown = [*block.current, *(p for p in block.previous if id(p) not in block.claimed)]
            widgets = tuple(m.widget for m in shown)
            if widgets != block.shown:
                box = block.content or block.widget
                with self._suppressed(), block.widget.hold_sync():
                    box.children = widgets
                    if block.adapter.child_traits:
                        extra = block.adapter.child_traits([m.element for m in shown])
                        _set_traits(block.widget, extra, [])
                block.shown = widgets
        self._last_flush = time.monotonic()

    def _show_sidebar(self) -> None:
        """Hide what is empty: the sidebar column, its parts, the toast area."""
        _main, sidebar, events, nav, bottom = self.roots
        for widget, shown in ((sidebar.widget, sidebar.shown), (nav.widget, nav.shown),
                              (events.widget, events.shown), (bottom.widget, bottom.shown),
                              (self._side, sidebar.shown or nav.shown)):  # fmt: skip
            display = "" if shown else "none"
            if widget.layout.display != display:
                own_part(widget, "layout").display = display

    # -- browser -> session -----------------------------------------------------------
    def _received(self, mounted: Mounted, raw: Any) -> None:
        if getattr(self._local, "suppressed", False) or _in_a_script():
            return
        element = mounted.element
        try:
            value = mounted.adapter.read(element, raw)  # type: ignore[misc]
        except Rejected as exc:
            log.warning("jupyter_st: rejected a value from the browser: %s", exc)
            return
        except Exception:  # a value no reader expected: drop it, keep the kernel
            log.warning("jupyter_st: rejected a malformed value %r", raw, exc_info=True)
            return
        self._on_value(element.id, value)  # type: ignore[attr-defined]

    def _suppressed(self) -> _Suppressed:
        return _Suppressed(self._local)

    def revert(self, element_ids: list[str]) -> None:
        """Show these widgets' script values again, dropping what the browser changed."""
        for mounted in self._mounted_widgets(set(element_ids)):
            plain = {k: v for k, v in mounted.traits.items() if k not in _SUB_WIDGETS}
            with self._suppressed(), mounted.widget.hold_sync():
                _set_traits(mounted.widget, plain, [])

    def _mounted_widgets(self, element_ids: set[str]) -> list[Mounted]:
        return self._mounted_where(lambda e: getattr(e, "id", None) in element_ids)

    def _mounted_where(self, wanted: Callable[[Element], bool]) -> list[Mounted]:
        found, stack = [], list(self.roots)
        while stack:
            mounted = stack.pop()
            if wanted(mounted.element):
                found.append(mounted)
            stack.extend(mounted.current)
        return found

    def _relay(self, mounted: Mounted, content: Any) -> None:
        """A custom message an adapter relays (`{"event": "submit"}`), to the runtime."""
        event = content.get("event") if isinstance(content, dict) else None
        if event in mounted.adapter.events:
            self._on_event(mounted.element.id, event)  # type: ignore[attr-defined]

    def close(self) -> None:
        """Close every widget of the app."""
        for root in self.roots:
            self._close(root)
        close_parts(self._side)
        close_parts(self._center)
        close_parts(self.view)

    # -- lookups for tests and tools ------------------------------------------------------
    def widget_for(self, element_id: str) -> w.Widget | None:
        """The live widget showing the widget element with this id."""
        found = self._mounted_widgets({element_id})
        return found[0].widget if found else None


class _Suppressed:
    def __init__(self, local: threading.local) -> None:
        self._local = local

    def __enter__(self) -> None:
        self._saved = getattr(self._local, "suppressed", False)
        self._local.suppressed = True

    def __exit__(self, *exc: object) -> None:
        self._local.suppressed = self._saved


def _in_a_script() -> bool:
    """Values a script sets on widgets (its own ipywidgets, say) are not the user's input."""
    return threading.current_thread().name.startswith("jupyter_st-runner")


def _at(items: list[Mounted], index: int) -> Mounted | None:
    return items[index] if index < len(items) else None


def _fits(mounted: Mounted, element: Element) -> bool:
    """Can `mounted` show `element` without a new widget?"""
    if type(mounted.element) is not type(element):
        return False
    if isinstance(element, Widget) and mounted.element.id != element.id:  # type: ignore[attr-defined]
        return False
    if mounted.adapter.adopt:
        return mounted.widget is mounted.adapter.adopt(element)
    return type(mounted.widget) is mounted.adapter.widget(element)


def _apply_sub_widgets(widget: w.Widget, traits: dict[str, Any], old: dict[str, Any]) -> None:
    """Set changed attributes of sub-widgets (`layout`, `style`) given as dicts."""
    for name in _SUB_WIDGETS:
        wanted = traits.get(name) or {}
        before = old.get(name) or {}
        sub = getattr(widget, name, None)
        if sub is None or (is_shared(sub) and all(v in (None, "") for v in wanted.values())):
            continue  # nothing to set: the shared part will do
        sub = own_part(widget, name)
        for attr in {*wanted, *before}:
            value = wanted.get(attr)
            if not equals(before.get(attr), value) or not old:
                setattr(sub, attr, value)


def _set_traits(widget: w.Widget, changed: dict[str, Any], gone: list[str]) -> None:
    """Set `changed` traits (retrying ones that conflict, like min above max) and reset
    traits whose argument disappeared to their defaults."""
    resets = [(k, widget.trait_defaults(k)) for k in gone if widget.has_trait(k)]
    pending = list(changed.items()) + resets
    for _attempt in range(3):
        failed = []
        for name, value in pending:
            try:
                setattr(widget, name, value)
            except TraitError:
                failed.append((name, value))
        if not failed:
            return
        pending = failed
    log.warning(
        "jupyter_st: could not set %s on %s", [n for n, _ in pending], type(widget).__name__
    )
