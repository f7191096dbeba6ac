"""Differential tests: the same scripts and interactions under Streamlit's AppTest and ours.

Each implementation runs every scenario in ONE subprocess (see harness.py); every test
then compares the snapshots (elements in main/sidebar, toasts, exception messages,
session state) after each run.
"""

from __future__ import annotations

import pytest

from .harness import diff, observe_many

pytestmark = [pytest.mark.reference, pytest.mark.timeout(300)]

R = ["run"]
S: dict[str, tuple[str, list]] = {}


def scenario(name: str, script: str, *steps: list) -> None:
    S[name] = (script, [R, *steps] if steps and steps[0] != R else list(steps) or [R])


# ---------------------------------------------------------------- st.write dispatch
scenario(
    "write_scalars_and_args",
    """
    import streamlit as st
    st.write("hello *world*")
    st.write("Total:", 3)
    st.write(3, "a\\nb")
    st.write(1)
    st.write(1.5)
    st.write(True)
    st.write(None)
    st.write()
    st.write("x`y")
    st.write(b"bytes", range(3))
    """,
)
scenario(
    "write_collections",
    """
    import streamlit as st
    st.write([1, "a", None])
    st.write({"a": 1, "b": [1, 2], "c": None})
    st.write((1, 2))
    st.write({1, 2})
    st.write("list:", [1, 2])
    """,
)
scenario(
    "write_dataframe",
    """
    import pandas as pd
    import streamlit as st
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    st.write(df)
    st.write("Below", df, "Above")
    st.dataframe(df)
    st.table(df)
    """,
)
scenario(
    "write_exception_and_multiline_objects",
    """
    import streamlit as st
    class Multi:
        def __str__(self):
            return "l1\\nl2"
    class Ticks:
        def __str__(self):
            return "a`b"
    st.write(ValueError("boom"))
    st.write(Multi())
    st.write(Ticks())
    st.write("before", Multi(), "after")
    st.empty().write("a", "b")
    """,
)

# ---------------------------------------------------------------- magic
scenario(
    "magic",
    '''
    """Module docstring: not shown."""
    import streamlit as st
    "second string is shown"
    x = 5
    x
    x * 2
    def f():
        """function docstring: not shown"""
        "inside f"
        return 1
    f()
    len("abc")
    if x > 1:
        "in if"
    else:
        "in else"
    for i in range(2):
        f"loop {i}"
    with st.container():
        "in with"
    1, 2
    (3, 4),
    [1, 2]
    ''',
)

# ---------------------------------------------------------------- text & status elements
scenario(
    "text_elements",
    r"""
    import streamlit as st
    st.title("Title")
    st.header("Header", divider=True)
    st.subheader("Sub")
    st.caption("cap")
    st.code("x = 1")
    st.code("SELECT 1", language="sql")
    st.text("plain  text")
    st.latex(r"a^2 + b^2")
    st.divider()
    st.json({"k": [1, None]})
    st.json('{"x": 1}')
    st.markdown("**md**")
    """,
)
scenario(
    "markdown_dedent_and_strip",
    """
    import streamlit as st
    st.markdown("  padded  ")
    st.markdown('''
        indented
        block
    ''')
    st.write("a", "")
    st.caption("  cap  ")
    st.write(st.session_state)
    st.session_state.x = 1
    st.write(st.session_state)
    """,
)
scenario(
    "metric_and_alerts",
    """
    import streamlit as st
    st.metric("Temp", 70, 1.5)
    st.metric("Speed", "70 F", -2, delta_color="inverse")
    st.metric("None", None)
    st.error("err")
    st.warning("warn", icon="⚠️")
    st.info("info", icon=":material/info:")
    st.success("ok")
    """,
)
scenario(
    "progress_and_toast",
    """
    import streamlit as st
    st.progress(30)
    st.progress(0.25, text="quarter")
    st.progress(1.0)
    st.toast("hi", icon="🎉")
    st.toast("plain")
    """,
)

