"""Data: metric, dataframe and table."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..elements import data as el
from ..errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from ..runtime.context import Cursor, container_method
from ._add import add
from ._policies import check_label

__all__ = ["dataframe", "metric", "table"]

DELTA_COLORS = (
    "normal",
    "inverse",
    "off",
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "violet",
    "gray",
    "grey",
    "primary",
)


def _metric_text(value: Any, name: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | Decimal) or type(value).__module__ == "numpy":
        return str(value)
    raise StreamlitInvalidParameterTypeError(
        name,
        "int, float, Decimal, NumPy number",
        f"{type(value).__name__}. Convert the value to a number type",
    )


@container_method
def metric(
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    **options: Any,
) -> Cursor:
    """A big number with an optional change.  >>> st.metric("Temperature", "70 °F", "1.2 °F")"""
    label = check_label(label, label_visibility)
    if delta_color not in DELTA_COLORS:
        raise StreamlitValueError("delta_color", ", ".join(f"'{c}'" for c in DELTA_COLORS))
    delta_text = "" if delta is None else _metric_text(delta, "delta")
    return add(
        el.Metric(
            label=label,
            value=_metric_text(value, "value"),
            delta=delta_text,
            delta_color=delta_color,
            help=help,
            label_visibility=label_visibility,
            border=border,
        )
    )


def to_dataframe(data: Any) -> Any:
    """Anything Streamlit accepts as a table, as a pandas DataFrame."""
    import pandas as pd  # pandas costs ~0.3 s to import: only apps that show data pay it

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if hasattr(data, "data") and hasattr(data, "to_html") and hasattr(data, "export"):
        return data.data  # a pandas Styler
    if isinstance(data, pd.Series | pd.Index):
        return data.to_frame()
    if hasattr(data, "to_pandas"):
        return data.to_pandas()
    if isinstance(data, dict) and data and not any(hasattr(v, "__len__") for v in data.values()):
        return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
    frame = pd.DataFrame(data)
    if type(data).__module__ == "numpy" and getattr(data, "ndim", 2) == 1:
        frame.columns = ["value"]
    return frame


@container_method
def dataframe(
    data: Any = None,
    width: Any = "stretch",
    height: Any = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    **options: Any,
) -> Cursor:
    """An interactive table.  >>> st.dataframe(df, hide_index=True)"""
    rows = height if isinstance(height, int) else None
    return add(el.Dataframe(data=to_dataframe(data), hide_index=hide_index, height=rows))


@container_method
def table(data: Any = None, *, border: Any = True) -> Cursor:
    """A static table.  >>> st.table(df.head())"""
    return add(el.Table(data=to_dataframe(data)))
