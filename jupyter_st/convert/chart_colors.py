"""Colours as charts and maps take them: hex strings, rgb()/rgba() strings, 3- or 4-tuples,
and Streamlit's built-in names (resolved to theme colours in the browser)."""

from __future__ import annotations

from typing import Any

from ..errors import StreamlitAPIException

BUILTIN_COLOR_NAMES = frozenset(
    {"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"}
)


class StreamlitInvalidColorError(StreamlitAPIException):
    def __init__(self, color: Any) -> None:
        super().__init__(
            f"This does not look like a valid color: {color!r}.\n\n"
            "Colors must be in one of the following formats:\n\n"
            "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
            "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`"
        )


def is_hex_color_like(color: Any) -> bool:
    return (
        isinstance(color, str)
        and color.startswith("#")
        and color[1:].isalnum()
        and len(color) in {4, 5, 7, 9}
    )


def is_css_color_like(color: Any) -> bool:
    return is_hex_color_like(color) or (
        isinstance(color, str) and color.startswith(("rgb(", "rgba("))
    )


def is_color_tuple_like(color: Any) -> bool:
    return (
        isinstance(color, tuple | list)
        and len(color) in {3, 4}
        and all(isinstance(c, int | float) for c in color)
    )


def is_color_like(color: Any) -> bool:
    return is_css_color_like(color) or is_color_tuple_like(color)


def is_builtin_color_name(color: Any) -> bool:
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def _int_component(value: Any, color: Any) -> int:
    if isinstance(value, float):
        value = int(value * 255)
    if isinstance(value, int):
        return min(255, max(value, 0))
    raise StreamlitInvalidColorError(color)


def _float_component(value: Any, color: Any) -> float:
    if isinstance(value, int):
        value /= 255.0
    if isinstance(value, float):
        return min(1.0, max(value, 0.0))
    raise StreamlitInvalidColorError(color)


def to_css_color(color: Any) -> str:
    """A colour Vega understands: hex and rgb() strings as given, tuples as rgb()/rgba()."""
    if is_css_color_like(color):
        return color
    if is_color_tuple_like(color):
        r, g, b = (_int_component(c, color) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_float_component(color[3], color)})"
    raise StreamlitInvalidColorError(color)


def to_int_color_tuple(color: Any) -> tuple[int, ...]:
    """(r, g, b[, a]) as ints 0-255, from hex strings or tuples (deck.gl's colours)."""
    if is_hex_color_like(color):
        digits = color[1:]
        if len(digits) in (3, 4):
            digits = "".join(2 * d for d in digits)
        if len(digits) == 6:
            digits += "ff"
        try:
            return tuple(int(digits[i : i + 2], 16) for i in range(0, 8, 2))
        except ValueError:
            raise StreamlitInvalidColorError(color) from None
    if is_color_tuple_like(color):
        return tuple(_int_component(c, color) for c in color)
    raise StreamlitInvalidColorError(color)


def invalid_color_argument(color: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"""
This does not look like a valid color argument: `{color}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """
    )
