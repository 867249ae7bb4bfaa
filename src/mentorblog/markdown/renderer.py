"""Markdown body -> Content: html, summary, table of contents, word count, reading time.

One `Renderer` per process (a parse worker keeps it), whose MarkdownIt parsers are built on
first use; everything a document produces comes back through a typed result, never through
module state."""

from __future__ import annotations

import math
import posixpath
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from html import escape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.anchors.index import slugify as github_slug
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.gfm import gfm_plugin
from mdit_py_plugins.texmath import texmath_plugin
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from mentorblog.core.dialects import MATH_SWITCHES
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.model import JEKYLL, Config, Content, Heading, Page
from mentorblog.markdown import bodytags, polyglot
from mentorblog.markdown.codeblocks import CodeOptions, fence_info, hugo_code_options, number_lines
from mentorblog.markdown.emoji import emoji_plugin
from mentorblog.markdown.image_refs import image_refs
from mentorblog.markdown.kramdown import heading_attributes_plugin, kramdown_plugin
from mentorblog.markdown.kramdown_html import kramdown_html_plugin, span_tags_inline_plugin
from mentorblog.markdown.kramdown_tables import kramdown_tables_plugin
from mentorblog.markdown.private_notes import private_notes_plugin, public_tokens, strip_private
from mentorblog.markdown.shortcodes import ShortcodeSettings, make_templates, site_url
from mentorblog.markdown.typography import typography_plugin
from mentorblog.markdown.words import ENGLISH, BodyWords, body_words
from mentorblog.read.discover import is_html_page

MORE_DIVIDER = "<!--more-->"
_NO_OPTIONS = CodeOptions()


@dataclass(frozen=True, slots=True)
class MarkdownSettings:
    """What changes the html a body renders to (also a cache key for later rebuilds)."""

    raw_html: bool = True
    summary_length: int = 70
    reading_speed: int = 212
    base_path: str = "/"  # prefixed to root-relative links, so /images/x works under /blog/
    anchored_headings: bool = True  # site default; a page's disableAnchoredHeadings wins
    math: bool = False  # site default of `math`; a page's own value wins
    shortcodes: ShortcodeSettings = field(default_factory=ShortcodeSettings)
    show_private: bool = False  # `serve` shows private notes marked; `build` strips them
    # jekyll-polyglot: each language's folder, and what its links leave as written
    language_folders: tuple[tuple[str, str], ...] = ()
    unlocalized: tuple[str, ...] = ()
    # The words a body's own markup says, in each language ("" = the site's): the theme's
    # labels are an input of this stage (and so of its cache key), so a French page's
    # heading links are read aloud in French and the html stays a pure function of them.
    words: tuple[tuple[str, BodyWords], ...] = (("", BodyWords()),)
    kramdown_html_blocks: bool = True  # Config.kramdown_html_blocks
    emoji: bool = False  # Config.enable_emoji


def settings_for(
    config: Config,
    shortcode_templates: tuple[tuple[str, str], ...] = (),
    show_private: bool = False,
) -> MarkdownSettings:
    shortcodes = ShortcodeSettings(
        config.base_url,
        config.base_path,
        config.language,
        config.title,
        config.description,
        config.params,
        shortcode_templates,
        config.raw_html,
        config.default_language if config.languages else "",
    )
    return MarkdownSettings(
        config.raw_html,
        config.summary_length,
        config.reading_speed,
        config.base_path,
        not config.params.get("disableanchoredheadings", False),
        any(config.params.get(n) is True for n in MATH_SWITCHES),
        shortcodes,
        show_private,
        polyglot.language_folders(config),
        config.unlocalized,
        body_words(config),
        config.kramdown_html_blocks,
        config.enable_emoji,
    )