# ---------------------------------------------------------------- widgets
scenario(
    "button_checkbox_toggle",
    """
    import streamlit as st
    b = st.button("Go")
    c = st.checkbox("Check")
    c2 = st.checkbox("Checked", value=True)
    t = st.toggle("Tog")
    st.text(f"{b!r} {type(b).__name__} {c!r} {c2!r} {t!r} {type(t).__name__}")
    """,
    ["button", 0, "click"],
    R,
    ["checkbox", 0, "check"],
    ["checkbox", 1, "uncheck"],
    ["toggle", 0, "set_value", True],
    R,
    R,
)
scenario(
    "radio",
    """
    import streamlit as st
    a = st.radio("A", ["x", "y", "z"])
    b = st.radio("B", ["x", "y"], index=None)
    c = st.radio("C", [1, 2, 3], index=2, horizontal=True)
    st.text(f"{a!r} {b!r} {c!r} {type(c).__name__}")
    """,
    ["radio", 0, "set_value", "z"],
    ["radio", 1, "set_value", "y"],
    ["radio", 2, "set_value", 1],
    R,
)
scenario(
    "selectbox",
    """
    import streamlit as st
    a = st.selectbox("A", ["x", "y", "z"])
    b = st.selectbox("B", ["x", "y"], index=None)
    c = st.selectbox("C", [1, 2, 3], format_func=lambda v: f"n{v}")
    st.text(f"{a!r} {b!r} {c!r} {type(c).__name__}")
    """,
    ["selectbox", 0, "select", "y"],
    ["selectbox", 1, "select_index", 0],
    ["selectbox", 2, "select", 3],
    R,
    ["selectbox", 1, "select", None],
    R,
)
scenario(
    "multiselect",
    """
    import streamlit as st
    a = st.multiselect("A", ["x", "y", "z"])
    b = st.multiselect("B", ["x", "y", "z"], default="y")
    c = st.multiselect("C", [1, 2, 3], default=[3, 1])
    st.text(f"{a!r} {b!r} {c!r} {type(a).__name__}")
    """,
    ["multiselect", 0, "select", "z"],
    ["multiselect", 1, "unselect", "y"],
    ["multiselect", 2, "set_value", [2]],
    R,
    ["multiselect", 0, "select", "x"],
    R,
)
scenario(
    "slider_kinds",
    """
    import datetime
    import streamlit as st
    a = st.slider("int")
    b = st.slider("float", 0.0, 1.0)
    c = st.slider("range", 0, 10, (2, 5))
    d = st.slider("reversed", 0, 10, (8, 2))
    e = st.slider("widen", 0, 10, 20)
    f = st.slider("date", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31),
                  datetime.date(2024, 6, 1))
    g = st.slider("swapped", 10, 0)
    for v in (a, b, c, d, e, f, g):
        st.text(f"{v!r} {type(v).__name__}")
    """,
    ["slider", 0, "set_value", 42],
    ["slider", 1, "set_value", 0.75],
    ["slider", 2, "set_range", 3, 9],
    ["slider", 5, "set_value", {"py": "datetime.date(2024, 3, 4)"}],
    R,
)
scenario(
    "select_slider",
    """
    import streamlit as st
    a = st.select_slider("single", ["lo", "mid", "hi"], value="mid")
    b = st.select_slider("range", [1, 2, 3, 4], value=(2, 3))
    c = st.select_slider("first", ["a", "b"])
    st.text(f"{a!r} {b!r} {c!r} {type(b).__name__}")
    """,
    ["select_slider", 0, "set_value", "hi"],
    ["select_slider", 1, "set_range", 1, 4],
    R,
)
scenario(
    "text_input_and_area",
    """
    import streamlit as st
    a = st.text_input("A")
    b = st.text_input("B", "toolong", max_chars=3)
    c = st.text_input("C", value=None)
    d = st.text_area("D", "multi\\nline")
    st.text(f"{a!r} {b!r} {c!r} {d!r} {type(a).__name__}")
    """,
    ["text_input", 0, "input", "typed"],
    ["text_input", 1, "input", "abcdef"],
    ["text_input", 2, "set_value", "now"],
    ["text_area", 0, "input", "new"],
    R,
)
scenario(
    "number_input",
    """
    import streamlit as st
    a = st.number_input("none")
    b = st.number_input("int", value=5, step=2)
    c = st.number_input("min only", min_value=1)
    d = st.number_input("value none", value=None, min_value=0)
    e = st.number_input("float", 0.0, 10.0, 1.5, 0.5)
    for v in (a, b, c, d, e):
        st.text(f"{v!r} {type(v).__name__}")
    """,
    ["number_input", 1, "increment"],
    ["number_input", 4, "decrement"],
    ["number_input", 3, "set_value", 7],
    R,
    ["number_input", 1, "decrement"],
    ["number_input", 1, "decrement"],
    R,
)
scenario(
    "date_time_color",
    """
    import datetime
    import streamlit as st
    d = st.date_input("D", datetime.date(2024, 2, 29))
    r = st.date_input("R", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 5)))
    n = st.date_input("N", None)
    t = st.time_input("T", datetime.time(8, 45))
    c = st.color_picker("C")
    c2 = st.color_picker("C2", "#ABC")
    for v in (d, r, n, t, c, c2):
        st.text(f"{v!r} {type(v).__name__}")
    """,
    ["date_input", 0, "set_value", {"py": "datetime.date(2025, 1, 2)"}],
    ["time_input", 0, "increment"],
    ["color_picker", 0, "pick", "#112233"],
    R,
    ["time_input", 0, "set_value", {"py": "datetime.time(23, 0)"}],
    R,
)

# ---------------------------------------------------------------- session state
scenario(
    "session_state_counter",
    """
    import streamlit as st
    if "count" not in st.session_state:
        st.session_state.count = 0
    if st.button("inc"):
        st.session_state.count += 1
    st.write("count", st.session_state.count)
    """,
    ["button", 0, "click"],
    R,
    ["button", 0, "click"],
    R,
    R,
)
scenario(
    "widget_keys_in_session_state",
    """
    import streamlit as st
    st.slider("s", 0, 10, 3, key="s")
    st.checkbox("c", key="c")
    st.text_input("t", key="t")
    st.slider("unkeyed", 0, 10)
    st.write(len(st.session_state), sorted(st.session_state.keys()))
    st.write(st.session_state.s, st.session_state["c"])
    """,
    ["slider", "s", "set_value", 8],
    ["checkbox", "c", "check"],
    ["text_input", "t", "input", "hey"],
    R,
)
scenario(
    "session_state_before_widget",
    """
    import streamlit as st
    if "k" not in st.session_state:
        st.session_state.k = 7
    v = st.slider("k", 0, 10, key="k")
    st.write("value", v)
    """,
    ["session_state", "k", 2],
    R,
    ["slider", "k", "set_value", 9],
    R,
)
scenario(
    "cleanup_unrendered_keyed_widget",
    """
    import streamlit as st
    show = st.checkbox("show", value=True)
    if show:
        st.slider("s", 0, 10, 1, key="s")
    st.write("s" in st.session_state)
    """,
    ["slider", "s", "set_value", 7],
    R,
    ["checkbox", 0, "uncheck"],
    R,
    R,
    ["checkbox", 0, "check"],
    R,
)
scenario(
    "callbacks_args_order",
    """
    import streamlit as st
    def cb(name, *, extra=""):
        st.write(f"cb {name}{extra}")
        st.session_state.log = st.session_state.get("log", "") + name
    st.write("script start")
    st.checkbox("c1", key="c1", on_change=cb, args=("c1",))
    st.slider("s", 0, 10, key="s", on_change=cb, args=("s",), kwargs={"extra": "!"})
    st.text_input("t", key="t", on_change=cb, kwargs={"name": "t"})
    if st.button("b", on_click=cb, args=("b",)):
        st.write("clicked")
    """,
    ["text_input", 0, "input", "x"],
    ["slider", 0, "set_value", 3],
    ["checkbox", 0, "check"],
    R,
    ["button", 0, "click"],
    R,
    R,
)

