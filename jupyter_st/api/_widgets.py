"""The one path every widget function takes: identity, state, element."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from typing import Any

from ..elements.base import Element
from ..errors import StreamlitInvalidFormCallbackError
from ..runtime.context import get_run_context
from ..runtime.identity import element_id
from ..runtime.state import WidgetMeta
from ._policies import check_callback, check_key

log = logging.getLogger(__name__)


def add_widget(
    kind: str,
    *,
    key: Any,
    default: Any,
    build: Callable[[str, Any, str], Element],
    identity: dict[str, Any],
    key_params: Collection[str] | bool = True,
    on_change: Callable[..., Any] | None = None,
    args: Any = None,
    kwargs: Any = None,
    default_given: bool = False,
    trigger: bool = False,
    submits_form: bool = False,
    callback_name: str = "on_change",
) -> Any:
    """Register a widget for this run, add its element, and return its value.

    `identity` holds the parameters that make the widget's id; `build(id, value, form_id)`
    makes the element from the value the script will see.
    """
    ctx = get_run_context(kind)
    key = check_key(key)
    check_callback(callback_name, on_change)
    form_id = ctx.cursor.form_id
    if form_id and on_change is not None and not submits_form:
        raise StreamlitInvalidFormCallbackError()
    wid = element_id(
        kind,
        key=key,
        params=identity,
        key_params=key_params,
        form_id=form_id,
        container=ctx.cursor.path[0],
    )
    meta = WidgetMeta(
        wid,
        kind,
        key,
        on_change,
        tuple(args or ()),
        dict(kwargs or {}),
        trigger,
        form_id,
        submits_form,
    )
    value, set_by_api = ctx.register_widget(meta, default)
    if set_by_api and default_given:
        log.warning(
            'The widget with key "%s" was created with a default value but also had its value '
            "set via the Session State API.",
            key,
        )
    ctx.add(build(wid, value, form_id))
    return value
