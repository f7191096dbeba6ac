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
