"""What layouts see: `site` (SiteView) and each page (PageView), recording what every
output reads so a later build knows when it may reuse the output."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property, partial
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup

from mentorblog import search
from mentorblog.core import dates, sealing, urls
from mentorblog.core.errors import BuildError
from mentorblog.core.keys import dotted, norm
from mentorblog.core.locales import month_name
from mentorblog.core.model import (
    JEKYLL,
    AuthorProfile,
    Content,
    Heading,
    Ledger,
    Page,
    PublishedImage,
    Section,
    Session,
    Site,
    Taxonomy,
    Term,
    Text,
)
from mentorblog.core.store import PackReader
from mentorblog.images import markup
from mentorblog.images.refs import CONTENT_SIZES, resolve
from mentorblog.plan import commitments as ledger_plan
from mentorblog.plan import xrefs
from mentorblog.plan.journal import Journal
from mentorblog.plan.languages import language_site
from mentorblog.render import charts, i18n
from mentorblog.render import splice as splicing
from mentorblog.render.deps import (
    ARCHIVES,
    COMMITMENTS,
    COPYRIGHT,
    EVERYTHING,
    FEATURED,
    HEADS,
    NEWEST,
    SECTIONS,
    THREADS,
    Dependency,
    ImageRead,
    LayoutRead,
    LinksRead,
    NeighboursRead,
    PageHeadRead,
    PageRead,
    RelatedRead,
    SealedRead,
    SectionHeadRead,
    SectionRead,
    SiteFacts,
    TaxonomyRead,
    TermNameRead,
    TermRead,
)
from mentorblog.render.filters import markdownify
from mentorblog.render.fragments import Fragments
from mentorblog.render.splice import Ident

T = TypeVar("T")


def safe_link(url: str, base_path: str, home: str = "") -> str:
    """A link from the settings or front matter for an `href`: a full address as written
    unless its scheme runs code (`javascript:`, `vbscript:`, `data:`, `file:`, refused as
    markdown-it refuses them in Markdown links: "#" instead), a path under the base path.
    A relative one (`index.xml`) starts from the language's home (`home`: "/fr"), where the
    theme shows it and where a browser would resolve it."""
    url = url.strip()
    if urls.runs_code(url):
        return "#"
    if urls.has_scheme(url):
        return url
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    path, rest = url[:cut], url[cut:]  # `/about/#team`: the fragment stays one
    if not url:
        path = "/"  # an empty link: the home page, as it always led there
    if path:
        path = urls.href(urls.join_base(base_path, path if path[0] == "/" else f"{home}/{path}"))
    return path + quote(rest, safe="/:@!$&'()*+,;=~%-._?#")


@dataclass(frozen=True, slots=True)
class Journey:
    """A series as its page and its posts' boxes show it: the parts oldest first."""

    name: str
    url: str
    parts: tuple[PageView, ...]
    first: datetime | None
    latest: datetime | None
    minutes: int  # reading time of every part together

    def part_of(self, url: str) -> int:
        """1-based position of a post in the journey; 0 when it is not a part."""
        return next((n for n, p in enumerate(self.parts, 1) if p.url == url), 0)


# Output reuse (see fingerprint.py) needs to know what each output read from the site. Reads
# of the settings are covered by every output's fingerprint; everything else that templates
# can reach through `site` or a page records a dependency key while an output renders:
#   head:<url>                 a page but its text (PageViews are made only through
#                              SiteView.page, which records it)
#   page:<url>                 the whole page: its text (content, summary, toc, word count,
#                              reading time) or the Page itself (`.page`), read from a PageView
#   neighbours:<url>           which pages are a post's previous and next
#   termname:<taxonomy>/<slug> the spelling a term is shown with, and its url
#   term:<taxonomy>/<slug>, taxonomy:<name>, section:<path>, section-head:<path>, sections,
#   copyright, newest, featured, archives (where the archives page is)
#   related:<url>              which posts are related to a post
#   links:<url>                where a page's ref/relref/link/post_url links lead
#   image:<path>               an image as published: its size and copies (Site.images)
#   layout:<name>              a partial rendered by name from Python (entries, feed items)
#   journal                    the public sessions with their posts' days (the hours log)
#   commitments                the public ledger of commitments (Site.ledger)
#   threads                    who replies to whom (Site.replies, Site.reply_targets)
#   *head                      every page but its text, and the rest of the site: the post
#                              list, archives, the sitemap, the sessions journal
#   *                          the whole site, text too: the search files
# A public attribute added to SiteView or PageView must record its key (or be a setting); the
# unit test of render.py fails for one that is not listed in TRACKED below.
TRACKED = {
    "SiteView": frozenset(
        {
            "config",
            "title",
            "description",
            "language",
            "base_url",
            "base_path",
            "menu",
            "params",
            "env",
            "data",
            "param",
            "url",
            "absurl",
            "asset",
            "link",  # settings: in every
            # fingerprint, like the base path `link` reads
            "jekyll_terms",  # Config.dialect, a setting
            # Languages: settings (lang, direction, home_url, rel, t, search_words,
            # languages), or Site.translations and the languages' own Sites (translations,
            # switch_links, in_language), which only a multilingual site has; there each
            # language's fingerprints include its translations (output/fingerprint.py).
            "lang",
            "direction",
            "home_url",
            "rel",
            "t",
            "search_words",
            "words",
            "languages",
            "translations",
            "switch_links",
            "in_language",
            "taxonomies",
            "sections",
            "text_of",
            "page",
            "pages",
            "posts",
            "featured",
            "neighbours",
            "taxonomy",
            "terms_by_slug",
            "term_link",
            "section",
            "section_index",
            "home",
            "copyright",
            "copyright_html",
            "newest",
            "sharded_index",
            "archive",
            "archives_url",
            "term",
            "term_name",
            "section_head",
            "start_recording",
            "stop_recording",
            "record",
            "term_url",
            "fill_links",
            "stored",
            "close",
            "environment",
            "related",
            "journey",
            "profile",
            "journal",
            "journal_charts",
            "commitments_page",
            "commitments_of",
            "replies_of",
            "reply_target",
            "remember",
            "entry",
            "feed_item",
            "feed_items",
            "fragment",
            "fragments",
            "atom_entries",
            "forget_lasting",
            "joined_fragments",
            "place_blocks",
            "splice_item",
            "index_entries",
            "splice_entry",
            "spliced",
            "forget_lists",
            "picture",
            "show_images",
        }
    ),
    "PageView": frozenset(
        {
            "page",
            "title",
            "link_title",
            "url",
            "kind",
            "section",
            "description",
            "authors",
            "date",
            "lastmod",
            "is_draft",
            "weight",
            "params",
            "source",
            "cover",
            "aliases",
            "keywords",
            "images",
            "robots_noindex",
            "param",
            "own_assets",
            "permalink",
            "href",
            "timestamp",
            "publish_date",
            "modified",
            "content",
            "summary",
            "summary_text",
            "is_truncated",
            "toc",
            "word_count",
            "reading_minutes",
            "meta_description",
            "terms",
            "tags",
            "neighbours",
            "atom_id",
            "edit_url",
            "edit_text",
            "breadcrumbs",
            "reading_time_text",
            "related",
            "journeys",
            "text_language",
            "author_links",
            "profiles",
            "sessions",
            "commitments",
            "replies",
            "reply_to",
            "reply_count",
            "cover_shown",
            "visibility",
            "shared_title",
            "is_sealed",
            "sealed",
            "search_hidden",
            "hidden_in_home_list",
            "hidden_in_rss",
            "in_sitemap",
            "canonical_url",
            "flags",
        }
    ),
}