# ---------------------------------------------------------------- widget identity
scenario(
    "widget_identity",
    """
    import streamlit as st
    flip = st.checkbox("flip")
    a = st.slider("keyed A" if not flip else "keyed A (renamed)", 0, 10, key="a")
    b = st.slider("unkeyed B" if not flip else "unkeyed B (renamed)", 0, 10)
    c = st.slider("keyed C", 0, 10 if not flip else 20, key="c")
    d = st.text_input("keyed D" if not flip else "keyed D2", key="d")
    st.write(a, b, c, d)
    """,
    ["slider", 0, "set_value", 4],
    ["slider", 1, "set_value", 5],
    ["slider", 2, "set_value", 6],
    ["text_input", 0, "input", "kept"],
    R,
    ["checkbox", 0, "check"],
    R,
)

# ---------------------------------------------------------------- layout
scenario(
    "layout_blocks",
    """
    import streamlit as st
    st.write("top")
    c1, c2 = st.columns([2, 1])
    c1.write("in c1")
    with c2:
        st.button("b2")
    t1, t2 = st.tabs(["Tab A", "Tab B"])
    t1.write("in tab a")
    with t2:
        st.metric("m", 1)
    with st.expander("Exp"):
        st.write("in expander")
    with st.container():
        st.write("in container")
    e = st.empty()
    e.write("filled")
    e2 = st.empty()
    ph = st.empty()
    ph.text("first")
    ph.text("second")
    st.write("bottom")
    """,
)
scenario(
    "sidebar",
    """
    import streamlit as st
    st.sidebar.title("Side")
    x = st.sidebar.slider("x", 0, 5, 2)
    with st.sidebar:
        st.write("in with sidebar")
    st.slider("x", 0, 5, 2)
    st.write("main", x)
    """,
    ["slider", 0, "set_value", 4],
    R,
)
scenario(
    "stop",
    """
    import streamlit as st
    st.write("before")
    if not st.checkbox("go"):
        st.stop()
    st.write("after")
    """,
    ["checkbox", 0, "check"],
    R,
)
scenario(
    "rerun_loop",
    """
    import streamlit as st
    st.session_state.n = st.session_state.get("n", 0) + 1
    st.write("n", st.session_state.n)
    if st.session_state.n < 3:
        st.rerun()
    st.write("done")
    """,
)
scenario(
    "form",
    """
    import streamlit as st
    with st.form("f"):
        s = st.slider("s", 0, 10, 1)
        t = st.text_input("t")
        sub = st.form_submit_button("Send")
    st.write("values", s, t, sub)
    """,
    ["slider", 0, "set_value", 9],
    ["text_input", 0, "input", "hi"],
    R,
    ["form_submit_button", 0, "click"],
    R,
    R,
)
scenario(
    "form_submit_same_run",
    """
    import streamlit as st
    with st.form("f", clear_on_submit=False):
        s = st.slider("s", 0, 10, 1)
        t = st.text_input("t")
        sub = st.form_submit_button()
    st.write("values", s, t, sub)
    """,
    ["slider", 0, "set_value", 9],
    ["text_input", 0, "input", "hi"],
    ["form_submit_button", 0, "click"],
    R,
    R,
)
scenario(
    "form_without_submit",
    """
    import streamlit as st
    with st.form("f"):
        st.slider("s", 0, 10, 1)
    st.write("after")
    """,
)

