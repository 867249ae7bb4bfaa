"""Which published pages the journal's shared views may show: sums, exports, charts,
commitments and threads all ask this one function, so a visibility setting changes them all
at once."""

from __future__ import annotations

from mentorblog.core.model import PUBLIC, Page


def is_public(page: Page) -> bool:
    """A public post readers find in lists: not unlisted, shared or private (even under
    `serve`, which lists them), and not hidden by `build: {list: never}` or `{render: never}`.
    Drafts only reach here when the author builds with --drafts, and `::: private` notes never
    leave the body, so neither needs a test here."""
    return page.kind == "post" and page.visibility == PUBLIC and page.is_listed and page.is_rendered
