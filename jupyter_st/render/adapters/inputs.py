"""Input widgets. `read` turns a browser value into the script's value, or rejects it."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import ipywidgets as w
from traitlets import Any as Any_
from traitlets import Bool, Tuple, Unicode

from ...elements import inputs as el
from ..html import escape, safe_url
from .base import Rejected, Traits, adapts


def _label(e: el.Widget) -> Traits:
    shown = e.label if e.label_visibility == "visible" else ""
    return {
        "description": shown,
        "tooltip": e.help or "",
        "disabled": e.disabled,
        "style": {"description_width": "initial"},
    }


def _choices(labels: tuple[str, ...]) -> list[tuple[str, int]]:
    return [(label, i) for i, label in enumerate(labels)]


def _listen_click(widget: w.Button, emit: Any) -> None:
    widget.on_click(lambda _button: emit(True))


@adapts(
    el.Button, widget=w.Button, read=lambda e, v: True, listen=_listen_click, classes=("st-button",)
)
def button(e: el.Button) -> Traits:
    style = {"primary": "primary", "secondary": "", "tertiary": ""}[e.type]
    return {
        "description": e.label,
        "tooltip": e.help or "",
        "disabled": e.disabled,
        "button_style": style,
        "icon": "",
    }


def _read_bool(e: el.Checkbox, value: Any) -> bool:
    if not isinstance(value, bool):
        raise Rejected(f"{e.KIND} expects a bool, got {value!r}")
    return value


@adapts(el.Checkbox, widget=w.Checkbox, read=_read_bool, classes=("st-checkbox",))
@adapts(el.Toggle, widget=w.Checkbox, read=_read_bool, classes=("st-toggle",))
def checkbox(e: el.Checkbox) -> Traits:
    return {**_label(e), "indent": False, "value": e.value}


# -- sliders ---------------------------------------------------------------------------
def _slider_class(e: el.Slider) -> type[w.Widget]:
    if e.is_temporal:
        return w.SelectionRangeSlider if e.is_range else w.SelectionSlider
    if e.data_type == "int":
        return w.IntRangeSlider if e.is_range else w.IntSlider
    return w.FloatRangeSlider if e.is_range else w.FloatSlider


def _readout(fmt: str | None) -> Traits:
    if not fmt or not fmt.startswith("%") or fmt[-1] not in "dfeg":
        return {}
    return {"readout_format": fmt[1:]}


@adapts(
    el.Slider,
    widget=_slider_class,
    read=lambda e, v: _read_slider(e, v),
    listen=lambda widget, emit: _listen_slider(widget, emit),
    classes=("st-slider",),
)
def slider(e: el.Slider) -> Traits:
    traits = {**_label(e), "continuous_update": False}
    if e.is_temporal:
        points = e.positions()
        values = e.value if e.is_range else (e.value,)
        index = tuple(e.position_of(v) for v in values)
        labels = [
            p.isoformat(sep=" ") if isinstance(p, datetime) else p.isoformat() for p in points
        ]
        return {
            **traits,
            "options": _choices(tuple(labels)),
            "index": index if e.is_range else index[0],
        }
    bounds = {"max": e.max, "min": e.min} if e.max >= 0 else {"min": e.min, "max": e.max}
    return {**traits, **bounds, "step": e.step, **_readout(e.format), "value": e.value}


def _read_slider(e: el.Slider, value: Any) -> Any:
    if e.is_temporal:
        points = e.positions()
        picks = value if e.is_range else (value,)
        if not all(isinstance(i, int) and 0 <= i < len(points) for i in picks):
            raise Rejected(f"slider has no position {value!r}")
        return tuple(points[i] for i in picks) if e.is_range else points[picks[0]]
    cast = int if e.data_type == "int" else float
    try:
        picks = [min(max(cast(v), e.min), e.max) for v in (value if e.is_range else (value,))]
    except (TypeError, ValueError) as exc:
        raise Rejected(f"slider got {value!r}") from exc
    return tuple(picks) if e.is_range else picks[0]


def _listen_slider(widget: w.Widget, emit: Any) -> None:
    name = "index" if isinstance(widget, w.SelectionSlider | w.SelectionRangeSlider) else "value"
    widget.observe(lambda change: emit(change["new"]), names=name)


# -- text, numbers, dates, colours -------------------------------------------------------
def _read_text(e: el.TextInput | el.TextArea, value: Any) -> str:
    if not isinstance(value, str):
        raise Rejected(f"{e.KIND} expects text, got {type(value).__name__}")
    return value[: e.max_chars] if e.max_chars is not None else value


@adapts(
    el.TextInput,
    widget=lambda e: w.Password if e.type == "password" else w.Text,
    read=_read_text,
    classes=("st-text-input",),
)
def text_input(e: el.TextInput) -> Traits:
    return {
        **_label(e),
        "continuous_update": False,
        "placeholder": e.placeholder,
        "value": e.value or "",
    }


@adapts(el.TextArea, widget=w.Textarea, read=_read_text, classes=("st-text-area",))
def text_area(e: el.TextArea) -> Traits:
    rows = max(2, (e.height or 100) // 24)
    return {
        **_label(e),
        "continuous_update": False,
        "placeholder": e.placeholder,
        "rows": rows,
        "value": e.value or "",
    }


def _number_class(e: el.NumberInput) -> type[w.Widget]:
    if e.default is None:  # may be empty (value=None): a text box shows "nothing" honestly
        return w.Text
    bounded = e.min is not None or e.max is not None
    if e.data_type == "int":
        return w.BoundedIntText if bounded else w.IntText
    return w.BoundedFloatText if bounded else w.FloatText


def _read_number(e: el.NumberInput, value: Any) -> Any:
    if isinstance(value, str):  # the text box of an input that may be empty
        if not value.strip():
            return None
        try:
            value = float(value)
        except ValueError:
            raise Rejected(f"number_input expects a number, got {value!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Rejected(f"number_input expects a number, got {value!r}")
    value = int(value) if e.data_type == "int" else float(value)
    if e.min is not None:
        value = max(value, e.min)
    if e.max is not None:
        value = min(value, e.max)
    return value


@adapts(el.NumberInput, widget=_number_class, read=_read_number, classes=("st-number-input",))
def number_input(e: el.NumberInput) -> Traits:
    if e.default is None:
        text = "" if e.value is None else str(e.value)
        return {
            **_label(e),
            "placeholder": e.placeholder,
            "continuous_update": False,
            "value": text,
        }
    traits = {**_label(e), "step": e.step}
    if e.min is not None or e.max is not None:
        big = 2**53 - 1
        traits.update(
            min=e.min if e.min is not None else -big, max=e.max if e.max is not None else big
        )
    return {**traits, "value": e.value if e.value is not None else 0}


class DateRangePicker(w.HBox):
    """Two date pickers with one `value`, a (start, end) tuple (st.date_input ranges)."""

    value = Tuple(allow_none=True)  # kernel-side only; the pickers carry the dates
    description = Unicode("")
    tooltip = Unicode("", allow_none=True)
    disabled = Bool(False)
    min = Any_(None, allow_none=True)
    max = Any_(None, allow_none=True)

    def __init__(self, **traits: Any) -> None:
        self._ends = (w.DatePicker(), w.DatePicker())
        super().__init__(children=self._ends)
        for end in self._ends:
            end.observe(self._picked, names="value")
        self.observe(self._show, names=["value", "description", "disabled", "min", "max"])
        for name, value in traits.items():
            setattr(self, name, value)
        self._show(None)

    @property
    def ends(self) -> tuple[w.DatePicker, w.DatePicker]:
        return self._ends

    def _show(self, _change: Any) -> None:
        dates = (*tuple(self.value or ()), None, None)
        for i, end in enumerate(self._ends):
            end.disabled, end.min, end.max, end.value = self.disabled, self.min, self.max, dates[i]
        self._ends[0].description = self.description

    def _picked(self, _change: Any) -> None:
        picked = tuple(end.value for end in self._ends if end.value is not None)
        if picked != tuple(self.value or ()):
            self.value = picked


def _date_widget(e: el.DateInput) -> type[w.Widget]:
    return DateRangePicker if isinstance(e.value, tuple) else w.DatePicker


def _read_date(e: el.DateInput, value: Any) -> Any:
    if isinstance(e.value, tuple):
        if not all(isinstance(d, date) for d in value or ()):
            raise Rejected(f"date_input expects dates, got {value!r}")
        return tuple(sorted(value))
    if not isinstance(value, date):
        raise Rejected(f"date_input expects a date, got {value!r}")
    return value


@adapts(el.DateInput, widget=_date_widget, read=_read_date, classes=("st-date-input",))
def date_input(e: el.DateInput) -> Traits:
    if isinstance(e.value, tuple):
        return {"description": e.label, "disabled": e.disabled, "min": e.min, "max": e.max,
                "value": e.value}  # fmt: skip
    return {**_label(e), "min": e.min, "max": e.max, "value": e.value or None}


def _read_time(e: el.TimeInput, value: Any) -> Any:
    if not isinstance(value, time):
        raise Rejected(f"time_input expects a time, got {value!r}")
    return value.replace(microsecond=0)


@adapts(el.TimeInput, widget=w.TimePicker, read=_read_time, classes=("st-time-input",))
def time_input(e: el.TimeInput) -> Traits:
    return {**_label(e), "step": e.step, "value": e.value}


def _read_color(e: el.ColorPicker, value: Any) -> str:
    if not isinstance(value, str) or not el.HEX_COLOR.match(value):
        raise Rejected(f"color_picker expects a hex colour, got {value!r}")
    return value


@adapts(el.ColorPicker, widget=w.ColorPicker, read=_read_color, classes=("st-color-picker",))
def color_picker(e: el.ColorPicker) -> Traits:
    return {**_label(e), "concise": False, "value": e.value}


# -- link buttons ---------------------------------------------------------------------
@adapts(el.LinkButton, widget=w.HTML, classes=("st-link-button",))
def link_button(e: el.LinkButton) -> Traits:
    safe = safe_url(e.url) or "#"
    label = f"{e.icon} {e.label}" if e.icon else e.label
    style = " st-link-button-primary" if e.type == "primary" else ""
    link = (
        f'<a class="st-link-button-anchor{style}" href="{escape(safe, quote=True)}" '
        f'target="_blank" rel="noopener noreferrer">{escape(label)}</a>'
    )
    return {"value": link, "tooltip": e.help or ""}
