"""Data conversion shared by api and render: tables and column config, cell formats,
selections, Vega-Lite specs and chart data, figures, images, audio/video and downloads.
Pure functions on user data and elements; imports neither api nor render (nor runtime,
ipywidgets or IPython), so both may use it."""
