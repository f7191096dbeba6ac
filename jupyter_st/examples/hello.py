"""Hello from jupyter_st: Streamlit's hello app, as an ordinary Streamlit script.

Run it with `jupyter st hello`. It uses st.navigation with one function per page, so the
whole demo is this one file.
"""

import time

import numpy as np
import pandas as pd
import streamlit as st


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
        "This demo adds rows to a table in a loop while a progress bar in the sidebar "
        "shows how far it got: elements update live while the script runs."
    )
    progress_bar = st.sidebar.progress(0)
    status_text = st.sidebar.empty()
    rng = np.random.default_rng(0)
    rows = rng.standard_normal((1, 1))
    table = st.empty()
    for i in range(1, 21):
        new_rows = rows[-1, :] + rng.standard_normal((5, 1)).cumsum(axis=0)
        rows = np.vstack([rows, new_rows])
        status_text.text(f"{i * 5}% complete")
        progress_bar.progress(i * 5)
        table.dataframe(pd.DataFrame(rows[-10:], columns=["value"]).round(3))
        time.sleep(0.05)
    progress_bar.empty()
    st.button("Rerun")


def dataframe_demo():
    st.title("DataFrame demo")

    @st.cache_data
    def load_data() -> pd.DataFrame:
        rng = np.random.default_rng(42)
        years = list(range(2000, 2021))
        countries = ["Brazil", "China", "France", "India", "Kenya", "Norway", "United States"]
        data = {c: (rng.random(len(years)) * 1000).round(1) for c in countries}
        return pd.DataFrame(data, index=years).T

    df = load_data()
    countries = st.multiselect("Choose countries", list(df.index), ["China", "United States"])
    if not countries:
        st.error("Please select at least one country.")
        return
    st.write("### Gross agricultural production ($B)")
    st.dataframe(df.loc[countries].sort_index())
    st.metric("Total in 2020", f"{df.loc[countries, 2020].sum():,.1f}")


st.set_page_config(page_title="Hello", page_icon="👋")
page = st.navigation(
    [
        st.Page(intro, title="Intro", icon="👋", default=True),
        st.Page(plotting_demo, title="Plotting demo", icon="📈", url_path="plotting"),
        st.Page(dataframe_demo, title="DataFrame demo", icon="📊", url_path="dataframe"),
    ]
)
page.run()
