"""AppTest's node for st.map and st.pydeck_chart (deck_gl_json_chart): a chart node,
readable with its selection state as `value`, but not interactive (charts.py)."""

from __future__ import annotations

from .base import node_for
from .charts import ChartNode

node_for("deck_gl_json_chart")(ChartNode)
