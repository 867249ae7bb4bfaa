"""The frozen values that flow through the pipeline; every stage returns new ones."""

from __future__ import annotations

import operator
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import TypeVar

from mentorblog.core.errors import Notice
from mentorblog.core.sealing import ReaderKey

D = TypeVar("D")


def pickled_as_fields(cls: type[D]) -> type[D]:
    """Pickle a frozen dataclass as (class, field values), rebuilt through `__init__` from C.
    The dataclasses default (`__getstate__`/`__setstate__`, which call `fields()` for every
    object) cost 0.9 s to load 10,000 cached pages and slowed every page a parse worker sends
    back; a `reducer_override` in Python was called for every string too. Every field must
    be an `__init__` argument, in order."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    # The values in one C call (`attrgetter`): a comprehension of `getattr` took a third of
    # saving the output records of 10,000 posts (53,000 objects).
    values = operator.attrgetter(*names) if names else lambda _: ()
    if len(names) == 1:

        def __reduce__(self: D) -> tuple[type[D], tuple[object, ...]]:
            return cls, (values(self),)

    else:

        def __reduce__(self: D) -> tuple[type[D], tuple[object, ...]]:
            return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class StoredText:
    """Where a long text of a page is kept outside the Site: a pack file of the site's store
    (`Site.store`), a byte offset and a length. The build stores every body's html, plain
    text and search terms this way, so the main process never holds all of them
    (store.py)."""

    pack: str
    offset: int
    length: int


Text = str | StoredText  # a text as it is, or where it is stored; `store.read` gives both back


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class MenuItem:
    name: str
    url: str
    weight: int = 0
    identifier: str = ""


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Pagination:
    per_page: int = 10
    path: str = "page/:num/"  # relative to the list's url
    aliases: bool = True  # Hugo's `<list>/page/1/` redirect to the list (not Jekyll's)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Feeds:
    limit: int | None = None  # None = every post
    full_text: bool = False
    rss: bool = True
    atom: bool = True
    json: bool = True  # JSON Feed 1.1 beside each RSS feed
    # The site's Atom feed written again at these paths (relative to the home): where an
    # old site's feed was (Jekyll's `atom.xml`), so readers subscribed there keep it.
    also_at: tuple[str, ...] = ()


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Reader:
    """site.yaml `readers:` entry: someone a shared post can be opened by. The passphrase is
    never part of the site: it comes from the environment at build time (read/readers.py)."""

    id: str  # "ben": `shared_with: [ben]`, variable MENTORBLOG_READER_BEN
    name: str
    # `optional: true` in site.yaml: a build without this reader's passphrase leaves the
    # reader out, with a warning, instead of failing (a post no reader can open is then not
    # built at all). Meant for a demo reader; a real reader's missing secret should stop CI.
    optional: bool = False
    # Optional, and the environment this config was read in gives no passphrase: parse
    # leaves the reader out. Never set for a reader who is not optional.
    unset: bool = False


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class ScopeDefault:
    """Jekyll's `defaults:` entry: values applied to content under `path`."""

    path: str
    values: Mapping[str, object]
    kind: str = ""  # "" = any, else "posts" or "pages"


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class AuthorProfile:
    """An entry of site.yaml's `authors:`, shown on the author's page and under their posts."""

    name: str
    role: str = ""  # "mentor", "mentee" or ""
    bio: str = ""  # Markdown
    links: tuple[tuple[str, str], ...] = ()  # (label, url)
    image: str = ""


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Session:
    """One mentoring session a post logs (`session:` in front matter); any part may be missing."""

    minutes: int | None = None
    people: tuple[str, ...] = ()  # `with`
    kind: str = ""
    format: str = "individual"  # or "group": as written, else "group" with two people or more
    paid: bool | None = None  # None: not said (the hours log leaves the cell empty)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Commitment:
    """Something promised at a session (`commitments:`), open until a later post closes it."""

    id: str
    text: str
    line: int  # file line of its entry in `commitments:`
    due: datetime | None = None
    owner: str = ""


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Closure:
    """A post's `done:` or `dropped:` entry for an earlier commitment."""

    id: str
    outcome: str  # "done" or "dropped"
    line: int  # file line of its entry in `done:` / `dropped:`
    note: str = ""


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class ImageSettings:
    """site.yaml `images:`: how the images pages show are published (`images: false` is
    `Config.images = None`)."""

    widths: tuple[int, ...] = (360, 720, 1080, 1440, 1920)  # resized copies, never wider
    # than the original
    formats: tuple[str, ...] = ("avif", "webp")  # besides the original's; those the
    # installed Pillow cannot write are left out (with a warning when asked for by name)
    quality: tuple[tuple[str, int], ...] = (("jpeg", 82), ("webp", 80), ("avif", 60))
    keep_metadata: bool = False  # True: EXIF (GPS too), XMP, IPTC and comments are kept
    sizes: str = ""  # the `sizes` of images in a page's text; "" = the theme's measure
    size_limit: int = 1_000_000  # bytes; `check` warns about a larger published image


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Language:
    """One entry of site.yaml's `languages:` (Hugo's keys), read by read/languages.py."""

    code: str  # the key: "fr", "pt-br"; what `post.fr.md` names
    name: str = ""  # languageName, shown in the switcher
    locale: str = ""  # languageCode ("fr-CA"); the code when not given
    weight: int = 0
    title: str = ""  # the site's title in this language ("" = the site's)
    direction: str = "ltr"  # languageDirection: "ltr" or "rtl"
    content_dir: str = ""  # contentDir, relative to the site root ("" = content/)
    params: Mapping[str, object] = field(default_factory=dict)  # normalised, over the site's
    menu: tuple[MenuItem, ...] | None = None  # None: the site's menu
    disabled: bool = False
    description: str = ""
    taxonomies: tuple[tuple[str, str], ...] | None = None  # None: the site's
    labels: Mapping[str, str] = field(default_factory=dict)  # read/labels.py
    # The folder its pages live in when it is not the code: jekyll-polyglot keeps a code as
    # written (`pt-BR` -> /pt-BR/), where Hugo lowercases it (/pt-br/).
    folder: str = ""


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Config:
    """The validated site.yaml with CLI overrides applied."""

    root: Path
    title: str
    base_url: str  # absolute, ends with "/"
    language: str = "en"
    description: str = ""
    authors: tuple[str, ...] = ()
    copyright: str | None = None
    timezone: str = "UTC"
    date_format: str = "%B %-d, %Y"  # strftime
    pagination: Pagination = Pagination()
    main_sections: tuple[str, ...] = ()
    taxonomies: tuple[tuple[str, str], ...] = (("tag", "tags"), ("category", "categories"))
    # The site lists its own taxonomies: each gets its list page, even without terms, as in
    # Hugo (otherwise an empty `series` or `authors` has none).
    taxonomies_listed: bool = False
    permalinks: Mapping[str, str] = field(default_factory=dict)
    # Hugo's list-page patterns: "term:tags" -> "/topics/:slug/", "taxonomy:tags" -> "/topics/",
    # "section:posts" -> "/articles/"
    list_permalinks: Mapping[str, str] = field(default_factory=dict)
    permalink: str | None = None  # Jekyll's site-wide pattern for _posts/
    summary_length: int = 70
    excerpt_separator: str | None = None
    reading_speed: int = 212
    has_cjk_language: bool = False
    enable_emoji: bool = False  # Hugo's enableEmoji, Jekyll's jemoji: `:rocket:` is 🚀
    build_drafts: bool = False
    build_future: bool = False
    ugly_urls: bool = False  # Hugo's uglyURLs: pages at /posts/a.html
    build_expired: bool = False
    feeds: Feeds = Feeds()
    search: bool = True
    raw_html: bool = True
    # Jekyll files: an html element is html up to its closing tag, as kramdown reads it,
    # unless the old site's `kramdown: {parse_block_html: true}` or another `markdown:`
    kramdown_html_blocks: bool = True
    # `dialect`: how a file that shows none of its own is read ("jekyll", "hugo"), else
    # guessed from the site's folders (read/parse.py `site_dialect`)
    dialect: str = ""
    menu: tuple[MenuItem, ...] = ()
    publish_dir: str = "public"
    cache_dir: str = ".mentorblog-cache"  # relative to the site root
    params: Mapping[str, object] = field(default_factory=dict)  # normalised key -> value
    defaults: tuple[ScopeDefault, ...] = ()
    env: str = "production"
    profiles: tuple[AuthorProfile, ...] = ()
    journal_url: str | None = "/journal/"  # None: no journal page even when sessions exist
    journal_export: bool = True  # the hours log beside it: sessions.csv and sessions.json
    commitments_url: str | None = "/commitments/"  # None: no commitments page
    related_limit: int = 5  # related posts under each post; 0 shows none
    include: tuple[str, ...] = ()  # Jekyll's `include`: `_` and `.` names that are read
    images: ImageSettings | None = ImageSettings()  # None: `images: false`, copied as they are
    plugins: tuple[str, ...] = ()  # module names, in the order their hooks run (plugins.py)
    plugin_digest: str = ""  # of every plugin's source: in the parse key and every fingerprint
    readers: tuple[Reader, ...] = ()  # who shared posts are encrypted for
    # `serve` only, never from site.yaml: private posts are built and shared ones shown in
    # clear text, both marked, so the author sees everything on their own machine.
    show_private: bool = False
    # Multilingual sites (plan/languages.py): every language, the default one, and the
    # language this Config speaks for ("" = a site with one language).
    languages: tuple[Language, ...] = ()
    default_language: str = ""
    default_language_in_subdir: bool = False
    lang: str = ""
    lang_prefix: str = ""  # "/fr" for pages of a language in its own folder, else ""
    # jekyll-polyglot: a page's language from its first or second folder (`lang_from_path`);
    # root-relative links in a page lead to its language's version (`localize_links`, set by
    # a `languages:` list), but for paths under `exclude_from_localization` (`unlocalized`).
    lang_from_path: bool = False
    localize_links: bool = False
    unlocalized: tuple[str, ...] = ()
    direction: str = "ltr"
    labels: Mapping[str, str] = field(default_factory=dict)  # the theme's words, translated
    # The site's `data/` files as layouts read them (`site.data.strings.hello`): a folder is
    # a mapping of its files by name; one language's view merges `data/<lang>/` over it.
    data: Mapping[str, object] = field(default_factory=dict)

    @property
    def base_path(self) -> str:
        """The path part of base_url ("/" or "/blog/"): prefix of every site-relative link."""
        rest = self.base_url.split("://", 1)[-1]
        return "/" + rest.split("/", 1)[1] if "/" in rest else "/"


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    id: str
    text: str


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class LinkRef:
    """A link to another page written in a body (`ref`, `relref`, `link`, `post_url`). Its
    url is known only once every page is parsed, so the html holds `token` until then."""

    token: str
    kind: str  # "ref" (absolute), "relref", "link", "post_url", "md" (a link to a .md file)
    target: str  # as written: "posts/other.md#part", "2021-12-10-the-perks"
    line: int  # file line, for errors


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class ImageRef:
    """An image a body shows (Markdown, a shortcode's or raw html's `<img>`), found by the
    markdown stage so the image stage knows what to resize and errors can name the line."""

    src: str  # as the html has it (chirpy's media_subpath and the base path applied)
    line: int  # file line
    alt: str | None  # None: the tag has no alt at all; "" from Markdown is `![](...)`
    markdown: bool = True  # False: written as html (where alt="" marks a decorative image)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Content:
    """What the markdown stage derives from a body."""

    html: Text  # the markdown stage makes it a str; the build stores it (StoredText)
    summary_html: str
    summary_text: str
    is_truncated: bool  # the summary is shorter than the whole text
    text: Text  # the whole body as plain text (search index), taken from the tokens
    toc: tuple[Heading, ...]
    word_count: int
    reading_minutes: int
    refs: tuple[LinkRef, ...] = ()  # placeholders in html, summary and text (see xrefs.py)
    notices: tuple[Notice, ...] = ()  # warnings about the body (unknown shortcodes, ...)
    terms: Text | None = None  # the page's search terms (search.encode_terms), when made
    images: tuple[ImageRef, ...] = ()  # the images the body shows, in order


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Cover:
    image: str
    alt: str = ""
    caption: str = ""
    relative: bool = False
    hidden: bool | None = None
    hidden_in_list: bool | None = None
    hidden_in_single: bool | None = None
    responsive_images: bool | None = None  # PaperMod's cover.responsiveImages (None: site's)
    link_full_images: bool | None = None  # PaperMod's cover.linkFullImages (None: site's)


