"""`add_rows` on a Vega-Lite chart, as data: the new rows go to the dataset they belong to,
shaped as the chart's first rows were (a built-in chart's index as x, y columns melted).
Pure: takes the element, returns the element with more rows."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..elements import charts as el
from ..errors import StreamlitAPIException
from .chart_data import COLOR_COLUMN, INDEX_COLUMN, VALUE_COLUMN, melt_rows
from .chart_specs import DATA_NAME
from .frames import to_dataframe

BUILT_IN = ("line_chart", "area_chart", "bar_chart", "scatter_chart")


def appended_rows(
    element: el.VegaLiteChart, data: Any, name: str | None = None
) -> el.VegaLiteChart:
    """New rows for the chart's dataset: the one `name`d, its main one, or its only named
    one (an Altair chart's). A built-in chart's rows are prepared, and melted, as its first
    rows were."""
    new = to_dataframe(data)
    if element.command in BUILT_IN:
        new = _prepared_like(element, new)
    names = [key for key, _ in element.datasets]
    if name is None and element.data is None and len(names) == 1:
        name = names[0]
    if name in names:
        datasets = tuple((k, _concat(v, new) if k == name else v) for k, v in element.datasets)
        return dataclasses.replace(element, datasets=datasets)
    if element.data is None and "data" not in element.spec:
        spec = {**element.spec, "data": {"name": DATA_NAME}}
        return dataclasses.replace(element, data=new.copy(), spec=spec)
    return dataclasses.replace(element, data=_concat(element.data, new))


def _concat(old: Any, new: Any) -> Any:
    import pandas as pd

    if old is None or len(old) == 0:
        return new.copy()
    return pd.concat([old, new], ignore_index=True)


def _prepared_like(element: el.VegaLiteChart, new: Any) -> Any:
    """`new` in the shape of the chart's data: the index as x (a RangeIndex continuing the
    old one, as older Streamlit did) and several y columns melted, as the first rows were."""
    import pandas as pd

    old = element.data
    if old is None:
        return new
    new = new.copy()
    if INDEX_COLUMN in old.columns and INDEX_COLUMN not in new.columns:
        if isinstance(new.index, pd.RangeIndex) and len(old):
            start = int(old[INDEX_COLUMN].max()) + 1
            new.index = pd.RangeIndex(start, start + len(new))
        new = new.rename_axis(INDEX_COLUMN).reset_index()
    new.columns = [str(c) for c in new.columns]
    melted = {COLOR_COLUMN, VALUE_COLUMN}
    if melted <= set(old.columns) and VALUE_COLUMN not in new.columns:
        keep = [c for c in old.columns if c not in melted]
        values = [c for c in new.columns if c not in keep]
        new = melt_rows(new, keep, values)
    missing = [c for c in old.columns if c not in new.columns]
    if missing:
        raise StreamlitAPIException(
            f"The new rows lack the chart's columns: {', '.join(map(str, missing))}."
        )
    return new[list(old.columns)]