class Renderer:
    """A configured markdown-it parser plus our rules; build one per process and reuse it."""

    def __init__(self, settings: MarkdownSettings) -> None:
        self.settings = settings
        self.md = self._parser(math=False)
        # by (math, www, kramdown); the others are built on first use: most sites have no
        # math, and only Jekyll files that use kramdown's syntax need its rules
        self._parsers: dict[tuple[bool, bool, bool], MarkdownIt] = {
            (False, True, False): self.md,
            (False, False, False): _without_www_links(self._parser(math=False)),
        }
        self._formatter = HtmlFormatter(nowrap=True)
        self._lexers: dict[str, Lexer | None] = {}
        self._templates = make_templates(settings.shortcodes)
        self._code_ordinal = 0  # code blocks so far in the document being rendered
        self._words = dict(settings.words)

    def _parser(self, *, math: bool, kramdown: bool = False) -> MarkdownIt:
        settings = self.settings
        md = MarkdownIt("commonmark", {"typographer": True, "html": settings.raw_html})
        if math:
            # \( \) and \[ \] first, then $ and $$, as PaperMod's KaTeX setup reads them.
            md.use(texmath_plugin, delimiters="brackets")
            md.use(dollarmath_plugin, allow_labels=False, allow_digits=False, double_inline=True)
            for name in ("math_inline", "math_block", "math_inline_double", "math_block_eqno"):
                md.add_render_rule(name, _math_rule)
        md.use(gfm_plugin)
        md.use(deflist_plugin)  # Goldmark and kramdown both read definition lists
        private_notes_plugin(md, show=settings.show_private)
        md.enable(["replacements", "smartquotes"])
        typography_plugin(md)
        if settings.emoji:
            emoji_plugin(md)
        md.use(anchors_plugin, min_level=1, max_level=6, slug_func=_heading_slug)
        md.core.ruler.before("anchor", "mentorblog_shortcodes", bodytags.substitute)
        md.core.ruler.after("anchor", "mentorblog_toc", _collect_headings)
        heading_attributes_plugin(md, kramdown=kramdown)
        if kramdown:
            kramdown_plugin(md)
            kramdown_tables_plugin(md)
            span_tags_inline_plugin(md)
            if self.settings.kramdown_html_blocks:
                kramdown_html_plugin(md)
        md.core.ruler.push("mentorblog_media_subpath", _media_subpath_rule)
        md.core.ruler.push("mentorblog_markdown_links", _markdown_links_rule)
        if settings.language_folders:  # before the base path is put in front
            md.core.ruler.push("mentorblog_polyglot_links", polyglot.localized_links_rule)
        if settings.base_path != "/":
            md.core.ruler.push("mentorblog_base_path", _base_path_rule(settings.base_path))
        md.block.ruler.before(
            "html_block", "mentorblog_more", _more_divider, {"alt": ["paragraph"]}
        )
        fence = self._fence

        def fence_rule(
            _renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, env: EnvType
        ) -> str:
            return fence(tokens[idx], env)

        md.add_render_rule("fence", fence_rule)
        md.add_render_rule("code_block", fence_rule)
        md.add_render_rule("heading_close", _heading_close)
        md.add_render_rule("footnote_anchor_name", _footnote_name)
        md.add_render_rule("mentorblog_more", lambda *_: "")
        md.add_render_rule(bodytags.TOKEN_TYPE, _shortcode_rule)
        return md

    def parser_for(self, body: str, *, math: bool, jekyll: bool = False) -> MarkdownIt:
        """The configured markdown-it parser for `body` (bench/floor.py times it alone). A
        body without `www.` cannot hold a bare www link: its parser skips that rule, which
        otherwise stops the text scanner at every `w` (a fifth of markdown-it's time on the
        bench corpus). Kramdown's rules run only for a Jekyll file whose body may use them
        (`{` for attribute lists, extensions and header ids, `*[` for abbreviations, `<`
        for its HTML blocks, `|` for its tables)."""
        kramdown = jekyll and ("{" in body or "*[" in body or "<" in body or "|" in body)
        key = (math, "www." in body, kramdown)
        md = self._parsers.get(key)
        if md is None:
            md = self._parser(math=math, kramdown=key[2])
            if not key[1]:
                md = _without_www_links(md)
            self._parsers[key] = md
        return md

    # -- rendering rules ----------------------------------------------------------------

    def _lexer(self, lang: str) -> Lexer | None:
        if lang not in self._lexers:
            try:
                self._lexers[lang] = get_lexer_by_name(lang, stripnl=False, ensurenl=False)
            except ClassNotFound:
                self._lexers[lang] = None
        return self._lexers[lang]

    def _fence(self, token: Token, env: EnvType) -> str:
        lang, option_text = fence_info(token.info)
        try:
            options = hugo_code_options(option_text) if "=" in option_text else _NO_OPTIONS
        except ValueError as err:  # an hl_lines range too long to mark
            line = env.get("line", 1) + bodytags.line_of(env, token.map[0] if token.map else 0)
            raise BuildError(f"code block options: {err}", env.get("source"), line) from None
        html = self.code(token.content, lang, options, plain=bool(token.meta.get("plain")))
        if token.attrs:  # a kramdown attribute list after the block: on its outer box
            extra = "".join(
                f' {name}="{escape(str(value))}"'
                for name, value in token.attrs.items()
                if name != "class"
            )
            css = " ".join(filter(None, ("highlight", str(token.attrs.get("class", "")))))
            html = f'<div class="{escape(css)}"{extra}>' + html.removeprefix(
                '<div class="highlight">'
            )
        return html

    def code(
        self, code: str, lang: str, options: CodeOptions = _NO_OPTIONS, *, plain: bool = False
    ) -> str:
        """A code block as html; fences, `{{< highlight >}}` and `{% highlight %}` all come
        here, so they look the same."""
        lang = lang.lower()
        lexer = self._lexer(lang) if lang and not plain else None
        if options.inline:  # Hugo's hl_inline: one line of code in running text
            code = code.strip("\n")
        if lexer is not None:
            html = highlight(code, lexer, self._formatter)
        else:
            html = escape(code, quote=False)
        if options.inline:
            css = f"code-inline language-{lang}" if lang else "code-inline"
            return f'<code class="{escape(css)}">{html.rstrip(chr(10))}</code>'
        self._code_ordinal += 1
        if options.line_numbers or options.marked:
            html = number_lines(html, options, self._code_ordinal - 1)
        label = f' class="language-{escape(lang)}" data-lang="{escape(lang)}"' if lang else ""
        return f'<div class="highlight"><pre tabindex="0"><code{label}>{html}</code></pre></div>\n'

    def fragment(self, markdown: str, expansion: bodytags.Expansion, *, inline: bool) -> str:
        """Markdown inside a shortcode (a caption, a `details` body), with its placeholders."""
        env: dict[str, Any] = {"anchors": False, "shortcodes": expansion}
        if inline:
            return str(self.md.renderInline(markdown, env))
        return str(self.md.render(markdown, env))

    @staticmethod
    def plain(html: str) -> str:
        return _html_text(html)

    # -- one document ---------------------------------------------------------------------

    def render(self, page: Page) -> Content:
        """Render one page's body; errors are BuildErrors at the page's file and line."""
        self._code_ordinal = 0
        disabled = page.flags.get("disableanchoredheadings")
        anchors = self.settings.anchored_headings if disabled is None else not disabled
        env: dict[str, Any] = {
            "anchors": anchors,
            "source": page.source,
            "line": page.body_line,
            "media_subpath": page.media_subpath,
            "jekyll": page.dialect == JEKYLL,
            "words": self._words.get(page.lang) or self._words.get("") or BodyWords(),
        }
        if self.settings.language_folders:
            folders = dict(self.settings.language_folders)
            env["language_folder"] = folders.get(page.lang, "")
            env["language_folders"] = folders
            env["unlocalized"] = self.settings.unlocalized
        wants_math = page.flags.get("math")
        with_math = wants_math is True or (wants_math is None and self.settings.math)
        if not self.settings.show_private:
            page = replace(page, body=strip_private(page.body))  # before anything reads it
        try:
            expansion = bodytags.expand(page, self.settings.shortcodes, self, self._templates)
            env["shortcodes"] = expansion
            md = self.parser_for(expansion.body, math=with_math, jekyll=page.dialect == JEKYLL)
            if is_html_page(page.source):
                tokens = _html_page_tokens(expansion)
            else:
                tokens = md.parse(expansion.body, env)
            html = md.renderer.render(tokens, md.options, env)
        except RecursionError:
            raise BuildError(
                "the Markdown nests too deeply to render", page.source, page.body_line
            ) from None
        if self.settings.show_private:
            tokens = public_tokens(tokens)  # counted and summarised as a build would
        blocks = _top_level_blocks(tokens)
        texts = [_plain_text(tokens[a:b]) for a, b in blocks]
        counts = [_count_words(text, page.is_cjk) for text in texts]
        notes_start = blocks[-1][1] if blocks else 0
        notes = _plain_text(tokens[notes_start:]) if notes_start < len(tokens) else ""
        if notes:
            texts.append(notes)
        words = sum(counts) + _count_words(notes, page.is_cjk)
        speed = 500 if page.is_cjk else self.settings.reading_speed
        summary_html, summary_text, truncated = self._summary(
            page, expansion.body, tokens, blocks, texts, counts, env, md
        )
        return Content(
            html=html,
            summary_html=summary_html,
            summary_text=summary_text,
            is_truncated=truncated,
            text=" ".join(" ".join(texts).split()),
            toc=tuple(env.get("toc", ())),
            word_count=words,
            reading_minutes=math.ceil(words / speed) if words else 0,
            refs=tuple(expansion.refs),
            notices=tuple(expansion.notices),
            images=image_refs(tokens, env),
        )

    def _summary(
        self,
        page: Page,
        body: str,
        tokens: list[Token],
        blocks: list[tuple[int, int]],
        texts: list[str],
        counts: list[int],
        env: dict[str, Any],
        md: MarkdownIt,
    ) -> tuple[str, str, bool]:
        """Jekyll `excerpt` > `<!--more-->` > Hugo `summary` > `excerpt_separator` (not found:
        the whole body) > whole leading blocks until `summary_length` words."""
        if page.excerpt_source is not None:
            return (*self._render_part(page.excerpt_source), True)
        cut = next(
            (i for i, (a, _) in enumerate(blocks) if tokens[a].type == "mentorblog_more"), None
        )
        if cut is None and page.summary_source is not None:
            return (*self._render_part(page.summary_source), True)
        if cut is None and page.excerpt_separator:
            if page.excerpt_separator in body:
                before = body.split(page.excerpt_separator, 1)[0]
                return (*self._render_part(before, env.get("shortcodes")), True)
            cut = len(blocks)
        if cut is None:
            total = 0
            cut = len(blocks)
            for i, count in enumerate(counts):
                total += count
                if total >= self.settings.summary_length:
                    cut = i + 1
                    break
        end = blocks[cut - 1][1] if cut else 0
        part = [t for t in tokens[:end] if not t.type.startswith("footnote")]
        html = md.renderer.render(part, md.options, {**env, "anchors": False})
        rest_words = sum(counts[cut:])
        # The leading blocks' text, already read from the tokens once per block; code is
        # left out of the plain summary, where it would run into the prose around it (a
        # post about Liquid would show its `{% tags %}` on every list).
        prose = (
            t
            for (a, _), t in zip(blocks[:cut], texts[:cut], strict=True)
            if t and not _is_code(tokens[a])
        )
        return html, " ".join(prose), rest_words > 0

    def _render_part(self, markdown: str, expansion: object = None) -> tuple[str, str]:
        env: dict[str, Any] = {"anchors": False, "shortcodes": expansion}
        tokens = self.md.parse(markdown, env)
        return self.md.renderer.render(tokens, self.md.options, env), _plain_text(
            tokens, code=False
        )


