"""Safe HTML for Streamlit text elements, ready for ``ipywidgets.HTML(value=...)``.

``HTML.value`` is inserted into the page as-is, so everything built from user data passes
through markdown-it (raw HTML escaped) and then nh3 (allow-list), unless the user opted in
with ``allow_html=True``. Math stays as ``$...$`` text for the page's MathJax.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.gfm import gfm_plugin
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

__all__ = [
    "DIVIDER_CYCLE",
    "code_css",
    "code_html",
    "divider_color",
    "escape",
    "heading_html",
    "json_html",
    "markdown_html",
    "safe_url",
    "text_html",
]

escape = html.escape

COLORS = frozenset(
    {"red", "orange", "yellow", "green", "blue", "violet", "gray", "rainbow", "primary"}
)
DIVIDER_CYCLE = ("blue", "green", "orange", "red", "violet")  # Streamlit's order for divider=True
DIVIDER_HELP = "True, blue, green, orange, red, violet, yellow, gray/grey or rainbow"
_MATH_CLASS = "st-math tex2jax_process mathjax_process"  # MathJax 2 and 3 opt-in
_PLAIN_DIRECTIVES = {"small": "st-small", "shimmer": "st-shimmer"}
_EMOJI_TABLE = (
    "smile=😄 smiley=😃 grin=😁 joy=😂 laughing=😆 wink=😉 blush=😊 heart_eyes=😍 "
    "sunglasses=😎 thinking=🤔 neutral_face=😐 sweat_smile=😅 cry=😢 sob=😭 angry=😠 "
    "scream=😱 sleeping=😴 innocent=😇 upside_down_face=🙃 star_struck=🤩 partying_face=🥳 "
    "+1=👍 thumbsup=👍 -1=👎 thumbsdown=👎 clap=👏 wave=👋 raised_hands=🙌 pray=🙏 "
    "muscle=💪 ok_hand=👌 point_right=👉 eyes=👀 brain=🧠 heart=❤️ broken_heart=💔 "
    "fire=🔥 sparkles=✨ star=⭐ tada=🎉 confetti_ball=🎊 balloon=🎈 gift=🎁 trophy=🏆 "
    "rocket=🚀 zap=⚡ boom=💥 100=💯 white_check_mark=✅ heavy_check_mark=✔️ x=❌ "
    "warning=⚠️ question=❓ exclamation=❗ bulb=💡 memo=📝 books=📚 book=📖 chart=💹 "
    "bar_chart=📊 chart_with_upwards_trend=📈 chart_with_downwards_trend=📉 calendar=📆 "
    "lock=🔒 key=🔑 gear=⚙️ hammer=🔨 wrench=🔧 mag=🔍 link=🔗 email=📧 computer=💻 "
    "bug=🐛 snake=🐍 cat=🐱 dog=🐶 sun=☀️ sunny=☀️ cloud=☁️ rainbow=🌈 "
    "snowflake=❄️ earth_americas=🌎 globe_with_meridians=🌐 coffee=☕ pizza=🍕 "
    "hourglass=⌛ stopwatch=⏱️ bell=🔔 moneybag=💰 dollar=💵 money_with_wings=💸 "
    "red_circle=🔴 large_blue_circle=🔵 green_heart=💚 blue_heart=💙 robot_face=🤖 "
    "movie_camera=🎥 musical_note=🎵 house=🏠 star2=🌟 checkered_flag=🏁 dart=🎯"
)
_EMOJI = dict(pair.split("=") for pair in _EMOJI_TABLE.split())
_TYPOGRAPHY = {"<->": "↔", "<-": "←", "->": "→", "--": "—", ">=": "≥", "<=": "≤", "~=": "≈"}
_DIRECTIVE = re.compile(
    r":(?:material/([a-z0-9_]+):|([a-z]+(?:-background|-badge)?)\[|([a-z0-9_+\-]+):)"
)

_TAGS = nh3.ALLOWED_TAGS | {"input", "section", "del", "s", "sup", "sub", "hr", "div", "span"}
_ATTRIBUTES = {
    "*": {"class", "id", "style"},
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "input": {"checked", "disabled"},
    "ol": {"start"},
}


def _safe_attribute(tag: str, attr: str, value: str) -> str | None:
    """nh3 attribute filter: ``data:`` URLs only as ``data:image/`` in ``img src``."""
    if attr not in {"href", "src"} or not value.strip().lower().startswith("data:"):
        return value
    is_image = tag == "img" and attr == "src" and value.strip().lower().startswith("data:image/")
    return value if is_image else None


_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    attributes=_ATTRIBUTES,
    attribute_filter=_safe_attribute,
    url_schemes=nh3.ALLOWED_URL_SCHEMES | {"data"},
    tag_attribute_values={"a": {"target": {"_blank"}}, "input": {"type": {"checkbox"}}},
    set_tag_attribute_values={"input": {"disabled": ""}},
    filter_style_properties={"color", "background-color", "text-align"},
)


_LINK_SCHEMES = ("http://", "https://", "mailto:", "/")
_IMAGE_SCHEMES = ("http://", "https://", "data:image/", "/")


def safe_url(url: str, *, image: bool = False) -> str | None:
    """``url`` when a browser may follow (or, for ``image``, load) it safely, else None.

    Web and site-relative addresses only: no ``javascript:``, and ``data:`` just for images.
    """
    schemes = _IMAGE_SCHEMES if image else _LINK_SCHEMES
    return url if url.strip().lower().startswith(schemes) else None


def _sanitize(fragment: str) -> str:
    """Strip everything outside the allow-list (scripts, handlers, bad URLs)."""
    return _CLEANER.clean(fragment)


def _span(state: StateInline, css_class: str, text: str | None = None) -> None:
    """Push ``<span class=...>`` (and its text and close when ``text`` is given)."""
    state.push("st_span_open", "span", 1).attrSet("class", css_class)
    if text is not None:
        state.push("text", "", 0).content = text
        state.push("st_span_close", "span", -1)


def _directive_class(name: str) -> str | None:
    """CSS class for ``:name[...]``, or None when Streamlit has no such directive."""
    color, _, variant = name.partition("-")
    color = "gray" if color == "grey" else color
    if not variant:
        return f"st-color-{color}" if color in COLORS else _PLAIN_DIRECTIVES.get(name)
    if variant == "badge" and color != "rainbow" and color in COLORS:
        return f"st-badge st-badge-{color}"
    return f"st-bg-{color}" if variant == "background" and color in COLORS else None


def _streamlit_inline(state: StateInline, silent: bool) -> bool:
    """Inline rule for ``:emoji:``, ``:material/icon:`` and ``:color[text]``."""
    if state.src[state.pos] != ":":
        return False
    match = _DIRECTIVE.match(state.src, state.pos, state.posMax)
    if match is None:
        return False
    icon, directive, emoji = match.groups()
    if emoji is not None:
        if emoji not in _EMOJI:
            return False
        if not silent:
            state.push("text", "", 0).content = _EMOJI[emoji]
    elif icon is not None and not silent:
        _span(state, "st-material-icon", icon)
    elif directive is not None:
        return _bracketed(state, silent, _directive_class(directive), match.end())
    state.pos = match.end()
    return True


def _bracketed(state: StateInline, silent: bool, css_class: str | None, start: int) -> bool:
    """Wrap the markdown between ``[`` (at ``start - 1``) and its ``]`` in a span."""
    end = state.md.helpers.parseLinkLabel(state, start - 1)
    if css_class is None or end < 0:
        return False
    if not silent:
        _span(state, css_class)
        old_max, state.pos, state.posMax = state.posMax, start, end
        state.md.inline.tokenize(state)
        state.posMax = old_max
        state.push("st_span_close", "span", -1)
    state.pos = end + 1
    return True


def _typography(state: StateCore) -> None:
    """Core rule: Streamlit's arrows and dashes (``->`` becomes →) in plain text."""
    for block in state.tokens:
        for token in block.children or []:
            if token.type == "text":
                for old, new in _TYPOGRAPHY.items():
                    token.content = token.content.replace(old, new)