# ---------------------------------------------------------------- chat, status, overlays
scenario(
    "chat_messages",
    """
    import streamlit as st
    with st.chat_message("user"):
        st.write("hello")
    st.chat_message("assistant", avatar="🦜").markdown("hi *there*")
    st.chat_message("bob").write("custom")
    st.chat_message("ai").write("ai")
    st.chat_message("Human").write("human")
    st.chat_message("x", avatar="assistant").write("preset avatar")
    st.chat_message("🐶").write("emoji name")
    st.chat_message("web", avatar="https://example.com/a.png").write("image")
    """,
)
scenario(
    "chat_input_value_once",
    """
    import streamlit as st
    st.write("top")
    prompt = st.chat_input("Say something", key="c", max_chars=20)
    st.write(f"got {prompt!r}")
    """,
    R,
    ["chat_input", 0, "set_value", "hello"],
    R,
    R,
)
scenario(
    "chat_input_on_submit_and_history",
    """
    import streamlit as st
    if "log" not in st.session_state:
        st.session_state.log = []
    def submitted():
        st.session_state.log.append(st.session_state.msg)
    st.chat_input(key="msg", on_submit=submitted)
    for line in st.session_state.log:
        with st.chat_message("user"):
            st.write(line)
    """,
    R,
    ["chat_input", 0, "set_value", "one"],
    R,
    ["chat_input", 0, "set_value", "one"],
    R,
    R,
)
scenario(
    "chat_input_inline_in_containers",
    """
    import streamlit as st
    with st.container():
        a = st.chat_input("inner")
    with st.sidebar:
        b = st.chat_input("side", disabled=True)
    st.write(repr(a), repr(b))
    """,
    R,
    ["chat_input", 0, "set_value", "x"],
    R,
)
scenario(
    "chat_input_text_set_through_state",
    """
    import streamlit as st
    if st.button("Set Value"):
        st.session_state.chat_input = "Hello, world!"
    got = st.chat_input(key="chat_input")
    st.write("Chat input value:", st.session_state.chat_input, got)
    """,
    R,
    ["button", 0, "click"],
    R,
    ["chat_input", 0, "set_value", "sent"],
    R,
    R,
)
scenario(
    "chat_input_preset_before_first_run",
    """
    import streamlit as st
    st.session_state.setdefault("c", "draft")
    got = st.chat_input("Say", key="c", submit_mode="disable")
    st.write(repr(got), repr(st.session_state.c))
    """,
    R,
    R,
)
scenario(
    "write_stream_chunks",
    """
    import streamlit as st
    def words():
        yield "Hello "
        yield ""
        yield "*world*"
    text = st.write_stream(words)
    st.write(repr(text))
    mixed = st.write_stream(["a", "b", {"k": 1}, 3, "c"])
    st.write(repr(mixed))
    st.write(repr(st.write_stream(iter([]))))
    with st.chat_message("assistant"):
        st.write_stream(c for c in ["x", "y"])
    """,
)
scenario(
    "status_states",
    """
    import streamlit as st
    with st.status("Working", expanded=True) as s:
        st.write("step 1")
    other = st.status("Other", state="error")
    other.update(label="Changed", state="complete")
    st.status("Idle")
    try:
        with st.status("Failing"):
            st.write("about to fail")
            raise ValueError("x")
    except ValueError:
        st.write("caught")
    with st.status("Kept", state="error"):
        st.write("inside")
    s.update(label="Relabelled")
    """,
)
scenario(
    "popover_and_effects",
    """
    import streamlit as st
    with st.popover("Settings", help="more", icon="⚙️"):
        flag = st.checkbox("flag")
    st.popover("Second").write("method syntax")
    st.balloons()
    st.snow()
    st.write(flag)
    """,
    R,
    ["checkbox", 0, "check"],
    R,
)
scenario(
    "dialog_options",
    """
    import streamlit as st
    @st.dialog("Pick", width=500, position="right", dismissible=False, on_dismiss="rerun")
    def pick():
        st.write("choose")
    pick()
    st.write("after")
    """,
)
scenario(
    "dialog_open_and_close",
    """
    import streamlit as st
    @st.dialog("Vote")
    def vote(item):
        st.write(f"voting for {item}")
        if st.button("Submit"):
            st.session_state.vote = item
            st.rerun()
    if "vote" not in st.session_state:
        if st.button("A"):
            vote("A")
    else:
        st.write(f"voted {st.session_state.vote}")
    """,
    R,
    ["button", 0, "click"],
    R,
    ["button", 1, "click"],
    R,
)

# ---------------------------------------------------------------- button groups, feedback
scenario(
    "pills_and_segmented_control",
    """
    import streamlit as st
    one = st.pills("Tags", ["a", "b", "c"], key="p")
    many = st.pills("Many", ["x", "y", "z"], selection_mode="multi", default=["y"])
    seg = st.segmented_control("Mode", [1, 2, 3], format_func=lambda n: f"#{n}", default=2)
    st.write(repr(one), repr(many), repr(seg))
    """,
    R,
    ["button_group", 0, "set_value", "b"],
    ["button_group", 1, "select", "z"],
    R,
    ["button_group", 2, "set_value", None],
    ["button_group", 1, "unselect", "y"],
    R,
)
scenario(
    "pills_callback_and_state",
    """
    import streamlit as st
    st.session_state.setdefault("n", 0)
    def changed():
        st.session_state.n += 1
    st.session_state.setdefault("size", "M")
    size = st.segmented_control("Size", ["S", "M", "L"], key="size", on_change=changed)
    st.write(size, st.session_state.n)
    """,
    R,
    ["button_group", 0, "set_value", "L"],
    R,
    R,
)
scenario(
    "feedback_kinds",
    """
    import streamlit as st
    thumbs = st.feedback("thumbs", key="t")
    faces = st.feedback("faces")
    stars = st.feedback("stars", default=2)
    st.write(repr(thumbs), repr(faces), repr(stars))
    """,
    R,
    ["feedback", 0, "set_value", 0],
    ["feedback", 2, "set_value", 4],
    R,
    ["feedback", 0, "set_value", None],
    R,
)

# ---------------------------------------------------------------- fragments
scenario(
    "fragment_rerun_keeps_outside",
    """
    import streamlit as st
    st.session_state.setdefault("full", 0)
    st.session_state.full += 1
    st.write("full runs", st.session_state.full)
    @st.fragment
    def part():
        n = st.number_input("n", 0, 10, 1, key="n")
        st.write("double", n * 2)
    part()
    st.write("after")
    """,
    R,
    ["number_input", 0, "set_value", 4],
    R,
    ["number_input", 0, "increment"],
    R,
)
scenario(
    "fragment_scope_rerun_during_full_run",
    """
    import streamlit as st
    st.session_state.setdefault("runs", 0)
    st.session_state.runs += 1
    st.write("runs", st.session_state.runs)
    @st.fragment
    def part():
        st.write("in fragment")
        if st.session_state.runs == 1:
            st.rerun(scope="fragment")
    part()
    st.write("after")
    """,
    R,
    R,
)