class TaxonomyView:
    """A taxonomy as templates see it: its name and url are settings; reading its terms
    records a dependency on them."""

    __slots__ = ("_site", "_taxonomy", "name", "singular", "url")

    def __init__(self, taxonomy: Taxonomy, site: SiteView) -> None:
        self._taxonomy = taxonomy
        self._site = site
        self.name = taxonomy.name
        self.singular = taxonomy.singular
        self.url = taxonomy.url

    @property
    def terms(self) -> tuple[Term, ...]:
        self._site.record(TaxonomyRead(self.name))
        return self._taxonomy.terms


def _whole_over_heads(deps: set[Dependency] | frozenset[Dependency]) -> frozenset[Dependency]:
    """`deps` without the heads of pages read whole too (the whole covers the head)."""
    whole = {d.url for d in deps if type(d) is PageRead}
    heads = [d for d in deps if type(d) is PageHeadRead and d.url in whole] if whole else ()
    return frozenset(deps).difference(heads) if heads else frozenset(deps)


def _fragment_key(
    name: str, url: str, ordered: tuple[tuple[str, object], ...]
) -> tuple[object, ...]:
    """The key a post's fragment is remembered and stored under (`SiteView.fragment`)."""
    return ("fragment", name, url, ordered)


class SiteView:
    """What templates see as `site`: settings, menus, posts and lookups."""

    def __init__(
        self,
        site: Site,
        environment: Environment | None = None,
        fragments: Fragments | None = None,
    ) -> None:
        """`environment` renders the layouts; a view that renders nothing needs none.
        `fragments`: the build's store of fragments kept between builds (see `_lasting`);
        a multilingual site's languages render without it."""
        self._site = site
        self._fragments = None if site.by_language else fragments
        self._environment = environment
        self._store = PackReader(site.store)
        self.config = site.config
        self.title = site.config.title
        self.description = site.config.description
        self.language = site.config.language
        self.base_url = site.config.base_url
        self.base_path = site.config.base_path
        self.menu = site.config.menu
        self.params = site.config.params
        self.env = site.config.env
        self.data = site.config.data  # data/ files, this language's merged over (a setting)
        self._views: dict[str, PageView] = {}
        self._facts = SiteFacts(site)
        self._words: dict[str, str] = {}  # `t` of a key alone, the same every time
        self._deps: set[Dependency] | None = None
        self._remembered: dict[tuple[object, ...], tuple[Any, frozenset[Dependency]]] = {}
        self._lasting_keys: list[tuple[object, ...]] = []  # what `lasting` keeps in memory
        self._stored_at: dict[tuple[object, ...], Ident | None] = {}  # where each is stored
        # While an output that may be spliced records (render/splice.py): its blocks of
        # fragments, what their items read, and the blocks as its text holds them.
        self._blocks: list[splicing.Block] | None = None
        self._piece_deps: set[Dependency] | None = None
        self._placed: tuple[splicing.SplicedBlock, ...] = ()
        self._entries = False  # `/index.json` records: its entries are noted (index_entries)
        self.spliced: splicing.Spliced | None = None  # the placed blocks of the last output
        self._param_values: dict[str, object] = {}
        settings = site.config.images
        self._image_sizes = (settings.sizes if settings else "") or CONTENT_SIZES
        self._shown: tuple[tuple[object, ...], str, tuple[str, ...]] | None = None
        self.lang = site.config.lang or site.config.default_language or site.config.language
        self.direction = site.config.direction
        self._languages: dict[str, SiteView] = {}

    def in_language(self, code: str) -> SiteView:
        """The view of one language of a multilingual site (its own Site), made once; the
        image stage ran on the merged Site, so its results are handed down."""
        if code not in self._languages:
            self._languages[code] = SiteView(language_site(self._site, code), self._environment)
        return self._languages[code]

    @cached_property
    def languages(self) -> tuple[i18n.LanguageLink, ...]:
        """Every language of the site (none on a one-language site), for the switcher."""
        return i18n.language_links(self.config)

    def translations(self, url: str) -> tuple[i18n.LanguageLink, ...]:
        """The versions of the page or list at `url` in other languages and its own."""
        return i18n.translations(self.config, self._site.translations, url)

    @property
    def home_url(self) -> str:
        """This language's home: "/" or "/fr/"."""
        return self.config.lang_prefix + "/"

    def switch_links(self, url: str) -> tuple[i18n.LanguageLink, ...]:
        """The other languages for the switcher: this page in each, or that language's home."""
        found = self._site.translations
        if url in self._site.fallbacks:  # a polyglot page some language repeats
            found = {url: self._site.fallbacks[url]}
        return i18n.switch_links(self.config, found, url)

    def search_words(self) -> dict[str, object]:
        """The search page's messages in this language, for search.js."""
        return i18n.search_words(self.config.labels)

    def rel(self, url: str) -> str:
        """A site address in this language's folder (Hugo's relLangURL): `/tags/` is
        `/fr/tags/` on the French pages."""
        return self.url(self.config.lang_prefix + url)

    def t(self, key: str, count: float | None = None, **values: object) -> str:
        """The theme's word for `key` in this language (i18n/<lang>.yaml, the site's over
        the theme's), `{{ .Count }}`-style placeholders filled. A key alone (most of the
        ~40 words a post page shows) is looked up once per view (a language has its own)."""
        if count is None and not values:
            found = self._words.get(key)
            if found is None:
                found = self._words[key] = i18n.translate(self.config.labels, key, None, {})
            return found
        return i18n.translate(self.config.labels, key, count, values)

    def words(self, *keys: str) -> dict[str, str]:
        """Several of the theme's words at once, for a script (`data-words`)."""
        return {key: self.t(key) for key in keys}

    def start_recording(self, splice: bool = False, entries: bool = False) -> None:
        """Note every dependency key from now on (see TRACKED), for one output; `splice`:
        note its blocks of fragments too, apart (`spliced`, render/splice.py); `entries`:
        the output is `/index.json`, whose entries are its block (`index_entries`)."""
        self._deps = set()
        noting = splice and self._fragments is not None
        if noting and entries:
            self._piece_deps = set()
        elif noting:
            self._blocks, self._piece_deps = [], set()
        self._entries = noting and entries
        self._placed = ()
        self.spliced = None

    def place_blocks(self, text: str, items: Sequence[str]) -> None:
        """Where the blocks of fragments handed out are in the output's text (its `items`:
        `Output.items`), when they are being noted."""
        if self._blocks:
            self._placed = splicing.place(text, self._blocks, items)
            self._blocks = []  # their texts go before the output is encoded

    def stop_recording(self) -> frozenset[Dependency]:
        """What the output's record names: what it read, a page's head only where its whole
        was not read too (the whole page changes whenever its head does: half the reads of
        a list or a feed). When its blocks were placed (`spliced`), only what it read
        outside them: the fragment store knows what each item read."""
        deps, self._deps = self._deps, None
        pieces, self._piece_deps = self._piece_deps, None
        placed, self._placed = self._placed, ()
        self._blocks = None
        self._entries = False
        if self._fragments is not None:
            self._fragments.flush()
        own = _whole_over_heads(deps or set())
        if placed:
            self.spliced = splicing.Spliced(placed)
            return own
        return _whole_over_heads(own | pieces) if pieces else own

    def record(self, dep: Dependency) -> None:
        if self._deps is not None:
            self._deps.add(dep)

    def remember(self, key: tuple[object, ...], compute: Callable[[], T]) -> T:
        """`compute()` once per view (one per worker) for `key`; every later output that
        asks again gets the same value and is recorded as reading what the first one read.
        Only for values that depend on nothing but what they record."""
        known = self._remembered.get(key)
        if known is None:
            outer, self._deps = self._deps, set()
            try:
                value = compute()
            finally:
                read, self._deps = frozenset(self._deps), outer
            known = self._remembered[key] = (value, read)
        if self._deps is not None:
            self._deps |= known[1]
        return known[0]

    def entry(self, entry: PageView, first: bool = False) -> Markup:
        """One post in a list (`partials/entry.html`, which sees `entry`, `first_entry` and
        `site`), rendered once per page and worker: at 10,000 posts each post is in five
        or six lists."""
        return self._partial_once(
            "partials/entry.html", ("entry", entry.url, bool(first)), entry=entry, first_entry=first
        )

    def _lasting(
        self,
        key: tuple[object, ...],
        compute: Callable[[], str],
        *,
        template: str | None,
        pages: Sequence[str],
        memory: bool = True,
    ) -> tuple[str, frozenset[Dependency], Ident | None]:
        """`remember` for a text that one post makes in the site's big outputs, kept between
        builds in the build's fragment store when there is one: found there when everything
        it read then (and `template`, the code and the settings) digests as it does now.
        `pages`: the pages its context hands it (a PageView read no longer records them), so
        an edit of one of them makes it render again. `memory=False` keeps it only in the
        store (full-text items: at 10,000 posts every post's html in every worker). Its
        text, what it read (not recorded here: the caller records it, as its own or apart
        for a block) and where the store holds it (None: not stored)."""
        known = self._remembered.get(key)
        if known is not None:
            return str(known[0]), known[1], self._stored_at.get(key)
        store = self._fragments
        if store is not None and any(self._site.pages[u].visibility == "shared" for u in pages):
            store = None  # a shared post's fragments never reach the cache
        name = repr(key)
        found = store.find(name, template) if store is not None else None
        at: Ident | None = None
        if found is None:
            outer, self._deps = self._deps, set()
            try:
                value = compute()
            finally:
                read, self._deps = frozenset(self._deps), outer
            read |= {PageRead(u) for u in pages}
            if store is not None:
                at = store.keep(name, template, value, read)
        else:
            value, read = found
            at = store.where(name) if store is not None else None
        if memory:
            self._remembered[key] = (value, read)
            self._stored_at[key] = at
            self._lasting_keys.append(key)
        return value, read, at

    def forget_lasting(self) -> None:
        """Drop the texts `_lasting` keeps in memory, at the end of a render task. The
        feeds that share most items (the site's, its sections', the big tags' and authors')
        render in one task (produce.render_tasks); later tasks hold feeds of 3,000 items
        in all at 10,000 posts, against 100,000 in that one, so its ~30 MB of items (JSON
        Feed, RSS and Atom, with what each read) need not stay with its worker to the end."""
        for key in self._lasting_keys:
            self._remembered.pop(key, None)
            self._stored_at.pop(key, None)
        self._lasting_keys.clear()

    def forget_lists(self) -> None:
        """Drop the list entries (`entry`) and page views kept for the list pages, once a
        worker has rendered its last: at 10,000 posts ~10,000 of each per worker (~30 MB),
        which the post pages after them do not read. Views are made again as asked for."""
        for key in [k for k in self._remembered if k[0] == "entry"]:
            del self._remembered[key]
        self._views.clear()

    def fragment(self, name: str, item: PageView, **context: object) -> Markup:
        """A partial showing one post in the site's big outputs (a feed's item), which sees
        `item`, `site` and `context`: rendered once per render task and kept between builds
        (`_lasting`), so an edit renders the edited post's fragments, not every feed."""
        ordered = tuple(sorted(context.items()))
        text, read, _ = self._piece(name, item, ordered, context)
        if self._deps is not None:
            self._deps |= read
        return Markup(text)

    def fragments(self, name: str, items: Sequence[PageView], **context: object) -> list[Markup]:
        """`fragment` of each of `items` with the same `context`; markup, as `fragment`'s,
        so a layout's `join` does not escape them. Looped here: a feed's loop in a layout
        cost ~15 µs an item beside the fragment itself (at 10,000 posts the site's and its
        section's feeds hold every post, in three formats). `joined_fragments` joins them
        in one block, which a later build can splice."""
        ordered = tuple(sorted(context.items()))
        deps = self._deps
        found = []
        for item in items:
            text, read, _ = self._piece(name, item, ordered, context)
            if deps is not None:
                deps |= read
            found.append(Markup(text))
        return found

    def joined_fragments(
        self,
        name: str,
        items: Sequence[PageView],
        separator: str = "",
        strip: bool = False,
        **context: object,
    ) -> Markup:
        """`fragment` of each of `items`, each stripped of the space around it when `strip`,
        joined by `separator`: one block, which the next build can splice (render/splice.py)
        when only some of its items changed (the JSON Feed's items, for `jsonld_items`)."""
        ordered = tuple(sorted(context.items()))
        each = ((item, ordered, context) for item in items)
        return self._block(name, each, ordered, separator=separator, strip=strip)

    def atom_entries(self, items: Sequence[PageView], newest: datetime | None) -> Markup:
        """`partials/atom_entry.xml` of each of `items`, joined, each seeing `updated`: its
        post's modification, else `newest` (see `joined_fragments`)."""

        def each() -> Iterator[tuple[PageView, tuple[tuple[str, object], ...], dict[str, object]]]:
            for item in items:
                updated = item.modified or newest
                yield item, (("updated", updated),), {"updated": updated}

        return self._block("partials/atom_entry.xml", each(), (), updated=True, newest=newest)

    def _block(
        self,
        name: str,
        each: Iterable[tuple[PageView, tuple[tuple[str, object], ...], Mapping[str, object]]],
        context: tuple[tuple[str, object], ...],
        *,
        separator: str = "",
        strip: bool = False,
        updated: bool = False,
        newest: datetime | None = None,
    ) -> Markup:
        """The fragments of (item, its context sorted, its context), joined; noted as a
        block while the output's blocks are (`start_recording(splice=True)`), and what
        they read recorded apart, so the record tells it from the output's own reads."""
        into = self._piece_deps if self._piece_deps is not None else self._deps
        texts: list[str] = []
        urls: list[str] = []
        places: list[Ident | None] = []
        remembered, stored_at = self._remembered, self._stored_at
        for item, ordered, item_context in each:
            key = _fragment_key(name, item.url, ordered)
            known = remembered.get(key)  # most items: kept in this task already
            if known is not None:
                text, read, at = str(known[0]), known[1], stored_at.get(key)
            else:
                text, read, at = self._piece(name, item, ordered, item_context)
            if into is not None:
                into |= read
            texts.append(text.strip() if strip else text)
            urls.append(item.url)
            places.append(at)
        if self._blocks is not None:
            block = splicing.Block(name, context, updated, newest, strip, separator)
            block.texts, block.urls, block.idents = texts, urls, places
            self._blocks.append(block)
        return Markup(separator.join(texts))

    def splice_item(self, block: splicing.SplicedBlock, url: str) -> tuple[str, Ident | None]:
        """One item of a spliced block rendered again, as `_block` renders it; what it read
        is recorded, and where the store keeps it comes back."""
        item = self.page(url)
        ordered = block.item_context(item.modified)
        text, read, at = self._piece(block.template, item, ordered, dict(ordered))
        if self._deps is not None:
            self._deps |= read
        return (text.strip() if block.strip else text), at

    def index_entries(
        self, urls: Sequence[str], items: Sequence[str], start: int
    ) -> Iterator[bytes]:
        """`/index.json`'s entry of each page of `urls` (`search.index_entry`, kept in the
        fragment store like a feed's items), separated by commas, as bytes one by one,
        `start` bytes into the file. While `/index.json`'s entries are noted
        (`start_recording(entries=True)`), they are one block, placed as they are written
        (each by its index in `items`, the output's `Output.items`), and what they read is
        recorded apart; an entry not stored (a shared post's) or not among `items` leaves
        the block unplaced, so the file is rendered whole the next time. Anywhere else (a
        layout calling it) what they read is the output's own."""
        noting = self._entries and not self._placed
        self._entries = False  # one block per output
        into = self._piece_deps if noting else self._deps
        index = {url: n for n, url in enumerate(items)} if noting else {}
        numbers: list[int] = []
        places: list[Ident] = []
        offsets: list[int] = []
        lengths: list[int] = []
        at = start
        for n, url in enumerate(urls):
            text, read, ident = self._index_entry(url)
            if into is not None:
                into |= read
            data = text.encode()
            if n:
                yield b","
                at += 1
            number = index.get(url)
            if noting and ident is not None and number is not None:
                numbers.append(number)
                places.append(ident)
                offsets.append(at)
                lengths.append(len(data))
            else:
                noting = False
            yield data
            at += len(data)
        if noting and numbers:
            self._placed = (
                splicing.placed_block(splicing.ENTRIES, numbers, places, offsets, lengths),
            )

    def splice_entry(self, url: str) -> tuple[str, Ident | None]:
        """One entry of a spliced `/index.json` made again, as `index_entries` makes it;
        what it read is recorded, and where the store keeps it comes back."""
        text, read, at = self._index_entry(url)
        if self._deps is not None:
            self._deps |= read
        return text, at

    def _index_entry(self, url: str) -> tuple[str, frozenset[Dependency], Ident | None]:
        page = self._site.pages[url]
        return self._lasting(
            ("index.json", url),
            partial(search.index_entry, page, url, self),
            template=None,
            pages=(url,),
            memory=False,
        )

    def _piece(
        self,
        name: str,
        item: PageView,
        ordered: tuple[tuple[str, object], ...],
        context: Mapping[str, object],
    ) -> tuple[str, frozenset[Dependency], Ident | None]:
        """One fragment: its text, what it read, where the store keeps it."""
        key = _fragment_key(name, item.url, ordered)
        known = self._remembered.get(key)
        if known is not None:
            return str(known[0]), known[1], self._stored_at.get(key)

        def render() -> str:
            self.record(LayoutRead(name))
            template = self.environment.get_template(name)
            return str(template.render(site=self, item=item, **context))

        full = bool(self.config.feeds.full_text)
        return self._lasting(key, render, template=name, pages=(item.url,), memory=not full)

    def feed_item(self, item: PageView) -> Markup:
        """One RSS item (`partials/rss_item.xml`, which sees `item` and `site`): a post is in
        the site's feed, its section's and one per tag (see `fragment`)."""
        return self.fragment("partials/rss_item.xml", item)

    def feed_items(self, items: Sequence[PageView]) -> Markup:
        """`feed_item` of each of `items`, joined: an RSS feed's items (a block, see
        `joined_fragments`)."""
        none: dict[str, object] = {}
        return self._block("partials/rss_item.xml", ((item, (), none) for item in items), ())

    def _partial_once(self, name: str, key: tuple[object, ...] | None, **context: object) -> Markup:
        """A partial rendered with `site` and `context` only, remembered under `key` (None:
        rendered every time)."""

        def render() -> Markup:
            self.record(LayoutRead(name))
            return Markup(self.environment.get_template(name).render(site=self, **context))

        return render() if key is None else self.remember(key, render)

    @property
    def taxonomies(self) -> tuple[TaxonomyView, ...]:
        return tuple(TaxonomyView(t, self) for t in self._site.taxonomies)

    @property
    def sections(self) -> tuple[Section, ...]:
        self.record(SECTIONS)
        return self._site.sections

    def param(self, key: str, default: object = None) -> object:
        """A site param; dotted keys reach into mappings, any case (`profileMode.imageUrl`).
        Looked up once per key: layouts ask for the same dozen on every page."""
        try:
            value = self._param_values[key]
        except KeyError:
            head, _, rest = key.partition(".")
            value = self._param_values[key] = dotted(self.params.get(norm(head)), rest)
        return default if value is None else value

    def url(self, url: str) -> str:
        """Site-relative url -> link href under the base path, percent-encoded."""
        return urls.href(urls.join_base(self.base_path, url))

    def link(self, url: object) -> str:
        """A link written in the settings or front matter (social icons, profile buttons,
        edit links): see `safe_link`."""
        return safe_link(str(url or ""), self.base_path, self.config.lang_prefix)

    def text_of(self, page: Page) -> str:
        """A page's plain text (the search index's `content`), wherever it is stored."""
        self.record(PageRead(page.url))
        content = page.content
        if content is None:
            return ""
        return self.fill_links(page, self.stored(content.text), html=False)

    def stored(self, text: Text) -> str:
        """A text of a page, read from the site's store when it is kept there."""
        return self._store.read(text)

    @property
    def environment(self) -> Environment:
        """The Jinja environment the site's layouts render in."""
        if self._environment is None:
            raise ValueError("this SiteView was made without a Jinja environment")
        return self._environment

    def close(self) -> None:
        """Close the store's files (a view that lives as long as its process need not)."""
        self._store.close()

    def fill_links(self, page: Page, text: str, *, html: bool = True) -> str:
        """Links written as `ref`/`relref`/`link`/`post_url` get their urls (see xrefs.py)."""
        if page.content is None or not page.content.refs:
            return text
        self.record(LinksRead(page.url))
        return xrefs.fill_links(
            text,
            page,
            self._facts.links,
            lambda url, absolute: self.absurl(url) if absolute else self.url(url),
            html=html,
        )

    def picture(
        self,
        src: object,
        alt: object = "",
        base: str = "/",
        sizes: str = "",
        eager: bool = False,
        responsive: bool = True,
        css_class: str = "",
        width: object = None,
        height: object = None,
    ) -> Markup:
        """An image for a layout (`src` relative to the page at `base`): a `<picture>` of
        its resized copies with its width and height when the image stage made them, else
        an `<img>`. `eager` for the image a page shows first; `sizes` the box it fills."""
        src = str(src or "")
        if "://" in src or src.startswith("//"):
            href = src
        else:
            href = self.url(src if src.startswith("/") else base + src)
        image = self._image(resolve(src, base, self.base_path))
        attrs: list[tuple[str, str | None]] = [("alt", str(alt or ""))]
        if css_class:
            attrs.append(("class", css_class))
        attrs += [(n, str(v)) for n, v in (("width", width), ("height", height)) if v]
        shown = markup.picture(
            image,
            href,
            self._image_url,
            attrs=attrs,
            sizes=sizes or self._image_sizes,
            eager=eager,
            responsive=responsive,
        )
        return Markup(shown)

    def _image(self, path: str | None) -> PublishedImage | None:
        if path is None:
            return None
        self.record(ImageRead(path))
        return self._site.images.get(path)

    def _image_url(self, path: str) -> str:
        return self.url("/" + path)

    def show_images(self, page: Page, html: str, eager_first: bool) -> str:
        """A page's html with each of its images as a `<picture>` (markup.py); the first is
        fetched first when `eager_first` (no cover shows above it). Remembered for the last
        page: layouts read `page.content` more than once."""
        if not self._site.images or ("<img" not in html and "<IMG" not in html):
            return html
        key = (page.url, eager_first, len(html), hash(html))
        if self._shown is not None and self._shown[0] == key:
            for path in self._shown[2]:
                self.record(ImageRead(path))
            return self._shown[1]
        read: list[str] = []

        def replace(src: str, attrs: markup.Attrs, first: bool) -> str | None:
            path = resolve(src, page.url, self.base_path)
            if path is not None:
                read.append(path)
            image = self._image(path)
            if image is None:
                return None
            return markup.picture(
                image,
                src,
                self._image_url,
                attrs=attrs,
                sizes=self._image_sizes,
                eager=first and eager_first,
            )

        shown = markup.replace_images(html, replace)
        self._shown = (key, shown, tuple(read))
        return shown

    def asset(self, path: str) -> str:
        """Link to a theme asset by its plain name; the file itself carries a content hash."""
        try:
            return self.url("/" + self._site.assets[path.lstrip("/")])
        except KeyError:
            known = ", ".join(sorted(self._site.assets))
            raise ValueError(f"unknown asset {path!r} (known: {known})") from None

    def absurl(self, url: str) -> str:
        if url.startswith(("http://", "https://")):
            return url
        return (
            self.base_url.rstrip("/")
            + urls.href(urls.join_base(self.base_path, url))[len(self.base_path.rstrip("/")) :]
        )

    def page(self, url: str) -> PageView:
        self.record(PageHeadRead(url))
        if url not in self._views:
            self._views[url] = PageView(self._site.pages[url], self)
        return self._views[url]

    def pages(self, page_urls: Sequence[str]) -> list[PageView]:
        return [self.page(u) for u in page_urls]

    @property
    def posts(self) -> list[PageView]:
        self.record(HEADS)
        return self._posts

    @cached_property
    def _posts(self) -> list[PageView]:
        return self.pages(self._site.posts)

    @property
    def featured(self) -> list[PageView]:
        self.record(FEATURED)
        return [self.page(u) for u in self._facts.featured_urls]

    def neighbours(self, url: str) -> tuple[PageView | None, PageView | None]:
        self.record(NeighboursRead(url))
        newer, older = self._site.neighbours.get(url, (None, None))
        return (self.page(newer) if newer else None, self.page(older) if older else None)

    def taxonomy(self, name: str) -> Any:
        return TaxonomyView(self._facts.taxonomies[name], self)

    @property
    def terms_by_slug(self) -> dict[str, dict[str, Term]]:
        """taxonomy -> slug -> Term, built once instead of scanned per page."""
        self.record(HEADS)
        return self._facts.terms_by_slug

    def related(self, url: str) -> list[PageView]:
        self.record(RelatedRead(url))
        return self.pages(self._site.related.get(url, ()))

    def journey(self, slug: str) -> Journey | None:
        term = self.term("series", slug)
        if term is None:
            return None

        def make() -> Journey:
            parts = sorted(self.pages(term.pages), key=lambda p: (p.timestamp, p.url))
            stamps = [p.date for p in parts if p.date is not None]
            return Journey(
                term.name,
                term.url,
                tuple(parts),
                stamps[0] if stamps else None,
                stamps[-1] if stamps else None,
                sum(p.reading_minutes for p in parts),  # their text: recorded whole
            )

        # Remembered with what it read, so every output showing it records the parts' text.
        return self.remember(("journey", slug), make)

    @cached_property
    def _profiles(self) -> dict[str, AuthorProfile]:
        return {urls.slugify(p.name): p for p in self.config.profiles}

    def profile(self, name: str) -> AuthorProfile | None:
        """The site.yaml profile of an author, matched by the name's slug (a setting)."""
        return self._profiles.get(urls.slugify(name))

    @property
    def journal(self) -> Journal:
        self.record(HEADS)  # the posts' sessions, days and addresses
        return self._journal

    @property
    def _journal(self) -> Journal:
        return self._facts.journal

    @property
    def journal_charts(self) -> charts.Charts:
        """The sessions page's pictures, from the same sessions the journal sums."""
        self.record(HEADS)
        dated = [
            charts.Dated(entry.day, entry.session)
            for entry in self._journal.entries
            if entry.day is not None
        ]
        return charts.journal_charts(dated[::-1], charts.Words(self.config.labels))

    @property
    def commitments_page(self) -> ledger_plan.CommitmentsPage:
        self.record(COMMITMENTS)
        ledger = self._site.ledger or Ledger()
        stamps = [d for u in ledger.order if (d := self._site.pages[u].date) is not None]
        newest = max(stamps, default=None, key=dates.stamp)
        return ledger_plan.commitments_page(ledger, newest)

    def commitments_of(self, page: Page) -> ledger_plan.PostCommitments:
        self.record(COMMITMENTS)
        ledger = self._site.ledger or Ledger()
        scope = ledger_plan.scope_of(page)
        return ledger_plan.for_post(ledger, page.url, scope, self._ledger_positions)

    @cached_property
    def _ledger_positions(self) -> dict[str, int]:
        return ledger_plan.positions(self._site.ledger or Ledger())

    def replies_of(self, url: str) -> list[PageView]:
        self.record(THREADS)
        return [self.page(u) for u in self._site.replies.get(url, ())]

    def reply_target(self, url: str) -> PageView | None:
        self.record(THREADS)
        target = self._site.reply_targets.get(url)
        return self.page(target) if target else None

    def term(self, taxonomy: str, slug: str) -> Term | None:
        """One term (for a term page), recorded as read."""
        self.record(TermRead(taxonomy, slug))
        return self._facts.terms_by_slug.get(taxonomy, {}).get(slug)

    def term_name(self, taxonomy: str, slug: str) -> str | None:
        """The spelling the site shows a term with, recorded as read."""
        self.record(TermNameRead(taxonomy, slug))
        term = self._facts.terms_by_slug.get(taxonomy, {}).get(slug)
        return term.name if term else None

    @property
    def jekyll_terms(self) -> bool:
        """Whether terms' addresses follow Jekyll's slug rule (a Jekyll site's)."""
        return self.config.dialect == JEKYLL

    def term_link(self, taxonomy: str, name: str) -> str:
        return self.term_url(taxonomy, urls.term_slug(name, jekyll=self.jekyll_terms), name)

    def term_url(self, taxonomy: str, slug: str, name: str = "") -> str:
        """A term page's url as collect planned it (a `permalinks` pattern may use the term's
        spelling, so that is recorded); a name that is no term gets the pattern or
        `/<taxonomy>/<slug>/`."""
        if self.term_name(taxonomy, slug) is not None:
            return self._facts.terms_by_slug[taxonomy][slug].url
        return urls.list_url(
            self.config.list_permalinks,
            "term",
            taxonomy,
            f"/{taxonomy}/{slug}/",
            slug=slug,
            title=name or slug,
        )

    def section(self, path: str) -> Any:
        self.record(SectionRead(path))
        return self._facts.section(path)

    def section_head(self, path: str) -> tuple[str, str] | None:
        """A section's title and url (breadcrumbs), recorded without its list of pages."""
        self.record(SectionHeadRead(path))
        section = self._facts.section(path)
        return (section.title, section.url) if section else None

    def section_index(self, path: str) -> PageView | None:
        key = f"section:{path}"
        self.record(PageRead(key))
        if key not in self._site.pages:
            return None
        if key not in self._views:
            self._views[key] = PageView(self._site.pages[key], self)
        return self._views[key]

    @property
    def home(self) -> PageView | None:
        return self.section_index("")

    @property
    def copyright(self) -> str:
        self.record(COPYRIGHT)
        return self._facts.copyright

    @property
    def sharded_index(self) -> search.SearchIndex:
        """The search page's index files, built once per view (see search/)."""
        self.record(EVERYTHING)
        return self._sharded_index

    @cached_property
    def _sharded_index(self) -> search.SearchIndex:
        return search.build_index(self._site, self.text_of, self._terms_of)

    def _terms_of(self, page: Page) -> search.PageTerms | None:
        """The terms the parse stage stored for a page, or the same terms made here from its
        stored text when parse did not make them."""
        self.record(PageRead(page.url))
        return search.terms_in_store(page, self.stored)

    @property
    def copyright_html(self) -> Markup:
        """The footer line, rendered once per site rather than once per page."""
        self.record(COPYRIGHT)
        return self._copyright_html

    @cached_property
    def _copyright_html(self) -> Markup:
        if self.config.copyright is not None:  # Markdown, as PaperMod renders it
            return markdownify(self.config.copyright, self.config.raw_html)
        return Markup.escape(self._facts.copyright)  # "© 2024 <title>": the title is text

    @property
    def newest(self) -> datetime | None:
        self.record(NEWEST)
        return self._facts.newest

    @property
    def archives_url(self) -> str | None:
        """This language's archives page (`layout: archives`), if the site has one: the
        search page's no-script text offers it only then, rather than a broken link."""
        self.record(ARCHIVES)
        return self._facts.archives_url

    def archive(
        self, all_pages: bool = False
    ) -> list[tuple[int, list[tuple[str, list[PageView]]]]]:
        """Posts grouped by year, then month, newest first (dates as written). `all_pages`
        (PaperMod's ShowAllPagesInArchive) adds the dated listed pages outside the sections."""
        self.record(HEADS)
        years: dict[int, dict[int, list[PageView]]] = {}
        views = list(self.posts)
        if all_pages:
            views += [
                self.page(u)
                for u, p in self._site.pages.items()
                if p.kind == "page"
                and p.is_listed
                and p.is_rendered
                and p.layout not in ("archives", "search")
            ]
        dated = sorted((p for p in views if p.date), key=lambda p: -p.timestamp)
        for view in dated:
            when = view.publish_date
            assert when is not None
            years.setdefault(when.year, {}).setdefault(when.month, []).append(view)
        return [
            (
                year,
                [
                    (month_name(m, self.config.labels.get(".locale", "en")), months[m])
                    for m in sorted(months, reverse=True)
                ],
            )
            for year, months in sorted(years.items(), reverse=True)
        ]


