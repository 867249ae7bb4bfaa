"""Plain text from rendered html, for the search index (stdlib's html.parser, no regex)."""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {"script", "style", "sup"}
_BLOCKS = {"p", "div", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
           "blockquote", "br", "hr", "section", "figcaption", "dt", "dd"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP or (tag == "a" and ("class", "anchor") in attrs):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP or (tag == "a" and self.skip):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())
