"""What an output read from the site while it rendered, as typed values that know how their
current value is digested. The views record them (views.py); output reuse
(output/fingerprint.py) digests each one with the new site and reuses an output only when
every digest is what it was.

Reads of the settings are in every output's fingerprint and are not recorded. A page is
digested by its parse cache key while it is still the object parse made, else whole; `*`
(Everything) by the whole site. Every other key digests a value SiteFacts derives from the
Site, each computed once per site, for the views and the fingerprints alike."""

from __future__ import annotations

import hashlib
import operator
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cached_property
from typing import ClassVar, Protocol, TypeVar, dataclass_transform

from mentorblog.core import dates
from mentorblog.core.errors import Notice
from mentorblog.core.keys import norm
from mentorblog.core.locales import native_digits
from mentorblog.core.model import Page, Section, Site, Taxonomy, Term, pickled_as_fields
from mentorblog.plan import xrefs
from mentorblog.plan.journal import Journal, summarise
from mentorblog.plan.public import is_public


class SiteFacts:
    """Values derived from a Site that layouts show and output reuse compares."""

    def __init__(self, site: Site) -> None:
        self.site = site

    @cached_property
    def copyright(self) -> str:
        """The footer's text: the setting, or the newest year and the site's title."""
        config = self.site.config
        if config.copyright is not None:
            return config.copyright
        years = [p.date.year for p in self.site.pages.values() if p.date]
        if not years:
            return f"© {config.title}"
        year = native_digits(str(max(years)), config.labels.get(".locale", "en"))
        return f"© {year} {config.title}"

    @cached_property
    def newest(self) -> datetime | None:
        """The latest modification of any page: a feed's date, never the clock."""
        stamps = [p.lastmod or p.date for p in self.site.pages.values() if p.date]
        return max((s for s in stamps if s), default=None, key=dates.stamp)

    @cached_property
    def archives_url(self) -> str | None:
        """The language's archives page (`layout: archives`), which the search page offers
        when JavaScript is off."""
        pages = self.site.pages
        return next((u for u in sorted(pages) if pages[u].layout == "archives"), None)

    @cached_property
    def featured_urls(self) -> tuple[str, ...]:
        """Posts with `featured: true`, found without reading every post's view."""
        params = self.site.config.params
        return tuple(u for u in self.site.posts if _featured(self.site.pages[u], params))

    @cached_property
    def terms_by_slug(self) -> dict[str, dict[str, Term]]:
        """taxonomy -> slug -> Term, built once instead of scanned per page."""
        return {t.name: {term.slug: term for term in t.terms} for t in self.site.taxonomies}

    @cached_property
    def taxonomies(self) -> dict[str, Taxonomy]:
        return {t.name: t for t in self.site.taxonomies}

    @cached_property
    def links(self) -> xrefs.LinkIndex:
        config = self.site.config
        folder = config.lang_prefix if config.localize_links else None
        return xrefs.LinkIndex(self.site.pages, self.site.static, self.site.elsewhere, folder)

    @cached_property
    def journal(self) -> Journal:
        """The public posts' sessions, newest first: the sessions page and the hours log."""
        posts = sorted(
            (p for u in self.site.posts if is_public(p := self.site.pages[u])),
            key=lambda p: (-(dates.stamp(p.date) if p.date else 0.0), p.url),
        )
        return summarise(posts)

    def term(self, taxonomy: str, slug: str) -> Term | None:
        return self.terms_by_slug.get(taxonomy, {}).get(slug)

    def section(self, path: str) -> Section | None:
        return next((s for s in self.site.sections if s.path == path), None)

    def link_targets(self, url: str) -> tuple[str | None, ...] | None:
        """Where each ref/relref/link/post_url of a page leads now."""
        page = self.site.pages.get(url)
        if page is None:
            return None
        refs = page.content.refs if page.content else ()
        return tuple(self.links.find(ref, page)[0] for ref in refs)


def _featured(page: Page, site_params: Mapping[str, object]) -> bool:
    """`page.param("featured") is True`, without making a PageView for every post."""
    if "featured" in page.flags:
        return page.flags["featured"] is True
    found = [value for key, value in page.params.items() if norm(key) == "featured"]
    return (found[-1] if found else site_params.get("featured")) is True


class Digester(Protocol):
    """What a dependency needs to digest its current value (fingerprint.Digests)."""

    @property
    def facts(self) -> SiteFacts: ...

    def page(self, url: str) -> bytes: ...

    def page_head(self, url: str) -> bytes: ...

    def everything(self) -> bytes: ...

    def heads(self) -> bytes: ...

    def template(self, name: str) -> bytes: ...

    def value(self, value: object) -> bytes: ...


