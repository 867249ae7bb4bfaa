"""Typography as Hugo's Goldmark and Jekyll's kramdown set it, beyond markdown-it's own rules:
`---` is an em dash and `--` an en dash wherever they stand in text (markdown-it's rule turns
`--` into a dash only between spaces or between letters, so `docker run --rm` kept its hyphens
and its heading's id `docker-run---rm` no longer matched the `docker-run-rm` old links point
to), `<<` and `>>` are guillemets (`<<x>>` was `<` and `>` around an html element `<x>`),
each `...` of a run of six dots or more is an ellipsis (`......` is `……`), and an image's
alt text gets curly quotes as the text around it does (Hugo's files only). Code, and the
text of a link written as its address, keep what was written."""

from __future__ import annotations

import re
from collections.abc import Iterator

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_core.smartquotes import process_inlines
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

_ADDRESS_LINKS = ("autolink", "linkify")  # `<https://…>` and a bare address: the text is it
_DOTS = re.compile(r"\.{6,}")  # six or more: fewer are one ellipsis, as markdown-it makes it
_QUOTES = re.compile("['\"]")


def typography_plugin(md: MarkdownIt) -> None:
    """`<<` is read before autolinks and html (whose `<` it starts with); the rest runs once
    the text tokens are joined (`text_join`), before the heading ids are made."""
    md.inline.ruler.before("autolink", "mentorblog_guillemets", _opening_guillemets)
    md.core.ruler.before("replacements", "mentorblog_ellipses", _ellipses)
    md.core.ruler.after("text_join", "mentorblog_typography", _typography)
    md.core.ruler.after("smartquotes", "mentorblog_alt_quotes", _alt_quotes)


def _alt_quotes(state: StateCore) -> None:
    """Curly quotes in an image's alt text too, as Goldmark makes them (markdown-it's rule
    reads the text around images only, so `!["Disabling Safari" isn't hard](x.png)` kept
    its straight quotes): the same rule, over each image's text. Not in a Jekyll file:
    kramdown keeps the alt text's quotes straight."""
    if not state.md.options.get("typographer") or state.env.get("jekyll"):
        return
    for token in state.tokens:
        if token.type != "inline" or not token.children or "![" not in token.content:
            continue
        for child in token.children:
            if child.type == "image" and child.children and _QUOTES.search(child.content):
                process_inlines(child.children, state)


def _ellipses(state: StateCore) -> None:
    """Each `...` one ellipsis, before markdown-it's rule makes any run of dots one: the
    Chinese ellipsis written `......` is two (`……`), as in Goldmark and kramdown."""
    if not state.md.options.get("typographer"):
        return
    for token in state.tokens:
        if token.type == "inline" and token.children and "...." in token.content:
            for child in token.children:
                if child.type == "text" and "...." in child.content:
                    child.content = _DOTS.sub(_as_ellipses, child.content)


def _as_ellipses(run: re.Match[str]) -> str:
    dots = len(run.group())
    return "\u2026" * (dots // 3) + "." * (dots % 3)


def _opening_guillemets(state: StateInline, silent: bool) -> bool:
    if not state.md.options.get("typographer") or not state.src.startswith("<<", state.pos):
        return False
    if not silent:
        state.push("text", "", 0).content = "\u00ab"
    state.pos += 2
    return True


def _typography(state: StateCore) -> None:
    if not state.md.options.get("typographer"):
        return
    for token in state.tokens:
        if (
            token.type != "inline"
            or not token.children
            or ("--" not in token.content and ">>" not in token.content)
        ):
            continue
        for child in authors_words(token.children):
            if child.type == "image":  # its alt text
                for part in child.children or ():
                    _set(part)
            else:
                _set(child)


def authors_words(children: list[Token]) -> Iterator[Token]:
    """An inline's tokens but the links' own and the text of a link written as its
    address (`<https://…>`, a bare address), which keeps what was written."""
    in_address = False
    for child in children:
        if child.type == "link_open":
            in_address = child.markup in _ADDRESS_LINKS
        elif child.type == "link_close":
            in_address = False
        elif not in_address:
            yield child


def _set(token: Token) -> None:
    """A text token's dashes and closing guillemets; an html comment shown as text
    (`raw_html: false`) keeps its `<!--` and `-->`."""
    text = token.content
    if token.type != "text":
        return
    if "--" in text and "<!--" not in text and "-->" not in text:
        text = text.replace("---", "\u2014").replace("--", "\u2013")
    token.content = text.replace(">>", "\u00bb")
