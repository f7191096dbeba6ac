"""Session state: the user's keys and every widget's value, across runs.

Widget values live under the widget's id; a keyed widget is also reachable by its key. Values
from the browser wait in `pending` until the next run starts, when they are applied and the
`on_change` callbacks of the widgets that changed are collected (callbacks run before the
script, as in Streamlit). Values of widgets inside a form wait in that form until it is
submitted. A widget not rendered in a completed run loses its value at the end of that run.
Several runners may share one state (the cells of a notebook app): each widget has an
`owner`, and a run applies, renders and forgets only its own owner's widgets.
All methods expect the session lock to be held by the caller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..elements.base import Widget
from ..errors import (
    StreamlitValueAssignmentNotAllowedError,
    StreamlitWidgetAlreadyInstantiatedError,
)

log = logging.getLogger(__name__)
ValueLife = Literal["kept", "trigger", "one_shot"]


@dataclass(frozen=True, kw_only=True)
class WidgetSpec:
    """One kind of widget, as the runtime treats it between runs: data, declared once per
    kind by the API (`SLIDER = WidgetSpec(element=Slider, keyed_by={"min_value", ...})`).

    `value_life` says how long a value lasts: "kept" until the user changes it; "trigger" True
    for the one run after a click, then False (buttons); "one_shot" for the run after a
    submit, then None (chat_input). `keyed_by`: with a key, the parameters that still make
    the id (a slider's bounds); None: all of them, the key only names it.
    """

    element: type[Widget] | None = None  # None: a widget with no element of its own (dialog)
    kind: str = ""  # its name in ids and messages; the element's KIND when not given
    value_life: ValueLife = "kept"
    keyed_by: Collection[str] | None = frozenset()
    submits_form: bool = False  # a form's submit button

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", self.element.KIND if self.element else "widget")
        if self.keyed_by is not None:
            object.__setattr__(self, "keyed_by", frozenset(self.keyed_by))


@dataclass(kw_only=True)
class WidgetMeta:
    """One widget of one run, as the runtime keeps it until the next."""

    id: str
    spec: WidgetSpec
    key: str | None = None
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    form_id: str = ""
    owner: str = ""  # which runner renders it (a notebook cell); "" for a whole script
    fragment: str = ""  # the @st.fragment it lives in, whose reruns alone render it
    reruns: bool = True  # False (on_change="ignore"): a new value waits for the next run

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def trigger(self) -> bool:
        return self.spec.value_life == "trigger"

    @property
    def one_shot(self) -> bool:
        return self.spec.value_life == "one_shot"

    @property
    def submits_form(self) -> bool:
        return self.spec.submits_form

    def call_back(self) -> None:
        if self.on_change is not None:
            self.on_change(*self.args, **self.kwargs)


class SessionState(MutableMapping[str, Any]):
    """The mapping behind `st.session_state`, plus the widget bookkeeping."""

    def __init__(self) -> None:
        self._user: dict[str, Any] = {}
        self._widgets: dict[str, Any] = {}
        self._meta: dict[str, WidgetMeta] = {}
        self._key_ids: dict[str, str] = {}
        self._pending: dict[str, Any] = {}
        self._set_by_api: set[str] = set()  # widgets given a value through the API this run
        self._forms: dict[str, dict[str, Any]] = {}
        self._rendered: dict[str, dict[str, None]] = {}  # owner -> ids in page order, this run
        self._page_order: dict[str, dict[str, int]] = {}  # owner -> ids in page order, last run

    # -- the user's mapping ------------------------------------------------------------
    def __getitem__(self, key: str) -> Any:
        wid = self._key_ids.get(key)
        if wid is not None and wid in self._widgets:
            return self._widgets[wid]
        return self._user[key]

    def __setitem__(self, key: str, value: Any) -> None:
        wid = self._key_ids.get(key)
        if wid is None:
            self._user[key] = value
            return
        if self.is_rendered(wid):
            raise StreamlitWidgetAlreadyInstantiatedError(key)
        if self._meta[wid].trigger:
            raise StreamlitValueAssignmentNotAllowedError(key)
        self._widgets[wid] = value
        self._set_by_api.add(wid)

    def __delitem__(self, key: str) -> None:
        wid = self._key_ids.pop(key, None)
        found = wid is not None and self._widgets.pop(wid, _MISSING) is not _MISSING
        found = self._user.pop(key, _MISSING) is not _MISSING or found
        if not found:
            raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        yield from self._user
        yield from (k for k, wid in self._key_ids.items() if wid in self._widgets)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def clear(self) -> None:
        self._user.clear()
        self._widgets.clear()
        self._key_ids.clear()

    def to_dict(self) -> dict[str, Any]:
        return {k: self[k] for k in self}

    # -- widgets, during a run ---------------------------------------------------------
    def register(self, meta: WidgetMeta, default: Any) -> tuple[Any, bool]:
        """Record a widget rendered in this run; return its value and whether that value
        was set through `st.session_state` since the widget was last rendered."""
        self._rendered.setdefault(meta.owner, {})[meta.id] = None
        self._meta[meta.id] = meta
        set_by_api = meta.id in self._set_by_api
        self._set_by_api.discard(meta.id)
        if meta.key is not None:
            if meta.key in self._user:
                if meta.trigger:
                    raise StreamlitValueAssignmentNotAllowedError(meta.key)
                self._widgets[meta.id] = self._user.pop(meta.key)
                set_by_api = True
            self._key_ids[meta.key] = meta.id
        if meta.id not in self._widgets:
            self._widgets[meta.id] = default
        return self._widgets[meta.id], set_by_api

    def meta(self, widget_id: str) -> WidgetMeta | None:
        """What is kept of a widget of a recent run, if it is known."""
        return self._meta.get(widget_id)

    def holds_user_value(self, key: str) -> bool:
        """Was `key` set through st.session_state, and not yet taken by a widget?"""
        return key in self._user

    def is_rendered(self, widget_id: str) -> bool:
        """Was the widget rendered by a run in progress?"""
        return any(widget_id in rendered for rendered in self._rendered.values())

    # -- widgets, between runs ---------------------------------------------------------
    def receive(self, widget_id: str, value: Any) -> str | None:
        """Take a value from the browser; return what to rerun: "" for the whole script,
        a fragment's id for that fragment alone, None for nothing (held in a form)."""
        meta = self._meta.get(widget_id)
        if meta is None:
            log.warning("dropped a value for unknown widget %r", widget_id)
            return None
        if meta.form_id and not meta.submits_form:
            self._forms.setdefault(meta.form_id, {})[widget_id] = value
            return None
        if meta.submits_form:
            self._pending.update(self._forms.pop(meta.form_id, {}))
        self._pending[widget_id] = value
        return meta.fragment if meta.reruns else None

    def discard_held_form_values(self) -> list[str]:
        """Forget values waiting in forms that were not submitted; return their widget ids."""
        ids = [wid for held in self._forms.values() for wid in held]
        self._forms.clear()
        return ids

    def _in_scope(self, meta: WidgetMeta, owner: str, fragment: str | None) -> bool:
        return meta.owner == owner and (fragment is None or meta.fragment == fragment)

    def begin_run(self, owner: str = "", fragment: str | None = None) -> list[WidgetMeta]:
        """Apply the values received for `owner`'s widgets (only `fragment`'s, in a
        fragment rerun) since its last run; return the widgets whose callbacks must run
        now, in page order (as Streamlit)."""
        changed = []
        for wid, value in list(self._pending.items()):
            meta = self._meta.get(wid)
            if meta is None or not self._in_scope(meta, owner, fragment):
                continue
            del self._pending[wid]
            old = self._widgets.get(wid, _MISSING)
            self._widgets[wid] = value
            if meta.trigger or meta.one_shot or not _same(old, value):
                changed.append(meta)
        order = self._page_order.get(owner, {})
        changed.sort(key=lambda meta: order.get(meta.id, len(order)))
        self._rendered[owner] = {}
        return [meta for meta in changed if meta.on_change is not None]

    def end_run(self, completed: bool, owner: str = "", fragment: str | None = None) -> None:
        """Reset `owner`'s buttons; after a completed run, forget its widgets (only
        `fragment`'s, in a fragment rerun) that it did not render."""
        rendered = self._rendered.pop(owner, {})
        mine = [w for w, meta in self._meta.items() if self._in_scope(meta, owner, fragment)]
        for wid in mine:
            if self._meta[wid].trigger and wid in self._widgets:
                self._widgets[wid] = False
            elif self._meta[wid].one_shot and wid in self._widgets:
                self._widgets[wid] = None
        if completed:
            for wid in mine:
                if wid not in rendered:
                    self._forget(wid)
        if fragment is None:
            self._page_order[owner] = {wid: i for i, wid in enumerate(rendered)}

    def reset_value(self, widget_id: str, value: Any) -> None:
        """Set a rendered widget's value from the runtime itself (not the user, not the API)."""
        self._widgets[widget_id] = value

    def _forget(self, widget_id: str) -> None:
        meta = self._meta.pop(widget_id)
        self._widgets.pop(widget_id, None)
        self._set_by_api.discard(widget_id)
        if meta.key is not None and self._key_ids.get(meta.key) == widget_id:
            del self._key_ids[meta.key]


_MISSING = object()


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return a is b
