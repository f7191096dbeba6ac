"""The one path every widget function takes: identity, state, element.

A widget function checks its own arguments, then hands `add_widget` its kind (a
`WidgetSpec`, declared once per kind beside the function), the arguments every widget
shares (`Common`), the parameters that identify it, and how to show a stored value.
`add_widget` computes the id, claims it for this run, reads the value the script gets, adds
the element and returns that value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import StreamlitInvalidFormCallbackError
from ..runtime.identity import element_id
from ..runtime.run_context import RunContext, get_run_context
from ..runtime.state import WidgetMeta, WidgetSpec
from ._policies import check_callback, check_key, check_label

__all__ = ["Common", "WidgetSpec", "add_widget"]

log = logging.getLogger(__name__)
Fields = dict[str, Any] | Callable[[Any], dict[str, Any]] | None


@dataclass(frozen=True, kw_only=True)
class Common:
    """The arguments all widgets share, checked."""

    label: str = ""
    key: str | None = None
    help: str | None = None
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    disabled: bool = False
    label_visibility: str = "visible"
    reruns: bool = True  # False (on_change="ignore"): a new value waits for the next run

    @classmethod
    def of(
        cls,
        label: Any,
        key: Any,
        help: Any = None,
        on_change: Any = None,
        args: Any = None,
        kwargs: Any = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        *,
        callback_name: str = "on_change",
        reruns: bool = True,
    ) -> Common:
        """Check the shared arguments, taken in the order Streamlit's widget functions take
        them (`label, key, help, on_change, args, kwargs, disabled, label_visibility`)."""
        check_callback(callback_name, on_change)
        return cls(
            label=check_label(label, label_visibility),
            key=check_key(key),
            help=None if help is None else str(help),
            on_change=on_change,
            args=tuple(args or ()),
            kwargs=dict(kwargs or {}),
            disabled=bool(disabled),
            label_visibility=label_visibility,
            reruns=reruns,
        )


def add_widget(
    spec: WidgetSpec,
    common: Common,
    *,
    default: Any,
    identity: dict[str, Any],
    fields: Fields = None,
    shown: Callable[[Any], Any] = lambda value: value,
    default_given: bool = False,
) -> Any:
    """Register a widget for this run, add its element, and return its value.

    `identity` holds the parameters (besides label and help) that make the widget's id;
    `fields` the element's own fields, or a function of the value giving them; `shown`
    turns the stored value into the one the script sees; `default_given` says the user
    passed a default (which warns when session state set the value too, as Streamlit does).
    """
    if spec.element is None:
        raise TypeError(f"The {spec.kind} widget spec has no element to add.")
    ctx = get_run_context(spec.kind)
    meta = _claim(ctx, spec, common, identity)
    stored, set_by_api = ctx.register_widget(meta, default)
    if set_by_api and default_given:
        log.warning(
            'The widget with key "%s" was created with a default value but also had its value '
            "set via the Session State API.",
            common.key,
        )
    extra: dict[str, Any] = {}
    if spec.value_life == "one_shot" and set_by_api:
        extra["prefill"], stored = _prefill(ctx, meta.id, stored)
    value = shown(stored)
    extra.update(fields(value) if callable(fields) else fields or {})
    ctx.add(
        spec.element(
            id=meta.id,
            key=common.key,
            label=common.label,
            value=value,
            default=shown(default),
            help=common.help,
            disabled=common.disabled,
            label_visibility=common.label_visibility,
            form_id=meta.form_id,
            **extra,
        )
    )
    return value


def _claim(
    ctx: RunContext, spec: WidgetSpec, common: Common, identity: dict[str, Any]
) -> WidgetMeta:
    """The widget's id and what the runtime keeps of it; callbacks in forms are refused."""
    form_id = ctx.cursor.form_id
    if form_id and common.on_change is not None and not spec.submits_form:
        raise StreamlitInvalidFormCallbackError()
    params = {"label": common.label, **identity, "help": common.help}
    wid = element_id(
        spec.kind,
        key=common.key,
        params=params,
        keyed_by=spec.keyed_by,
        form_id=form_id,
        container=ctx.cursor.path[0],
        page=ctx.active_page,
    )
    return WidgetMeta(
        id=wid,
        spec=spec,
        key=common.key,
        on_change=common.on_change,
        args=common.args,
        kwargs=common.kwargs,
        form_id=form_id,
        owner=ctx.session.owner,
        fragment=ctx.fragment,
        reruns=common.reruns,
    )


def _prefill(ctx: RunContext, widget_id: str, stored: Any) -> tuple[str | None, None]:
    """Only the user sends a one-shot value: one set through the API fills the widget for the
    user to send, and the script reads None until then (Streamlit's chat_input)."""
    with ctx.session.lock:
        ctx.session.state.reset_value(widget_id, None)
    return (None if stored is None else str(stored)), None
