"""A feed opened in a browser is styled by css/feed.css alone; axe cannot judge colours in an
XML document, so its palettes are checked here against WCAG AA like the theme's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_validate_theme import contrast

FEED_CSS = Path(__file__).resolve().parents[2] / "src/mentorblog/theme/static/css/feed.css"
PAIRS = [
    ("text", "bg"),
    ("muted", "bg"),
    ("accent", "bg"),
    ("text", "accent-soft"),
    ("accent", "accent-soft"),
    ("muted", "surface"),
]


def palettes() -> dict[str, dict[str, str]]:
    css = FEED_CSS.read_text(encoding="utf-8")
    light = re.search(r"^:root \{ color-scheme:light dark;(.*?)\}", css, re.M | re.S)
    dark = re.search(r"prefers-color-scheme:dark\) \{\s*:root \{(.*?)\}", css, re.S)
    assert light and dark, "feed.css has no light or no dark palette"
    return {
        name: dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\b", m.group(1)))
        for name, m in (("light", light), ("dark", dark))
    }


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_feed_page_palette_meets_wcag_aa(scheme: str) -> None:
    colours = palettes()[scheme]
    low = [
        f"--{fg} on --{bg}: {contrast(colours[fg], colours[bg]):.2f}"
        for fg, bg in PAIRS
        if contrast(colours[fg], colours[bg]) < 4.5
    ]
    assert low == [], f"{scheme}: below 4.5:1\n" + "\n".join(low)