# How a dependency's digest can change while a build keeps the last build's plan, its
# settings, code and layouts (output/basis.py): only with the page it names (PAGE), with
# that page's head (HEAD), never (PLANNED: its value is made of the plan's own fields or of
# the layouts), with any page's head (ANY_HEAD: a value made of the plan, the settings and
# the pages' heads, like the copyright's year), with any page or any head and the fields
# outside the plan (ALL_PAGES, ALL_HEADS: the whole site), or in any way (OTHER: digested
# again and compared with the last digest).
PAGE = "page"
HEAD = "head"
PLANNED = "planned"
ANY_HEAD = "any-head"
ALL_PAGES = "all-pages"
ALL_HEADS = "all-heads"
OTHER = "other"


@dataclass(frozen=True, slots=True)
class Dependency:
    """Something an output read. `key` names it in the output's fingerprint and orders a
    record's dependencies; `digest` is the digest of its current value; `scope` says what
    can change it (above)."""

    scope: ClassVar[str] = OTHER

    @property
    def key(self) -> str:
        raise NotImplementedError

    def digest(self, by: Digester) -> bytes:
        return by.value(self.value(by.facts))

    def value(self, facts: SiteFacts) -> object:
        raise NotImplementedError


T = TypeVar("T", bound=Dependency)


_BODY_FIELDS = ("body", "content", "head_digest")
HEAD_FIELDS = tuple(f.name for f in fields(Page) if f.name not in _BODY_FIELDS)
_head_values = operator.attrgetter(*HEAD_FIELDS)


_NOTICES = HEAD_FIELDS.index("notices")


def head_digest(page: Page, notices: tuple[Notice, ...] | None = None) -> bytes:
    """The digest of a page's head (`PageHeadRead`): every field but the body, `content`
    and `head_digest`, by their repr as fingerprint.py digests values; `notices`: the
    page's notices to digest in place of its own (the parse worker's, before the page is
    made with them). The parse workers store it in the page (`Page.head_digest`), so a
    build digests no unchanged page again."""
    values = _head_values(page)
    if notices is not None:
        values = (*values[:_NOTICES], notices, *values[_NOTICES + 1 :])
    return hashlib.sha256(repr(values).encode()).digest()


def by_key(dep: Dependency) -> str:
    return dep.key


@dataclass_transform(frozen_default=True)
def dependency(key: str, scope: str = OTHER) -> Callable[[type[T]], type[T]]:
    """A Dependency class as a frozen, slotted dataclass that pickles as its fields, keyed
    by `key` filled in with its fields (`"term:{self.taxonomy}/{self.slug}"`), of `scope`
    (a class that does not say is digested again: never wrongly kept)."""

    def make(cls: type[T]) -> type[T]:
        made = pickled_as_fields(dataclass(frozen=True, slots=True)(cls))
        made.key = property(lambda self: key.format(self=self))  # type: ignore[method-assign,assignment]
        made.scope = scope
        return made

    return make


@dependency("page:{self.url}", PAGE)
class PageRead(Dependency):
    """The whole page, its text too: what a PageView records when a layout reads the body
    (`content`, `summary`, `toc`, `word_count`, ...) or reaches the Page itself (`.page`)."""

    url: str  # also "section:<folder>" for a section's _index.md

    def digest(self, by: Digester) -> bytes:
        return by.page(self.url)


@dependency("head:{self.url}", HEAD)
class PageHeadRead(Dependency):
    """Every field of a page but its body and what Markdown made of it (`Page.content`):
    what SiteView.page records for the PageView it hands out. A list, the sitemap or a post
    naming its neighbours reads titles, dates and tags only, so an edit of a post's text
    renders again its page, its feed items and the lists showing its summary, not them."""

    url: str

    def digest(self, by: Digester) -> bytes:
        return by.page_head(self.url)


@dependency("layout:{self.name}", PLANNED)
class LayoutRead(Dependency):
    """A partial the views render by name from Python (a list entry, a feed item), which
    the layout an output names does not reach: the partial and every layout it reaches."""

    name: str

    def digest(self, by: Digester) -> bytes:
        return by.template(self.name)


@dependency("*", ALL_PAGES)
class Everything(Dependency):
    """The whole site: every page and every other field (the search files)."""

    def digest(self, by: Digester) -> bytes:
        return by.everything()


@dependency("*head", ALL_HEADS)
class Heads(Dependency):
    """The whole site but the pages' text: every page's head (PageHeadRead) and every other
    field (the post list, archives, the sitemap, the journal). A PageView handed out from
    it records its page whole when a layout reads the text."""

    def digest(self, by: Digester) -> bytes:
        return by.heads()


