"""Emoji names in text (`:rocket:`, `:+1:`), as Hugo's `enableEmoji` and Jekyll's jemoji
read them: GitHub's names, from the emoji library (its `alias` names are GitHub's), as the
characters themselves, not images from another host. Code, and the text of a link written
as its address, keep what was written; a name the library does not know stays as written."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from mentorblog.markdown.typography import authors_words


def emoji_plugin(md: MarkdownIt) -> None:
    """After the text tokens are joined, before the heading ids are made."""
    md.core.ruler.after("text_join", "mentorblog_emoji", _emoji)


def _emoji(state: StateCore) -> None:
    from emoji import emojize  # its table is large: only for the sites that ask

    for token in state.tokens:
        if token.type != "inline" or not token.children or token.content.count(":") < 2:
            continue
        for child in authors_words(token.children):
            if child.type == "text" and child.content.count(":") >= 2:
                child.content = emojize(child.content, language="alias")
