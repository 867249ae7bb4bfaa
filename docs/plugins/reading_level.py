"""An example mentorblog plugin: a reading-level score on every post.

Enable it by copying this file into a site's `plugins/` folder and listing it in site.yaml:

    plugins: [reading_level]

Each post then has `page.param("reading_level")` (the Flesch reading-ease score, 0-100,
higher is easier) and `page.param("reading_grade")` (a word for it), layouts have the
`reading_label` filter, and the site gets `reading-levels.json` (every post's address and
score) when it has a `layouts/reading_levels.json` layout. The score counts English syllables
by vowel groups: a rough measure, as every readability formula is."""

from __future__ import annotations

import re
from dataclasses import replace

from mentorblog.core.model import Output, OutputKind, Page, Site

READING_LEVELS = OutputKind("reading-levels", "the reading levels file")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def on_page(page: Page) -> Page:
    """Posts get their score from the text the Markdown stage made (no markup, no code)."""
    if page.kind != "post" or page.content is None or not isinstance(page.content.text, str):
        return page
    score = flesch(page.content.text)
    if score is None:
        return page
    params = {**page.params, "reading_level": score, "reading_grade": reading_label(score)}
    return replace(page, params=params)


def on_site(site: Site) -> Site:
    """Plan `reading-levels.json` when the site has a layout for it."""
    if not (site.config.root / "layouts" / "reading_levels.json").is_file():
        return site
    posts = tuple(url for url in site.posts if "reading_level" in site.pages[url].params)
    output = Output(
        "reading-levels.json",
        "/reading-levels.json",
        READING_LEVELS,
        "reading_levels.json",
        items=posts,
    )
    return replace(site, outputs=(*site.outputs, output))


def template_filters() -> dict[str, object]:
    return {"reading_label": reading_label}


def flesch(text: str) -> float | None:
    """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    words = _WORD.findall(text)
    if not words:
        return None
    sentences = max(1, len(_SENTENCE_END.findall(text)))
    syllables = sum(_syllables(w) for w in words)
    score = 206.835 - 1.015 * len(words) / sentences - 84.6 * syllables / len(words)
    return round(min(100.0, max(0.0, score)), 1)


def reading_label(score: object) -> str:
    if not isinstance(score, (int, float)):
        return ""
    for floor, label in ((80, "easy"), (60, "plain"), (40, "fairly hard")):
        if score >= floor:
            return label
    return "hard"


def _syllables(word: str) -> int:
    word = word.lower()
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1  # a silent e: "make", "inside"
    return max(1, count)