@dependency("neighbours:{self.url}", PLANNED)
class NeighboursRead(Dependency):
    """Which pages are a post's previous and next."""

    url: str

    def value(self, facts: SiteFacts) -> object:
        return facts.site.neighbours.get(self.url)


@dependency("related:{self.url}", PLANNED)
class RelatedRead(Dependency):
    """Which posts are related to a post."""

    url: str

    def value(self, facts: SiteFacts) -> object:
        return facts.site.related.get(self.url)


@dependency("links:{self.url}")
class LinksRead(Dependency):
    """Where a page's ref/relref/link/post_url links lead."""

    url: str

    def value(self, facts: SiteFacts) -> object:
        return facts.link_targets(self.url)


@dependency("image:{self.path}")
class ImageRead(Dependency):
    """An image as published: its size and its resized copies (Site.images)."""

    path: str

    def value(self, facts: SiteFacts) -> object:
        return facts.site.images.get(self.path)


@dependency("term:{self.taxonomy}/{self.slug}", PLANNED)
class TermRead(Dependency):
    """A term with its pages (a term's list)."""

    taxonomy: str
    slug: str

    def value(self, facts: SiteFacts) -> object:
        return facts.term(self.taxonomy, self.slug)


@dependency("termname:{self.taxonomy}/{self.slug}", PLANNED)
class TermNameRead(Dependency):
    """The spelling a term is shown with and its url (its own _index.md may move either)."""

    taxonomy: str
    slug: str

    def value(self, facts: SiteFacts) -> object:
        term = facts.term(self.taxonomy, self.slug)
        return (term.name, term.url) if term else None


@dependency("taxonomy:{self.name}", PLANNED)
class TaxonomyRead(Dependency):
    """Every term of a taxonomy."""

    name: str

    def value(self, facts: SiteFacts) -> object:
        return facts.taxonomies.get(self.name)


@dependency("section:{self.path}", PLANNED)
class SectionRead(Dependency):
    """A section with its pages."""

    path: str

    def value(self, facts: SiteFacts) -> object:
        return facts.section(self.path)


@dependency("section-head:{self.path}", PLANNED)
class SectionHeadRead(Dependency):
    """A section's title and url (breadcrumbs), without its pages."""

    path: str

    def value(self, facts: SiteFacts) -> object:
        section = facts.section(self.path)
        return (section.title, section.url) if section else None


@dependency("sections", PLANNED)
class SectionsRead(Dependency):
    """Every section."""

    def value(self, facts: SiteFacts) -> object:
        return facts.site.sections


@dependency("copyright", ANY_HEAD)
class CopyrightRead(Dependency):
    def value(self, facts: SiteFacts) -> object:
        return facts.copyright


@dependency("newest", ANY_HEAD)
class NewestRead(Dependency):
    def value(self, facts: SiteFacts) -> object:
        return facts.newest


@dependency("archives", ANY_HEAD)
class ArchivesRead(Dependency):
    """Where the archives page is, if there is one."""

    def value(self, facts: SiteFacts) -> object:
        return facts.archives_url


@dependency("featured", ANY_HEAD)
class FeaturedRead(Dependency):
    """Which posts are featured."""

    def value(self, facts: SiteFacts) -> object:
        return facts.featured_urls


@dependency("sealed:{self.url}")
class SealedRead(Dependency):
    """A shared post's sealed text: encrypted with fresh keys every time, so an output that
    holds it is never reused (its digest never matches a stored one)."""

    url: str

    def digest(self, by: Digester) -> bytes:
        return os.urandom(32)


@dependency("commitments", PLANNED)
class CommitmentsRead(Dependency):
    """The public ledger of commitments; the titles of the posts it names are read as pages."""

    def value(self, facts: SiteFacts) -> object:
        return facts.site.ledger


@dependency("threads", PLANNED)
class ThreadsRead(Dependency):
    """Which posts reply to which."""

    def value(self, facts: SiteFacts) -> object:
        site = facts.site
        return (sorted(site.replies.items()), sorted(site.reply_targets.items()))


@dependency("journal", ANY_HEAD)
class JournalRead(Dependency):
    """What the hours log reads: the public sessions with their posts' days and addresses."""

    def value(self, facts: SiteFacts) -> object:
        site = facts.site
        days = tuple((e.page_url, site.pages[e.page_url].date) for e in facts.journal.entries)
        return (facts.journal, days)


EVERYTHING = Everything()
HEADS = Heads()
SECTIONS = SectionsRead()
COPYRIGHT = CopyrightRead()
NEWEST = NewestRead()
FEATURED = FeaturedRead()
ARCHIVES = ArchivesRead()
COMMITMENTS = CommitmentsRead()
JOURNAL = JournalRead()
THREADS = ThreadsRead()
