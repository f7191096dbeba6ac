"""Hello from jupyter_st: Streamlit's hello app, as an ordinary Streamlit script.

Run it with `jupyter st hello`. It uses st.navigation with one function per page, so the
whole demo is this one file. Its data is generated here, so it works offline.
"""

import time

import altair as alt
import numpy as np
import pandas as pd
import pydeck as pdk
import streamlit as st

SF = (37.76, -122.4)  # the demo's city: San Francisco
STATIONS = [
    ("Embarcadero", 37.7929, -122.3970), ("Montgomery St", 37.7894, -122.4010),
    ("Powell St", 37.7844, -122.4080), ("Civic Center", 37.7796, -122.4138),
    ("16th St Mission", 37.7650, -122.4196), ("24th St Mission", 37.7522, -122.4184),
    ("Glen Park", 37.7330, -122.4338), ("Balboa Park", 37.7217, -122.4475),
]  # fmt: skip


def intro():
    st.title("Welcome to jupyter_st! 👋")
    st.sidebar.success("Select a demo above.")
    st.markdown(
        """
        **jupyter_st** runs Streamlit apps inside Jupyter: every widget is an ipywidget, and
        each change reruns the script in the kernel, as `streamlit run` would.

        **👈 Select a demo from the sidebar** to see some examples of what it can do.

        ### Want to learn more?
        - Write a script with `import streamlit as st` and run it with `jupyter st run app.py`
        - Or put `%%stapp` at the top of a notebook cell
        """
    )
    name = st.text_input("Your name", "world")
    st.subheader(f"Hello, {name}!")


def plotting_demo():
    st.title("Plotting demo")
    st.write(
        "This demo draws a line chart and adds rows to it in a loop, while a progress bar "
        "in the sidebar shows how far it got: the chart receives only the new points."
    )
    progress_bar = st.sidebar.progress(0)
    status_text = st.sidebar.empty()
    rng = np.random.default_rng()
    last_rows = rng.standard_normal((1, 1))
    chart = st.line_chart(last_rows)
    for i in range(1, 101):
        new_rows = last_rows[-1, :] + rng.standard_normal((5, 1)).cumsum(axis=0)
        status_text.text(f"{i}% complete")
        chart.add_rows(new_rows)
        progress_bar.progress(i)
        last_rows = new_rows
        time.sleep(0.05)
    progress_bar.empty()
    st.button("Rerun")


@st.cache_data
def bike_rentals(count: int = 4000) -> pd.DataFrame:
    """Rental pickups scattered around the city centre and the stations."""
    rng = np.random.default_rng(7)
    centres = np.array([(lat, lon) for _, lat, lon in STATIONS] + [SF])
    picks = centres[rng.integers(len(centres), size=count)]
    spread = rng.normal(scale=(0.008, 0.01), size=(count, 2))
    return pd.DataFrame(picks + spread, columns=["lat", "lon"])


@st.cache_data
def station_exits() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    frame = pd.DataFrame(STATIONS, columns=["name", "lat", "lon"])
    frame["exits"] = rng.integers(5_000, 45_000, size=len(frame))
    return frame


@st.cache_data
def outbound_flows() -> pd.DataFrame:
    stations = station_exits()
    pairs = stations.merge(stations, how="cross", suffixes=("", "2"))
    pairs = pairs[pairs["name"] != pairs["name2"]].reset_index(drop=True)
    pairs["outbound"] = (pairs["exits"] * 0.02).round()
    return pairs[["lat", "lon", "lat2", "lon2", "outbound"]]


def mapping_demo():
    st.title("Mapping demo")
    st.write(
        "This demo draws pydeck layers with deck.gl, which jupyter_st bundles: it works "
        "offline (without base-map tiles) and shows tiles when they can be reached."
    )
    layers = {
        "Bike rentals": pdk.Layer(
            "HexagonLayer", data=bike_rentals(), get_position=["lon", "lat"], radius=200,
            elevation_scale=4, elevation_range=[0, 1000], extruded=True,
        ),
        "Station exits": pdk.Layer(
            "ScatterplotLayer", data=station_exits(), get_position=["lon", "lat"],
            get_color=[200, 30, 0, 160], get_radius="[exits]", radius_scale=0.05,
        ),
        "Station names": pdk.Layer(
            "TextLayer", data=station_exits(), get_position=["lon", "lat"], get_text="name",
            get_color=[0, 0, 0, 200], get_size=12, get_alignment_baseline="'bottom'",
        ),
        "Outbound flow": pdk.Layer(
            "ArcLayer", data=outbound_flows(), get_source_position=["lon", "lat"],
            get_target_position=["lon2", "lat2"], get_source_color=[200, 30, 0, 160],
            get_target_color=[200, 30, 0, 160], auto_highlight=True, width_scale=0.0001,
            get_width="outbound", width_min_pixels=3, width_max_pixels=30,
        ),
    }  # fmt: skip
    st.sidebar.subheader("Map layers")
    selected = [layer for name, layer in layers.items() if st.sidebar.checkbox(name, True)]
    if not selected:
        st.error("Please choose at least one layer above.")
        return
    view = pdk.ViewState(latitude=SF[0], longitude=SF[1], zoom=11, pitch=50)
    st.pydeck_chart(pdk.Deck(map_style=None, initial_view_state=view, layers=selected))


@st.cache_data
def agricultural_production() -> pd.DataFrame:
    """Gross agricultural production per region and year, in $B (synthetic)."""
    rng = np.random.default_rng(42)
    years = list(range(1961, 2008))
    regions = ["Brazil", "China", "France", "India", "Kenya", "Norway", "United States"]
    start = rng.uniform(5, 60, size=len(regions))
    growth = rng.uniform(1.01, 1.06, size=len(regions))
    values = start[:, None] * growth[:, None] ** np.arange(len(years))
    noise = rng.normal(1, 0.03, size=values.shape)
    return pd.DataFrame((values * noise).round(2), index=regions, columns=years).rename_axis(
        "Region"
    )


def dataframe_demo():
    st.title("DataFrame demo")
    df = agricultural_production()
    countries = st.multiselect("Choose countries", list(df.index), ["China", "United States"])
    if not countries:
        st.error("Please select at least one country.")
        return
    data = df.loc[countries]
    st.subheader("Gross agricultural production ($B)")
    st.dataframe(data.sort_index())
    long = data.T.reset_index(names="year").melt(
        id_vars="year", var_name="Region", value_name="Gross Agricultural Product ($B)"
    )
    long["year"] = pd.to_datetime(long["year"].astype(str))
    chart = (
        alt.Chart(long)
        .mark_area(opacity=0.3)
        .encode(
            x="year:T",
            y=alt.Y("Gross Agricultural Product ($B):Q", stack=None),
            color="Region:N",
        )
    )
    st.altair_chart(chart, use_container_width=True)


st.set_page_config(page_title="Hello", page_icon="👋")
page = st.navigation(
    [
        st.Page(intro, title="Intro", icon="👋", default=True),
        st.Page(plotting_demo, title="Plotting demo", icon="📈", url_path="plotting"),
        st.Page(mapping_demo, title="Mapping demo", icon="🌍", url_path="mapping"),
        st.Page(dataframe_demo, title="DataFrame demo", icon="📊", url_path="dataframe"),
    ]
)
page.run()
