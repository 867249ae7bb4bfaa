"""Private notes: ```` ```private ```` fences and `::: private` containers hold what the author
writes for themselves. A build drops them right after block parsing, before inline parsing, so
no later step (heading ids, table of contents, summary, word count, search text, feeds) ever
sees them. `serve` keeps them and shows them marked, so the author can read them while writing."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.container import container_plugin

NAME = "private"
LABEL = "Private note: shown only while serving, never published"


def private_notes_plugin(md: MarkdownIt, show: bool) -> None:
    """Recognise both forms; strip them (`show=False`) or render them marked."""
    md.use(container_plugin, name=NAME, render=_render_container)
    md.core.ruler.after("block", "mentorblog_private", _mark if show else _strip)
    md.add_render_rule("private_fence", _render_fence)


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


def _render_container(renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict,
                      _env: EnvType) -> str:
    if tokens[idx].nesting == 1:
        return f'<aside class="private-note" aria-label="Private note">\n' \
               f'<p class="private-label">{LABEL}</p>\n'
    return "</aside>\n"


def _render_fence(_renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict,
                  _env: EnvType) -> str:
    text = escape(tokens[idx].content, quote=False)
    return (f'<aside class="private-note" aria-label="Private note">\n'
            f'<p class="private-label">{LABEL}</p>\n'
            f'<div class="private-text">{text}</div>\n</aside>\n')
