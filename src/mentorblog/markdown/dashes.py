"""Dashes as Hugo's Goldmark and Jekyll's kramdown set them: `---` is an em dash and `--` an
en dash wherever they stand in text (markdown-it's own rule turns `--` into a dash only
between spaces or between letters, so `docker run --rm` kept its hyphens and its heading's id
`docker-run---rm` no longer matched the `docker-run-rm` old links point to). Code, and the
text of a link written as its address, keep what was written."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_ADDRESS_LINKS = ("autolink", "linkify")  # `<https://…>` and a bare address: the text is it


def dashes_plugin(md: MarkdownIt) -> None:
    """Runs after markdown-it's replacements and before the heading ids are made."""
    md.core.ruler.after("replacements", "mentorblog_dashes", _dashes)


def _dashes(state: StateCore) -> None:
    if not state.md.options.get("typographer"):
        return
    for token in state.tokens:
        if token.type != "inline" or not token.children or "--" not in token.content:
            continue
        in_address = False
        for child in token.children:
            if child.type == "link_open":
                in_address = child.markup in _ADDRESS_LINKS
            elif child.type == "link_close":
                in_address = False
            elif child.type == "text" and not in_address and "--" in child.content:
                child.content = child.content.replace("---", "\u2014").replace("--", "\u2013")
