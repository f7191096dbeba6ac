"""Apps: the runtime wired to the renderer. `App` runs one script onto widgets (what `jupyter
st run`, AppTest and notebooks start); `notebook` makes an app of %%stapp cells, ordered by
`cell_graph`; `stapp_magic` is the IPython side; `streamlit_names` makes `import streamlit`
resolve to jupyter_st inside apps. Nothing below (elements, runtime, api, render) imports this.
"""

from .app import App

__all__ = ["App"]
