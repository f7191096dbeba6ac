"""Errors raised to users, one class per error, named and worded as Streamlit's.

Each message says what happened and how to fix it. Users catch these by their Streamlit
names (`streamlit.errors.StreamlitAPIException` resolves here when apps import streamlit).
"""

from __future__ import annotations

from typing import Any


class Error(Exception):
    """Base of every jupyter_st error."""


class StreamlitAPIException(Error):
    """A Streamlit API function was called with arguments it cannot accept."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """Shown in the app as a warning rather than raised."""


class NoRunContextError(Error):
    """An st.* function was called outside a running app."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"`st.{name}` was called while no app is running. "
            "To fix this, call it inside a `%%stapp` cell, a script run by `jupyter st run`, "
            "or an AppTest."
        )


class DuplicateWidgetID(StreamlitAPIException):
    """Two widgets in one run share an id or a key."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. "
            "When this element is created, it is assigned an internal ID based on the element "
            "type and provided parameters. Multiple elements with the same type and parameters "
            "will cause this error.\n\n"
            f"To fix this error, please pass a unique `key` argument to the `{element_type}` "
            "element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for each element "
            "you create."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"`st.session_state[{key!r}]` is read-only and cannot be assigned through session "
            "state. Use a different session state key for values you need to set."
        )


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        ref = f"`st.session_state[{key!r}]`"
        super().__init__(
            f"{ref} cannot be modified after the widget with that key is instantiated. "
            f"Assign {ref} before creating the widget, or update it from an `on_change` or "
            "`on_click` callback, which runs before the widget is instantiated. If this is a "
            "read-only session state key (buttons, file and media inputs, `st.data_editor`, "
            "forms, chart or `ButtonColumn` selections), store the value under a different "
            "session state key."
        )


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitValueError(StreamlitAPIException):
    """An argument has a value outside the supported set."""

    def __init__(self, parameter: str, supported: str, got: str = "") -> None:
        tail = f" {got}" if got else ""
        super().__init__(f"Invalid `{parameter}` value. Supported values: {supported}.{tail}")


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    def __init__(self, parameter: str, expected: str, provided: str, detail: str = "") -> None:
        super().__init__(
            f"Invalid `{parameter}` type. Expected one of: {expected}. Provided type: {provided}."
            + (f" {detail}" if detail else "")
        )


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    def __init__(self, parameter: str, value: Any, low: Any, high: Any) -> None:
        super().__init__(
            f"The `{parameter}` parameter, set to {value}, is outside the required range "
            f"[{low}, {high}]."
        )


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command used where it cannot be (a chat input in a form, a dialog in a dialog)."""


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    def __init__(self, parameter: str, hint: str = "") -> None:
        super().__init__(f"The `{parameter}` parameter is required." + (f" {hint}" if hint else ""))


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    """min_value and max_value contradict each other."""


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    def __init__(self, **values: Any) -> None:
        listed = "".join(f"\n`{k}` has {type(v).__name__} type." for k, v in values.items())
        super().__init__(f"All numerical arguments must be of the same type.{listed}")


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__(
            f"The `value` {value} is less than the `min_value` {min_value}.",
        )


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__(
            f"The `value` {value} is greater than the `max_value` {max_value}.",
        )


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        tail = ", 'stretch', or 'content'" if allow_content else " or 'stretch'"
        valid = f"a positive integer (pixels){tail}"
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    def __init__(self, first: str, second: str, explanation: str = "") -> None:
        tail = f" {explanation}" if explanation else ""
        super().__init__(f"`{first}` and `{second}` cannot be used together.{tail}")


class StreamlitInvalidHeightError(StreamlitAPIException):
    def __init__(self, height: Any, allow_content: bool = False) -> None:
        valid = (
            "a positive integer (pixels), 'stretch', or 'content'"
            if allow_content
            else ("a positive integer (pixels) or 'stretch'")
        )
        super().__init__(f"Invalid height value: {height!r}. Height must be either {valid}.")


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Data that no table can be made of (a string, a number, a 3-D array)."""

    def __init__(self, data: Any) -> None:
        super().__init__(
            f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
            f"Offending object:\n```py\n{data}\n```"
        )


class StreamlitColumnError(StreamlitAPIException):
    """A column argument names columns the data does not have."""

    def __init__(self, parameter: str, missing: list[str], present: list[str]) -> None:
        names = ", ".join(f"`{m}`" for m in missing)
        have = ", ".join(f"`{p}`" for p in present) or "no columns"
        super().__init__(
            f"`{parameter}` names columns that are not in the data: {names}. "
            f"The data has {have}. To fix this, use one of the data's column names."
        )


class MediaFileStorageError(Error):
    """A media file could not be read (a path that does not exist)."""


class CommandLineError(Error):
    """`jupyter st ...` cannot do what was asked; shown as one line, exit status 2."""
