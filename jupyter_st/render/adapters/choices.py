"""Choice widgets: radio, selectbox, multiselect, select_slider, pills/segmented_control
and feedback. The browser sends positions (indices); `read` maps them back to the user's
own option objects, rejecting positions the options do not have."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ...elements import choices as el
from .base import Rejected, Traits, adapts, indexed_options, label_traits


def _read_index(e: el.Choice, index: Any) -> Any:
    if index is None:
        return None
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(e.options):
        raise Rejected(f"{e.KIND} has no option {index!r}")
    return e.options[index]


def _listen_index(widget: w.Widget, emit: Any) -> None:
    widget.observe(lambda change: emit(change["new"]), names="index")


@adapts(
    el.Radio, widget=w.RadioButtons, read=_read_index, listen=_listen_index, classes=("st-radio",)
)
def choice(e: el.Choice) -> Traits:
    return {**label_traits(e), "options": indexed_options(e.labels), "index": e.index}


def _read_typed(e: el.Selectbox, text: Any) -> Any:
    """A Combobox sends text: an option's label picks it, anything else is a new option."""
    if not isinstance(text, str):
        raise Rejected(f"selectbox expects text, got {text!r}")
    if text in e.labels:
        return e.options[e.labels.index(text)]
    return text or None


def _selectbox_class(e: el.Selectbox) -> type[w.Widget]:
    return w.Combobox if e.accept_new_options else w.Dropdown


def _listen_selectbox(widget: w.Widget, emit: Any) -> None:
    name = "value" if isinstance(widget, w.Combobox) else "index"
    widget.observe(lambda change: emit(change["new"]), names=name)


def _read_selectbox(e: el.Selectbox, value: Any) -> Any:
    return _read_typed(e, value) if e.accept_new_options else _read_index(e, value)


@adapts(el.Selectbox, widget=_selectbox_class, read=_read_selectbox, listen=_listen_selectbox,
        classes=("st-selectbox",))  # fmt: skip
def selectbox(e: el.Selectbox) -> Traits:
    if not e.accept_new_options:
        return choice(e)
    text = "" if e.value is None else (e.labels[e.index] if e.index is not None else str(e.value))
    return {**label_traits(e), "options": list(e.labels), "ensure_option": False,
            "placeholder": e.placeholder, "continuous_update": False, "value": text}  # fmt: skip


def _read_indices(e: el.Multiselect, indices: Any) -> list[Any]:
    picked = [_read_index(e, i) for i in indices or ()]  # type: ignore[arg-type]
    if e.max_selections is not None and len(picked) > e.max_selections:
        raise Rejected(f"multiselect allows at most {e.max_selections} options")
    return picked


def _read_tags(e: el.Multiselect, tags: Any) -> list[Any]:
    """A tags box sends text: an option's label picks it, other text is a new option."""
    if not isinstance(tags, list | tuple) or not all(isinstance(t, str) for t in tags):
        raise Rejected(f"multiselect expects a list of text, got {tags!r}")
    if e.max_selections is not None and len(tags) > e.max_selections:
        raise Rejected(f"multiselect allows at most {e.max_selections} options")
    return [e.options[e.labels.index(t)] if t in e.labels else t for t in tags]


def _multiselect_class(e: el.Multiselect) -> type[w.Widget]:
    return w.TagsInput if e.accept_new_options else w.SelectMultiple


def _read_multiselect(e: el.Multiselect, value: Any) -> list[Any]:
    return _read_tags(e, value) if e.accept_new_options else _read_indices(e, value)


def _listen_multiselect(widget: w.Widget, emit: Any) -> None:
    name = "value" if isinstance(widget, w.TagsInput) else "index"
    widget.observe(lambda change: emit(change["new"]), names=name)


@adapts(el.Multiselect, widget=_multiselect_class, read=_read_multiselect,
        listen=_listen_multiselect, classes=("st-multiselect",))  # fmt: skip
def multiselect(e: el.Multiselect) -> Traits:
    if not e.accept_new_options:
        return {**label_traits(e), "options": indexed_options(e.labels), "index": e.indices}
    tags = [e.labels[e.options.index(v)] if v in e.options else str(v) for v in e.value]
    return {**label_traits(e), "allowed_tags": [], "allow_duplicates": False, "value": tags}


@adapts(
    el.SelectSlider,
    widget=lambda e: w.SelectionRangeSlider if e.is_range else w.SelectionSlider,
    read=lambda e, v: _read_select_slider(e, v),
    listen=_listen_index,
    classes=("st-select-slider",),
)
def select_slider(e: el.SelectSlider) -> Traits:
    index = e.indices if e.is_range else e.indices[0]
    return {
        **label_traits(e),
        "continuous_update": False,
        "options": indexed_options(e.labels),
        "index": index,
    }


def _read_select_slider(e: el.SelectSlider, value: Any) -> Any:
    picks = value if e.is_range else (value,)
    if not all(isinstance(i, int) and 0 <= i < len(e.options) for i in picks):
        raise Rejected(f"select_slider has no position {value!r}")
    return tuple(e.options[i] for i in picks) if e.is_range else e.options[picks[0]]


# -- button groups, feedback, link buttons ---------------------------------------------
def _button_group_class(e: el.ButtonGroup) -> type[w.Widget]:
    return w.SelectMultiple if e.selection_mode == "multi" else w.ToggleButtons


def _read_button_group(e: el.ButtonGroup, index: Any) -> Any:
    if e.selection_mode == "multi":
        return [_read_index(e, i) for i in index or ()]  # type: ignore[arg-type]
    return _read_index(e, index)  # type: ignore[arg-type]


@adapts(el.ButtonGroup, widget=_button_group_class, read=_read_button_group,
        listen=_listen_index, classes=("st-button-group",))  # fmt: skip
def button_group(e: el.ButtonGroup) -> Traits:
    index = e.indices if e.selection_mode == "multi" else (e.indices[0] if e.indices else None)
    return {**label_traits(e), "options": indexed_options(e.labels), "index": index}


FEEDBACK_FACES = {
    "thumbs": ("👍", "👎"),
    "faces": ("😞", "🙁", "😐", "🙂", "😀"),
    "stars": ("☆", "☆", "☆", "☆", "☆"),
}


def _read_feedback(e: el.Feedback, index: Any) -> int | None:
    if index is None:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise Rejected(f"feedback expects an index, got {index!r}")
    if not 0 <= index < len(FEEDBACK_FACES[e.options]):
        raise Rejected(f"feedback has no option {index}")
    return index


@adapts(el.Feedback, widget=w.ToggleButtons, read=_read_feedback, listen=_listen_index,
        classes=("st-feedback",))  # fmt: skip
def feedback(e: el.Feedback) -> Traits:
    faces = FEEDBACK_FACES[e.options]
    return {"options": [(face, i) for i, face in enumerate(faces)], "index": e.value,
            "disabled": e.disabled, "style": {"button_width": "auto"}}  # fmt: skip
