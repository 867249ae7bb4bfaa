"""Kramdown's HTML blocks for Jekyll files: an element that opens a line is html up to the
tag that closes it, blank lines inside included, and the lines after it are Markdown again.

CommonMark ends an HTML block at the first blank line, so in a Jekyll post a
`<div class="box">` whose inner lines are indented after a blank line showed its markup as
a code block. Kramdown (Jekyll's Markdown, also with its GFM input) reads the whole element
as html and, unless the tag says `markdown="1"`, leaves its content alone; so does this rule.
Where the element closes is found by Python's own html.parser, counting only the tags of
the element's name. Everything else keeps CommonMark's reading: an element without a blank
line inside (CommonMark reads it the same), one whose closing tag is not within
`MAX_CHARS` of its start, and, once a document has had `BUDGET` characters searched, every
further element: the search costs time in proportion to what it reads, and a page of
thousands of unclosed `<div>`s must not make a build slow."""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.common.html_blocks import block_names
from markdown_it.rules_block import StateBlock

MAX_CHARS = 20_000  # an element longer than this (a long table) keeps CommonMark's reading
BUDGET = 200_000  # characters one document's elements may have searched, in all
_BLOCK_TAGS = frozenset(block_names) - {"p"}  # a <p> is often left open; kramdown agrees
_OPENING = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)")
_MARKDOWN_INSIDE = re.compile(r"""\smarkdown\s*=\s*["']?(?:1|block|span)\b""")
_BLANK = re.compile(r"\n[ \t]*\n")  # a blank line (a line of spaces is blank too)
_SPENT = "kramdown_html_spent"  # in the parse's env: characters searched so far


class _Closed(Exception):
    """The element's closing tag was read (raised to stop the parser there)."""


class _Depth(HTMLParser):
    """Reads html until the element named `name` that it opens first is closed."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=False)
        self.name = name
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.name:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == self.name and self.depth > 0:
            self.depth -= 1
            if self.depth == 0:
                raise _Closed


def _closing_offset(text: str, name: str) -> int | None:
    """Where in `text` (which opens an element named `name`) that element's closing tag
    starts, or None when it is not there."""
    parser = _Depth(name)
    try:
        parser.feed(text)
    except _Closed:
        line, column = parser.getpos()
        starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
        return starts[line - 1] + column
    except Exception:  # html.parser asserts on some malformed markup (`<![ x`)
        return None
    return None


def _closing_line(state: StateBlock, start: int, end: int, name: str) -> int | None:
    """The line holding the end of the element opened on `start`, or None when CommonMark
    reads it the same: it closes on the last line before a blank one. Closed earlier, with
    nothing after its closing tag on that line, it ends there and the lines after it are
    Markdown again (`<h3>Check</h3>` then a list)."""
    begin = state.bMarks[start] + state.tShift[start]
    stop = min(state.eMarks[end - 1], begin + MAX_CHARS)
    text = state.src[begin:stop]
    blank = _BLANK.search(text)
    run = text if blank is None else text[: blank.start()]  # CommonMark's html block
    tag = re.escape(name)
    # A quick look, in C, before reading it as html: a closing tag after a blank line, or
    # one that ends a line with more lines after it before the blank one.
    later = blank is not None and re.search(f"</{tag}", text[blank.end() :], re.I)
    early = re.search(f"</{tag}\\s*>[ \t]*\n[ \t]*\\S", run, re.I)
    if not later and not early:
        return None
    spent = state.env.get(_SPENT, 0) if isinstance(state.env, dict) else BUDGET
    if spent + len(text) > BUDGET:
        return None
    state.env[_SPENT] = spent + len(text)
    offset = _closing_offset(text, name)
    if offset is None:
        return None
    tag_end = text.find(">", offset)
    if offset < len(run):  # closed before any blank line
        line_end = text.find("\n", tag_end)
        if (
            tag_end < 0
            or line_end < 0
            or line_end >= len(run)
            or text[tag_end + 1 : line_end].strip()
        ):
            return None  # on the block's last line, or text after it: CommonMark's reading
    at = begin + (tag_end if tag_end >= 0 else offset)
    return bisect.bisect_left(state.eMarks, at, start, end)


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
    if last is None:
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


_FIRST_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
# The elements kramdown reads inline, in a paragraph (its list of span elements); any other
# tag opening a line keeps CommonMark's reading.
_SPAN_ELEMENTS = frozenset(
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark "
    "option q rb rbc rp rt rtc ruby s samp select small span strike strong sub sup time tt "
    "u var".split()
)


def span_tags_inline_plugin(md: MarkdownIt) -> None:
    """A line that starts with a span element's tag (`<br>`, `<img>`, `<span>`) starts
    no HTML block in a Jekyll file: kramdown reads such a tag inline, in a paragraph.
    CommonMark's kind 7 made the lines after a lone `<br>` html up to the next blank line,
    so a heading and a code fence under it were shown as text (two real chirpy posts)."""
    original = next(r.fn for r in md.block.ruler.__rules__ if r.name == "html_block")

    def html_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        pos = state.bMarks[start] + state.tShift[start]
        found = _FIRST_TAG.match(state.src, pos, state.eMarks[start])
        if found is not None and found.group(1).lower() in _SPAN_ELEMENTS:
            return False
        return bool(original(state, start, end, silent))

    md.block.ruler.at("html_block", html_block, {"alt": ["paragraph", "reference", "blockquote"]})
