"""Vega-Lite specs from users (vega_lite_chart, altair_chart), made ready as Streamlit does.

The data moves out of the spec (`data.values`, a DataFrame as `data`, tabular `datasets`)
into DataFrames the element holds; GeoJSON/TopoJSON stays in the spec. Altair charts are
converted with a data transformer that names each DataFrame by a hash of its content instead
of inlining it (Altair's default inlines rows and refuses more than 5,000). Names that
Altair draws from a global counter (`param_7`, `view_12`) are renumbered so a rerun yields
the same spec.
"""

from __future__ import annotations

import json
import re
import threading
from contextlib import nullcontext
from typing import Any

from ..errors import StreamlitAPIException, StreamlitMissingRequiredParameterError
from .chart_specs import DATA_NAME

_altair_lock = threading.Lock()
_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")
_GEOMETRY = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}


def is_facet(spec: dict[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (
        isinstance(encoding, dict) and any(k in encoding for k in ("row", "column", "facet"))
    )


def has_nested_composition(spec: dict[str, Any]) -> bool:
    items = spec.get("vconcat")
    return isinstance(items, list) and any(
        isinstance(i, dict) and any(k in i for k in _COMPOSITIONS) for i in items
    )


def default_width(spec: dict[str, Any]) -> str:
    """Streamlit's default width: multi-view charts keep their own size."""
    multi = is_facet(spec) or "hconcat" in spec or "repeat" in spec
    return "content" if multi or has_nested_composition(spec) else "stretch"


def prepare_spec(spec: dict[str, Any], stretch: bool) -> dict[str, Any]:
    """A copy with Streamlit's autosize and legend-title fixes."""
    spec = dict(spec)
    if not spec:
        raise StreamlitMissingRequiredParameterError(
            "spec", "Vega-Lite charts require a non-empty spec dict."
        )
    if "autosize" not in spec:
        nested = has_nested_composition(spec)
        if "vconcat" in spec and stretch:
            kind = "pad" if nested else "fit-x"
        elif is_facet(spec) or (nested and not stretch):
            kind = "pad"
        else:
            kind = "fit"
        spec["autosize"] = {"type": kind, "contains": "padding"}
    _patch_null_legend_titles(spec)
    return spec


def _patch_null_legend_titles(spec: dict[str, Any]) -> None:
    encoding = spec.get("encoding")
    color = encoding.get("color") if isinstance(encoding, dict) else None
    if not isinstance(color, dict):
        return
    if "title" in color and color["title"] is None:
        color["title"] = " "
    legend = color.get("legend")
    if isinstance(legend, dict) and "title" in legend and legend["title"] is None:
        legend["title"] = " "


def is_geo(data: Any) -> bool:
    """GeoJSON or TopoJSON: geometry Vega-Lite reads itself, not a table."""
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "FeatureCollection":
            return "features" in data
        if kind == "Feature":
            return "geometry" in data
        if kind == "GeometryCollection":
            return "geometries" in data
        if kind in _GEOMETRY:
            return "coordinates" in data
        if kind in (None, "Topology"):
            return isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), dict)
        return False
    if isinstance(data, list) and data:
        return isinstance(data[0], dict) and is_geo(data[0]) and "properties" not in data[0]
    return False


def pull_data(spec: dict[str, Any], data: Any, to_frame: Any) -> tuple[Any, tuple]:
    """Move tabular data out of `spec` (in place): the main frame and named frames."""
    named: list[tuple[str, Any]] = []
    if "datasets" in spec:
        kept = {}
        for name, values in spec["datasets"].items():
            if is_geo(values):
                kept[str(name)] = values
            else:
                named.append((str(name), to_frame(values)))
        if kept:
            spec["datasets"] = kept
        else:
            del spec["datasets"]
    inline = spec.get("data")
    if isinstance(inline, dict):
        if "values" in inline and not is_geo(inline["values"]):
            data = inline["values"]
            del spec["data"]
    elif inline is not None and not is_geo(inline):
        data = inline
        del spec["data"]
    frame = None if data is None else to_frame(data)
    if frame is not None and "data" not in spec:
        spec["data"] = {"name": DATA_NAME}
    return frame, tuple(named)


def _renumber(prefix: str, text: str) -> str:
    pattern = re.compile(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"')
    found = list(dict.fromkeys(pattern.findall(text)))
    if not found:
        return text
    marker = "__jupyter_st_renumbered__"
    for number, name in enumerate(found, start=1):
        text = text.replace(name, f'"{marker}{prefix}{number}"')
    return text.replace(marker, "")


def stabilize(spec: dict[str, Any]) -> dict[str, Any]:
    """Altair's counter-named params and views, renumbered from 1 in order of appearance."""
    text = json.dumps(spec, default=str)
    if '"params"' in text:
        text = _renumber("param_", text)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _renumber("view_", text)
    return json.loads(text)


def selection_params(spec: dict[str, Any]) -> set[str]:
    """Names of the selection parameters anywhere in the view hierarchy."""
    names: set[str] = set()
    for param in spec.get("params", []) if isinstance(spec.get("params"), list) else []:
        if isinstance(param, dict) and param.get("name") and param.get("select"):
            names.add(param["name"])
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for child in spec.get(key, []) if isinstance(spec.get(key), list) else []:
            if isinstance(child, dict):
                names |= selection_params(child)
    if isinstance(spec.get("spec"), dict):
        names |= selection_params(spec["spec"])
    return names


def parse_selection_mode(spec: dict[str, Any], selection_mode: Any) -> list[str]:
    """The selection parameters to report, checked against the spec (Streamlit's errors)."""
    available = selection_params(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any "
            "selections defined. To add selections to `st.altair_chart`, check out the "
            "documentation [here](https://altair-viz.github.io/user_guide/interactions.html"
            "#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. "
                f"Available selection parameters are: {available}."
            )
    return sorted(modes)


def altair_to_spec(chart: Any) -> dict[str, Any]:
    """An Altair chart as a Vega-Lite dict whose DataFrames sit in `datasets`, by name."""
    import altair as alt

    frames: dict[str, Any] = {}

    def to_named_dataset(data: Any) -> dict[str, str]:
        name = "data-" + _content_hash(data)
        frames[name] = data
        return {"name": name}

    themes = alt.theme if hasattr(alt, "theme") else alt.themes
    with _altair_lock:  # Altair's registries are global: one app thread at a time
        alt.data_transformers.register("jupyter_st", to_named_dataset)
        plain = themes.enable("none") if themes.active == "default" else nullcontext()
        with plain, alt.data_transformers.enable("jupyter_st"):
            spec = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **frames} if isinstance(existing, dict) else frames
    return spec


def _content_hash(data: Any) -> str:
    import hashlib

    import pandas as pd

    digest = hashlib.md5(usedforsecurity=False)
    if isinstance(data, pd.DataFrame):
        digest.update(str(list(data.columns)).encode())
        digest.update(pd.util.hash_pandas_object(data, index=True).to_numpy().tobytes())
    else:
        digest.update(json.dumps(data, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


def stable_text(spec: dict[str, Any]) -> str:
    return json.dumps(spec, sort_keys=True, default=str)


def frame_digest(frame: Any) -> str:
    """A short content hash of a DataFrame (or "" for none), for widget identities."""
    return "" if frame is None else _content_hash(frame)
