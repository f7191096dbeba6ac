"""AppTest's node for st.dataframe and st.data_editor, as Streamlit's AppTest shows them:
`value` is the input table (without edits), `editing_mode` says which one it is, and edits
are made through session state, never `set_value`."""

from __future__ import annotations

from typing import Any, NoReturn

from .element_nodes import AppTestError, DataNode


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
