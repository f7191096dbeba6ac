"""`st.column_config` columns drawn as small charts: bar, line and area sparklines and
progress bars (re-exported by api/column_config.py, the public namespace)."""

from __future__ import annotations

from typing import Any

from ..convert.column_config import check_chart_color, column_dict


def _chart(
    kind: str,
    label: str | None,
    width: Any,
    help: str | None,
    pinned: bool | None,
    y_min: float | None,
    y_max: float | None,
    color: str | None,
) -> dict[str, Any]:
    check_chart_color(color)
    type_config = {"type": kind, "y_min": y_min, "y_max": y_max, "color": color}
    return column_dict(type_config, label=label, width=width, help=help, pinned=pinned)


def BarChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: float | None = None,
    y_max: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers as small bar charts.  >>> BarChartColumn("Sales", y_min=0)"""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: float | None = None,
    y_max: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers as small line charts.  >>> LineChartColumn("Trend")"""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: float | None = None,
    y_max: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers as small area charts.  >>> AreaChartColumn("Trend")"""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def ProgressColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: float | None = None,
    max_value: float | None = None,
    step: float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Numbers as progress bars between min_value (0) and max_value (1).
    >>> ProgressColumn("Done", format="percent")"""
    check_chart_color(color)
    type_config = {
        "type": "progress",
        "format": format,
        "min_value": min_value,
        "max_value": max_value,
        "step": step,
        "color": color,
    }
    return column_dict(type_config, label=label, width=width, help=help, pinned=pinned)
