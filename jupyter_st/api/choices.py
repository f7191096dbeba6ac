"""Choice widgets: radio, selectbox, multiselect and select_slider.

The script gets back the user's own option objects; the labels (format_func applied) are
what the browser shows and what identifies the widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..elements import inputs as el
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueOutOfRangeError,
)
from ..runtime.context import container_method
from ._policies import check_label, labels_of, options_of
from ._widgets import add_widget

__all__ = ["multiselect", "radio", "select_slider", "selectbox"]

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
    kind: str,
    cls: type[el.Choice],
    label: Any,
    options: Any,
    index: Any,
    format_func: Callable[[Any], Any],
    key: Any,
    help: Any,
    on_change: Callback,
    args: Any,
    kwargs: Any,
    extra: dict[str, Any],
) -> Any:
    """radio and selectbox: one option (the user's object) or None."""
    vis = extra.pop("label_visibility")
    label = check_label(label, vis)
    opts = options_of(options)
    labels = labels_of(opts, format_func)
    index = _check_index(index, opts)
    default = None if index is None else opts[index]
    identity = {"label": label, "options": labels, "index": index, "help": help}
    identity.update({k: v for k, v in extra.items() if k in ("horizontal", "placeholder")})

    def build(wid: str, value: Any, form_id: str) -> el.Choice:
        picked = index_of(value, opts)
        shown = opts[picked] if picked is not None else default
        return cls(
            id=wid,
            key=key,
            label=label,
            value=shown,
            help=help,
            label_visibility=vis,
            form_id=form_id,
            options=opts,
            labels=labels,
            index=picked if picked is not None else index,
            **extra,
        )

    value = add_widget(
        kind,
        key=key,
        default=default,
        default_given=index not in (0, None),
        identity=identity,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        build=build,
    )
    picked = index_of(value, opts)
    return opts[picked] if picked is not None else default


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
    extra = {
        "disabled": disabled,
        "horizontal": bool(horizontal),
        "captions": tuple(str(c) for c in captions or ()),
        "label_visibility": label_visibility,
    }
    return _choice(
        "radio",
        el.Radio,
        label,
        options,
        index,
        format_func,
        key,
        help,
        on_change,
        args,
        kwargs,
        extra,
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
    if placeholder is None:
        placeholder = "Choose an option"
    extra = {
        "disabled": disabled,
        "placeholder": str(placeholder),
        "label_visibility": label_visibility,
    }
    return _choice(
        "selectbox",
        el.Selectbox,
        label,
        options,
        index,
        format_func,
        key,
        help,
        on_change,
        args,
        kwargs,
        extra,
    )


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
    label = check_label(label, label_visibility)
    opts = options_of(options)
    labels = labels_of(opts, format_func)
    indices = _defaults(default, opts, max_selections)
    placeholder = "Choose options" if placeholder is None else str(placeholder)

    def build(wid: str, value: list[Any], form_id: str) -> el.Multiselect:
        picked = tuple(i for i in (index_of(v, opts) for v in value) if i is not None)
        _check_count(len(picked), max_selections)
        return el.Multiselect(
            id=wid,
            key=key,
            label=label,
            value=[opts[i] for i in picked],
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            form_id=form_id,
            options=opts,
            labels=labels,
            indices=picked,
            max_selections=max_selections,
            placeholder=placeholder,
        )

    value = add_widget(
        "multiselect",
        key=key,
        default=[opts[i] for i in indices],
        default_given=bool(indices),
        identity={
            "label": label,
            "options": labels,
            "default": indices,
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
        },
        key_params={"max_selections"},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        build=build,
    )
    return [opts[i] for i in (index_of(v, opts) for v in value) if i is not None]


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
    label = check_label(label, label_visibility)
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

    def build(wid: str, v: Any, form_id: str) -> el.SelectSlider:
        picked = tuple(index_of(x, opts) or 0 for x in (v if is_range else [v]))
        return el.SelectSlider(
            id=wid,
            key=key,
            label=label,
            value=v,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            form_id=form_id,
            options=opts,
            labels=labels,
            indices=picked,
            is_range=is_range,
        )

    return add_widget(
        "select_slider",
        key=key,
        default=default,
        default_given=value is not None,
        identity={"label": label, "options": labels, "value": indices, "help": help},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        build=build,
    )