# ---------------------------------------------------------------- errors
ERRORS = {
    "duplicate_widget_id": "st.button('b')\nst.button('b')",
    "duplicate_key": "st.slider('a', key='k')\nst.checkbox('b', key='k')",
    "modify_key_after_creation": "st.slider('s', key='k')\nst.session_state.k = 3",
    "button_value_via_session_state": "st.session_state.b = True\nst.button('B', key='b')",
    "slider_mixed_types": "st.slider('x', 0, 10.0)",
    "slider_mixed_step": "st.slider('a', 0, 10, 5, 0.5)",
    "number_input_mixed_types": "st.number_input('a', 0, 10.0)",
    "number_input_mixed_step": "st.number_input('a', value=1, step=0.5)",
    "selectbox_index_out_of_range": "st.selectbox('s', ['a', 'b'], index=5)",
    "columns_zero": "st.columns(0)",
    "tabs_empty": "st.tabs([])",
    "label_visibility_invalid": "st.text_input('t', label_visibility='nope')",
    "progress_150": "st.progress(150)",
    "progress_float_1_5": "st.progress(1.5)",
    "missing_state_attribute": "st.session_state.missing",
    "missing_state_item": "st.write(st.session_state['missing'])",
    "color_picker_invalid": "st.color_picker('c', 'red')",
    "multiselect_default_not_in_options": "st.multiselect('m', ['a'], default='z')",
    "slider_min_equals_max": "st.slider('s', 5, 5)",
    "chat_message_no_name": "st.chat_message(None)",
    "chat_message_bad_avatar": "st.chat_message('x', avatar='no/such/file.png')",
    "chat_input_in_form": "with st.form('f'):\n    st.chat_input()",
    "status_bad_state": "st.status('s', state='bad')",
    "status_update_bad_state": "st.status('s').update(state='nah')",
    "popover_bad_type": "st.popover('p', type='x')",
    "dialog_bad_width": "st.dialog('t', width='huge')(lambda: None)()",
    "dialog_twice": "@st.dialog('a')\ndef f(): pass\n@st.dialog('b')\ndef g(): pass\nf()\ng()",
    "write_stream_str": "st.write_stream('abc')",
    "write_stream_not_iterable": "st.write_stream(5)",
    "chat_input_bad_submit_mode": "st.chat_input(submit_mode='later')",
    "dialog_bad_position": "st.dialog('t', position='top')(lambda: None)()",
    "dialog_bad_on_dismiss": "st.dialog('t', on_dismiss='close')(lambda: None)()",
    "pills_bad_selection_mode": "st.pills('p', ['a'], selection_mode='some')",
    "feedback_bad_options": "st.feedback('hearts')",
    "rerun_fragment_scope_outside": "st.rerun(scope='fragment')",
}
for _name, _body in ERRORS.items():
    scenario(
        f"error_{_name}",
        f"import streamlit as st\nst.write('before')\n{_body}\nst.write('not reached')\n",
    )

