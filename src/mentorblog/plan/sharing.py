"""Shared posts: what of them stays in the open, and what is sealed into the page.

A shared post leaves the parse stage with its title, description, tags, summary and sessions
moved into `Page.secret` and its body's html kept in memory only (never packed into the build
cache); every later stage sees a post with nothing to tell: no session of it is counted on
the sessions page, its charts or the hours log, and its readers see them once they open it.
The page template seals the secret and the html together (`render/views.py`,
`core/sealing.py`)."""

from __future__ import annotations

from dataclasses import replace

from mentorblog.core.model import SHARED, Content, Page, SharedText

HIDDEN_TITLE = "Shared note"  # what lists, tabs and the page's <title> show instead


def is_shared(page: Page) -> bool:
    return page.visibility == SHARED


def conceal(page: Page, content: Content) -> Page:
    """The post as every output but its own sealed page may see it."""
    secret = SharedText(
        title=page.title,
        description=page.description,
        tags=page.tags,
        summary=content.summary_text,
        sessions=page.sessions,
    )
    terms = {"authors": page.terms["authors"]} if "authors" in page.terms else {}
    hidden = replace(
        content,
        summary_html="",
        summary_text="",
        is_truncated=False,
        text="",
        toc=(),
        images=(),
        notices=(),
        terms=None,
    )
    title = page.title if page.shared_title else HIDDEN_TITLE
    return replace(
        page,
        title=title,
        link_title=title,
        description="",
        terms=terms,
        keywords=(),
        params={},  # unknown keys are the author's own: nothing says they may be public
        summary_source=None,
        excerpt_source=None,
        images=(),
        cover=None,
        body="",
        search_hidden=True,
        in_sitemap=False,
        is_listed=False,
        sessions=(),
        content=hidden,
        secret=secret,
        notices=page.notices + content.notices,
    )
