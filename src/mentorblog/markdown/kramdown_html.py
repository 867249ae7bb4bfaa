"""Kramdown's HTML blocks for Jekyll files: an element that opens a line is html up to the
tag that closes it, blank lines inside included.

CommonMark ends an HTML block at the first blank line, so in a Jekyll post a
`<div class="box">` whose inner lines are indented after a blank line showed its markup as
a code block. Kramdown (Jekyll's Markdown, also with its GFM input) reads the whole element
as html and, unless the tag says `markdown="1"`, leaves its content alone; so does this rule.
Where the element closes is found by Python's own html.parser, counting only the tags of
the element's name; an element that does not close within `MAX_LINES` lines is left to
CommonMark's rule, as is one without a blank line inside (CommonMark reads it the same)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.common.html_blocks import block_names
from markdown_it.rules_block import StateBlock

MAX_LINES = 400  # a longer search per line that opens an element would make a page slow
_BLOCK_TAGS = frozenset(block_names) - {"p"}  # a <p> is often left open; kramdown agrees
_OPENING = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)")
_MARKDOWN_INSIDE = re.compile(r"""\smarkdown\s*=\s*["']?(?:1|block|span)\b""")


class _Depth(HTMLParser):
    """How deep inside elements named `name` the text fed so far ends."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=False)
        self.name = name
        self.depth = 0
        self.opened = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.name:
            self.depth += 1
            self.opened = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # `<div/>` opens nothing

    def handle_endtag(self, tag: str) -> None:
        if tag == self.name:
            self.depth -= 1


def _closing_line(state: StateBlock, start: int, end: int, name: str) -> int | None:
    """The line whose end closes the element opened on `start`, or None."""
    parser = _Depth(name)
    for line in range(start, min(end, start + MAX_LINES)):
        parser.feed(state.src[state.bMarks[line] : state.eMarks[line]] + "\n")
        if parser.opened and parser.depth <= 0:
            return line if parser.depth == 0 else None
    return None


def _element_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if not state.md.options.get("html") or state.sCount[start] - state.blkIndent >= 4:
        return False
    pos = state.bMarks[start] + state.tShift[start]
    first = state.src[pos : state.eMarks[start]]
    found = _OPENING.match(first)
    if found is None or found.group(1).lower() not in _BLOCK_TAGS:
        return False
    if _MARKDOWN_INSIDE.search(first):
        return False  # kramdown reads the content as Markdown: so does CommonMark, mostly
    last = _closing_line(state, start, end, found.group(1).lower())
    if last is None or not any(state.isEmpty(n) for n in range(start + 1, last)):
        return False
    if silent:
        return True
    token = state.push("html_block", "", 0)
    token.map = [start, last + 1]
    token.content = state.getLines(start, last + 1, state.blkIndent, True)
    state.line = last + 1
    return True


def kramdown_html_plugin(md: MarkdownIt) -> None:
    """Before CommonMark's own HTML block rule, which keeps every other case."""
    md.block.ruler.before(
        "html_block",
        "kramdown_html_element",
        _element_rule,
        {"alt": ["paragraph", "reference", "blockquote"]},
    )
