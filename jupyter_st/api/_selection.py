"""st.dataframe's row/column/cell selection: the modes, the default, and the dict-like
value (`event.selection.rows`) the script gets."""

from __future__ import annotations

from typing import Any

from ..convert.selection import ROW_MODES, SELECTION_MODES, validated_selection
from ..errors import StreamlitAPIException, StreamlitValueError


class SelectionState(dict):
    """A dict whose keys are also attributes, as Streamlit's selection state."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def shown_selection(value: Any) -> SelectionState:
    """The stored state as the script receives it (cells as tuples)."""
    selection = dict(value["selection"])
    selection["cells"] = [tuple(c) for c in selection.get("cells", [])]
    return SelectionState(selection=SelectionState(selection))


def _incompatible(*uses: str, explanation: str = "") -> StreamlitAPIException:
    quoted = [f"`{u}`" for u in uses]
    text = f"{quoted[0]} and {quoted[1]}" if len(quoted) == 2 else ", ".join(quoted)
    return StreamlitAPIException(f"{text} cannot be used together. {explanation}".strip())


def selection_modes(selection_mode: Any) -> tuple[str, ...]:
    """Streamlit's checks: known modes, one row mode, not single and multi of a kind."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", ", ".join(f"'{m}'" for m in SELECTION_MODES))
    rows = sorted(modes & ROW_MODES)
    if len(rows) > 1:
        raise _incompatible(
            *(f"selection_mode='{m}'" for m in rows),
            explanation="Only one row selection mode can be specified.",
        )
    for kind in ("column", "cell"):
        if {f"single-{kind}", f"multi-{kind}"} <= modes:
            raise _incompatible(f"selection_mode='single-{kind}'", f"selection_mode='multi-{kind}'")
    return tuple(sorted(modes))


def default_selection(
    given: Any, on_select: Any, frame: Any, modes: tuple[str, ...]
) -> dict[str, Any]:
    """The selection a widget starts with: `selection_default` checked, or none."""
    if given is not None and on_select == "ignore":
        raise _incompatible(
            "selection_default",
            "on_select='ignore'",
            explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.",
        )
    columns = [str(c) for c in frame.columns]
    empty = {"selection": {"rows": [], "columns": [], "cells": []}}
    try:
        return validated_selection(empty if given is None else given, len(frame), columns, modes)
    except ValueError:
        raise StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key containing 'rows', "
            "'columns', and 'cells' arrays."
        ) from None
