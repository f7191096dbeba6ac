"""Layout: container, columns, tabs, expander, empty, form and its submit button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from numbers import Real
from typing import Any

from ..elements import inputs as inputs_el
from ..elements import layout as el
from ..elements.base import Block
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..runtime.run_context import Cursor, container_method, get_run_context
from ._add import add
from ._policies import check_key, check_label
from ._widgets import Common, WidgetSpec, add_widget
from .inputs import check_button_type

__all__ = ["columns", "container", "empty", "expander", "form", "form_submit_button", "tabs"]

GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
ALIGNMENTS = ("top", "center", "bottom")
FORM_SUBMIT_BUTTON = WidgetSpec(
    element=inputs_el.Button, kind="form_submit_button", value_life="trigger", submits_form=True
)


def _add_children(parent: Cursor, children: Sequence[Block]) -> list[Cursor]:
    ctx = get_run_context("container")
    return [Cursor(ctx.add(child, to=parent), form_id=parent.form_id) for child in children]


@container_method
def container(
    *, border: bool | None = None, key: Any = None, height: int | None = None, **layout: Any
) -> Cursor:
    """A container to group elements.  >>> with st.container(border=True): st.write("inside")"""
    return add(el.Container(border=border, height=height))


@container_method
def columns(
    spec: int | Sequence[float],
    *,
    gap: str | int | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: Any = "stretch",
) -> list[Cursor]:
    """Side-by-side columns.  >>> left, right = st.columns([2, 1])"""
    weights = _weights(spec)
    if gap is not None and gap not in GAPS and not (isinstance(gap, int) and gap >= 0):
        raise StreamlitValueError(
            "gap",
            ", ".join(f"'{g}'" for g in GAPS) + ", None, a non-negative integer (pixels)",
            f"Got {gap!r}.",
        )
    if vertical_alignment not in ALIGNMENTS:
        raise StreamlitValueError(
            "vertical_alignment", "'top', 'center', 'bottom'", f"Got {vertical_alignment!r}."
        )
    row = add(el.Columns(gap=gap, vertical_alignment=vertical_alignment, border=border))
    total = sum(weights)
    return _add_children(row, [el.Column(weight=w / total) for w in weights])


def _weights(spec: Any) -> list[float]:
    if isinstance(spec, int) and not isinstance(spec, bool):
        weights = [1.0] * spec
    elif isinstance(spec, Sequence) and all(
        isinstance(w, Real) and not isinstance(w, bool) for w in spec
    ):
        weights = [float(w) for w in spec]
    else:
        raise StreamlitInvalidParameterTypeError(
            "spec", "int, sequence of numbers", type(spec).__name__
        )
    if not weights or any(w <= 0 for w in weights):
        raise StreamlitAPIException(
            "The `spec` argument to `st.columns` must be either a positive integer (number of "
            "columns) or a list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )
    return weights


@container_method
def tabs(tabs: Sequence[str], *, width: Any = "stretch", **options: Any) -> list[Cursor]:
    """Tabs; write into each with `with`.  >>> a, b = st.tabs(["Chart", "Data"])"""
    labels = list(tabs)
    if not labels:
        raise StreamlitMissingRequiredParameterError("tabs", "Provide at least one tab label.")
    for label in labels:
        if not isinstance(label, str):
            raise StreamlitInvalidParameterTypeError(
                "tabs", "a string for each tab label", type(label).__name__
            )
    row = add(el.Tabs())
    return _add_children(row, [el.Tab(label=label) for label in labels])


@container_method
def expander(
    label: str,
    expanded: bool = False,
    *,
    icon: str | None = None,
    width: Any = "stretch",
    **options: Any,
) -> Cursor:
    """A collapsible section.  >>> with st.expander("Details"): st.write("more")"""
    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    return add(el.Expander(label=str(label), expanded=bool(expanded), icon=icon))


@container_method
def empty() -> Cursor:
    """A slot holding one element; each write replaces it.

    >>> slot = st.empty(); slot.text("working..."); slot.success("done")
    """
    return add(el.Empty())


@container_method
def form(
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: Any = "stretch",
    height: Any = "content",
) -> Cursor:
    """A form: its widgets send their values together, on submit.

    >>> with st.form("login"): name = st.text_input("Name"); st.form_submit_button()
    """
    ctx = get_run_context("form")
    if ctx.cursor.form_id:
        raise StreamlitAPIException("Forms cannot be nested in other forms.")
    form_id = check_key(key)
    if form_id in ctx.keys:
        raise StreamlitAPIException(
            f"There are multiple identical forms with `key='{form_id}'`. To fix this, please "
            "make sure that the `key` argument is unique for each `st.form` you create."
        )
    ctx.keys.add(form_id)
    form = el.Form(form_id=form_id, clear_on_submit=clear_on_submit, border=border,
                   enter_to_submit=bool(enter_to_submit))  # fmt: skip
    path = ctx.add(form)
    return Cursor(path, form_id=form_id)


@container_method
def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    key: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
) -> bool:
    """The button that submits its form; True in the run after a submit."""
    form_id = get_run_context("form_submit_button").cursor.form_id
    if not form_id:
        raise StreamlitAPIException(
            "`st.form_submit_button()` must be used inside an `st.form()`.\n\nFor more "
            "information, refer to the [documentation for forms]"
            "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
        )
    check_button_type("form_submit_button", type)
    key = check_key(key) or f"FormSubmitter:{form_id}-{check_label(label)}"
    common = Common.of(label, key, help, on_click, args, kwargs, disabled, callback_name="on_click")
    return add_widget(
        FORM_SUBMIT_BUTTON,
        common,
        default=False,
        identity={"icon": icon, "type": type},
        fields={
            "type": type,
            "icon": icon,
            "use_container_width": bool(use_container_width),
            "is_form_submitter": True,
        },
    )
