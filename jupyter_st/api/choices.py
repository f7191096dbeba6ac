"""Choice widgets: radio, selectbox, multiselect, select_slider, pills, segmented_control
and feedback.

The script gets back the user's own option objects; the labels (format_func applied) are
what the browser shows and what identifies the widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..convert.options import index_of, options_of
from ..elements import choices as el
from ..errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..runtime.run_context import container_method
from ._options import check_count, check_index, default_indices, labels_of
from ._widgets import Common, WidgetSpec, add_widget

__all__ = [
    "feedback",
    "multiselect",
    "pills",
    "radio",
    "segmented_control",
    "select_slider",
    "selectbox",
]

Callback = Callable[..., Any] | None
RADIO = WidgetSpec(element=el.Radio)
SELECTBOX = WidgetSpec(element=el.Selectbox)
MULTISELECT = WidgetSpec(element=el.Multiselect, keyed_by={"max_selections"})
SELECT_SLIDER = WidgetSpec(element=el.SelectSlider)
BUTTON_GROUP = WidgetSpec(element=el.ButtonGroup, keyed_by={"selection_mode"})
FEEDBACK = WidgetSpec(element=el.Feedback)


def _choice(
    spec: WidgetSpec,
    common: Common,
    options: Any,
    index: Any,
    format_func: Callable[[Any], Any],
    **fields: Any,
) -> Any:
    """radio and selectbox: one option (the user's own object), or None."""
    opts = options_of(options)
    labels = labels_of(opts, format_func)
    index = check_index(index, opts)
    default = None if index is None else opts[index]

    def shown(value: Any) -> Any:  # a value no longer among the options falls back
        picked = index_of(value, opts)
        if picked is None and fields.get("accept_new_options") and isinstance(value, str):
            return value  # typed by the user
        return default if picked is None else opts[picked]

    return add_widget(
        spec,
        common,
        default=default,
        default_given=index not in (0, None),
        identity={"options": labels, "index": index, **fields},
        shown=shown,
        fields=lambda v: {"options": opts, "labels": labels, "index": index_of(v, opts), **fields},
    )


@container_method
def radio(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: str = "visible",
    width: Any = "content",
) -> Any:
    """Radio buttons; returns the picked option.  >>> st.radio("Speed", ["slow", "fast"])"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    captions = tuple(str(c) for c in captions or ())
    return _choice(
        RADIO,
        common,
        options,
        index,
        format_func,
        horizontal=bool(horizontal),
        captions=captions,
    )


@container_method
def selectbox(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    width: Any = "stretch",
) -> Any:
    """A drop-down; returns the picked option.  >>> st.selectbox("Language", ["Py", "Rust"])"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    placeholder = "Choose an option" if placeholder is None else str(placeholder)
    return _choice(SELECTBOX, common, options, index, format_func, placeholder=placeholder,
                   accept_new_options=bool(accept_new_options))  # fmt: skip


@container_method
def multiselect(
    label: str,
    options: Any,
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    width: Any = "stretch",
) -> list[Any]:
    """Pick several options; returns a list.  >>> st.multiselect("Colors", ["red", "blue"])"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    opts = options_of(options)
    labels = labels_of(opts, format_func)
    indices = default_indices(default, opts, max_selections)
    placeholder = "Choose options" if placeholder is None else str(placeholder)

    def shown(value: list[Any]) -> list[Any]:
        kept = [
            opts[i] if i is not None else v
            for v, i in ((v, index_of(v, opts)) for v in value)
            if i is not None or (accept_new_options and isinstance(v, str))
        ]
        check_count(len(kept), max_selections)
        return kept

    fields = {"max_selections": max_selections, "placeholder": placeholder,
              "accept_new_options": bool(accept_new_options)}  # fmt: skip
    return add_widget(
        MULTISELECT,
        common,
        default=[opts[i] for i in indices],
        default_given=bool(indices),
        identity={"options": labels, "default": indices, **fields},
        shown=shown,
        fields=lambda value: {
            "options": opts,
            "labels": labels,
            **fields,
            "indices": tuple(i for i in (index_of(v, opts) for v in value) if i is not None),
        },
    )


@container_method
def select_slider(
    label: str,
    options: Any = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """A slider over arbitrary options.  >>> st.select_slider("Size", ["S", "M", "L"], "M")"""
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    opts = options_of(options)
    if not opts:
        raise StreamlitMissingRequiredParameterError("options", "Provide at least one option.")
    labels = labels_of(opts, format_func)
    is_range = isinstance(value, list | tuple)
    wanted = list(value) if is_range else [opts[0] if value is None else value]
    indices = []
    for v in wanted:
        i = index_of(v, opts)
        if i is None:
            raise ValueError(f"{v} is not in iterable")
        indices.append(i)
    indices.sort()
    default = tuple(opts[i] for i in indices) if is_range else opts[indices[0]]

    def fields(v: Any) -> dict[str, Any]:
        picked = tuple(index_of(x, opts) or 0 for x in (v if is_range else [v]))
        return {"options": opts, "labels": labels, "indices": picked, "is_range": is_range}

    return add_widget(
        SELECT_SLIDER,
        common,
        default=default,
        default_given=value is not None,
        identity={"options": labels, "value": indices},
        fields=fields,
    )


def _check_selection_mode(selection_mode: str) -> None:
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError("selection_mode", "'single', 'multi'")


def _button_group(
    style: str,
    common: Common,
    *,
    options: Any,
    selection_mode: str,
    default: Any,
    format_func: Callable[[Any], Any] | None,
) -> Any:
    """pills and segmented_control: the same widget drawn two ways."""
    opts = options_of(options)
    labels = labels_of(opts, format_func or str)
    multi = selection_mode == "multi"
    indices = default_indices(default, opts, None if multi else 1)

    def shown(value: Any) -> Any:
        picked = [
            i for i in (index_of(v, opts) for v in (value if multi else [value])) if i is not None
        ]
        return [opts[i] for i in picked] if multi else (opts[picked[0]] if picked else None)

    def fields(value: Any) -> dict[str, Any]:
        chosen = value if multi else ([] if value is None else [value])
        indices = tuple(i for i in (index_of(v, opts) for v in chosen) if i is not None)
        return {"options": opts, "labels": labels, "indices": indices,
                "selection_mode": selection_mode, "style": style}  # fmt: skip

    default_value = [opts[i] for i in indices] if multi else (opts[indices[0]] if indices else None)
    identity = {"options": labels, "default": indices, "selection_mode": selection_mode,
                "style": style}  # fmt: skip
    return add_widget(
        BUTTON_GROUP, common, default=default_value, default_given=bool(indices),
        identity=identity, shown=shown, fields=fields,
    )  # fmt: skip


@container_method
def pills(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    format_func: Callable[[Any], Any] | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> Any:
    """A row of pill buttons; one option (or a list with "multi").

    >>> st.pills("Tags", ["news", "sports"], selection_mode="multi")
    """
    _check_selection_mode(selection_mode)
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    return _button_group("pills", common, options=options, selection_mode=selection_mode,
                         default=default, format_func=format_func)  # fmt: skip


@container_method
def segmented_control(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    format_func: Callable[[Any], Any] | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> Any:
    """Joined buttons picking one option (or a list with "multi").

    >>> st.segmented_control("View", ["Map", "Table"], default="Map")
    """
    _check_selection_mode(selection_mode)
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    return _button_group("segmented_control", common, options=options,
                         selection_mode=selection_mode, default=default,
                         format_func=format_func)  # fmt: skip


FEEDBACK_OPTIONS = {"thumbs": 2, "faces": 5, "stars": 5}


@container_method
def feedback(
    options: str = "thumbs",
    *,
    key: Any = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: Callback = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "content",
) -> int | None:
    """Thumbs, faces or stars; returns the picked index or None.

    >>> rating = st.feedback("stars")
    """
    if options not in FEEDBACK_OPTIONS:
        raise StreamlitValueError("options", "'thumbs', 'faces', 'stars'")
    count = FEEDBACK_OPTIONS[options]
    if default is not None and not (isinstance(default, int) and 0 <= default < count):
        raise StreamlitAPIException(
            f"The default value in '{options}' must be a number between 0 and {count - 1}."
            f" The passed default value is {default}"
        )
    common = Common.of("", key, None, on_change, args, kwargs, disabled, "collapsed")
    return add_widget(
        FEEDBACK, common, default=default, default_given=default is not None,
        identity={"options": options, "default": default}, fields={"options": options},
    )  # fmt: skip
