"""Choice widgets: radio, selectbox, multiselect, select_slider, pills, segmented_control
and feedback.

The script gets back the user's own option objects; the labels (format_func applied) are
what the browser shows and what identifies the widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..elements import choices as el
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from ..runtime.context import container_method
from ._policies import labels_of, options_of
from ._widgets import Common, add_widget

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


def _check_index(index: Any, options: tuple[Any, ...]) -> int | None:
    if index is None or not options:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise StreamlitInvalidParameterTypeError("index", "int, None", type(index).__name__)
    if not 0 <= index < len(options):
        raise StreamlitValueOutOfRangeError("index", index, 0, len(options) - 1)
    return index


def index_of(value: Any, options: Sequence[Any]) -> int | None:
    """Position of `value` in `options` (by equality, safe for arrays), or None."""
    for i, option in enumerate(options):
        try:
            if option is value or bool(option == value):
                return i
        except (TypeError, ValueError):
            continue
    return None


def _choice(
    cls: type[el.Choice],
    common: Common,
    options: Any,
    index: Any,
    format_func: Callable[[Any], Any],
    **fields: Any,
) -> Any:
    """radio and selectbox: one option (the user's own object), or None."""
    opts = options_of(options)
    labels = labels_of(opts, format_func)
    index = _check_index(index, opts)
    default = None if index is None else opts[index]

    def shown(value: Any) -> Any:  # a value no longer among the options falls back
        picked = index_of(value, opts)
        if picked is None and fields.get("accept_new_options") and isinstance(value, str):
            return value  # typed by the user
        return default if picked is None else opts[picked]

    return add_widget(
        cls,
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
        el.Radio,
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
    return _choice(el.Selectbox, common, options, index, format_func, placeholder=placeholder,
                   accept_new_options=bool(accept_new_options))  # fmt: skip


def _defaults(default: Any, opts: tuple[Any, ...], max_selections: int | None) -> list[int]:
    if default is None:
        return []
    values = [default] if isinstance(default, str) or not _iterable(default) else list(default)
    indices = []
    for value in values:
        i = index_of(value, opts)
        if i is None:
            raise StreamlitAPIException(
                f"The default value '{value}' is not part of the options. Please make sure "
                "that every default value also exists in the options."
            )
        indices.append(i)
    _check_count(len(indices), max_selections)
    return indices


def _check_count(count: int, max_selections: int | None) -> None:
    if max_selections is not None and count > max_selections:
        raise StreamlitAPIException(
            f"Multiselect has {count} options selected but `max_selections` is set to "
            f"{max_selections}. This happened because you either gave too many options to "
            "`default` or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            f"Please select at most {max_selections} option."
        )


def _iterable(value: Any) -> bool:
    try:
        iter(value)
    except TypeError:
        return False
    return True


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
    indices = _defaults(default, opts, max_selections)
    placeholder = "Choose options" if placeholder is None else str(placeholder)

    def shown(value: list[Any]) -> list[Any]:
        kept = [
            opts[i] if i is not None else v
            for v, i in ((v, index_of(v, opts)) for v in value)
            if i is not None or (accept_new_options and isinstance(v, str))
        ]
        _check_count(len(kept), max_selections)
        return kept

    fields = {"max_selections": max_selections, "placeholder": placeholder,
              "accept_new_options": bool(accept_new_options)}  # fmt: skip
    return add_widget(
        el.Multiselect,
        common,
        default=[opts[i] for i in indices],
        default_given=bool(indices),
        identity={"options": labels, "default": indices, **fields},
        key_params={"max_selections"},
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
        el.SelectSlider,
        common,
        default=default,
        default_given=value is not None,
        identity={"options": labels, "value": indices},
        fields=fields,
    )


def _button_group(style: str, label: Any, options: Any, selection_mode: str, default: Any,
                  format_func: Callable[[Any], Any] | None, key: Any, help: Any,
                  on_change: Callback, args: Any, kwargs: Any, disabled: bool,
                  label_visibility: str) -> Any:  # fmt: skip
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError("selection_mode", "'single', 'multi'")
    common = Common.of(label, key, help, on_change, args, kwargs, disabled, label_visibility)
    opts = options_of(options)
    labels = labels_of(opts, format_func or str)
    multi = selection_mode == "multi"
    indices = _defaults(default, opts, None if multi else 1)

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
    return add_widget(
        el.ButtonGroup, common, default=default_value, default_given=bool(indices),
        identity={"options": labels, "default": indices, "selection_mode": selection_mode,
                  "style": style},
        key_params={"selection_mode"}, shown=shown, fields=fields,
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
    return _button_group("pills", label, options, selection_mode, default, format_func, key,
                         help, on_change, args, kwargs, disabled, label_visibility)  # fmt: skip


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
    return _button_group("segmented_control", label, options, selection_mode, default,
                         format_func, key, help, on_change, args, kwargs, disabled,
                         label_visibility)  # fmt: skip


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
        el.Feedback, common, default=default, default_given=default is not None,
        identity={"options": options, "default": default}, fields={"options": options},
    )  # fmt: skip
