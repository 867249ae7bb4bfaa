"""Private notes: ```` ```private ```` fences and `::: private` containers hold what the author
writes for themselves. A build blanks them out of the body (`strip_private`) before anything
else reads it: shortcodes, Liquid and Markdown never see a note, so nothing in one (link
reference or footnote definitions, html, shortcodes, Liquid, headings) can reach a page, a
feed, a summary or the search index. The token rule below stays as a second line of defence.
`serve` keeps them and shows them marked, so the author can read them while writing."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.container import container_plugin

from mentorblog.markdown.words import ENGLISH, BodyWords

NAME = "private"


def private_notes_plugin(md: MarkdownIt, show: bool) -> None:
    """Recognise both forms; strip them (`show=False`) or render them marked."""
    md.use(container_plugin, name=NAME, render=_render_container)
    md.core.ruler.after("block", "mentorblog_private", _mark if show else _strip)
    md.add_render_rule("private_fence", _render_fence)


def strip_private(body: str) -> str:
    """`body` with every line of every private note made empty, so later error lines still
    match the file. The notes are found by markdown-it's own block parser (commonmark with
    the container rule), never by hand: a note inside a code fence stays code. Where the
    build's parser would read the text differently (math blocks, a shortcode wrapped around
    a note), this one errs towards removing more."""
    if NAME not in body:  # both forms spell the name out; most bodies have neither
        return body
    lines = body.split("\n")
    blank: set[int] = set()
    for token in _finder().parse(body, {}):
        if is_private_fence(token) and token.map:
            blank.update(range(*token.map))  # the closing fence included
        elif token.type == f"container_{NAME}_open" and token.map:
            start, end = token.map  # the container's map stops before its closing marker
            if end < len(lines) and _CLOSER.fullmatch(lines[end]):
                end += 1
            blank.update(range(start, end))
    if not blank:
        return body
    return "\n".join("" if i in blank else line for i, line in enumerate(lines))


_CLOSER = re.compile(r"[ \t>]*:{3,}[ \t]*")  # `:::` (in a quote: `> :::`)


@functools.cache
def _finder() -> MarkdownIt:
    """A block parser that knows private notes and nothing of ours; one per process."""
    md = MarkdownIt("commonmark")
    md.use(container_plugin, name=NAME)
    return md


def is_private_fence(token: Token) -> bool:
    return token.type == "fence" and token.info.strip().split(maxsplit=1)[:1] == [NAME]


def public_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The tokens outside every private note: what counts as the published text."""
    kept: list[Token] = []
    depth = 0
    for token in tokens:
        if token.type == f"container_{NAME}_open":
            depth += 1
        elif token.type == f"container_{NAME}_close":
            depth -= 1
        elif depth == 0 and token.type != "private_fence" and not is_private_fence(token):
            kept.append(token)
    return kept


def _strip(state: StateCore) -> None:
    if NAME in state.src:  # both forms spell the name out; most bodies have neither
        state.tokens = public_tokens(state.tokens)


def _mark(state: StateCore) -> None:
    for token in state.tokens:
        if is_private_fence(token):
            token.type = "private_fence"


def _opening(env: EnvType) -> str:
    """The note's box, labelled in the page's language."""
    words: BodyWords = env.get("words", ENGLISH)
    return (
        f'<aside class="private-note" aria-label="{escape(words.private_note)}">\n'
        f'<p class="private-label">{escape(words.private_note_notice, quote=False)}</p>\n'
    )


def _render_container(
    renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, env: EnvType
) -> str:
    if tokens[idx].nesting == 1:
        return _opening(env)
    return "</aside>\n"


def _render_fence(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, env: EnvType
) -> str:
    text = escape(tokens[idx].content, quote=False)
    return f'{_opening(env)}<div class="private-text">{text}</div>\n</aside>\n'
