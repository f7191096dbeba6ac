"""Widget identity: what makes two runs' widgets the same widget (Streamlit's rules)."""

from __future__ import annotations

from jupyter_st.elements.numbers import Slider
from jupyter_st.runtime.identity import element_id
from jupyter_st.runtime.state import WidgetSpec

PARAMS = {"label": "x", "min_value": 0, "max_value": 10, "help": None}


def ids(key, keyed_by, **changed):
    params = {**PARAMS, **changed}
    return element_id("slider", key=key, params=params, keyed_by=keyed_by)


def test_an_unkeyed_widget_is_its_parameters():
    assert ids(None, ()) == ids(None, ())
    assert ids(None, ()) != ids(None, (), label="y")


def test_a_keyed_widget_keeps_its_id_when_relabelled_but_not_when_a_listed_parameter_changes():
    bounds = {"min_value", "max_value"}
    assert ids("k", bounds) == ids("k", bounds, label="y")
    assert ids("k", bounds) != ids("k", bounds, max_value=20)
    assert ids("k", ()) == ids("k", (), max_value=20)


def test_keyed_by_none_means_every_parameter_counts_even_with_a_key():
    assert ids("k", None) != ids("k", None, label="y")
    assert ids("k", None).endswith("-k")


def test_a_spec_is_named_after_its_element_and_keeps_its_keyed_by_as_a_set():
    spec = WidgetSpec(element=Slider, keyed_by=["min_value", "min_value"])
    assert spec.kind == "slider"
    assert spec.keyed_by == frozenset({"min_value"})
    assert WidgetSpec(kind="dialog", value_life="trigger").kind == "dialog"
