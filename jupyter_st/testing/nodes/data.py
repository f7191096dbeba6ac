"""AppTest's nodes for data elements: table, metric (`color` as Streamlit's number), and
st.dataframe / st.data_editor as Streamlit's AppTest shows them: `value` is the input table
(without edits), `editing_mode` says which one it is, and edits are made through session
state, never `set_value`."""

from __future__ import annotations

from typing import Any, NoReturn

from .base import AppTestError, Node, node_for


@node_for("table")
class DataNode(Node):
    @property
    def value(self) -> Any:
        return self.element.data  # type: ignore[attr-defined]


@node_for("dataframe")
class DataframeNode(DataNode):
    @property
    def editing_mode(self) -> str:
        """ "read_only" for st.dataframe; the editor's `num_rows` for st.data_editor."""
        return self.element.editing_mode  # type: ignore[attr-defined]

    def set_value(self, _value: Any) -> NoReturn:
        if self.editing_mode == "read_only":
            raise AppTestError(
                f"set_value() is not supported for dataframe. Set its selection through "
                f"at.session_state[{self.key!r}] before run()."
            )
        key_part = f" (key={self.key!r})" if self.key else ""
        note = (
            " Assign the edit state (edited_rows, added_rows, deleted_rows) on "
            "at.session_state before run()."
            if self.key
            else " Use a Playwright e2e test."
        )
        raise AppTestError(
            f"set_value() is not supported for data_editor{key_part}. AppTest can read the "
            f"table and editing_mode, but it does not apply cell edits through set_value().{note}"
        )


@node_for("metric")
class MetricNode(Node):
    COLORS = {
        "red": 0,
        "green": 1,
        "gray": 2,
        "grey": 2,
        "off": 2,
        "orange": 3,
        "yellow": 4,
        "blue": 5,
        "violet": 6,
        "primary": 7,
    }

    @property
    def value(self) -> str:
        return self.element.value  # type: ignore[attr-defined]

    @property
    def color(self) -> int:
        e = self.element
        name = e.delta_color  # type: ignore[attr-defined]
        if name in ("normal", "inverse"):
            sign = (
                0
                if not e.delta or e.delta.strip("-+ 0.") == ""
                else (-1 if e.delta.lstrip().startswith("-") else 1)
            )  # type: ignore[attr-defined]
            if name == "inverse":
                sign = -sign
            name = {1: "green", -1: "red", 0: "gray"}[sign]
        return self.COLORS[name]
