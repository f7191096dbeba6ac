from __future__ import annotations

from html.parser import HTMLParser

import pytest

from jupyter_st.render import html as render
from jupyter_st.render.html import (
    code_css,
    code_html,
    divider_color,
    heading_html,
    json_html,
    markdown_html,
    safe_url,
    text_html,
)

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    "<svg onload=alert(1)><circle/></svg>",
    "![pic](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1)) [y](vbscript:msgbox(1)) [z](data:text/html,<script>1</script>)",
    "<div>\n<script>alert(1)</script>\n</div>",
    ":red[<script>alert(1)</script>]",
]
DANGEROUS_HTML = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    "<svg onload=alert(1)></svg>",
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,hi">x</a>',
    '<p onclick="alert(1)" style="position:fixed">x</p>',
]


def _is_script_url(tag: str, url: str) -> bool:
    if tag == "img" and url.startswith("data:image/"):
        return False
    return url.startswith(("javascript:", "vbscript:", "data:"))


class _ActiveContent(HTMLParser):
    """Collects tags, handlers and URLs that could run script in the page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "iframe", "svg", "object", "embed", "style"}:
            self.found.append(tag)
        for name, value in attrs:
            url = (value or "").strip().lower()
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if name in {"href", "src"} and _is_script_url(tag, url):
                self.found.append(f"{tag} {name}={url}")


def active_content(fragment: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(fragment)
    return parser.found


@pytest.mark.parametrize("source", ATTACKS)
def test_markdown_renders_no_active_content(source: str) -> None:
    out = markdown_html(source)
    assert active_content(out) == []
    for tag in ("<script", "<iframe", "<svg", "<img src=x", "<a href="):
        assert tag not in out.lower()


@pytest.mark.parametrize("fragment", DANGEROUS_HTML)
def test_sanitizer_strips_active_content(fragment: str) -> None:
    out = render._sanitize(fragment)
    assert active_content(out) == []
    for needle in ("<script", "onerror", "onload", "onclick", "javascript:", "position"):
        assert needle not in out


def test_markdown_sanitizes_even_if_raw_html_slips_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unsafe = render._parser.__wrapped__(True)
    monkeypatch.setattr(render, "_parser", lambda allow_html: unsafe)
    markdown_html.cache_clear()
    out = markdown_html("<img src=x onerror=alert(1)> slipped")
    markdown_html.cache_clear()
    assert active_content(out) == []


def test_raw_html_is_shown_as_text() -> None:
    assert "&lt;b&gt;bold&lt;/b&gt;" in markdown_html("<b>bold</b>")


def test_allow_html_keeps_raw_html() -> None:
    assert "<b>bold</b>" in markdown_html("<b>bold</b>", allow_html=True)


def test_sanitizer_keeps_data_image() -> None:
    out = markdown_html("![pic](data:image/png;base64,AAAA)")
    assert 'src="data:image/png;base64,AAAA"' in out


def test_table() -> None:
    out = markdown_html("| a | b |\n|---|--:|\n| 1 | 2 |")
    assert "<table>" in out
    assert "<th>a</th>" in out
    assert 'style="text-align:right"' in out


def test_strikethrough() -> None:
    assert "<s>gone</s>" in markdown_html("~~gone~~")


def test_task_list() -> None:
    out = markdown_html("- [x] done")
    assert 'type="checkbox"' in out
    assert "checked" in out


def test_emoji_shortcodes() -> None:
    assert markdown_html(":smile: :rocket: :tada: :+1:") == "<p>😄 🚀 🎉 👍</p>\n"


def test_unknown_shortcode_and_times_stay_text() -> None:
    assert markdown_html(":nope: at 10:30:00") == "<p>:nope: at 10:30:00</p>\n"


def test_shortcode_in_code_span_stays_text() -> None:
    assert "<code>:smile:</code>" in markdown_html("`:smile:`")


def test_colored_text_renders_nested_markdown() -> None:
    out = markdown_html(":red[**hi** there]")
    assert out == '<p><span class="st-color-red"><strong>hi</strong> there</span></p>\n'


@pytest.mark.parametrize(
    ("source", "css_class"),
    [
        (":grey[x]", "st-color-gray"),
        (":rainbow[x]", "st-color-rainbow"),
        (":primary[x]", "st-color-primary"),
        (":blue-background[x]", "st-bg-blue"),
        (":small[x]", "st-small"),
        (":green-badge[x]", "st-badge st-badge-green"),
    ],
)
def test_directive_classes(source: str, css_class: str) -> None:
    assert f'<span class="{css_class}">x</span>' in markdown_html(source)


def test_unknown_directive_stays_text() -> None:
    assert ":pink[x]" in markdown_html(":pink[x]")


def test_material_icon() -> None:
    out = markdown_html(":material/home: Home")
    assert '<span class="st-material-icon">home</span> Home' in out


def test_inline_math_preserved() -> None:
    out = markdown_html("see $a_1 b_2$ and _em_")
    assert "$a_1 b_2$" in out
    assert "<em>em</em>" in out
    assert out.count("<em>") == 1


def test_block_math_preserved_and_escaped() -> None:
    out = markdown_html("$$\na_1 < b_2\n$$")
    assert "$$\na_1 &lt; b_2\n$$" in out


def test_currency_is_not_math() -> None:
    assert "st-math" not in markdown_html("costs $5 and $10")


def test_links_open_in_new_tab() -> None:
    out = markdown_html("[x](https://example.com)")
    assert 'href="https://example.com"' in out
    assert 'target="_blank"' in out
    assert 'rel="noopener noreferrer"' in out


def test_bare_urls_are_linked() -> None:
    assert 'href="https://example.com"' in markdown_html("go to https://example.com now")


def test_typography() -> None:
    assert markdown_html("a -> b <- c") == "<p>a → b ← c</p>\n"


def test_fenced_code_is_highlighted() -> None:
    out = markdown_html("```python\nimport os\n```")
    assert '<span class="kn">import</span>' in out


def test_code_highlights_keywords() -> None:
    out = code_html("def f():\n    return 1\n")
    assert '<span class="k">def</span>' in out
    assert '<span class="k">return</span>' in out


def test_code_unknown_language_is_escaped_text() -> None:
    out = code_html("<b>x</b>", "no-such-language")
    assert "&lt;b&gt;x&lt;/b&gt;" in out
    assert '<span class="k' not in out


def test_code_none_language_is_plain() -> None:
    assert '<span class="k">' not in code_html("def f(): pass", None)


def test_code_options() -> None:
    out = code_html("x = 1\ny = 2\n", line_numbers=True, wrap_lines=True)
    assert "st-code-wrap" in out
    assert '<span class="linenos">2</span>' in out


def test_code_css_is_scoped() -> None:
    css = code_css(dark=True)
    assert ".st-code .k" in css
    assert all(line.startswith(".st-code") for line in css.splitlines())


def test_text_is_escaped_preformatted() -> None:
    assert text_html("<b> *x*") == '<pre class="st-text">&lt;b&gt; *x*</pre>'


def test_heading_anchor_and_markdown() -> None:
    out = heading_html("Hello **World** :tada:", 2)
    assert out == '<h2 id="hello-world">Hello <strong>World</strong> 🎉</h2>'


def test_heading_without_anchor() -> None:
    assert heading_html("Title", 1, anchor=False) == "<h1>Title</h1>"


def test_heading_custom_anchor_is_escaped() -> None:
    assert heading_html("T", 3, anchor='a"b').startswith('<h3 id="a&quot;b">')


def test_heading_is_sanitized() -> None:
    assert active_content(heading_html("<script>alert(1)</script>", 1)) == []


@pytest.mark.parametrize(
    ("divider", "color"), [(True, "blue"), ("grey", "gray"), ("rainbow", "rainbow")]
)
def test_heading_divider(divider: bool | str, color: str) -> None:
    out = heading_html("T", 2, divider=divider)
    assert out.endswith(f'<hr class="st-divider st-divider-{color}">')


def test_heading_rejects_bad_divider() -> None:
    with pytest.raises(ValueError, match="To fix this"):
        heading_html("T", 2, divider="pink")


def test_divider_cycle_matches_streamlit() -> None:
    assert [divider_color(i) for i in range(6)] == [
        "blue",
        "green",
        "orange",
        "red",
        "violet",
        "blue",
    ]


def test_json_pretty_and_escaped() -> None:
    out = json_html('{"a": ["<b>"]}')
    assert out == '<pre class="st-json">{\n  "a": [\n    "&lt;b&gt;"\n  ]\n}</pre>'


@pytest.mark.parametrize(
    ("url", "image", "expected"),
    [
        ("https://streamlit.io", False, True),
        ("/app/static/a.png", True, True),
        ("mailto:a@b.c", False, True),
        ("data:image/png;base64,AAAA", True, True),
        ("data:image/png;base64,AAAA", False, False),
        ("data:text/html,<script>", True, False),
        (" JavaScript:alert(1)", False, False),
        ("vbscript:x", True, False),
    ],
)
def test_safe_url_allows_web_addresses_only(url: str, image: bool, expected: bool) -> None:
    assert (safe_url(url, image=image) == url) is expected