# ---------------------------------------------------------------- media and files
scenario(
    "media_images_with_captions",
    """
    import numpy as np
    import streamlit as st
    st.image([np.zeros((2, 2, 3), dtype=np.uint8), np.ones((2, 2))], caption=["a", "b"])
    st.image(np.zeros((2, 2)), clamp=True, use_column_width=True)
    st.audio(np.zeros(10), sample_rate=8000, start_time="1s")
    st.video("https://youtu.be/dQw4w9WgXcQ")
    """,
)
scenario(
    "files_upload_and_clear",
    """
    import streamlit as st
    f = st.file_uploader("one", type=["csv"])
    st.write("none" if f is None else f"{f.name} {f.size} {f.type} {f.read()!r}")
    many = st.file_uploader("many", accept_multiple_files=True)
    st.write(repr([(m.name, m.getvalue()) for m in many]))
    """,
    R,
    ["file_uploader", 0, "set_value", {"py": "('a.csv', b'1,2', 'text/csv')"}],
    ["file_uploader", 1, "upload", "x.txt", {"py": "b'x'"}],
    ["file_uploader", 1, "upload", "y.txt", {"py": "b'yy'"}],
    R,
    R,
    ["file_uploader", 0, "clear"],
    R,
    ["file_uploader", 0, "set_value", {"py": "('a.txt', b'no', 'text/plain')"}],
    R,
)
scenario(
    "files_camera_and_download",
    """
    import streamlit as st
    photo = st.camera_input("cam")
    st.write(repr(None if photo is None else (photo.name, photo.getvalue())))
    if st.download_button("get", b"abc", file_name="a.bin"):
        st.write("clicked")
    """,
    R,
    ["camera_input", 0, "set_value", {"py": "('shot.jpg', b'jpeg', 'image/jpeg')"}],
    ["download_button", 0, "click"],
    R,
    R,
    ["camera_input", 0, "clear"],
    R,
)
scenario(
    "files_download_click_ignored_and_image_addresses",
    """
    import numpy as np
    import streamlit as st
    st.image([np.zeros((2, 3, 3), dtype=np.uint8), np.full((2, 2, 4), 9, dtype=np.uint8)])
    st.image('<svg width="2" height="2"><rect width="2" height="2"/></svg>')
    st.image("https://example.com/a.png")
    if st.download_button("get", b"abc", on_click="ignore"):
        st.write("clicked")
    """,
    R,
    ["download_button", 0, "click"],
    R,
    R,
)
scenario(
    "media_pyplot_same_png_as_streamlit",
    """
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import streamlit as st
    fig, ax = plt.subplots(figsize=(2, 1))
    ax.plot([1, 3, 2])
    st.pyplot(fig)
    st.pyplot(fig, width=100)
    """,
)
MEDIA_ERRORS = {
    "image_float_out_of_range": "import numpy as np\nst.image(np.full((2, 2), 1.5))",
    "image_int_out_of_range": "import numpy as np\nst.image(np.full((2, 2), 300))",
    "image_bad_channels": "import numpy as np\nst.image(np.zeros((2, 2, 5)))",
    "image_1d": "import numpy as np\nst.image(np.zeros(4))",
    "image_caption_count": "import numpy as np\nst.image([np.zeros((2, 2))] * 2, caption=['a'])",
    "image_bgr_grey": "import numpy as np\nst.image(np.zeros((2, 2)), channels='BGR')",
    "image_bad_width": "st.image('https://example.com/a.png', width='wide')",
    "image_missing_file": "st.image('no/such/image.png')",
    "image_link_many": "st.image(['https://e.com/a.png', 'https://e.com/b.png'], link='/x')",
    "audio_numpy_without_rate": "import numpy as np\nst.audio(np.zeros(10))",
    "audio_numpy_3d": "import numpy as np\nst.audio(np.zeros((2, 2, 2)), sample_rate=8000)",
    "audio_bad_start": "st.audio(b'x', start_time='soon')",
    "audio_bad_type": "st.audio(3.5)",
    "video_end_before_start": "st.video(b'x', start_time=5, end_time=2)",
    "video_youtube_subtitles": "st.video('https://youtu.be/dQw4w9WgXcQ', subtitles='WEBVTT')",
    "video_bad_subtitles": "st.video(b'x', subtitles=3)",
    "video_subtitle_text": "st.video(b'x', subtitles='not subtitles')",
    "video_subtitle_label_not_text": "st.video(b'x', subtitles={1: 'WEBVTT'})",
    "pyplot_none": "st.pyplot(None)",
    "uploader_bad_max_size": "st.file_uploader('f', max_upload_size=0)",
    "uploader_bad_on_change": "st.file_uploader('f', on_change='later')",
    "camera_bad_resolution": "st.camera_input('c', resolution='4k')",
    "download_in_form": "with st.form('f'):\n    st.download_button('d', 'x')",
    "download_bad_data": "st.download_button('d', 3)",
    "download_bad_type": "st.download_button('d', 'x', type='big')",
    "download_bad_icon_position": "st.download_button('d', 'x', icon_position='top')",
    "download_shortcut_not_str": "st.download_button('d', 'x', shortcut=5)",
    "download_shortcut_empty": "st.download_button('d', 'x', shortcut=' + ')",
    "download_shortcut_two_keys": "st.download_button('d', 'x', shortcut='a+%')",
    "download_shortcut_reserved": "st.download_button('d', 'x', shortcut='Ctrl+C')",
    "download_shortcut_modifiers_only": "st.download_button('d', 'x', shortcut='ctrl+shift')",
    "download_shortcut_odd_key": "st.download_button('d', 'x', shortcut='ctrl+%')",
    "uploader_content_width": "st.file_uploader('f', width='content')",
    "camera_zero_width": "st.camera_input('c', width=0)",
    "chat_input_bad_accept_file": "st.chat_input(accept_file='some')",
    "uploader_value_via_state": "st.session_state.up = 5\nst.file_uploader('f', key='up')",
    "camera_value_via_state": "st.session_state.cam = None\nst.camera_input('c', key='cam')",
    "download_value_via_state": "st.session_state.d = True\nst.download_button('d', 'x', key='d')",
    "chat_input_bad_upload_size": "st.chat_input(max_upload_size=0)",
    "chat_files_and_odd_multiple": "st.chat_input(accept_file=True, file_type='csv')\n"
    "st.file_uploader('u', type='csv', accept_multiple_files='yes')",
}
for _name, _body in MEDIA_ERRORS.items():
    scenario(
        f"error_{_name}",
        f"import streamlit as st\nst.write('before')\n{_body}\nst.write('not reached')\n",
    )

# ---------------------------------------------------------------- charts and maps
CHART_SETUP = """
import pandas as pd
import streamlit as st
df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5, 6], "c": ["x", "y", "z"]})
"""
CHART_ERRORS = {
    "missing_x": "st.line_chart(df, x='nope')",
    "missing_y": "st.bar_chart(df, y=['a', 'zz'])",
    "x_not_str": "st.area_chart(df, x=3)",
    "color_list_length": "st.line_chart(df, y=['a', 'b'], color=['#f00'])",
    "color_single_for_two": "st.line_chart(df, y=['a', 'b'], color='#f00')",
    "color_invalid": "st.scatter_chart(df, y='a', color='not a colour')",
    "size_invalid": "st.scatter_chart(df, x='a', y='b', size='big')",
    "stack_invalid": "st.bar_chart(df, stack='sideways')",
    "sort_missing": "st.bar_chart(df, x='c', y='a', sort='-zz')",
    "width_invalid": "st.line_chart(df, width=-3)",
    "height_invalid": "st.line_chart(df, height='tall')",
    "theme_invalid": "st.vega_lite_chart(df, {'mark': 'point'}, theme='dark')",
    "empty_spec": "st.vega_lite_chart(df, {})",
    "on_select_without_params": "st.vega_lite_chart(df, {'mark': 'point'}, on_select='rerun')",
    "on_select_bad": "st.vega_lite_chart(df, {'mark': 'point'}, on_select='later')",
    "selection_mode_unknown": (
        "st.vega_lite_chart(df, {'mark': 'point', 'params': [{'name': 'p', 'select': 'point'}]},"
        " on_select='rerun', selection_mode='q')"
    ),
    "map_no_lat": "st.map(pd.DataFrame({'x': [1.0], 'lon': [2.0]}))",
    "map_nan": "st.map(pd.DataFrame({'lat': [1.0, None], 'lon': [2.0, 3.0]}))",
    "map_bad_color_column": (
        "st.map(pd.DataFrame({'lat': [1.0], 'lon': [2.0], 'k': ['z']}), color='k')"
    ),
    "map_bad_color": "st.map(pd.DataFrame({'lat': [1.0], 'lon': [2.0]}), color='#zz')",
    "pydeck_bad_selection_mode": (
        "import pydeck as pdk\nst.pydeck_chart(pdk.Deck(), on_select='rerun', selection_mode='all')"
    ),
    "graphviz_bad_type": "st.graphviz_chart(42)",
    "selection_state_assigned": (
        "st.session_state.sel = 1\nst.vega_lite_chart(df, {'mark': 'point', 'params': "
        "[{'name': 'p', 'select': 'point'}]}, on_select='rerun', key='sel')"
    ),
    "plotly_bad_selection_mode": (
        "st.plotly_chart({'data': []}, on_select='rerun', selection_mode='circle')"
    ),
    "plotly_bad_theme": "st.plotly_chart({'data': []}, theme='dark')",
    "plotly_empty_data": "st.plotly_chart({'data': []})",
    "altair_not_a_chart": "st.altair_chart({'mark': 'point'})",
}
for _name, _body in CHART_ERRORS.items():
    scenario(f"chart_error_{_name}", f"{CHART_SETUP}st.write('before')\n{_body}\nst.write('x')\n")

