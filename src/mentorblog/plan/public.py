"""Which published pages the journal's shared views may show: sums, exports, charts,
commitments and threads all ask this one function, so a visibility setting changes them all
at once."""

from __future__ import annotations

from mentorblog.core.model import Page


def is_public(page: Page) -> bool:
    """A post readers find in lists: not hidden by `build: {list: never}` or
    `{render: never}`. Drafts only reach here when the author builds with --drafts, and
    `::: private` notes never leave the body, so neither needs a test here."""
    return page.kind == "post" and page.is_listed and page.is_rendered
