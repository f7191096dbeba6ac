"""Data conversion shared by api and render: tables, Vega-Lite specs, images, audio/video,
figures, cell formats and selections. Pure functions on user data and elements; imports
neither api nor render (nor runtime, ipywidgets or IPython), so both may use it."""