_MEDIA_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".svg": "image/svg+xml",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".mp3": "audio/mpeg",
    ".mp4": "video/mp4",
}
_RASTER = frozenset((".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"))


def sealed_files(page: Page, root: Path) -> dict[str, dict[str, str]]:
    """A shared bundle's files, to be sealed with its text: path inside the bundle ->
    media type and base64 bytes. Images lose their metadata (EXIF with the GPS position,
    XMP, comments) as published images do; one that cannot be read so is an error rather
    than a leak."""
    files: dict[str, dict[str, str]] = {}
    folder = page.source.parent
    for source in page.bundle_files:
        data = (root / source).read_bytes()
        suffix = source.suffix.lower()
        if suffix in _RASTER:
            from mentorblog.images.encode import without_metadata  # Pillow, only when needed

            stripped = without_metadata(data)
            if stripped is None:
                raise BuildError(
                    "cannot remove this image's metadata, so it cannot travel inside a "
                    "shared post; save it again as a plain JPEG or PNG",
                    source,
                )
            data = stripped
        files[str(source.relative_to(folder))] = {
            "type": _MEDIA_TYPES.get(suffix, "application/octet-stream"),
            "data": base64.b64encode(data).decode("ascii"),
        }
    return files


class PageView:
    """A Page as templates see it: derived values computed once, on first use."""

    def __init__(self, page: Page, site: SiteView) -> None:
        self._page = page
        self._site = site
        self.title = page.title
        self.link_title = page.link_title
        self.url = page.url
        self.kind = page.kind
        self.section = page.section
        self.description = page.description
        self.authors = page.authors
        self.date = page.date
        self.lastmod = page.lastmod
        self.is_draft = page.is_draft
        self.weight = page.weight
        self.params = page.params
        self.source = page.source
        self.cover = page.cover
        self.aliases = page.aliases
        self.keywords = page.keywords
        self.images = page.images
        self.robots_noindex = page.robots_noindex
        self.visibility = page.visibility
        self.shared_title = page.shared_title
        self.is_sealed = page.is_sealed
        # Front matter a list, feed or sitemap asks about (`.page` would record the text).
        self.search_hidden = page.search_hidden
        self.hidden_in_home_list = page.hidden_in_home_list
        self.hidden_in_rss = page.hidden_in_rss
        self.in_sitemap = page.in_sitemap
        self.canonical_url = page.canonical_url
        self.flags = page.flags

    @property
    def page(self) -> Page:
        """The Page itself, for a layout that reaches past the view: it may read anything of
        it, its text too, so the whole page is recorded."""
        self._site.record(self._whole)
        return self._page

    def _text(self) -> Content | None:
        """What Markdown made of the body, recorded as a read of the whole page: the views
        record only the page's head (SiteView.page), until a layout reads its text."""
        self._site.record(self._whole)
        return self._page.content

    @cached_property
    def _whole(self) -> PageRead:
        return PageRead(self.url)

    def param(self, key: str, default: object = None) -> object:
        """Page value if the key is present (even `false`), else the site's, as PaperMod's
        `.Param`; dotted keys reach into mappings (`editPost.URL`)."""
        head, _, rest = key.partition(".")
        n = norm(head)
        value: object = None
        for source in (self._page.flags, self._params):
            if n in source:
                value = source[n]
                break
        else:
            value = self._site.params.get(n)
        value = dotted(value, rest)
        return default if value is None else value

    @cached_property
    def _params(self) -> dict[str, object]:
        return {norm(k): v for k, v in self._page.params.items()}

    @cached_property
    def text_language(self) -> i18n.LanguageLink | None:
        """The language of a polyglot fallback's text, which is not its pages' (a French
        page repeating the English one): its article says so with `lang`."""
        if not self._page.fallback_for:
            return None
        return next((x for x in self._site.languages if x.code == self._page.lang), None)

    def own_assets(self, key: str) -> tuple[str, ...]:
        """The stylesheets (`css`) or scripts (`js`) a page names for itself in its front
        matter, as beautiful-jekyll pages do (a page with a tool of its own): site addresses
        only, read from the site's root like Jekyll's `relative_url`. Another host's
        (`https:`, `//`) and any other scheme are left out: pages load nothing from other
        hosts."""
        value = self._params.get(norm(key))
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        found = []
        for name in names:
            text = str(name).strip() if isinstance(name, str) else ""
            first = text.lstrip("/").split("/", 1)[0]
            if not text or text.startswith("//") or ":" in first or "\\" in text:
                continue
            found.append(self._site.url("/" + text.lstrip("/")))
        return tuple(found)

    @cached_property
    def permalink(self) -> str:
        return self._site.absurl(self.url)  # settings and the url only: nothing to record

    @cached_property
    def href(self) -> str:
        return self._site.url(self.url)

    @property
    def timestamp(self) -> float:
        return dates.stamp(self._page.date) if self._page.date else 0.0

    @property
    def publish_date(self) -> datetime | None:
        return self._page.publish_date or self._page.date

    @property
    def modified(self) -> datetime | None:
        return self._page.lastmod or self.publish_date

    @property
    def content(self) -> Markup:
        if self._page.is_sealed:
            return Markup("")  # any layout that does not seal it shows nothing of it
        return self._content()

    def _content(self) -> Markup:
        content = self._text()
        if content is None:
            return Markup("")
        html = self._site.fill_links(self._page, self._site.stored(content.html))
        return Markup(self._site.show_images(self._page, html, not self.cover_shown()))

    @property
    def sealed(self) -> str:
        """A shared post's html, title, description, tags and summary, encrypted for its
        readers (JSON for `js/sealed.js`). Fresh keys every time, so never reused."""
        secret = self._page.secret
        if secret is None:
            return ""
        self._site.record(SealedRead(self.url))
        keys = self._site._site.reader_keys
        document = {
            "title": secret.title,
            "description": secret.description,
            "tags": list(secret.tags),
            "summary": secret.summary,
            "sessions": self._sealed_sessions(secret.sessions),
            "html": str(self._content()),
            "files": sealed_files(self._page, self._site.config.root),
        }
        return sealing.seal(document, [keys[r] for r in self._page.shared_with], self.url)

    def _sealed_sessions(self, sessions: tuple[Session, ...]) -> str:
        """The post's session lines as any post shows them (`partials/session.html`), for
        the readers who open it; "" when it logs none."""
        if not sessions:
            return ""
        view = PageView(replace(self._page, sessions=sessions), self._site)
        return str(self._site._partial_once("partials/session.html", None, page=view))

    def cover_shown(self, in_list: bool = False) -> bool:
        """PaperMod's rule: cover.hiddenInList / hiddenInSingle (the page's, else the
        site's) beat cover.hidden (the page's, else the site's)."""
        cover = self.cover
        if cover is None or not cover.image:
            return False
        specific: object = cover.hidden_in_list if in_list else cover.hidden_in_single
        if specific is None:
            specific = self._site.param(f"cover.hiddenIn{'List' if in_list else 'Single'}")
        if specific is None:
            hidden = cover.hidden
            specific = hidden if hidden is not None else self._site.param("cover.hidden")
        return not specific

    @property
    def summary(self) -> Markup:
        content = self._text()
        return (
            Markup(self._site.fill_links(self._page, content.summary_html))
            if content
            else Markup("")
        )

    @property
    def summary_text(self) -> str:
        content = self._text()
        if content is None:
            return ""
        return self._site.fill_links(self._page, content.summary_text, html=False)

    @property
    def is_truncated(self) -> bool:
        content = self._text()
        return bool(content and content.is_truncated)

    @property
    def toc(self) -> tuple[Heading, ...]:
        content = self._text()
        return content.toc if content else ()

    @property
    def word_count(self) -> int:
        content = self._text()
        return content.word_count if content else 0

    @property
    def reading_minutes(self) -> int:
        content = self._text()
        return content.reading_minutes if content else 0

    @property
    def meta_description(self) -> str:
        return (
            self.description or self.summary_text or f"{self.title} - {self._site.title}"
        ).strip()

    def terms(self, taxonomy: str) -> list[tuple[str, str]]:
        """(display name, url) of this page's terms, spelled as the site spells them."""
        return [(name, url) for name, url, _ in self._term_links(taxonomy)]

    def _term_links(self, taxonomy: str) -> tuple[tuple[str, str, bool], ...]:
        """(display name, url, whether the term has a page) of this page's terms; the page's
        tags show in its lists, feeds and page, so they are worked out once per worker."""

        def links() -> tuple[tuple[str, str, bool], ...]:
            found = []
            for name in self._page.terms.get(taxonomy, ()):
                slug = urls.term_slug(name, jekyll=self._site.jekyll_terms)
                shown = self._site.term_name(taxonomy, slug)
                found.append(
                    (shown or name, self._site.term_url(taxonomy, slug, name), shown is not None)
                )
            return tuple(found)

        return self._site.remember(("terms", self.url, taxonomy), links)

    @property
    def tags(self) -> list[tuple[str, str]]:
        return self.terms("tags")

    @property
    def neighbours(self) -> tuple[PageView | None, PageView | None]:
        return self._site.neighbours(self.url)

    @property
    def related(self) -> list[PageView]:
        return self._site.related(self.url)

    @property
    def journeys(self) -> list[Journey]:
        """The series this post is a part of, as the box under it shows them."""
        found = (
            self._site.journey(urls.term_slug(name, jekyll=self._site.jekyll_terms))
            for name in self._page.terms.get("series", ())
        )
        return [j for j in found if j is not None and len(j.parts) > 1]

    @property
    def author_links(self) -> list[tuple[str, str]]:
        """(name, author page url) per author; the url is "" when the author has no page
        (their name is only on pages, not on posts)."""
        return [
            (name, url if has_page else "") for name, url, has_page in self._term_links("authors")
        ]

    @property
    def profiles(self) -> list[AuthorProfile]:
        return [p for p in map(self._site.profile, self.authors) if p is not None]

    @property
    def sessions(self) -> tuple[Session, ...]:
        return self._page.sessions

    @property
    def commitments(self) -> ledger_plan.PostCommitments:
        """Open from before, closed here, made here (plan/commitments.py)."""
        return self._site.commitments_of(self._page)

    @property
    def replies(self) -> list[PageView]:
        return self._site.replies_of(self.url)

    @property
    def reply_count(self) -> int:
        return len(self._site.replies_of(self.url))

    @property
    def reply_to(self) -> PageView | None:
        return self._site.reply_target(self.url)

    @property
    def atom_id(self) -> str:
        """jekyll-feed's entry id for _posts/ posts, so readers do not show them again."""
        if "_posts" in self._page.source.parts:
            return self._site.absurl(self.url.removesuffix(".html"))
        return self.permalink

    @property
    def edit_url(self) -> str | None:
        edit = self.param("editPost")
        if not isinstance(edit, Mapping) or not edit:
            return None
        e = {norm(k): v for k, v in edit.items()}
        site_edit = self._site.params.get("editpost")
        if isinstance(site_edit, Mapping):
            e = {**{norm(k): v for k, v in site_edit.items()}, **e}
        if e.get("disabled") is True or not e.get("url"):
            return None
        url = str(e["url"])
        if e.get("appendfilepath"):
            url = url.rstrip("/") + "/" + str(self._page.source.relative_to("content"))
        return self._site.link(url)

    @property
    def edit_text(self) -> str:
        edit = self.param("editPost")
        text = edit.get("Text") if isinstance(edit, Mapping) else None
        return str(text or "Edit")

    @property
    def breadcrumbs(self) -> list[tuple[str, str]]:
        crumbs: list[tuple[str, str]] = []
        parts = self.section.split("/") if self.section else []
        for depth in range(1, len(parts) + 1):
            head = self._site.section_head("/".join(parts[:depth]))
            if head is not None:
                crumbs.append(head)
        return crumbs

    @property
    def reading_time_text(self) -> str:
        minutes = self.reading_minutes
        return self._site.t("reading_time", minutes) if minutes else ""