scenario(
    "charts_kinds_and_selection_state",
    CHART_SETUP
    + """
import altair as alt, graphviz, pydeck as pdk
st.line_chart(df)
st.area_chart(df, x="a", y="b")
st.bar_chart(df, x="c", y=["a", "b"], horizontal=True, stack=False)
st.scatter_chart(df, x="a", y="b", size="a", color="c")
st.altair_chart(alt.Chart(df).mark_bar().encode(x="c", y="a"))
spec = {"mark": "point", "params": [{"name": "pick", "select": "point"},
        {"name": "brush", "select": "interval"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"}}}
event = st.vega_lite_chart(df, spec, on_select="rerun", key="sel")
st.write(sorted(event.selection.keys()))
deck = st.pydeck_chart(pdk.Deck(), on_select="rerun", key="deck")
st.write(deck.selection.indices, deck["selection"]["objects"])
st.map(pd.DataFrame({"lat": [1.0, 2.0], "LON": [3.0, 4.0]}))
st.graphviz_chart("digraph { a -> b }")
""",  # add_rows is left out: Streamlit 1.67 removed it, jupyter_st keeps it (issue 7)
    R,
    R,
)

scenario(
    "maps_keep_their_width_when_not_using_the_container_width",
    CHART_SETUP
    + """
import pydeck as pdk
st.map(pd.DataFrame({"lat": [1.0], "lon": [2.0]}), use_container_width=False)
st.pydeck_chart(pdk.Deck(), use_container_width=False)
st.pydeck_chart(pdk.Deck(), use_container_width=False, width=300)
st.graphviz_chart("digraph { a -> b }", use_container_width=False)
st.write("maps drawn")
""",
    R,
)

scenario(
    "charts_accept_alt_everywhere",
    CHART_SETUP
    + """
import graphviz, pydeck as pdk
st.line_chart(df, alt="  lines  ")
st.bar_chart(df, alt="   ")
st.vega_lite_chart(df, {"mark": "point"}, alt="points")
st.plotly_chart({"data": [{"type": "bar", "y": [1, 2]}]}, alt="bars")
st.graphviz_chart("digraph { a -> b }", alt="a graph")
st.map(pd.DataFrame({"lat": [1.0], "lon": [2.0]}), alt="a map")
event = st.pydeck_chart(pdk.Deck(), alt="a deck", on_select="rerun", key="d")
st.write(event.selection.indices)
""",
    R,
)

