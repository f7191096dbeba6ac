"""Hello from jupyter_st: an ordinary Streamlit script, unmodified."""

import datetime

import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Hello", page_icon="👋")
st.title("Welcome to jupyter_st! 👋")
st.markdown(
    "This is a **Streamlit** script running inside **Jupyter**: every widget below is an "
    "ipywidget, and each change reruns the script in the kernel."
)

with st.sidebar:
    st.header("Settings")
    name = st.text_input("Your name", "world")
    rows = st.slider("Rows", 5, 50, 10)
    show_table = st.checkbox("Show the data", value=True)

st.subheader(f"Hello, {name}!")

if "clicks" not in st.session_state:
    st.session_state.clicks = 0
left, right = st.columns(2)
with left:
    if st.button("Click me", type="primary"):
        st.session_state.clicks += 1
    st.metric("Clicks", st.session_state.clicks, delta=1 if st.session_state.clicks else None)
with right:
    color = st.selectbox("Favourite colour", ["blue", "green", "orange", "red", "violet"])
    st.markdown(f"You picked :{color}[**{color}**].")
    day = st.date_input("A day", datetime.date(2026, 11, 25))
    st.caption(f"{day:%A, %d %B %Y}")

rng = np.random.default_rng(rows)
data = pd.DataFrame(rng.normal(size=(rows, 3)), columns=["a", "b", "c"])
if show_table:
    st.dataframe(data.round(3))

tab_stats, tab_code = st.tabs(["Statistics", "Code"])
with tab_stats:
    st.write(data.describe().round(3))
with tab_code:
    st.code("x = st.slider('Rows', 5, 50, 10)\nst.write(x, 'squared is', x * x)")

with st.expander("About session state"):
    st.json(st.session_state.to_dict())

progress = st.progress(0, text="Working...")
for percent in range(0, 101, 25):
    progress.progress(percent, text=f"Working... {percent}%")
st.success("Done!")
