"""Text elements: headings, markdown, captions, code, latex, json, html and their errors."""

from __future__ import annotations

import pytest

from jupyter_st.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_headings_keep_their_level_anchor_and_help():
    at = run(
        """
        import jupyter_st as st
        st.title("Title", anchor="top", help="what this is")
        st.header("Header")
        st.subheader("Sub", anchor=False)
        """
    )
    assert [(h.value, h.tag) for h in (at.title[0], at.header[0], at.subheader[0])] == [
        ("Title", "h1"),
        ("Header", "h2"),
        ("Sub", "h3"),
    ]
    assert (at.title[0].anchor, at.title[0].help) == ("top", "what this is")
    assert at.subheader[0].anchor == ""


def test_header_divider_keeps_its_colour():
    at = run('import jupyter_st as st\nst.header("H", divider="blue")')
    assert at.header[0].divider == "blue"


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: divider=True is kept as True (Streamlit: 'auto') "
    "and no divider is False (Streamlit: '')",
)
def test_divider_true_is_auto_and_no_divider_is_empty():
    at = run('import jupyter_st as st\nst.subheader("S", divider=True)\nst.title("T")')
    assert at.subheader[0].divider == "auto"
    assert at.title[0].divider == ""


def test_markdown_caption_and_text_keep_help_and_html_flag():
    at = run(
        """
        import jupyter_st as st
        st.markdown("**bold** :red[alert]", unsafe_allow_html=True, help="m")
        st.caption("small", help="c")
        st.text(123, help="t")
        """
    )
    md, cap, text = at.markdown[0], at.caption[0], at.text[0]
    assert (md.value, md.allow_html, md.help) == ("**bold** :red[alert]", True, "m")
    assert (cap.value, cap.allow_html, cap.help) == ("small", False, "c")
    assert (text.value, text.help) == ("123", "t")


def test_non_string_bodies_are_shown_as_text():
    at = run("import jupyter_st as st\nst.caption(42)\nst.markdown(1.5)\nst.code(7)")
    assert at.caption.values == ["42"]
    assert at.code[0].value == "7"
    assert at.markdown.values == ["1.5"]


def test_code_language_defaults_to_python_and_none_is_plaintext():
    at = run(
        """
        import jupyter_st as st
        st.code("x = 1")
        st.code("plain", language=None)
        st.code("SELECT 1", language="sql", line_numbers=True)
        """
    )
    assert [(c.value, c.language) for c in at.code] == [
        ("x = 1", "python"),
        ("plain", "plaintext"),
        ("SELECT 1", "sql"),
    ]


def test_latex_is_wrapped_in_display_math_and_divider_is_a_rule():
    at = run('import jupyter_st as st\nst.latex(r"\\frac{a}{b}")\nst.divider()')
    assert at.latex[0].value == "$$\n\\frac{a}{b}\n$$"
    assert at.divider[0].value == "---"


def test_json_serialises_objects_and_parses_strings():
    at = run(
        """
        import jupyter_st as st
        st.json({"a": {"b": [1, None, True]}}, expanded=False)
        st.json('{"x": "y"}')
        st.json([1, "two"])
        """
    )
    assert at.json[0].value == '{"a": {"b": [1, null, true]}}'
    assert at.json[0].expanded is False
    assert at.json[1].expanded is True
    assert [j.value for j in at.json[1:]] == ['{"x": "y"}', '[1, "two"]']


@pytest.mark.xfail(
    strict=True, reason="differs from Streamlit: a set is shown as its str(), not as a list"
)
def test_json_shows_a_set_as_a_list():
    at = run("import jupyter_st as st\nst.json([1, {2, 3}])")
    assert at.json[0].value == "[1, [2, 3]]"


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: expanded=<int> is kept as the int (Streamlit: True)",
)
def test_json_expanded_depth_counts_as_expanded():
    at = run('import jupyter_st as st\nst.json({"a": {"b": 1}}, expanded=1)')
    assert at.json[0].expanded is True


def test_html_body_is_kept_as_given():
    at = run('import jupyter_st as st\nst.html("<b>x</b><i>y</i>")')
    assert at.html[0].value == "<b>x</b><i>y</i>"


@pytest.mark.xfail(
    strict=True,
    reason="differs from Streamlit: style-only st.html is drawn in main "
    "(Streamlit sends it to the event container, outside main)",
)
def test_style_only_html_is_not_in_main():
    at = run('import jupyter_st as st\nst.html("<style>p {color: red}</style>")\nst.write("x")')
    assert len(at.main.html) == 0 and len(at.html) == 1
    assert at.main.markdown.values == ["x"]


@pytest.mark.xfail(
    strict=True, reason="differs from Streamlit: st.markdown has no `width` argument"
)
def test_markdown_width_is_validated():
    at = run('import jupyter_st as st\nst.markdown("x", width="huge")')
    assert at.exception[0].value.startswith("Invalid width value: 'huge'.")


@pytest.mark.parametrize("divider", ["'pink'", "5"])
def test_bad_divider_raises_streamlits_error(divider):
    at = run(f"import jupyter_st as st\nst.header('h', divider={divider})")
    assert at.exception[0].value == (
        "Invalid `divider` value. Supported values: True, 'red', 'orange', 'yellow', "
        "'blue', 'green', 'violet', 'gray', 'grey', 'rainbow'."
    )
