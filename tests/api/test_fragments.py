"""@st.fragment at the tree level: full runs run fragments inline, in their own container."""

from __future__ import annotations

from jupyter_st.testing import AppTest


def test_full_runs_run_fragments_inline():
    at = AppTest.from_string(
        """
        import jupyter_st as st
        @st.fragment
        def part(n):
            st.write(f"part {n}")
        st.write("before")
        part(1)
        part(2)
        st.write("after")
        """
    ).run()
    assert at.markdown.values == ["before", "part 1", "part 2", "after"]
    assert [len(block) for block in at.main if block.type == "container"] == [1, 1]


def test_rerun_scope_fragment_needs_a_fragment_rerun():
    at = AppTest.from_string(
        "import jupyter_st as st\n@st.fragment\ndef f():\n    st.rerun(scope='fragment')\nf()\n"
    ).run()
    assert at.exception[0].value.startswith('scope="fragment" can only be specified from')


def test_bad_run_every_is_named():
    at = AppTest.from_string(
        "import jupyter_st as st\n@st.fragment(run_every='soon')\ndef f(): pass\n"
    ).run()
    assert at.exception[0].value == "Unable to convert 'soon' to a time interval."