# ---------------------------------------------------------------- dataframes (grid, editor)
scenario(
    "dataframe_inputs",
    """
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import streamlit as st
    st.dataframe([1, 2, 3])
    st.dataframe({"a": [1, 2], "b": ["x", "y"]})
    st.dataframe({"x": 1, "y": 2})
    st.dataframe(np.array([[1, 2], [3, 4]]))
    st.dataframe(pd.Series([1.5, 2.5], name="s"))
    st.dataframe(pa.table({"t": ["p", "q"]}))
    st.dataframe([{"a": 1, "b": None}, {"a": 2, "b": "z"}])
    st.dataframe(pd.DataFrame({"v": [3, 4]}).style.highlight_max())
    st.table(pd.DataFrame({"w": [5]}))
    """,
)
scenario(
    "data_editor_edits_from_session_state",
    """
    import pandas as pd
    import streamlit as st
    df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    out = st.data_editor(df, key="ed", num_rows="dynamic")
    st.write(repr(out.to_dict("list")))
    lst = st.data_editor([1, 2, 3], key="ls")
    st.write(repr(lst))
    """,
    R,
    [
        "session_state",
        "ed",
        {
            "py": "{'edited_rows': {0: {'a': 10}}, 'added_rows': "
            "[{'a': 7, 'b': 'n'}], 'deleted_rows': [1]}"
        },
    ],
    [
        "session_state",
        "ls",
        {"py": "{'edited_rows': {1: {'value': 5}}, 'added_rows': [], 'deleted_rows': []}"},
    ],
    R,
)
scenario(
    "dataframe_selection_default",
    """
    import pandas as pd
    import streamlit as st
    event = st.dataframe(pd.DataFrame({"a": [1, 2]}), on_select="rerun", key="pick",
                         selection_mode="single-row-required")
    st.write(repr(event.selection.rows))
    df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
    default = {"selection": {"rows": [2, 7, 2], "columns": ["b", "a"]}}
    chosen = st.dataframe(df, on_select="rerun", selection_mode=["multi-row", "single-column"],
                          selection_default=default)
    st.write(repr(chosen))
    """,
)
scenario(
    "dataframe_odd_inputs",
    """
    import pandas as pd
    import streamlit as st
    st.dataframe((i * i for i in range(3)), row_height=0)
    st.dataframe(pd.DataFrame({"b": pd.array([True, None], dtype="boolean")}))
    """,
)
scenario(
    "dataframe_cell_selection_default",
    """
    import pandas as pd
    import streamlit as st
    df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
    default = {"selection": {"rows": [], "columns": [], "cells": [[1, "b"], [0, "a"]]}}
    for mode in ("multi-cell", "single-cell"):
        event = st.dataframe(df, on_select="rerun", selection_mode=mode, selection_default=default)
        st.write(repr(event.selection.cells))
    """,
)
scenario(
    "data_editor_edits_keep_streamlits_types_and_missing_values",
    """
    import pandas as pd
    import streamlit as st
    df = pd.DataFrame({"i": [1, 2], "f": [0.5, None], "s": ["a", "b"], "b": [True, False],
                       "d": pd.to_datetime(["2020-01-01", "2020-01-02"])})
    out = st.data_editor(df, key="e", num_rows="dynamic")
    st.write(repr(out.to_dict("list")))
    st.write(repr(out.dtypes.astype(str).to_dict()))
    st.write(repr(list(out.index)))
    named = st.data_editor(pd.DataFrame({"v": [1, 2]}, index=["x", "y"]), key="n",
                           num_rows="dynamic")
    st.write(repr(named.to_dict("index")))
    rows = st.data_editor([[1, "a"], [2, "b"]], key="r", num_rows="dynamic")
    st.write(repr(rows))
    records = st.data_editor([{"a": 1, "b": "x"}], key="c", num_rows="dynamic")
    st.write(repr(records))
    """,
    R,
    [
        "session_state",
        "e",
        {
            "py": "{'edited_rows': {1: {'i': 7, 'f': 2, 's': None, 'b': True, "
            "'d': '2021-05-05T10:00:00'}}, 'added_rows': [{'s': 'new'}], 'deleted_rows': [0]}"
        },
    ],
    [
        "session_state",
        "n",
        {
            "py": "{'edited_rows': {0: {'_index': 'z'}}, 'added_rows': "
            "[{'_index': 'w', 'v': 9}, {'v': 3}], 'deleted_rows': []}"
        },
    ],
    [
        "session_state",
        "r",
        {"py": "{'edited_rows': {0: {'1': 'q'}}, 'added_rows': [{'0': 3}], 'deleted_rows': [1]}"},
    ],
    [
        "session_state",
        "c",
        {"py": "{'edited_rows': {}, 'added_rows': [{'a': 2}], 'deleted_rows': []}"},
    ],
    R,
)
scenario(
    "dataframe_tag_markdown_and_media_columns",
    """
    import pandas as pd
    import streamlit as st
    cc = st.column_config
    df = pd.DataFrame({"t": ["a"], "m": ["**x**"], "au": ["https://a.example/x.mp3"],
                       "vi": ["https://a.example/x.mp4"]})
    st.dataframe(df, column_config={
        "t": cc.MultiselectColumn("Tags", options=["a", "b"], color=["red", "blue"]),
        "m": cc.MarkdownColumn("Notes"), "au": cc.AudioColumn(), "vi": cc.VideoColumn()})
    edited = st.data_editor(df, column_config={"t": cc.MultiselectColumn(options=["a", "b"])})
    st.write(repr(edited.to_dict("list")))
    """,
)
DATAFRAME_ERRORS = {
    "dataframe_duplicate_columns": (
        "import pandas as pd\nst.dataframe(pd.DataFrame([[1, 2, 3]], columns=list('aba')))"
    ),
    "table_duplicate_columns": (
        "import pandas as pd\nst.table(pd.DataFrame([[1, 2]], columns=[0, 0]))"
    ),
    "dataframe_str": "st.dataframe('abc')",
    "dataframe_int": "st.dataframe(5)",
    "dataframe_3d": "import numpy as np\nst.dataframe(np.zeros((2, 2, 2)))",
    "dataframe_width": "st.dataframe([1], width='wide')",
    "dataframe_height": "st.dataframe([1], height=0)",
    "dataframe_selection_mode": "st.dataframe([1], on_select='rerun', selection_mode='rows')",
    "dataframe_two_row_modes": (
        "st.dataframe([1], on_select='rerun', selection_mode=['single-row', 'multi-row'])"
    ),
    "dataframe_column_config_type": "st.dataframe([1], column_config={'value': 3})",
    "data_editor_duplicate_columns": (
        "import pandas as pd\nst.data_editor(pd.DataFrame([[1, 2]], columns=['a', 'a']))"
    ),
    "chart_column_color": "st.column_config.LineChartColumn(color='plaid')",
    "dataframe_default_without_select": (
        "st.dataframe([1], selection_default={'selection': {'rows': [0]}})"
    ),
    "dataframe_default_not_a_selection": (
        "st.dataframe([1], on_select='rerun', selection_default={'rows': [0]})"
    ),
}
for _name, _body in DATAFRAME_ERRORS.items():
    scenario(
        f"error_{_name}",
        f"import streamlit as st\nst.write('before')\n{_body}\nst.write('not reached')\n",
    )

SCENARIOS = sorted(S)


@pytest.fixture(scope="session")
def observed() -> dict[str, dict[str, list]]:
    """All scenarios, run once per implementation (one subprocess each)."""
    scenarios = [S[name] for name in SCENARIOS]
    out = {}
    for impl in ("streamlit", "jupyter_st"):
        results = observe_many(impl, scenarios)
        out[impl] = dict(zip(SCENARIOS, results, strict=True))
    return out


@pytest.mark.parametrize("name", SCENARIOS)
def test_matches_streamlit(name: str, observed: dict[str, dict[str, list]]) -> None:
    reference, ours = observed["streamlit"][name], observed["jupyter_st"][name]
    assert not any("harness_error" in s for s in reference), reference
    assert ours == reference, f"jupyter_st differs from Streamlit:\n{diff(reference, ours)}"
