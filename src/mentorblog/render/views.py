"""What layouts see: `site` (SiteView) and each page (PageView), recording what every
output reads so a later build knows when it may reuse the output."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from typing import Any, TypeVar

from jinja2 import Environment
from markupsafe import Markup

from mentorblog.core import dates, urls
from mentorblog.core.model import (
    AuthorProfile,
    Heading,
    Page,
    PublishedImage,
    Section,
    Session,
    Site,
    Taxonomy,
    Term,
)
from mentorblog.images import markup
from mentorblog.images.refs import CONTENT_SIZES, resolve
from mentorblog.output.cache import PackReader
from mentorblog.plan import search, xrefs
from mentorblog.plan.journal import Journal, summarise
from mentorblog.read.config import norm
from mentorblog.render import i18n
from mentorblog.render.filters import markdownify

T = TypeVar("T")


def safe_link(url: str, base_path: str) -> str:
    """A link from the settings or front matter for an `href`: a full address as written
    unless its scheme runs code (`javascript:`, `vbscript:`, `data:`, `file:`, refused as
    markdown-it refuses them in Markdown links: "#" instead), a path under the base path."""
    url = url.strip()
    if urls.runs_code(url):
        return "#"
    if urls.has_scheme(url):
        return url
    return urls.href(
        urls.join_base(base_path, url if url.startswith(("/", "#", "?")) else "/" + url)
    )


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
#   page:<url>                 the whole page (PageViews are made only through SiteView.page)
#   neighbours:<url>           which pages are a post's previous and next
#   termname:<taxonomy>/<slug> the spelling a term is shown with, and its url
#   term:<taxonomy>/<slug>, taxonomy:<name>, section:<path>, section-head:<path>, sections,
#   copyright, newest, featured
#   related:<url>              which posts are related to a post
#   links:<url>                where a page's ref/relref/link/post_url links lead
#   image:<path>               an image as published: its size and copies (Site.images)
#   *                          anything else: the whole site (also the sessions journal)
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
            "param",
            "url",
            "absurl",
            "asset",
            "link",  # settings: in every
            # fingerprint, like the base path `link` reads
            # Languages: settings (lang, direction, home_url, rel, t, search_words,
            # languages), or Site.translations and the languages' own Sites (translations,
            # switch_links, in_language), which only a multilingual site has; there every
            # output's fingerprint is the whole site (output/fingerprint.py).
            "lang",
            "direction",
            "home_url",
            "rel",
            "t",
            "search_words",
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
            "term",
            "term_name",
            "section_head",
            "start_recording",
            "stop_recording",
            "record",
            "term_url",
            "fill_links",
            "related",
            "journey",
            "profile",
            "journal",
            "remember",
            "entry",
            "feed_item",
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
            "author_links",
            "profiles",
            "sessions",
            "cover_shown",
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
        self._site.record(f"taxonomy:{self.name}")
        return self._taxonomy.terms


class SiteView:
    """What templates see as `site`: settings, menus, posts and lookups."""

    def __init__(self, site: Site, reader: PackReader | None = None) -> None:
        self._site = site
        self._reader = reader
        self.config = site.config
        self.title = site.config.title
        self.description = site.config.description
        self.language = site.config.language
        self.base_url = site.config.base_url
        self.base_path = site.config.base_path
        self.menu = site.config.menu
        self.params = site.config.params
        self.env = site.config.env
        self._views: dict[str, PageView] = {}
        self._deps: set[str] | None = None
        self._remembered: dict[tuple[object, ...], tuple[Any, frozenset[str]]] = {}
        self._env: Environment | None = None  # set by render_output
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
            sub = self._site.by_language[code]
            sub = replace(sub, images=self._site.images, assets=self._site.assets)
            self._languages[code] = SiteView(sub, self._reader)
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
        return i18n.switch_links(self.config, self._site.translations, url)

    def search_words(self) -> dict[str, object]:
        """The search page's messages in this language, for search.js."""
        return i18n.search_words(self.config.labels)

    def rel(self, url: str) -> str:
        """A site address in this language's folder (Hugo's relLangURL): `/tags/` is
        `/fr/tags/` on the French pages."""
        return self.url(self.config.lang_prefix + url)

    def t(self, key: str, count: int | None = None, **values: object) -> str:
        """The theme's word for `key` in this language (i18n/<lang>.yaml, the site's over
        the theme's), `{{ .Count }}`-style placeholders filled."""
        return i18n.translate(self.config.labels, key, count, values)

    def start_recording(self) -> None:
        """Note every dependency key from now on (see TRACKED), for one output."""
        self._deps = set()

    def stop_recording(self) -> frozenset[str]:
        deps, self._deps = self._deps, None
        return frozenset(deps or ())

    def record(self, key: str) -> None:
        if self._deps is not None:
            self._deps.add(key)

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

    def feed_item(self, item: PageView) -> Markup:
        """One RSS item (`partials/rss_item.xml`, which sees `item` and `site`), rendered once
        per post and worker: a post is in the site's feed, its section's and one per tag.
        Full-text items are not kept: at 10,000 posts they would hold every post's html in
        every worker."""
        key = None if self.config.feeds.full_text else ("feed_item", item.url)
        return self._partial_once("partials/rss_item.xml", key, item=item)

    def _partial_once(self, name: str, key: tuple[object, ...] | None, **context: object) -> Markup:
        """A partial rendered with `site` and `context` only, remembered under `key` (None:
        rendered every time)."""

        def render() -> Markup:
            assert self._env is not None
            return Markup(self._env.get_template(name).render(site=self, **context))

        return render() if key is None else self.remember(key, render)

    @property
    def taxonomies(self) -> tuple[TaxonomyView, ...]:
        return tuple(TaxonomyView(t, self) for t in self._site.taxonomies)

    @property
    def sections(self) -> tuple[Section, ...]:
        self.record("sections")
        return self._site.sections

    def param(self, key: str, default: object = None) -> object:
        """A site param; dotted keys reach into mappings, any case (`profileMode.imageUrl`).
        Looked up once per key: layouts ask for the same dozen on every page."""
        try:
            value = self._param_values[key]
        except KeyError:
            head, _, rest = key.partition(".")
            value = self.params.get(norm(head))
            for part in rest.split(".") if rest else ():
                if not isinstance(value, Mapping):
                    value = None
                    break
                value = next((v for k, v in value.items() if norm(k) == norm(part)), None)
            self._param_values[key] = value
        return default if value is None else value

    def url(self, url: str) -> str:
        """Site-relative url -> link href under the base path, percent-encoded."""
        return urls.href(urls.join_base(self.base_path, url))

    def link(self, url: object) -> str:
        """A link written in the settings or front matter (social icons, profile buttons,
        edit links): see `safe_link`."""
        return safe_link(str(url or ""), self.base_path)

    def text_of(self, page: Page) -> str:
        """A page's plain text (the search index's `content`), wherever it is stored."""
        self.record(f"page:{page.url}")
        content = page.content
        if content is None:
            return ""
        if content.text_ref is not None and self._reader is not None:
            return self.fill_links(page, self._reader.read(content.text_ref), html=False)
        return self.fill_links(page, content.text, html=False)

    @cached_property
    def _links(self) -> xrefs.LinkIndex:
        return xrefs.LinkIndex(self._site.pages, self._site.static)

    def fill_links(self, page: Page, text: str, *, html: bool = True) -> str:
        """Links written as `ref`/`relref`/`link`/`post_url` get their urls (see xrefs.py)."""
        if page.content is None or not page.content.refs:
            return text
        self.record(f"links:{page.url}")
        return xrefs.fill_links(
            text,
            page,
            self._links,
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
        self.record(f"image:{path}")
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
                self.record(f"image:{path}")
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
        self.record(f"page:{url}")
        if url not in self._views:
            self._views[url] = PageView(self._site.pages[url], self)
        return self._views[url]

    def pages(self, page_urls: Sequence[str]) -> list[PageView]:
        return [self.page(u) for u in page_urls]

    @property
    def posts(self) -> list[PageView]:
        self.record("*")
        return self._posts

    @cached_property
    def _posts(self) -> list[PageView]:
        return self.pages(self._site.posts)

    @property
    def featured(self) -> list[PageView]:
        self.record("featured")
        return [self.page(u) for u in self._featured_urls]

    @cached_property
    def _featured_urls(self) -> tuple[str, ...]:
        """Posts with `featured: true`, found without recording every post as read."""
        return tuple(u for u in self._site.posts if _featured(self._site.pages[u], self.params))

    def neighbours(self, url: str) -> tuple[PageView | None, PageView | None]:
        self.record(f"neighbours:{url}")
        newer, older = self._site.neighbours.get(url, (None, None))
        return (self.page(newer) if newer else None, self.page(older) if older else None)

    def taxonomy(self, name: str) -> Any:
        return TaxonomyView(self._taxonomies[name], self)

    @cached_property
    def _taxonomies(self) -> dict[str, Taxonomy]:
        return {t.name: t for t in self._site.taxonomies}

    @property
    def terms_by_slug(self) -> dict[str, dict[str, Term]]:
        """taxonomy -> slug -> Term, built once instead of scanned per page."""
        self.record("*")
        return self._terms_by_slug

    @cached_property
    def _terms_by_slug(self) -> dict[str, dict[str, Term]]:
        return {t.name: {term.slug: term for term in t.terms} for t in self._site.taxonomies}

    def related(self, url: str) -> list[PageView]:
        self.record(f"related:{url}")
        return self.pages(self._site.related.get(url, ()))

    def journey(self, slug: str) -> Journey | None:
        term = self.term("series", slug)
        if term is None:
            return None
        if slug not in self._journeys:
            parts = sorted(self.pages(term.pages), key=lambda p: (p.timestamp, p.url))
            stamps = [p.date for p in parts if p.date is not None]
            self._journeys[slug] = Journey(
                term.name,
                term.url,
                tuple(parts),
                stamps[0] if stamps else None,
                stamps[-1] if stamps else None,
                sum(p.reading_minutes for p in parts),
            )
        else:
            self.pages(term.pages)  # recorded for this output too
        return self._journeys[slug]

    @cached_property
    def _journeys(self) -> dict[str, Journey]:
        return {}

    @cached_property
    def _profiles(self) -> dict[str, AuthorProfile]:
        return {urls.slugify(p.name): p for p in self.config.profiles}

    def profile(self, name: str) -> AuthorProfile | None:
        """The site.yaml profile of an author, matched by the name's slug (a setting)."""
        return self._profiles.get(urls.slugify(name))

    @property
    def journal(self) -> Journal:
        self.record("*")
        return self._journal

    @cached_property
    def _journal(self) -> Journal:
        posts = sorted(
            (self._site.pages[u] for u in self._site.posts),
            key=lambda p: (-(p.date.timestamp() if p.date else 0.0), p.url),
        )
        return summarise(posts)

    def term(self, taxonomy: str, slug: str) -> Term | None:
        """One term (for a term page), recorded as read."""
        self.record(f"term:{taxonomy}/{slug}")
        return self._terms_by_slug.get(taxonomy, {}).get(slug)

    def term_name(self, taxonomy: str, slug: str) -> str | None:
        """The spelling the site shows a term with, recorded as read."""
        self.record(f"termname:{taxonomy}/{slug}")
        term = self._terms_by_slug.get(taxonomy, {}).get(slug)
        return term.name if term else None

    def term_link(self, taxonomy: str, name: str) -> str:
        return self.term_url(taxonomy, urls.slugify(name), name)

    def term_url(self, taxonomy: str, slug: str, name: str = "") -> str:
        """A term page's url as collect planned it (a `permalinks` pattern may use the term's
        spelling, so that is recorded); a name that is no term gets the pattern or
        `/<taxonomy>/<slug>/`."""
        if self.term_name(taxonomy, slug) is not None:
            return self._terms_by_slug[taxonomy][slug].url
        return urls.list_url(
            self.config.list_permalinks,
            "term",
            taxonomy,
            f"/{taxonomy}/{slug}/",
            slug=slug,
            title=name or slug,
        )

    def section(self, path: str) -> Any:
        self.record(f"section:{path}")
        return self._section(path)

    def _section(self, path: str) -> Section | None:
        return next((s for s in self._site.sections if s.path == path), None)

    def section_head(self, path: str) -> tuple[str, str] | None:
        """A section's title and url (breadcrumbs), recorded without its list of pages."""
        self.record(f"section-head:{path}")
        section = self._section(path)
        return (section.title, section.url) if section else None

    def section_index(self, path: str) -> PageView | None:
        key = f"section:{path}"
        self.record(f"page:{key}")
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
        self.record("copyright")
        return self._copyright

    @cached_property
    def _copyright(self) -> str:
        if self.config.copyright is not None:
            return self.config.copyright
        years = [p.date.year for p in self._site.pages.values() if p.date]
        return f"© {max(years)} {self.title}" if years else f"© {self.title}"

    @property
    def sharded_index(self) -> search.SearchIndex:
        """The search page's index files, built once per view (see search.py)."""
        self.record("*")
        return self._sharded_index

    @cached_property
    def _sharded_index(self) -> search.SearchIndex:
        return search.build_index(self._site, self.text_of, self._terms_of)

    def _terms_of(self, page: Page) -> search.PageTerms | None:
        """The terms the parse stage stored for a page, or the same terms made here from its
        stored text when parse did not make them."""
        self.record(f"page:{page.url}")
        content = page.content
        if content is None or self._reader is None:
            return None
        if content.terms_ref is not None:
            return search.decode_terms(self._reader.read(content.terms_ref))
        if content.text_ref is not None:
            return search.page_terms(page, self._reader.read(content.text_ref))
        return None

    @property
    def copyright_html(self) -> Markup:
        """The footer line, rendered once per site rather than once per page."""
        self.record("copyright")
        return self._copyright_html

    @cached_property
    def _copyright_html(self) -> Markup:
        if self.config.copyright is not None:  # Markdown, as PaperMod renders it
            return markdownify(self.config.copyright, self.config.raw_html)
        return Markup.escape(self._copyright)  # "© 2024 <title>": the title is text

    @property
    def newest(self) -> datetime | None:
        self.record("newest")
        return self._newest

    @cached_property
    def _newest(self) -> datetime | None:
        stamps = [p.lastmod or p.date for p in self._site.pages.values() if p.date]
        return max((s for s in stamps if s), default=None, key=lambda d: d.timestamp())

    def archive(
        self, all_pages: bool = False
    ) -> list[tuple[int, list[tuple[str, list[PageView]]]]]:
        """Posts grouped by year, then month, newest first (dates as written). `all_pages`
        (PaperMod's ShowAllPagesInArchive) adds the dated listed pages outside the sections."""
        self.record("*")
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
        dated = sorted((p for p in views if p.page.date), key=lambda p: -p.timestamp)
        for view in dated:
            when = view.publish_date
            assert when is not None
            years.setdefault(when.year, {}).setdefault(when.month, []).append(view)
        return [
            (
                year,
                [
                    (dates.format_date(months[m][0].publish_date, "%B"), months[m])  # type: ignore[arg-type]
                    for m in sorted(months, reverse=True)
                ],
            )
            for year, months in sorted(years.items(), reverse=True)
        ]


def _featured(page: Page, site_params: Mapping[str, object]) -> bool:
    """`page.param("featured") is True`, without making a PageView for every post."""
    if "featured" in page.flags:
        return page.flags["featured"] is True
    found = [value for key, value in page.params.items() if norm(key) == "featured"]
    return (found[-1] if found else site_params.get("featured")) is True


class PageView:
    """A Page as templates see it: derived values computed once, on first use."""

    def __init__(self, page: Page, site: SiteView) -> None:
        self.page = page
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

    def param(self, key: str, default: object = None) -> object:
        """Page value if the key is present (even `false`), else the site's, as PaperMod's
        `.Param`; dotted keys reach into mappings (`editPost.URL`)."""
        head, _, rest = key.partition(".")
        n = norm(head)
        value: object = None
        for source in (self.page.flags, self._params):
            if n in source:
                value = source[n]
                break
        else:
            value = self._site.params.get(n)
        for part in rest.split(".") if rest else ():
            if not isinstance(value, Mapping):
                value = None
                break
            value = next((v for k, v in value.items() if norm(k) == norm(part)), None)
        return default if value is None else value

    @cached_property
    def _params(self) -> dict[str, object]:
        return {norm(k): v for k, v in self.page.params.items()}

    @cached_property
    def permalink(self) -> str:
        return self._site.absurl(self.url)  # settings and the url only: nothing to record

    @cached_property
    def href(self) -> str:
        return self._site.url(self.url)

    @property
    def timestamp(self) -> float:
        return self.page.date.timestamp() if self.page.date else 0.0

    @property
    def publish_date(self) -> datetime | None:
        return self.page.publish_date or self.page.date

    @property
    def modified(self) -> datetime | None:
        return self.page.lastmod or self.publish_date

    @property
    def content(self) -> Markup:
        content = self.page.content
        if content is None:
            return Markup("")
        if content.html_ref is not None and self._site._reader is not None:
            html = self._site.fill_links(self.page, self._site._reader.read(content.html_ref))
        else:
            html = self._site.fill_links(self.page, content.html)
        return Markup(self._site.show_images(self.page, html, not self.cover_shown()))

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
        content = self.page.content
        return (
            Markup(self._site.fill_links(self.page, content.summary_html))
            if content
            else Markup("")
        )

    @property
    def summary_text(self) -> str:
        content = self.page.content
        return self._site.fill_links(self.page, content.summary_text, html=False) if content else ""

    @property
    def is_truncated(self) -> bool:
        return bool(self.page.content and self.page.content.is_truncated)

    @property
    def toc(self) -> tuple[Heading, ...]:
        return self.page.content.toc if self.page.content else ()

    @property
    def word_count(self) -> int:
        return self.page.content.word_count if self.page.content else 0

    @property
    def reading_minutes(self) -> int:
        return self.page.content.reading_minutes if self.page.content else 0

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
            for name in self.page.terms.get(taxonomy, ()):
                slug = urls.slugify(name)
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
            self._site.journey(urls.slugify(name)) for name in self.page.terms.get("series", ())
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
        return self.page.sessions

    @property
    def atom_id(self) -> str:
        """jekyll-feed's entry id for _posts/ posts, so readers do not show them again."""
        if "_posts" in self.page.source.parts:
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
            url = url.rstrip("/") + "/" + str(self.page.source.relative_to("content"))
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
