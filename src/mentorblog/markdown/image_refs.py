"""The images a body shows, read from markdown-it's tokens: Markdown images, and `<img>`
tags in raw html and in what shortcodes and Liquid tags produced (read with the standard
library's HTMLParser). The image stage resizes only these, and names their lines in errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html.parser import HTMLParser

from markdown_it.token import Token

from mentorblog.core.model import ImageRef
from mentorblog.markdown import bodytags

_HTML_TOKENS = ("html_block", "html_inline", bodytags.TOKEN_TYPE)


def image_refs(tokens: Iterable[Token], env: dict[str, object]) -> tuple[ImageRef, ...]:
    """Every image of the document (another site's too, for `check`'s alt text), in
    order, with its file line."""
    first_line = env.get("line", 1)
    start = first_line if isinstance(first_line, int) else 1
    expansion = env.get("shortcodes")

    def file_line(markdown_line: int) -> int:
        if isinstance(expansion, bodytags.Expansion):
            return start + expansion.body_line(markdown_line)
        return start + markdown_line

    found: list[ImageRef] = []
    block_line = 0
    for token in tokens:
        if token.map:
            block_line = token.map[0]
        if token.type in _HTML_TOKENS:
            found += _html_refs(token.content, block_line, token.type == "html_block", file_line)
        for child in token.children or ():
            if child.type == "image":
                src = child.attrGet("src")
                if isinstance(src, str) and src.strip():
                    found.append(ImageRef(src, file_line(block_line), child.content))
            elif child.type in _HTML_TOKENS:
                found += _html_refs(child.content, block_line, False, file_line)
    return tuple(found)


class _ImgTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str | None]] = []  # (line in the html, src, alt)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            values = dict(attrs)
            src = values.get("src")
            if src and src.strip():
                self.found.append((self.getpos()[0], src, values.get("alt")))

    handle_startendtag = handle_starttag


def _html_refs(
    html: str, line: int, lines_match: bool, file_line: Callable[[int], int]
) -> list[ImageRef]:
    """`lines_match`: the html is the Markdown's own text (a raw html block), so its lines
    are lines of the file; otherwise (made by a shortcode) it is the token's line."""
    if "<img" not in html.lower():
        return []
    parser = _ImgTags()
    parser.feed(html)
    parser.close()
    return [
        ImageRef(src, file_line(line + (at - 1 if lines_match else 0)), alt, markdown=False)
        for at, src, alt in parser.found
    ]
