"""The fixture sites under tests/sites/ that tests of the build cache run through, and a page
whose text is another: shared by the kept plan's and the basis's tests."""

from __future__ import annotations

from dataclasses import replace

from mentorblog.core.model import Heading, LinkRef, Page

# The fixture sites of one language (a plan is kept for those only).
ONE_LANGUAGE = [
    "addresses-hugo",
    "addresses-hugo-ugly",
    "addresses-jekyll",
    "commitments",
    "hugo",
    "jekyll",
    "journeys",
    "kramdown",
    "migrated",
    "photos",
    "search",
    "shortcodes",
    "visibility",
]


def text_changed(page: Page, keep_words: bool = False) -> Page:
    """The page with every field of its content changed (its word count too, unless
    `keep_words`), its head as it is."""
    content = page.content
    if content is None:
        return page
    return replace(
        page,
        content=replace(
            content,
            html="<p>other</p>",
            summary_html="<p>other summary</p>",
            summary_text="other summary",
            is_truncated=not content.is_truncated,
            text="other text",
            toc=(Heading(2, "other", "Other"),),
            word_count=content.word_count if keep_words else content.word_count + 977,
            reading_minutes=content.reading_minutes + 3,
            refs=(LinkRef("ref", "nowhere", "\x00ref-0\x00", 1),),
            terms="other terms",
        ),
    )
