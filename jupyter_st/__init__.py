"""jupyter_st: Streamlit's programming model and API, running inside Jupyter.

import jupyter_st as st          # or `import streamlit as st` inside an app
x = st.slider("x", 0, 100, 25)
st.write(x, "squared is", x * x)
"""

from . import errors
from ._version import __version__
from .api import column_config
from .api.cache import cache_data, cache_resource
from .api.charts import (
    altair_chart,
    area_chart,
    bar_chart,
    graphviz_chart,
    line_chart,
    plotly_chart,
    scatter_chart,
    vega_lite_chart,
)
from .api.chat import chat_input, chat_message
from .api.choices import (
    feedback,
    multiselect,
    pills,
    radio,
    segmented_control,
    select_slider,
    selectbox,
)
from .api.context import context
from .api.control import rerun, stop
from .api.data import dataframe, metric, table
from .api.data_editor import data_editor
from .api.dates import date_input, time_input
from .api.effects import balloons, snow
from .api.external import ipywidget
from .api.files import camera_input, download_button, file_uploader
from .api.fragments import fragment
from .api.inputs import (
    button,
    checkbox,
    color_picker,
    link_button,
    text_area,
    text_input,
    toggle,
)
from .api.layout import columns, container, empty, expander, form, form_submit_button, tabs
from .api.maps import map, pydeck_chart
from .api.media import audio, image, pyplot, video
from .api.navigation import Page, navigation, page_link, switch_page
from .api.numbers import number_input, slider
from .api.overlays import dialog, popover
from .api.page import set_page_config
from .api.secrets import secrets
from .api.state import query_params, session_state
from .api.status import (
    error,
    exception,
    info,
    progress,
    spinner,
    status,
    success,
    toast,
    warning,
)
from .api.stream import write_stream
from .api.text import (
    caption,
    code,
    divider,
    header,
    html,
    json,
    latex,
    markdown,
    subheader,
    text,
    title,
)
from .api.write import write
from .runtime.run_context import SIDEBAR_CURSOR as sidebar


def load_ipython_extension(ipython):
    """`%load_ext jupyter_st`: registers `%%stapp` (the magic module is imported lazily)."""
    from .apps.stapp_magic import load_ipython_extension as register

    register(ipython)


def _register_in_ipython() -> None:
    """`import jupyter_st` inside IPython makes `%%stapp` available, as %load_ext would."""
    import sys

    ipython_module = sys.modules.get("IPython")
    shell = ipython_module.get_ipython() if ipython_module else None
    if shell is not None and "stapp" not in shell.magics_manager.magics["cell"]:
        load_ipython_extension(shell)


_register_in_ipython()

__all__ = [
    "Page",
    "__version__",
    "altair_chart",
    "area_chart",
    "audio",
    "balloons",
    "bar_chart",
    "button",
    "cache_data",
    "cache_resource",
    "camera_input",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "column_config",
    "columns",
    "container",
    "context",
    "data_editor",
    "dataframe",
    "date_input",
    "dialog",
    "divider",
    "download_button",
    "empty",
    "error",
    "errors",
    "exception",
    "expander",
    "feedback",
    "file_uploader",
    "form",
    "form_submit_button",
    "fragment",
    "graphviz_chart",
    "header",
    "html",
    "image",
    "info",
    "ipywidget",
    "json",
    "latex",
    "line_chart",
    "link_button",
    "map",
    "markdown",
    "metric",
    "multiselect",
    "navigation",
    "number_input",
    "page_link",
    "pills",
    "plotly_chart",
    "popover",
    "progress",
    "pydeck_chart",
    "pyplot",
    "query_params",
    "radio",
    "rerun",
    "scatter_chart",
    "secrets",
    "segmented_control",
    "select_slider",
    "selectbox",
    "session_state",
    "set_page_config",
    "sidebar",
    "slider",
    "snow",
    "spinner",
    "status",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "table",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "vega_lite_chart",
    "video",
    "warning",
    "write",
    "write_stream",
]