def _without_www_links(md: MarkdownIt) -> MarkdownIt:
    """`md` without the GFM `www.` autolink rule and the `w` stop it added to the text rule
    (the text rule's stops are then markdown-it's defaults again: no other rule adds one)."""
    md.inline.ruler.disable("gfm_autolink_www")
    md.inline.terminator_re = MarkdownIt("commonmark").inline.terminator_re
    return md


def _html_page_tokens(expansion: bodytags.Expansion) -> list[Token]:
    """An html page's body as one html block: it is published as written (its tags run
    first), and the rules that read blocks (plain text, summary, images) see its text."""
    html = expansion.as_html(expansion.body)
    return [Token("html_block", "", 0, content=html, block=True, map=[0, html.count("\n") + 1])]


def _top_level_blocks(tokens: list[Token]) -> list[tuple[int, int]]:
    """(start, end) index pairs of each top-level block, footnote section excluded."""
    blocks: list[tuple[int, int]] = []
    start = None
    for i, token in enumerate(tokens):
        if token.type == "footnote_block_open":
            break
        if start is None:
            start = i
        if token.level == 0 and token.nesting <= 0:
            blocks.append((start, i + 1))
            start = None
    return blocks


def _plain_text(tokens: list[Token], *, code: bool = True) -> str:
    """The words of `tokens`; `code`: with the text of code blocks."""
    parts: list[str] = []
    for token in tokens:
        if token.type == "inline" and token.children:
            text = "".join(
                c.content
                if c.type in ("text", "code_inline")
                else " "
                if c.type in ("softbreak", "hardbreak")
                else _html_text(c.content)
                if c.type == bodytags.TOKEN_TYPE
                else ""
                for c in token.children
            )
            parts.append(text.strip())
        elif not code and _is_code(token):
            continue
        elif token.type in ("fence", "code_block"):
            parts.append(token.content.strip())
        elif token.type in ("html_block", bodytags.TOKEN_TYPE):
            parts.append(_html_text(token.content))
    return " ".join(p for p in parts if p)