def _render_link_open(
    self: RendererHTML, tokens: list[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Open non-fragment links in a new tab."""
    if not str(tokens[idx].attrGet("href") or "").startswith("#"):
        tokens[idx].attrSet("target", "_blank")
        tokens[idx].attrSet("rel", "noopener noreferrer")
    return self.renderToken(tokens, idx, options, env)


def _render_math(
    self: RendererHTML, tokens: list[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Keep math as ``$...$`` / ``$$...$$`` text for MathJax."""
    token = tokens[idx]
    if token.type == "math_inline":
        return f'<span class="{_MATH_CLASS}">${escape(token.content, quote=False)}$</span>'
    return (
        f'<div class="{_MATH_CLASS}">$$\n{escape(token.content.strip(), quote=False)}\n$$</div>\n'
    )


def _fence_highlight(code: str, lang: str, _attrs: str) -> str:
    """markdown-it ``highlight`` hook: Pygments spans inside ``<pre class="st-code">``."""
    return f'<pre class="st-code"><code>{_highlight(code, lang or None, nowrap=True)}</code></pre>'


@lru_cache(maxsize=2)
def _parser(allow_html: bool) -> MarkdownIt:
    """The configured markdown-it instance (one per ``allow_html``)."""
    md = MarkdownIt("commonmark", {"html": allow_html, "highlight": _fence_highlight})
    gfm_plugin(md)
    md.use(dollarmath_plugin, allow_space=False, allow_digits=False, allow_blank_lines=False)
    md.inline.ruler.before("emphasis", "streamlit", _streamlit_inline)
    md.core.ruler.push("st_typography", _typography)
    md.add_render_rule("link_open", _render_link_open)
    for kind in ("math_inline", "math_block", "math_block_label"):
        md.add_render_rule(kind, _render_math)
    return md


@lru_cache(maxsize=2048)
def markdown_html(body: str, *, allow_html: bool = False) -> str:
    """Render Streamlit-flavoured markdown to HTML; sanitised unless ``allow_html``."""
    rendered = _parser(allow_html).render(body)
    return rendered if allow_html else _sanitize(rendered)


def _highlight(code: str, language: str | None, *, nowrap: bool = False, **options: object) -> str:
    """Pygments-highlight ``code``; escaped plain text for unknown or no language."""
    try:
        lexer = get_lexer_by_name(language or "text", stripnl=False, ensurenl=False)
    except ClassNotFound:
        lexer = get_lexer_by_name("text", stripnl=False, ensurenl=False)
    return highlight(code, lexer, HtmlFormatter(nowrap=nowrap, **options))


@lru_cache(maxsize=2048)
def code_html(
    body: str,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
) -> str:
    """``st.code``: highlighted ``<div class="st-code"><pre>`` (style it with ``code_css``)."""
    css_class = "st-code st-code-wrap" if wrap_lines else "st-code"
    linenos = "inline" if line_numbers else False
    return _highlight(body, language, cssclass=css_class, linenos=linenos, wrapcode=True)


@lru_cache(maxsize=4)
def code_css(dark: bool = False) -> str:
    """Stylesheet for ``code_html`` and fenced code in markdown."""
    style = "github-dark" if dark else "default"
    formatter = HtmlFormatter(style=style)
    rules = [*formatter.get_background_style_defs(".st-code")]
    rules += formatter.get_token_style_defs(".st-code")
    rules.append(".st-code .linenos { opacity: 0.6; padding-right: 1em; user-select: none; }")
    rules.append(".st-code-wrap pre { white-space: pre-wrap; overflow-wrap: anywhere; }")
    return "\n".join(rules) + "\n"


def text_html(body: str) -> str:
    """``st.text``: escaped, preformatted, monospace."""
    return f'<pre class="st-text">{escape(body, quote=False)}</pre>'


def divider_color(index: int) -> str:
    """Colour of the ``index``-th heading with ``divider=True`` (Streamlit cycles these)."""
    return DIVIDER_CYCLE[index % len(DIVIDER_CYCLE)]


def _slug(inner_html: str) -> str:
    """Anchor id from rendered heading content, like Streamlit's frontend."""
    text = html.unescape(re.sub(r"<[^>]+>", "", inner_html)).lower()
    return re.sub(r"[\s_-]+", "-", re.sub(r"[^\w\s-]", "", text)).strip("-")


def _divider_html(divider: bool | str) -> str:
    """``<hr>`` for a heading divider; ``True`` means the first cycle colour."""
    if divider is False or divider is None:
        return ""
    color = DIVIDER_CYCLE[0] if divider is True else str(divider)
    color = "gray" if color == "grey" else color
    if color not in COLORS - {"primary"}:
        raise ValueError(f"Divider colour `{divider}` is unknown. To fix this, use {DIVIDER_HELP}.")
    return f'<hr class="st-divider st-divider-{color}">'


@lru_cache(maxsize=2048)
def heading_html(
    body: str, level: int, *, anchor: str | bool | None = None, divider: bool | str = False
) -> str:
    """Heading ``<hN>`` with inline markdown, an ``id`` anchor and an optional divider."""
    if not 1 <= level <= 6:
        raise ValueError(f"Heading level `{level}` is invalid. To fix this, use 1 to 6.")
    inner = _sanitize(_parser(False).renderInline(body))
    slug = _slug(inner) if anchor is None or anchor is True else anchor
    id_attr = f' id="{escape(slug)}"' if slug else ""
    return f"<h{level}{id_attr}>{inner}</h{level}>{_divider_html(divider)}"


def json_html(value_json: str, *, expanded: bool | int = True) -> str:
    """``st.json``: pretty-printed, escaped JSON (``expanded`` is for a future tree)."""
    try:
        pretty = json.dumps(json.loads(value_json), indent=2, ensure_ascii=False)
    except ValueError:
        pretty = value_json
    return f'<pre class="st-json">{escape(pretty, quote=False)}</pre>'
