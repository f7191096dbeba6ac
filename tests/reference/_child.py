"""Child process for the reference suite: runs scenarios under one AppTest implementation.

Usage: python -m tests.reference._child {streamlit|jupyter_st}
stdin: JSON list of {"script": str, "steps": list}; stdout: JSON list of results, where a
result is a list with one snapshot per `["run"]` step (or {"harness_error": ...}).
"""

from __future__ import annotations

import datetime
import json
import sys
import traceback
from typing import Any

RUN_TIMEOUT = 10

# attributes recorded per element type (besides the type itself)
ATTRS: dict[str, list[str]] = {
    "markdown": ["value"],
    "caption": ["value"],
    "divider": ["value"],
    "text": ["value"],
    "latex": ["value"],
    "title": ["value", "tag"],
    "header": ["value", "tag"],
    "subheader": ["value", "tag"],
    "code": ["value", "language"],
    "json": ["value"],
    "html": ["value"],
    "metric": ["label", "value", "delta"],
    "error": ["value", "icon"],
    "info": ["value", "icon"],
    "warning": ["value", "icon"],
    "success": ["value", "icon"],
    "progress": ["value", "text"],
    "exception": ["value"],
    "toast": ["value", "icon"],
    "button": ["label", "value"],
    "checkbox": ["label", "value"],
    "toggle": ["label", "value"],
    "radio": ["label", "value", "options", "index", "horizontal"],
    "selectbox": ["label", "value", "options", "index"],
    "multiselect": ["label", "value", "options"],
    "slider": ["label", "value", "min", "max"],
    "select_slider": ["label", "value", "options"],
    "text_input": ["label", "value", "max_chars"],
    "text_area": ["label", "value"],
    "number_input": ["label", "value", "min", "max", "step"],
    "date_input": ["label", "value"],
    "time_input": ["label", "value"],
    "color_picker": ["label", "value"],
    "dataframe": ["value"],
    "table": ["value"],
    "empty": [],
    "chat_input": ["value", "placeholder", "max_chars", "disabled"],
    "button_group": ["value", "options", "indices"],
    "feedback": ["value"],
    "vega_lite_chart": ["value"],
    "plotly_chart": ["value"],
    "deck_gl_json_chart": ["value"],
    "graphviz_chart": ["value"],
    "image": ["captions", "value"],
    "audio": [],
    "video": [],
    "file_uploader": ["label"],
    "camera_input": ["label"],
    "download_button": ["label", "value"],
}
BLOCK_ATTRS = {
    "tab": ["label"],
    "expander": ["label"],
    "column": ["weight"],
    "chat_message": ["name", "avatar"],
    "status": ["label", "state", "icon"],
}


def _num(v: Any) -> Any:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return v
    return float(v)


def _fmt(kind: str, attr: str, v: Any) -> str:
    if kind in ("dataframe", "table") and attr == "value":
        return json.dumps(v.to_dict(), default=str, sort_keys=True)
    if attr in ("min", "max", "step"):  # protos store bounds as floats
        if kind == "slider" and not isinstance(v, (int, float)):
            return "<non-numeric>"
        return repr(_num(v))
    if attr == "options":
        return repr([str(o) for o in v])
    return repr(v)


def _element(node: Any) -> dict[str, str]:
    kind = node.type
    out = {"type": kind}
    for attr in ATTRS.get(kind, []):
        try:
            out[attr] = _fmt(kind, attr, getattr(node, attr))
        except Exception as e:
            out[attr] = f"<{type(e).__name__}>"
    if kind == "slider" and not isinstance(
        node.value, (int, float, tuple, list)
    ):  # date/time sliders: bounds are encoded differently
        out.pop("min", None)
        out.pop("max", None)
    return out


def _block_type(node: Any) -> str:
    kind = node.type
    kids = list(node.children.values())
    if (
        kind in ("flex_container", "columns", "horizontal")
        and kids
        and all(getattr(k, "type", "") == "column" for k in kids)
    ):
        return "columns"
    if kind in ("tab_container", "tabs"):
        return "tabs"
    if kind in ("flex_container", "vertical", "horizontal"):
        return "container"
    return kind


def _walk(node: Any) -> list[Any]:
    items: list[Any] = []
    for child in node.children.values():
        if hasattr(child, "children"):
            kind = _block_type(child)
            block: dict[str, Any] = {"type": kind}
            for attr in BLOCK_ATTRS.get(kind, []):
                v = getattr(child, attr, None)
                block[attr] = repr(round(v, 3) if isinstance(v, float) else v)
            block["children"] = _walk(child)
            items.append(block)
        else:
            items.append(_element(child))
    return items


def snapshot(at: Any) -> dict[str, Any]:
    state = {}
    for k, v in at.session_state.to_dict().items():
        state[str(k)] = repr(v)
    return {
        "main": _walk(at.main),
        "sidebar": _walk(at.sidebar),
        "toasts": [_element(t) for t in at.toast],
        "chat_inputs": [_element(c) for c in at.chat_input],
        "exceptions": [e.value for e in at.exception],
        "session_state": dict(sorted(state.items())),
    }


def _decode(v: Any) -> Any:
    if isinstance(v, dict) and set(v) == {"py"}:
        return eval(v["py"], {"datetime": datetime})
    return v


def _locate(at: Any, kind: str, which: Any) -> Any:
    elements = getattr(at, kind)
    return elements(which) if isinstance(which, str) else elements[which]


def run_scenario(AppTest: Any, script: str, steps: list) -> list[Any]:
    at = AppTest.from_string(script, default_timeout=RUN_TIMEOUT)
    snaps: list[Any] = []
    for step in steps:
        try:
            if step[0] == "run":
                at.run(timeout=RUN_TIMEOUT)
                snaps.append(snapshot(at))
            elif step[0] == "session_state":
                at.session_state[step[1]] = _decode(step[2])
            else:
                kind, which, method, *args = step
                node = _locate(at, kind, which)
                getattr(node, method)(*[_decode(a) for a in args])
        except Exception as e:
            snaps.append({"harness_error": f"step {step!r}: {type(e).__name__}: {e}"})
            break
    return snaps


def main() -> None:
    impl = sys.argv[1]
    scenarios = json.load(sys.stdin)
    out = sys.stdout
    sys.stdout = sys.stderr  # scripts' prints must not corrupt the JSON answer
    if impl == "streamlit":
        from streamlit.testing.v1 import AppTest
    elif impl == "jupyter_st":
        from jupyter_st.testing import AppTest
    else:
        raise SystemExit(f"unknown implementation {impl!r}")
    results = []
    for sc in scenarios:
        try:
            results.append(run_scenario(AppTest, sc["script"], sc["steps"]))
        except Exception:
            results.append([{"harness_error": traceback.format_exc()}])
    json.dump(results, out)
    out.flush()


if __name__ == "__main__":
    main()