# Page.visibility: who may see a page. Public pages are listed everywhere; unlisted ones are
# built at their address only; shared ones are built encrypted for named readers; private
# ones are never built (only `serve` shows them).
PUBLIC, UNLISTED, SHARED, PRIVATE = "public", "unlisted", "shared", "private"
VISIBILITIES = (PUBLIC, UNLISTED, SHARED, PRIVATE)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class SharedText:
    """What a shared post hides besides its body; sealed with it at render time."""

    title: str
    description: str
    tags: tuple[str, ...]
    summary: str
    # Its `session:` entries: who was met, for how long, about what. Shown only to the readers
    # who open the post; no total, chart or hours log counts them.
    sessions: tuple[Session, ...] = ()


# The generator a file was written for (Page.dialect).
HUGO, JEKYLL = "hugo", "jekyll"


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Page:
    """One Markdown file after parsing; later stages derive copies with dataclasses.replace()."""

    source: PurePosixPath  # relative to the site root: content/posts/a.md
    kind: str  # "post", "page" or "section" (an _index.md)
    section: str  # "posts", "posts/letters"; "" at the top level
    body_line: int
    title: str
    url: str  # site-relative, starts with "/": "/posts/a/"
    output_path: str  # relative to the output folder: "posts/a/index.html"
    layout: str  # template name without ".html"
    body: str
    slug: str = ""
    link_title: str = ""
    date: datetime | None = None
    lastmod: datetime | None = None
    publish_date: datetime | None = None
    expiry_date: datetime | None = None
    is_draft: bool = False
    weight: int = 0
    terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # taxonomy -> names
    authors: tuple[str, ...] = ()
    description: str = ""
    summary_source: str | None = None  # Hugo's `summary` (the <!--more--> divider beats it)
    excerpt_source: str | None = None  # Jekyll's `excerpt` (beats the divider)
    excerpt_separator: str | None = None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    images: tuple[str, ...] = ()
    cover: Cover | None = None
    media_subpath: str = ""  # chirpy's: relative image paths in the body start here
    redirect_to: str = ""  # jekyll-redirect-from: the page's address only leads there
    canonical_url: str = ""
    search_hidden: bool = False
    hidden_in_home_list: bool = False
    hidden_in_rss: bool = False
    is_listed: bool = True  # Hugo build.list
    is_rendered: bool = True  # Hugo build.render
    in_sitemap: bool = True
    sitemap: Mapping[str, object] = field(default_factory=dict)
    robots_noindex: bool = False
    is_cjk: bool = False
    dialect: str = "hugo"  # HUGO or JEKYLL: how the body is read (parse.site_dialect)
    flags: Mapping[str, object] = field(default_factory=dict)  # known display keys, normalised
    params: Mapping[str, object] = field(default_factory=dict)  # unknown keys, as written
    key_lines: Mapping[str, int] = field(default_factory=dict)  # normalised key -> file line
    content: Content | None = None
    bundle_files: tuple[PurePosixPath, ...] = ()
    notices: tuple[Notice, ...] = ()
    sessions: tuple[Session, ...] = ()
    visibility: str = PUBLIC  # PUBLIC, UNLISTED, SHARED or PRIVATE (see read/parse.py)
    shared_with: tuple[str, ...] = ()  # reader ids, when visibility is SHARED
    shared_title: bool = False  # the title of a shared post may show in lists, with a lock
    # A shared post's title, description, tags and summary, held only in memory between
    # parse and render (never in the build cache), where they are sealed into the page.
    secret: SharedText | None = None
    commitments: tuple[Commitment, ...] = ()
    closures: tuple[Closure, ...] = ()
    in_reply_to: str = ""  # as written (a content path or an address); see plan/threads.py
    lang: str = ""  # the page's language ("" on a site with one language)
    translation_key: str = ""  # pages with the same key are translations of each other
    # jekyll-polyglot: `lang-exclusive`, the only languages the page is built in (none: all).
    only_languages: tuple[str, ...] = ()
    # A polyglot fallback: the url of the page this one repeats under another language's
    # folder, where that language has no version of it (plan/fallbacks.py).
    fallback_for: str = ""
    # The digest of every field but `body`, `content` and this one (render/deps.py
    # `head_digest`), made by the parse worker and kept with the page in the build cache:
    # output reuse tells an edit of the text from one of the front matter by it.
    head_digest: bytes = b""

    @property
    def tags(self) -> tuple[str, ...]:
        return self.terms.get("tags", ())

    @property
    def is_sealed(self) -> bool:
        """Published encrypted: a shared post outside `serve`."""
        return self.secret is not None


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class StaticFile:
    origin: Path  # absolute file to copy
    path: str  # relative to the output folder
    source: PurePosixPath  # for messages, relative to the site root or "theme:..."
    link: bool = False  # the origin is a file of the build cache that never changes in
    # place (a processed image): hard-linked into the output instead of copied


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class ImageCopy:
    """One resized copy of an image, in one format."""

    path: str  # relative to the output folder
    width: int
    height: int
    format: str  # "avif", "webp", "jpeg", "png"
    size: int  # bytes


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class PublishedImage:
    """A raster image as the site publishes it: the original (metadata removed) under its
    own path, its size as shown (EXIF orientation applied), and its resized copies."""

    path: str  # the original's path in the output
    source: PurePosixPath  # for messages
    width: int
    height: int
    format: str  # the original's: "jpeg", "png", "gif", "webp", "avif", "tiff"
    size: int  # bytes of the published original
    copies: tuple[ImageCopy, ...] = ()  # none for an image no page shows, or animated
    animated: bool = False


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Sources:
    """Everything discover found: what to parse and what to copy."""

    content: tuple[PurePosixPath, ...]  # Markdown files, relative to the site root
    content_files: tuple[StaticFile, ...]  # other files under content/ (bundle resources)
    static: tuple[StaticFile, ...]  # theme static overlaid by the site's static/
    assets: Mapping[str, str] = field(default_factory=dict)  # "css/main.css" -> hashed path


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Term:
    name: str  # display spelling
    slug: str
    url: str
    pages: tuple[str, ...]  # page urls in list order


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Taxonomy:
    name: str  # plural: "tags"
    singular: str
    url: str
    terms: tuple[Term, ...]  # A-Z by name


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Section:
    path: str  # "posts/letters"
    url: str
    title: str
    page_url: str | None  # the _index.md page, when there is one
    pages: tuple[str, ...]  # posts directly or indirectly inside, list order


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Pager:
    number: int
    count: int
    url: str
    items: tuple[str, ...]  # page urls on this page
    urls: tuple[str, ...]  # every page's url, index 0 = page 1

    @property
    def prev_url(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None


class Writer(Enum):
    """What makes an output's bytes."""

    LAYOUT = "layout"  # its template (a layout) through Jinja: every kind a plugin adds
    SEARCH_JSON = "search-json"  # PaperMod's /index.json, written entry by entry
    SEARCH_FILES = "search-files"  # one file of the search page's index (search/)
    SEARCH_TEXT = "search-text"  # one page's plain text, for the search page's passages
    HOURS_LOG = "hours-log"  # the journal's sessions as CSV or JSON (render/hourslog.py)


@pickled_as_fields
@dataclass(frozen=True, slots=True, eq=False)
class OutputKind:
    """What sort of file an Output is, and what the stages do differently for it; the
    built-in kinds are in kinds.py. A kind is its name to layouts: `{{ output.kind }}` shows
    it and `output.kind == "home"` compares it, as when kinds were plain strings."""

    name: str  # "page", "rss", ...: how tests and messages refer to it
    label: str = "a generated list page"  # how a collision message names one of these files
    writer: Writer = Writer.LAYOUT
    is_list: bool = False  # a list of pages (home, section, term, terms): in the sitemap
    reads_everything: bool = False  # reads the whole site: rendered first, alone in a task
    shares_index: bool = False  # one of several files cut from one index of the whole site:
    # all of them are made together, once, before the other outputs

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OutputKind):
            return self.name == other.name
        return isinstance(other, str) and self.name == other

    def __hash__(self) -> int:
        return hash(self.name)

    def __str__(self) -> str:
        return self.name


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Output:
    """One file the build will write; planned before anything is rendered."""

    path: str  # relative to the output folder, "/"-separated
    url: str
    kind: OutputKind  # kinds.PAGE, kinds.HOME, ...
    template: str
    source: PurePosixPath | None = None  # what asked for this file, for collision messages
    line: int | None = None  # the front-matter line that chose this path, when one did
    page_url: str | None = None
    pager: Pager | None = None
    taxonomy: str | None = None
    term: str | None = None  # term slug
    section: str | None = None
    items: tuple[str, ...] = ()  # feed entries (page urls)
    target: str | None = None  # where a redirect that stands for no page leads (a list)
    lang: str = ""  # the language whose Site renders it (Site.by_language), "" = this one


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Item:
    """One commitment and what became of it, as the public pages tell it."""

    commitment: Commitment
    scope: str  # the journey (series) of the post that made it; "" for the journal
    opened: str  # url of the post that made it
    opened_at: datetime | None
    status: str = "open"  # "open", "done" or "dropped"
    closed: str = ""  # url of the post that closed it
    closed_at: datetime | None = None
    note: str = ""


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Ledger:
    """Every commitment of the public posts, oldest post first, in the order written."""

    items: tuple[Item, ...] = ()
    order: tuple[str, ...] = ()  # urls of the posts that take part, oldest first


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Site:
    config: Config
    pages: Mapping[str, Page]  # url -> page, every published page
    posts: tuple[str, ...]  # post urls in list order (weight, date, title)
    sections: tuple[Section, ...]
    taxonomies: tuple[Taxonomy, ...]
    outputs: tuple[Output, ...]
    static: tuple[StaticFile, ...]
    neighbours: Mapping[str, tuple[str | None, str | None]]  # url -> (prev newer, next older)
    skipped: Mapping[str, int]  # "drafts", "future", "expired" -> count
    assets: Mapping[str, str] = field(default_factory=dict)  # theme css/js -> hashed path
    notices: tuple[Notice, ...] = ()
    related: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # post url -> urls
    store: Path | None = None  # the folder of the pack files its StoredTexts point into
    images: Mapping[str, PublishedImage] = field(default_factory=dict)  # output path -> image
    # Reader id -> key, when some post is shared: in memory only, never in the build cache.
    reader_keys: Mapping[str, ReaderKey] = field(default_factory=dict)
    ledger: Ledger | None = None  # commitments of the public posts (plan/commitments.py)
    replies: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # url -> reply urls
    reply_targets: Mapping[str, str] = field(default_factory=dict)  # reply url -> its target
    # A multilingual site: one complete Site per language (its outputs carry `lang`), and
    # each page's translations: url -> ((language, url), ...) in language order.
    by_language: Mapping[str, Site] = field(default_factory=dict)
    translations: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # A language's own Site of a jekyll-polyglot site: the other languages' page urls, so a
    # link localized to a page this language lacks keeps the default one (plan/xrefs.py).
    elsewhere: tuple[str, ...] = ()  # sorted: its repr is part of fingerprints
    # A polyglot site's fallback pages, for the language switcher only (hreflang and "also
    # in" name real translations): url -> ((language, url), ...) of every version, fallbacks
    # included, of the page at url.
    fallbacks: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def page(self, url: str) -> Page:
        return self.pages[url]