def _is_code(token: Token) -> bool:
    """A code block: fenced or indented, or highlighted by a shortcode or Liquid tag."""
    return token.type in ("fence", "code_block") or (
        token.type == bodytags.TOKEN_TYPE
        and token.block
        and token.content.startswith('<div class="highlight')
    )


class _HtmlText(HTMLParser):
    """Text of a raw HTML block, read with the standard library's parser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.stack: list[bool] = []  # for each open span: is it a line number?

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # Line numbers of highlighted code (class "ln") are not words of the text.
        self.skip += tag in ("script", "style") or (tag == "span" and ("class", "ln") in attrs)
        if tag == "span":
            self.stack.append(("class", "ln") in attrs)
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        numbers = tag == "span" and bool(self.stack) and self.stack.pop()
        self.skip -= (tag in ("script", "style") or numbers) and self.skip > 0
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


def _math_rule(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, env: EnvType
) -> str:
    """LaTeX -> MathML at build time: browsers draw it natively, with no script, no fonts and
    no request to another host, and it reads the same with JavaScript off."""
    from latex2mathml.converter import convert as latex_to_mathml  # 30 ms: only for math

    token = tokens[idx]
    # `$$…$$` inside a line: inline in a Jekyll file, as kramdown reads it; display
    # math elsewhere, as KaTeX's auto-render (PaperMod's) shows it.
    block = token.block or (token.type == "math_inline_double" and not env.get("jekyll"))
    tex = token.content.strip()
    if env.get("jekyll") and token.type == "math_inline":
        # `$…$` is no math to kramdown: it takes its escapes out (`\_`, `\*`, `\|`, written
        # so kramdown makes no emphasis of them) before MathJax reads the page.
        tex = _KRAMDOWN_ESCAPE.sub(r"\1", tex)
    try:
        mathml = latex_to_mathml(tex, display="block" if block else "inline")
    except Exception as err:  # the converter raises many kinds for bad LaTeX
        line = env.get("line", 1) + bodytags.line_of(env, _markdown_line(token, env))
        problem = f"({type(err).__name__}: {err}): {token.content.strip()[:60]!r}"
        expansion = env.get("shortcodes")
        if not isinstance(expansion, bodytags.Expansion):
            raise BuildError(
                f"math is not valid LaTeX {problem}", env.get("source"), line
            ) from None
        # Shown as written, with a warning, as KaTeX's auto-render (PaperMod's) and MathJax
        # (Jekyll themes') leave what they cannot read: inside a line, dollars are often no
        # math at all (`[“@”, “#”, “$”]`); one broken formula in years of posts should not
        # stop a site that built before (`check --strict` makes it fail).
        notice = Notice(
            f"math is not valid LaTeX {problem}; shown as written", env.get("source"), line
        )
        if notice not in expansion.notices:  # the summary renders the same text again
            expansion.notices.append(notice)
        opening = token.markup or "$"
        written = escape(opening + token.content + _CLOSING.get(opening, opening))
        return f'<p class="math">{written}</p>\n' if token.block else written
    if token.block:
        return f'<div class="math">{mathml}</div>\n'
    return mathml


def _markdown_line(token: Token, env: EnvType) -> int:
    """The Markdown line a math token starts on: its own for a block; for math inside a
    line (which has no line of its own), where its text first appears in the Markdown."""
    if token.map:
        return token.map[0]
    expansion = env.get("shortcodes")
    if isinstance(expansion, bodytags.Expansion):
        opening = token.markup or "$"
        written = opening + token.content + _CLOSING.get(opening, opening)
        # The n-th formula written alike is the n-th in the body; a token rendered again
        # (the summary) keeps its place.
        counts = env.setdefault("math_counts", {})
        places = env.setdefault("math_places", {})
        if id(token) not in places:
            places[id(token)] = counts[written] = counts.get(written, -1) + 1
        nth = places[id(token)]
        found = -1
        for _ in range(nth + 1):
            found = expansion.body.find(written, found + 1)
        if found >= 0:
            return expansion.body.count("\n", 0, found)
    return 0


_CLOSING = {"\\(": "\\)", "\\[": "\\]"}
# kramdown's escaped characters (`parser/kramdown/escaped_chars.rb`)
_KRAMDOWN_ESCAPE = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])")


def _footnote_name(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, env: EnvType
) -> str:
    """Footnotes' ids as the old site had them, so links to `#fn:1` keep working: kramdown
    names them by label (`[^note]`: `fn:note`, `fnref:note`), Goldmark by number (`fn:1`)."""
    meta = tokens[idx].meta
    name = str(meta.get("label", "")) if env.get("jekyll") else ""
    return ":" + escape(name or str(meta["id"] + 1))


def _shortcode_rule(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    token = tokens[idx]
    return token.content.rstrip("\n") + "\n" if token.block else token.content


def _heading_slug(text: str) -> str:
    """GitHub-style ids (so old #fragments keep working); a heading of punctuation alone
    still needs a usable id."""
    return github_slug(text) or "section"


def _is_cjk(ch: str) -> bool:
    return (
        "CJK" in unicodedata.name(ch, "")
        or "\u3040" <= ch <= "\u30ff"
        or ("\uac00" <= ch <= "\ud7af")
    )


def _count_words(text: str, cjk: bool) -> int:
    """Hugo's rule: runs of non-whitespace in the text (code included); CJK pages count
    every CJK character as a word."""
    if not cjk:
        return len(text.split())
    total = 0
    for word in text.split():
        letters = sum(1 for ch in word if _is_cjk(ch))
        rest = "".join(" " if _is_cjk(ch) else ch for ch in word).split()
        total += letters + len(rest)
    return total


_MATH_MARKS = {"math_inline": "$", "math_inline_double": "$$"}
_FALLBACK_ID = re.compile(r"section(?:-\d+)?")


def _collect_headings(state: StateCore) -> None:
    """Runs after `anchor` so ToC links use exactly the ids written into the html. A
    heading with math (`## $E=mc^2$`) is named by its TeX as written, as Hugo names it
    (`emc2`), where the anchor rule saw no text at all and gave it `section`."""
    headings: list[Heading] = []
    used = {str(t.attrGet("id")) for t in state.tokens if t.type == "heading_open"}
    for i, token in enumerate(state.tokens):
        if token.type == "heading_open" and (anchor := token.attrGet("id")):
            children = state.tokens[i + 1].children or ()
            text = "".join(
                c.content
                if c.type in ("text", "code_inline")
                else _MATH_MARKS[c.type] + c.content + _MATH_MARKS[c.type]
                if c.type in _MATH_MARKS
                else ""
                for c in children
            )
            if any(c.type in _MATH_MARKS for c in children) and _FALLBACK_ID.fullmatch(str(anchor)):
                # only an id made for a heading without text (`{#energy}` stays)
                wanted = _heading_slug(text)
                anchor, n = wanted, 0
                while anchor in used and anchor != token.attrGet("id"):
                    n += 1
                    anchor = f"{wanted}-{n}"
                used.add(anchor)
                token.attrSet("id", anchor)
            headings.append(Heading(int(token.tag[1]), str(anchor), text))
    state.env["toc"] = tuple(headings)


def _base_path_rule(base_path: str) -> Any:
    """Authors write `/images/x.svg` meaning the site's root; under a sub-path baseURL that
    root is `/blog/`. Raw HTML attributes are left as written."""

    def rule(state: StateCore) -> None:
        for token in state.tokens:
            for child in token.children or ():
                attr = (
                    "href"
                    if child.type == "link_open"
                    else "src"
                    if child.type == "image"
                    else None
                )
                value = child.attrGet(attr) if attr else None
                if attr and isinstance(value, str):
                    child.attrSet(attr, site_url(value, base_path))

    return rule


def _media_subpath_rule(state: StateCore) -> None:
    """chirpy's rule for images: a relative `src` starts at the page's `media_subpath`
    (`![a](../img/a.png)` under `/` is /img/a.png), not at the page's address."""
    subpath = state.env.get("media_subpath") if isinstance(state.env, dict) else None
    if not subpath:
        return
    for token in state.tokens:
        for child in token.children or ():
            src = child.attrGet("src") if child.type == "image" else None
            if (
                isinstance(src, str)
                and src
                and ":" not in src
                and not src.startswith(("/", "#", "?"))
            ):
                path, mark, rest = src.partition("?") if "?" in src else src.partition("#")
                joined = posixpath.normpath(f"{subpath.rstrip('/')}/{path}")
                child.attrSet("src", "/" + joined.lstrip("/") + mark + rest)


_MARKDOWN_LINK = re.compile(r"[^:?#]+\.(?:md|markdown)(?:#.*)?", re.IGNORECASE)
_MARKDOWN_NAME = re.compile(r"\.(?:md|markdown)\b", re.IGNORECASE)


def _markdown_links_rule(state: StateCore) -> None:
    """A relative link to another Markdown file of the site (`[x](other-post.md#part)`, as
    GitHub shows it and Jekyll's jekyll-relative-links plugin, on by default on GitHub
    Pages, publishes it) leads to that file's page. Its url is known only after collect:
    the link holds a placeholder (xrefs.py); a file that is no page keeps the link."""
    expansion = state.env.get("shortcodes") if isinstance(state.env, dict) else None
    if not isinstance(expansion, bodytags.Expansion) or not _MARKDOWN_NAME.search(state.src):
        return
    for token in state.tokens:
        for child in token.children or ():
            href = child.attrGet("href") if child.type == "link_open" else None
            if (
                isinstance(href, str)
                and not href.startswith(("/", "#"))
                and _MARKDOWN_LINK.fullmatch(href)
            ):
                line = state.env.get("line", 1) + expansion.body_line(
                    token.map[0] if token.map else 0
                )
                child.attrSet("href", expansion.add_ref("md", unquote(href), line))


def _heading_close(
    renderer: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """PaperMod's hidden `#` self-link after each heading (unless disableAnchoredHeadings)."""
    opening = tokens[idx - 2]
    anchor = opening.attrGet("id") if opening.type == "heading_open" else None
    if anchor and env.get("anchors", True):
        label = env.get("words", ENGLISH).heading_link
        link = f'<a class="anchor" href="#{escape(str(anchor))}" aria-label="{escape(label)}">#</a>'
        return f"{link}</{tokens[idx].tag}>\n"
    return f"</{tokens[idx].tag}>\n"


def _more_divider(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """`<!--more-->` on its own line ends the summary, whether or not raw HTML is allowed."""
    begin = state.bMarks[start] + state.tShift[start]
    line = state.src[begin : state.eMarks[start]].strip()
    if line != MORE_DIVIDER or state.sCount[start] - state.blkIndent >= 4:
        return False
    if not silent:
        token = state.push("mentorblog_more", "", 0)
        token.map = [start, start + 1]
    state.line = start + 1
    return True
