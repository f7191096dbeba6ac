"""st.ipywidget: any ipywidgets or anywidget object in an app, rerunning it on change.

Keyed widgets are kept for the session: the object passed in the first run is shown in
every run (later runs' fresh objects are closed), so its value and state survive reruns.
An unkeyed widget is identified by its own model id: reuse needs the same object.
"""

from __future__ import annotations

from typing import Any

from ..elements.external import IpyWidget
from ..errors import StreamlitAPIException
from ..runtime.run_context import container_method, get_run_context
from ._widgets import Common, WidgetSpec, add_widget

__all__ = ["ipywidget"]
IPYWIDGET = WidgetSpec(element=IpyWidget)


def is_ipywidget(obj: Any) -> bool:
    """Duck-typed: the API layer never imports ipywidgets."""
    return hasattr(obj, "model_id") and hasattr(obj, "observe") and hasattr(obj, "comm")


@container_method
def ipywidget(widget: Any, *, key: Any = None) -> Any:
    """Show an ipywidgets/anywidget object; its value changes rerun the app.

    >>> n = st.ipywidget(ipywidgets.IntSlider(5), key="n")
    """
    if not is_ipywidget(widget):
        kind = type(widget).__name__
        raise StreamlitAPIException(
            f"`st.ipywidget` expects an ipywidgets or anywidget object, got `{kind}`."
        )
    session = get_run_context("ipywidget").session
    if key is not None:
        kept = session.adopted.setdefault(str(key), widget)
        if kept is not widget:
            widget.close()  # this run's fresh object: the kept one is shown instead
            widget = kept
    add_widget(
        IPYWIDGET, Common.of(type(widget).__name__, key), default=getattr(widget, "value", None),
        identity={"model": None if key is not None else widget.model_id},
        fields={"widget": widget}, shown=lambda _stored: getattr(widget, "value", None),
    )  # fmt: skip
    return getattr(widget, "value", None)
