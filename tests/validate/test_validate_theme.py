"""The default theme's budgets: readable colours in both palettes, little CSS and JS per page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

CSS = Path(__file__).resolve().parents[2] / "src/mentorblog/theme/static/css/main.css"

# Text colour on background colour, by palette variable; all must reach WCAG AA (4.5:1).
PAIRS = [("text", "bg"), ("text", "surface"), ("text", "code-bg"), ("text", "accent-soft"),
         ("muted", "bg"), ("muted", "surface"), ("muted", "code-bg"),
         ("accent", "bg"), ("accent", "surface"), ("accent", "accent-soft"),
         ("badge", "bg"), ("badge", "surface"), ("on-accent", "accent")]
HIGHLIGHT = ["hl-comment", "hl-keyword", "hl-string", "hl-number", "hl-name", "hl-builtin",
             "hl-deleted", "hl-attr"]

# Bytes of CSS + JS a post page with code loads (PaperMod's post page: an 18 KB minified
# stylesheet plus inline scripts). The theme writes its own css and js minified in every build.
# 17 KB held the journey box, author box and related posts; 20 KB adds what a reader gets on
# every post since: the phone menu, the table of contents beside the text, the reading
# progress bar, the floating "Back to top", the remembered text size and the share icons
# (about 6.3 KB gzipped in all). List styles live in css/lists.css, search in css/search.css.
# Author photos (images) took it past 20,000; the cap on a portrait cover's height and the
# translated labels of copy.js past 20,500.
BUDGET = {"default": 20_700, "minified": 20_700}


def palette(selector: str) -> dict[str, str]:
    css = CSS.read_text(encoding="utf-8")
    start = css.index(selector + " {")
    block = css[start:css.index("}", start)]
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\b", block))


def luminance(colour: str) -> float:
    hex6 = colour.lstrip("#")
    if len(hex6) == 3:
        hex6 = "".join(c * 2 for c in hex6)
    channels = [int(hex6[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("selector", [":root", ':root[data-theme="dark"]'])
def test_palette_meets_wcag_aa(selector: str) -> None:
    colours = palette(selector)
    pairs = PAIRS + [(token, "code-bg") for token in HIGHLIGHT]
    low = [f"--{fg} on --{bg}: {contrast(colours[fg], colours[bg]):.2f}" for fg, bg in pairs
           if contrast(colours[fg], colours[bg]) < 4.5]
    assert low == [], f"{selector}: below 4.5:1\n" + "\n".join(low)


def test_dark_palette_is_the_same_for_the_system_and_the_toggle() -> None:
    css = CSS.read_text(encoding="utf-8")
    system = re.search(r':root:not\(\[data-theme="light"\]\) \{(.*?)\}', css, re.S)
    chosen = re.search(r':root\[data-theme="dark"\] \{(.*?)\}', css, re.S)
    assert system and chosen
    assert system.group(1).split() == chosen.group(1).split()


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.css: list[str] = []
        self.js: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and a.get("rel") == "stylesheet" and a.get("href"):
            self.css.append(a["href"] or "")
        if tag == "script" and a.get("src"):
            self.js.append(a["src"] or "")


def post_page_assets(root: Path) -> tuple[list[Path], list[Path]]:
    """The stylesheet and script files the example's code post loads."""
    parser = _Assets()
    parser.feed((root / "posts/pairing-on-code/index.html").read_text(encoding="utf-8"))
    files = []
    for href in parser.css + parser.js:
        path = re.sub(r"^https?://[^/]+", "", href)
        files.append(root / path.lstrip("/"))
    return files[:len(parser.css)], files[len(parser.css):]


@pytest.mark.parametrize("build", ["default", "minified"])
def test_post_page_css_and_js_stay_small(build: str, example_site: Any,
                                         minified_example: Path) -> None:
    root = example_site.root if build == "default" else minified_example
    css, js = post_page_assets(root)
    assert len(css) == 1, f"expected one stylesheet, got {css}"
    assert re.fullmatch(r"main\.[0-9a-f]{10}\.css", css[0].name), css[0].name
    assert {p.name.split(".")[0] for p in js} == {"site", "copy"}, js
    sizes = {p.name: p.stat().st_size for p in css + js}
    total = sum(sizes.values())
    assert total <= BUDGET[build], f"{build} build: {total} bytes of CSS+JS {sizes}"
