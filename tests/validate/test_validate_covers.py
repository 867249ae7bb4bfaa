"""Every cover image of the built example site, in lists and on posts, carries its width and
height, so the page keeps its layout while the image loads (issue 23, point 7)."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any


class _Covers(HTMLParser):
    """The attributes of each <img> inside a <figure class="entry-cover">."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "figure" and "entry-cover" in (dict(attrs).get("class") or "").split():
            self.depth += 1
        elif tag == "img" and self.depth:
            self.images.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure" and self.depth:
            self.depth -= 1


def test_every_cover_has_width_and_height(example_site: Any) -> None:
    found, bad = 0, []
    for page in sorted(example_site.root.rglob("*.html")):
        parser = _Covers()
        parser.feed(page.read_text(encoding="utf-8"))
        for img in parser.images:
            found += 1
            width, height = img.get("width") or "", img.get("height") or ""
            if not (width.isdigit() and height.isdigit() and int(width) and int(height)):
                bad.append(f"{page.relative_to(example_site.root)}: {img.get('src')}")
    assert found >= 5, f"only {found} covers: the example site should show several"
    assert bad == [], "covers without width and height:\n" + "\n".join(bad)
