"""The one path every widget function takes: identity, state, element.

A widget function checks its own arguments, then hands `add_widget` the element class, the
arguments every widget shares (`Common`), the parameters that identify it, and how to show
a stored value. `add_widget` computes the id, claims it for this run, reads the value the
script gets, adds the element and returns that value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from ..elements.base import Widget
from ..errors import StreamlitInvalidFormCallbackError
from ..runtime.context import get_run_context
from ..runtime.identity import element_id
from ..runtime.state import WidgetMeta
from ._policies import check_callback, check_key, check_label

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Common:
    """The arguments all widgets share, checked."""

    label: str
    key: str | None
    help: str | None = None
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] | None = None
    disabled: bool = False
    label_visibility: str = "visible"

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
        callback_name: str = "on_change",
    ) -> Common:
        check_callback(callback_name, on_change)
        return cls(
            check_label(label, label_visibility),
            check_key(key),
            None if help is None else str(help),
            on_change,
            tuple(args or ()),
            dict(kwargs or {}),
            bool(disabled),
            label_visibility,
        )


def add_widget(
    cls: type[Widget],
    common: Common,
    *,
    default: Any,
    identity: dict[str, Any],
    fields: dict[str, Any] | Callable[[Any], dict[str, Any]] | None = None,
    shown: Callable[[Any], Any] = lambda value: value,
    key_params: Collection[str] | bool = True,
    default_given: bool = False,
    kind: str | None = None,
    trigger: bool = False,
    submits_form: bool = False,
    one_shot: bool = False,
    reruns: bool = True,
) -> Any:
    """Register a widget for this run, add its element, and return its value.

    `identity` holds the parameters (besides label and help) that make the widget's id;
    `fields` the element's own fields, or a function of the value giving them; `shown`
    turns the stored value into the one the script sees.
    """
    kind = kind or cls.KIND
    ctx = get_run_context(kind)
    form_id = ctx.cursor.form_id
    if form_id and common.on_change is not None and not submits_form:
        raise StreamlitInvalidFormCallbackError()
    params = {"label": common.label, **identity, "help": common.help}
    wid = element_id(
        kind,
        key=common.key,
        params=params,
        key_params=key_params,
        form_id=form_id,
        container=ctx.cursor.path[0],
        page=ctx.active_page,
    )
    meta = WidgetMeta(
        wid,
        kind,
        common.key,
        common.on_change,
        common.args,
        common.kwargs or {},
        trigger,
        form_id,
        submits_form,
        ctx.session.owner,
        ctx.fragment,
        one_shot=one_shot,
        reruns=reruns,
    )
    stored, set_by_api = ctx.register_widget(meta, default)
    if set_by_api and default_given:
        log.warning(
            'The widget with key "%s" was created with a default value but also had its value '
            "set via the Session State API.",
            common.key,
        )
    extra: dict[str, Any] = {}
    if one_shot and set_by_api:
        # Only the user sends a one-shot value: one set through the API fills the widget
        # for the user to send, and the script reads None until then (Streamlit).
        extra["prefill"] = None if stored is None else str(stored)
        with ctx.session.lock:
            ctx.session.state.reset_value(wid, None)
        stored = None
    value = shown(stored)
    extra.update(fields(value) if callable(fields) else fields or {})
    ctx.add(
        cls(
            id=wid,
            key=common.key,
            label=common.label,
            value=value,
            default=shown(default),
            help=common.help,
            disabled=common.disabled,
            label_visibility=common.label_visibility,
            form_id=form_id,
            **extra,
        )
    )
    return value
