"""A Jekyll site moved in: `_posts/`, `_drafts/` and Markdown pages into `content/`, files
Jekyll publishes as they are into `static/`, `_config.yml` into `site.yaml`."""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from mentorblog.core import urls
from mentorblog.core.dialects import MATH_SWITCHES, POLYGLOT_SETTINGS, polyglot_setting
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import lookup, norm
from mentorblog.importers import Plan
from mentorblog.importers.configfile import (
    ConfigFile,
    Translation,
    dump_site_yaml,
    output_folder,
    read_config,
    translate_params,
)
from mentorblog.importers.files import (
    has_front_matter,
    is_markdown,
    math_from_templates,
    read_page,
    stand_in_layouts,
    tag_notices,
    unknown_layout,
    walk,
)
from mentorblog.read.discover import is_html_page
from mentorblog.read.sitedata import DATA_SUFFIXES, read_data_file

CONFIG_NAMES = ("_config.yml", "_config.yaml", "_config.toml")
PLACEHOLDER_URL = "https://example.org"

# Plugins whose work mentorblog does itself.
BUILT_IN_PLUGINS = {
    "jekyll-feed": "feeds",
    "jekyll-sitemap": "the sitemap",
    "jekyll-seo-tag": "meta tags",
    "jekyll-redirect-from": "`redirect_from` pages",
    "jekyll-paginate": "pagination",
    "jekyll-paginate-v2": "pagination of the list of posts",
    "jekyll-default-layout": "default layouts",
    "jekyll-optional-front-matter": None,
    "jekyll-polyglot": "languages (`languages`, `default_lang`, `lang:`, `lang_from_path`)",
    "jekyll-gist": "`{% gist %}` embeds",
    "jekyll-relative-links": "links to Markdown files",
    "jekyll-archives": "the pages of each tag and category",
}
# Jekyll's default `exclude` list (Jekyll 4 adds the site's own entries to it).
DEFAULT_EXCLUDE = (
    "Gemfile",
    "Gemfile.lock",
    "gemfiles",
    "node_modules",
    "vendor/bundle",
    "vendor/cache",
    "vendor/gems",
    "vendor/ruby",
    ".sass-cache",
    ".jekyll-cache",
)
_FOLDER_ROLES = {
    "_layouts": "Liquid layouts; mentorblog's own theme renders the pages (a layout of "
    "your own goes to layouts/NAME.html as a Jinja template)",
    "_includes": "Liquid includes; not carried over",
    "_sass": "Sass partials; not compiled, the theme has its own css",
    "_data": "a data file of a kind mentorblog does not read (it reads YAML, JSON and "
    "TOML); not copied",
    "_plugins": "Ruby plugins; mentorblog runs no plugins",
}
_TEMPLATE_FILES = {
    "404.html": "mentorblog writes its own 404 page",
    "feed.xml": "mentorblog writes its own feeds (/feed.xml and /index.xml)",
    "sitemap.xml": "mentorblog writes its own sitemap",
    "robots.txt": "mentorblog writes its own robots.txt",
    "index.html": "the home page is mentorblog's own list of posts",
}


# The feed templates of older themes (Poole, Hyde, Lanyon: `atom.xml`) and `rss.xml`: their
# readers keep the feed, as mentorblog's Atom feed is written there too (`feeds.also_at`).
_OLD_FEEDS = ("atom.xml", "rss.xml")


@dataclass(frozen=True, slots=True)
class _Rules:
    """Which files Jekyll reads, from `exclude`, `include`, `destination`, `collections`."""

    exclude: tuple[str, ...]
    include: tuple[str, ...]
    destination: str
    collections: tuple[str, ...]
    defaults: tuple[dict[str, Any], ...] = ()
    # Collections Jekyll writes pages for (`output: true`): name -> permalink pattern.
    published: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def excluded(self, rel: PurePosixPath) -> bool:
        text = str(rel)
        return any(
            text == e.strip("/") or text.startswith(e.strip("/") + "/") or fnmatch.fnmatch(text, e)
            for e in self.exclude
        )

    def ignored(self, name: str) -> bool:
        """Jekyll skips names starting with `_`, `.` or `#` or ending with `~` (but reads
        `_posts` and `_drafts`), unless the site's `include` lists them."""
        if name in ("_posts", "_drafts") or name in self.include:
            return False
        return name.startswith(("_", ".", "#")) or name.endswith("~")


def plan_jekyll(source: Path, *, skip: Path | None = None) -> Plan:
    config = _read_config(source)
    data = config.data if config else {}
    rules = _Rules(
        exclude=(*DEFAULT_EXCLUDE, *_names(data.get("exclude"))),
        include=tuple(_names(data.get("include"))),
        destination=str(data.get("destination") or "_site").strip("/"),
        collections=tuple(_names(data.get("collections"))),
        defaults=tuple(d for d in data.get("defaults") or [] if isinstance(d, dict)),
        published=_output_collections(data),
    )
    notices: list[Notice] = []

    def prune(rel: PurePosixPath) -> bool:
        if str(rel) == rules.destination:
            return True
        if rules.excluded(rel):
            if rel.name in ("node_modules", "vendor", "gemfiles"):
                notices.append(Notice("not copied (Jekyll excludes it)", rel))
            return True
        # Folders starting with `_` are walked so that each of their files is reported.
        return rel.name.startswith(".") and rel.name not in rules.include

    found, walk_notices = walk(source, skip, prune)
    notices.extend(walk_notices)
    copies: list[tuple[PurePosixPath, PurePosixPath]] = []
    found_pages: dict[PurePosixPath, _Page] = {}
    # Jekyll's `collections_dir` holds `_posts/`, `_drafts/` and the collections' folders:
    # each file there is placed by its path inside it, read where it is.
    holder = PurePosixPath(str(data.get("collections_dir") or "").strip("/") or ".")
    depth = len(holder.parts)
    physical: dict[PurePosixPath, PurePosixPath] = {}
    outside: list[Notice] = []  # reported once the others' files are put back in place
    held = {"_posts", "_drafts", *(f"_{c}" for c in rules.collections)}
    for rel in found:
        inside = rel.parts[:depth] == holder.parts and len(rel.parts) > depth + 1
        if depth and inside and rel.parts[depth] in held:
            logical = PurePosixPath(*rel.parts[depth:])
            physical[logical] = rel
            target = _place(source / holder, logical, rules, notices, found_pages)
            if target is not None:
                copies.append((logical, target))
            continue
        if depth and rel.parts[0] in ("_posts", "_drafts"):
            # With `collections_dir`, Jekyll reads posts only from inside it.
            outside.append(
                Notice(f"outside `collections_dir` ({holder}/): Jekyll ignores it; not copied", rel)
            )
            continue
        target = _place(source, rel, rules, notices, found_pages)
        if target is not None:
            copies.append((rel, target))
    if config is None:
        config = ConfigFile(PurePosixPath("_config.yml"), {}, {})
        notices.append(
            Notice("no _config.yml; title and address are placeholders in site.yaml", config.name)
        )
    style = str(lookup(data, "permalink") or "date")
    defaults = [d for d in data.get("defaults") or [] if isinstance(d, dict)]
    writes: list[tuple[PurePosixPath, str]] = []
    pages: dict[PurePosixPath, dict[str, Any]] = {}
    tabs: list[tuple[int, str, str]] = []
    layouts: dict[str, list[tuple[PurePosixPath, bool]]] = {}
    paging: dict[str, Any] = {}  # jekyll-paginate-v2's settings of the list of posts
    known: dict[PurePosixPath, str] = {}  # addresses the site's rules alone do not give
    documents: set[PurePosixPath] = set()  # pages of collections, never in the menu
    own_layouts = {p.stem for p in found if len(p.parts) == 2 and p.parts[0] == "_layouts"}
    used = _post_terms(found_pages)
    for rel, page in sorted(found_pages.items(), key=lambda item: str(item[0])):
        url = page.url or _address(rel, page.front, defaults, style)
        if (
            url == "/"
            and page.target.stem != "_index"
            and not any(p.target.stem == "_index" for p in found_pages.values())
        ):  # a page at / is the home page's text, as index.md is
            home = PurePosixPath("content") / ("_index" + rel.suffix)
            copies[copies.index((rel, page.target))] = (rel, home)
            page = dataclasses.replace(page, target=home, url="/")
            found_pages[rel] = page
        kept = _theme_page(rel, page, url, notices, writes, paging, own_layouts, used)
        if not kept:
            copies.remove((rel, page.target))
            layout = str(lookup(page.front, "layout") or "")
            if page.tab is not None and layout in _THEME_LISTS:  # mentorblog writes that list
                tabs.append((page.tab[0], page.tab[1], _THEME_LISTS[layout]))
            continue
        notices.extend(tag_notices(rel, page.body, page.body_line, liquid=True))
        if name := unknown_layout(page.front):
            layouts.setdefault(name, []).append((rel, page.is_post))
        if page.is_post:
            continue
        if page.tab is not None:
            tabs.append((page.tab[0], page.tab[1], url))
        if page.target.stem != "_index":
            key = page.target.relative_to("content") if page.tab or page.collection else rel
            pages[key] = page.front
            if page.tab or page.collection:
                known[key] = url
            if page.collection:
                documents.add(key)
    for entry in defaults:  # a layout only `defaults:` names (TeXt's `article`)
        values = entry.get("values")
        if isinstance(values, dict) and (name := unknown_layout(values)):
            scope = entry.get("scope")
            kind = scope.get("type") if isinstance(scope, dict) else None
            layouts.setdefault(name, []).append((config.name, kind == "posts"))
    stand_ins, layout_notices = stand_in_layouts(layouts)
    writes.extend(stand_ins)
    notices.extend(layout_notices)
    cname = _cname(source / "CNAME") if (source / "CNAME") in [source / f for f in found] else None
    values, config_notices = translate_jekyll(
        config,
        pages,
        cname=cname,
        navigation=_navigation(source, found, notices),
        tabs=[(name, url) for _, name, url in sorted(tabs)],
        known=known,
        documents=documents,
        collections=tuple(rules.published),
        paging=paging,
        printed=_printed_site_keys(
            p.body for rel, p in found_pages.items() if (rel, p.target) in copies
        ),
    )
    notices.extend(config_notices)
    _old_feeds(values, [rel for rel in found if _is_old_feed(source, rel)])
    if not any("_posts" in dst.parts[:-1] for _, dst in copies):
        # No `_posts/` to tell the site's dialect by (its posts are in collections): say
        # it, or every Liquid tag and kramdown extension would be read as Hugo's text.
        values["dialect"] = "jekyll"
    if math := math_from_templates(source, found, ("_includes", "_layouts"), values):
        notices.append(math)
    if physical:  # back to where the files are, for the copies and the report
        copies = [(physical.get(a, a), b) for a, b in copies]
        notices = [
            dataclasses.replace(n, file=physical[n.file]) if n.file in physical else n
            for n in notices
        ]
    notices.extend(outside)
    return Plan(
        tuple(copies), dump_site_yaml(values, str(config.name)), tuple(notices), tuple(writes)
    )


def _is_old_feed(source: Path, rel: PurePosixPath) -> bool:
    """A feed template of the old theme's at the site's root, which Jekyll runs through
    Liquid (one without front matter is a file published as it is, and copied so)."""
    return str(rel) in _OLD_FEEDS and has_front_matter(source / rel, jekyll=True)


def _old_feeds(values: dict[str, Any], found: Sequence[PurePosixPath]) -> None:
    """Add the old theme's feed addresses to `feeds.also_at`, after jekyll-feed's path."""
    if found:
        feeds = values.setdefault("feeds", {})
        also = list(feeds.get("also_at", []))
        feeds["also_at"] = also + [str(rel) for rel in found if str(rel) not in also]


@dataclass(frozen=True, slots=True)
class _Page:
    """A Markdown file that Jekyll renders, as found: where it goes, what it says."""

    target: PurePosixPath
    front: dict[str, Any]
    body: str
    is_post: bool
    url: str | None = None  # set when the address is known without the site's rules
    tab: tuple[int, str] | None = None  # chirpy's sidebar tab: (order, name)
    collection: str = ""  # a document of this collection (`_projects/x.md`)
    body_line: int = 1


# A page whose text is only a Liquid loop over the posts: the theme's list, not the author's.
_POST_LOOP = re.compile(
    r"\{%-?\s*for\s+\w+\s+in\s+(site\.posts|paginator\.posts|site\.tags|site\.categories|"
    r"site\.pages|site\.collections)(?![\w.\[])"
)
# The posts of one tag or category: a loop over `site.tags.ml` (or `site.tags["ml"]`), or
# over the posts with `{% if post.category == "talks" %}` (or `contains`) inside.
_TERM_LOOP = re.compile(
    r"\{%-?\s*for\s+\w+\s+in\s+site\.(tags|categories)"
    r"(?:\.([\w-]+)|\[\s*[\"']([^\"']+)[\"']\s*\])"
)
_TERM_FILTER = re.compile(
    r"\{%-?\s*for\s+(\w+)\s+in\s+site\.posts\s*-?%\}\s*"  # the loop, then at once
    r"\{%-?\s*if\s+(\w+)\.(tags|categories|category)\s*(?:==|contains)\s*"
    r"[\"']([^\"']+)[\"']\s*-?%\}"
)
# minimal-mistakes groups the posts by tag or category with an include, then loops.
_GROUPED = re.compile(
    r"\{%-?\s*include\s+group-by-array\s+collection=site\.posts\s+"
    r"field=[\"'](tags|categories)[\"']"
)
# Liquid, and html tags in the source (a word count only; nothing is parsed or rewritten).
_NOT_PROSE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|<[^<>]*>", re.DOTALL)
_LOOP_WORDS = 12  # words of its own a list page may have ("Subscribe to the feed", a heading)
_THEME_LISTS = {"tags": "/tags/", "categories": "/categories/"}
# Where mentorblog writes lists of an imported site itself: the home, the posts' section
# (the import puts the posts in content/posts/) and the lists of tags and categories.
_GENERATED_LISTS = frozenset({"/", "/posts/", *_THEME_LISTS.values()})
_ONE = {"tags": "tag", "categories": "category"}
_TERM_PAGE = re.compile(r"/(tags|categories)/([^/]+?)(?:/|\.html)$")


def _front_matter_only(front: Mapping[str, Any]) -> str:
    """The text of a Markdown file the import writes: front matter and no body."""
    return "---\n" + yaml.safe_dump(dict(front), allow_unicode=True, sort_keys=False) + "---\n"


# A Jekyll theme's layouts that list one tag's or category's posts below the page's text.
_TERM_LAYOUTS = frozenset({"tag", "category", "tag_page", "category_page", "tagpage"})


def _slug(name: str) -> str:
    return urls.term_slug(name, jekyll=True)


def _post_terms(pages: Mapping[PurePosixPath, _Page]) -> dict[str, set[str]]:
    """The slugs of the tags and of the categories the published posts name, as Jekyll
    builds `site.tags` and `site.categories`: tags from `tag` (one name, and it wins), else
    `tags` (a list, or names split at spaces); categories from the folders above `_posts/`,
    `categories` and `category` together. Drafts and `published: false` posts name none."""
    found: dict[str, set[str]] = {"tags": set(), "categories": set()}
    for rel, page in pages.items():
        if not page.is_post or "_drafts" in rel.parts or lookup(page.front, "published") is False:
            continue
        single = lookup(page.front, "tag")
        found["tags"].update(
            _term_slugs(single, split=False)
            if single is not None
            else _term_slugs(lookup(page.front, "tags"))
        )
        if "_posts" in rel.parts:
            found["categories"].update(_slug(p) for p in rel.parts[: rel.parts.index("_posts")])
        for key in ("categories", "category"):
            found["categories"].update(_term_slugs(lookup(page.front, key)))
    return found


def _term_slugs(value: object, split: bool = True) -> set[str]:
    """The slugs of a front-matter value naming terms: a list, or one string (split at
    spaces, as Jekyll splits a plural key's)."""
    if isinstance(value, str):
        return {_slug(n) for n in (value.split() if split else [value])}
    if isinstance(value, list):
        return {_slug(str(n)) for n in value if n is not None}
    return set()


def _old_addresses(front: Mapping[str, Any]) -> list[str]:
    """A page's `redirect_from` (or `aliases`): one address or a list of them."""
    found = lookup(front, "redirect_from") or lookup(front, "aliases")
    values = [found] if isinstance(found, str) else found if isinstance(found, list) else []
    return [str(v) for v in values if isinstance(v, str) and v.strip()]


def _carried(old: list[str], rel: PurePosixPath, notices: list[Notice]) -> list[str]:
    """The old addresses a list page the import writes (a term's or the tags index's
    `_index.md`) may keep as aliases: a full address or one leaving the site would stop
    the new site's build at a file the author never wrote, so each is left out, named."""
    kept = []
    for alias in old:
        try:
            urls.clean_url(alias)
        except urls.UrlError as err:
            notices.append(Notice(f"`redirect_from` {alias!r} not carried over: it {err}", rel))
            continue
        kept.append(alias)
    return kept


def _named_terms(front: Mapping[str, Any], plural: str) -> list[str]:
    """The terms a page names in its front matter (`categories: algorithms`, a list, or
    the singular key)."""
    value = lookup(front, plural) or lookup(front, _ONE[plural])
    if isinstance(value, str):
        return value.split()  # Jekyll splits a string of them at spaces
    return [str(v) for v in value if v] if isinstance(value, list) else []


def _term_list(plural: str, name: str) -> str:
    """Where mentorblog lists a term of a Jekyll site (its slug rule is Jekyll's)."""
    return f"/{plural}/{_slug(name)}/"


def _redirect(
    target: PurePosixPath, title: str, url: str, listed: str
) -> tuple[PurePosixPath, str]:
    """A page of the new site at the old page's address `url`, leading to `listed`."""
    return target, _front_matter_only({"title": title, "url": url, "redirect_to": listed})


def _term_loop(body: str) -> tuple[str, str] | None:
    """The taxonomy and term whose posts a page that is only a loop lists, or None."""
    if len(re.findall(r"\w+", _NOT_PROSE.sub(" ", body))) > _LOOP_WORDS:
        return None
    found = _TERM_LOOP.search(body)
    if found is not None:
        return found.group(1), found.group(2) or found.group(3)
    # `{% for post in site.posts %}{% if post.category == "talks" %}`: the `if` on the
    # loop's own variable wraps each item (not `unless`, not a badge inside the item).
    kept = _TERM_FILTER.search(body)
    if kept is not None and kept.group(1) == kept.group(2):
        return ("tags" if kept.group(3) == "tags" else "categories"), kept.group(4)
    return None


def _post_loop(body: str) -> str | None:
    """What a page that is only a loop lists (`site.posts`, `paginator.posts`, ...), or None
    when it has text of its own."""
    grouped = _GROUPED.search(body)
    found = _POST_LOOP.search(body)
    listed = found.group(1) if found else _assigned_loop(body)
    if (grouped is None and listed is None) or len(
        re.findall(r"\w+", _NOT_PROSE.sub(" ", body))
    ) > _LOOP_WORDS:
        return None
    return f"site.{grouped.group(1)}" if grouped else listed


# `{% assign sorted = site.tags | sort %}` ... `{% for tag in sorted %}`: the loop reaches the
# site's list through a variable.
_ASSIGNED = re.compile(
    r"\{%-?\s*assign\s+(\w+)\s*=\s*(site\.(?:posts|tags|categories|pages|collections))"
    # only filters that keep every item (`where`, `slice`, `group_by` make another list)
    r"(?![\w.\[])(?:\s*\|\s*(?:sort|sort_natural|reverse)(?:\s*:\s*[\"'][^\"'%]*[\"'])?)*"
    r"\s*-?%\}"
)


def _assigned_loop(body: str) -> str | None:
    """The site list a loop goes over through a variable assigned from it, or None."""
    for assigned in _ASSIGNED.finditer(body):
        name = re.escape(assigned.group(1))
        loop = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+" + name + r"(?![\w.\[])")
        if loop.search(body, assigned.end()):
            return assigned.group(2)
    return None


def _paginator_v2(front: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """jekyll-paginate-v2's settings of a page it fills with the posts, or None."""
    settings = lookup(front, "pagination")
    if (
        isinstance(settings, dict)
        and settings.get("enabled") is True
        and str(settings.get("collection") or "posts") in ("posts", "all")
    ):
        return settings
    return None


def _theme_page(
    rel: PurePosixPath,
    page: _Page,
    url: str,
    notices: list[Notice],
    writes: list[tuple[PurePosixPath, str]],
    paging: dict[str, Any] | None = None,
    own_layouts: set[str] | frozenset[str] = frozenset(),
    used: Mapping[str, set[str]] | None = None,
) -> bool:
    """False for a page that is the old theme's own list rather than the author's text (a
    Liquid loop over the posts, chirpy's tags tab, a 404 page): it is reported and replaced
    by the mentorblog page that lists the same (home, archives, tags), or by mentorblog's
    own 404 page. `used`: the slugs of the tags and categories the posts name."""
    if page.is_post:
        return True
    layout = str(lookup(page.front, "layout") or "").strip()
    blank = not page.body.strip()
    if url.lstrip("/") in ("404.html", "404/", "404"):  # Jekyll reads `404.html` as `/404.html`
        notices.append(Notice("mentorblog writes its own 404 page; not carried over", rel))
        return False
    term_page = _TERM_PAGE.match(url)
    if term_page is not None and (blank or layout in _TERM_LAYOUTS):
        # minima sites' `tags/algorithm.md` (`layout: tag`, `tag: Algorithm`): the layout
        # lists that tag's posts, which mentorblog's list of the tag shows; an address of
        # its own (`/tags/algorithm.html`) becomes a redirect there. Text above the list
        # (TeXt sites' `tags/java.md`) becomes the term's `_index.md`, shown there too.
        plural, at = term_page.group(1), term_page.group(2)
        one = _ONE[plural]
        named = str(lookup(page.front, one) or at)
        taken = used.get(plural) if used is not None else None
        if taken is not None and _slug(named) not in taken:
            named = at  # a tag no published post has: the address's own tag is listed here
        listed = _term_list(plural, named)
        moved = listed != url and (taken is None or _slug(named) in taken)
        if moved:
            writes.append(_redirect(page.target, named, url, listed))
        own = PurePosixPath("content", plural, _slug(named), "_index.md")
        first = own not in {path for path, _ in writes}
        old = _carried(_old_addresses(page.front), rel, notices) if first else []
        if (old or not blank) and first:
            title = lookup(page.front, "title") if not blank else None
            # A term's title is its name everywhere: kept only when it is the term's name
            # written otherwise ("Java" for `java`), not a heading ("Posts about Java").
            front: dict[str, Any] = (
                {"title": str(title)} if title and _slug(str(title)) == _slug(named) else {}
            )
            kept_here = [url] if listed != url and not moved else []
            if old or kept_here:  # old addresses lead to the list
                front["aliases"] = [*old, *kept_here]
            writes.append((own, _front_matter_only(front) + ("" if blank else page.body)))
            if not blank:
                notices.extend(tag_notices(rel, page.body, page.body_line, liquid=True))
        if blank:
            what = f"filled; not carried over: mentorblog writes each {one}'s list under /{plural}/"
        elif first:
            what = (
                f"lists below its text; the text goes to the new site's {own}, above "
                f"mentorblog's list of the {one}"
            )
        else:
            what = (
                f"lists below its text; not carried over (its text and old addresses): another "
                f"{one} page's text went to {own}"
            )
        notices.append(
            Notice(
                f"the {one} page the old theme's `{layout or 'default'}` layout {what}"
                + (f" (the new site's {page.target} leads from {url} to {listed})" if moved else "")
                + (f"; its `redirect_from` addresses lead there ({own})" if old and first else ""),
                rel,
            )
        )
        return False
    if blank and layout in _THEME_LISTS:
        # so-simple's `category/algorithms.md` (`layout: categories`, `categories:
        # algorithms`, `permalink: /category/algorithms`): its old addresses lead to that
        # term's list, or to the list of all of them, as that list's `aliases` (no page of
        # its own, which would make `category/` a folder with a list).
        listed = _THEME_LISTS[layout]
        own = PurePosixPath("content", layout, "_index.md")
        terms = _named_terms(page.front, layout)
        taken = used.get(layout) if used is not None else None
        if len(terms) == 1 and (taken is None or _slug(terms[0]) in taken):
            listed = _term_list(layout, terms[0])
            own = PurePosixPath("content", layout, _slug(terms[0]), "_index.md")
        old = [url] if url != listed and url not in _THEME_LISTS.values() else []
        permalink = str(lookup(page.front, "permalink") or "")
        last = permalink.rsplit("/")[-1]
        if old and permalink.startswith("/") and last and "." not in last:
            # `/category/algorithms`: Jekyll wrote `.html`, hosts serve it without, and
            # links (a menu's) name it so: both lead to the list.
            old.append(permalink.rstrip("/") + "/")
        old = list(dict.fromkeys(old + _carried(_old_addresses(page.front), rel, notices)))
        moved = bool(old) and own not in {path for path, _ in writes}
        if moved:
            writes.append((own, _front_matter_only({"aliases": old})))
        notices.append(
            Notice(
                f"the theme's `{layout}` page; mentorblog writes its own list at "
                f"{_THEME_LISTS[layout]}, so it is not carried over"
                + (
                    f" (the new site's {own} leads from {', '.join(old)} to {listed})"
                    if moved
                    else ""
                ),
                rel,
            )
        )
        return False
    if blank and page.tab is not None and unknown_layout(page.front) and layout not in own_layouts:
        # A tab only the theme gem fills (its layout is not in the site's `_layouts/`); a
        # layout of the site's own (chirpy forks' `graph`) keeps its page, with a stand-in.
        notices.append(
            Notice(f"only asks for the theme's `{layout}` layout; not carried over", rel)
        )
        return False
    v2 = _paginator_v2(page.front)
    if v2 is not None and url != "/":
        # jekyll-paginate-v2 lists the posts here, page by page: mentorblog's list of the
        # posts section moves to this address, with its pages after it as before.
        title = lookup(page.front, "title")
        front = {"title": str(title) if title else "Posts", "url": url}
        target = PurePosixPath("content/posts/_index.md")
        writes.append((target, _front_matter_only(front)))
        if paging is not None:
            paging.update({k: v2[k] for k in ("per_page", "permalink") if v2.get(k)})
        notices.append(
            Notice(
                "jekyll-paginate-v2 lists the posts on this page; not carried over: the new "
                f"site's {target} puts mentorblog's list of the posts at the same address "
                f"({url}), in pages as before",
                rel,
            )
        )
        return False
    term = _term_loop(page.body) if v2 is None else None
    if term is not None:
        # The list mentorblog writes of that term shows the same posts: the page becomes a
        # redirect to it, so its address (and a menu entry) keeps leading to them.
        listed = _term_list(*term)
        title = lookup(page.front, "title")
        writes.append(_redirect(page.target, str(title or term[1]), url, listed))
        notices.append(
            Notice(
                f"only lists the posts of the {_ONE[term[0]]} "
                f"{term[1]!r} (a Liquid loop); not carried over: the new site's {page.target} "
                f"leads from {url} to mentorblog's list of them at {listed}",
                rel,
            )
        )
        return False
    loop = _post_loop(page.body) or ("paginator.posts" if v2 is not None else None)
    if loop is None:
        return True
    if url == "/" or loop == "paginator.posts":
        notices.append(
            Notice(
                f"only lists the posts (a Liquid loop over `{loop}`); not carried over: "
                "mentorblog's home page lists them"
                + (f" at / (not at {url})" if url != "/" else ""),
                rel,
            )
        )
        return False
    if loop in ("site.tags", "site.categories"):
        plural = loop.split(".")[1]
        listed = _THEME_LISTS[plural]
        # Its old addresses (and its own, when the list is elsewhere) lead to the list.
        own = PurePosixPath("content", plural, "_index.md")
        old = _carried(_old_addresses(page.front), rel, notices)
        # Not from an address mentorblog writes a list at itself (Centrarium's stock
        # "Posts" page lists the categories at /posts/, where the posts' list goes).
        ours = url != listed and url in _GENERATED_LISTS
        old += [url] if url != listed and not ours else []
        if old and own not in {path for path, _ in writes}:
            writes.append((own, _front_matter_only({"aliases": old})))
        notices.append(
            Notice(
                f"only lists the {plural} (a Liquid loop over `{loop}`); not carried "
                f"over: mentorblog writes that list at {listed}"
                + (f" (not at {url})" if url != listed else "")
                + (f"; {own} leads there from {', '.join(old)}" if old else "")
                + (f"; at {url} mentorblog writes its own list" if ours else ""),
                rel,
            )
        )
        return False
    title = lookup(page.front, "title")
    front = {"title": str(title) if title else "Archives", "layout": "archives", "url": url}
    writes.append((page.target, _front_matter_only(front)))
    what = "the posts" if loop == "site.posts" else f"the site's {loop.split('.')[1]}"
    notices.append(
        Notice(
            f"only lists {what} (a Liquid loop over `{loop}`); not carried over: the new "
            f"site's {page.target} is mentorblog's archives page"
            + (" (of the posts)" if loop != "site.posts" else "")
            + f" at the same address ({url})",
            rel,
        )
    )
    return False


def _address(
    rel: PurePosixPath, front: Mapping[str, Any], defaults: list[dict[str, Any]], style: str
) -> str:
    """Where Jekyll publishes a Markdown page."""
    fm = {norm(k): v for k, v in front.items()}
    address = fm.get("permalink") or _scoped_permalink(defaults, rel)
    return _as_written(str(address)) if address else _page_url(rel, style)


def _as_written(url: str) -> str:
    """The address Jekyll writes for a page's `permalink`: one that ends neither in `/` nor
    in an extension is an html file (`/about` -> /about.html)."""
    if url.endswith("/") or "." in url.rsplit("/", 1)[-1]:
        return url
    return url + ".html"


def _cname(path: Path) -> str | None:
    """GitHub Pages' custom domain: the first line of CNAME."""
    try:
        first = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return None
    domain = first[0].strip() if first else ""
    return domain if re.fullmatch(r"[A-Za-z0-9.-]+\.[A-Za-z]{2,}", domain) else None


def _navigation(source: Path, found: list[PurePosixPath], notices: list[Notice]) -> object:
    """The theme's menu in `_data/navigation.yml`: minimal-mistakes' `main`, or so-simple's
    list of entries (`- title: Posts` / `url: /posts/`) as the whole file."""
    for name in ("_data/navigation.yml", "_data/navigation.yaml"):
        if PurePosixPath(name) in found:
            try:
                data = read_data_file(source / name, PurePosixPath(name))
            except BuildError as err:
                notices.append(
                    Notice(f"{err.message}; the menu is not carried over", err.file, err.line)
                )
                continue
            return (
                data
                if isinstance(data, list)
                else lookup(data, "main")
                if isinstance(data, dict)
                else None
            )
    return None


def _place(
    source: Path,
    rel: PurePosixPath,
    rules: _Rules,
    notices: list[Notice],
    pages: dict[PurePosixPath, _Page],
) -> PurePosixPath | None:
    """Where one file of the old site goes in the new one, or None (reported, if it
    mattered). Markdown files Jekyll renders are added to `pages`."""
    if rules.excluded(rel):
        if rel.name.startswith("Gemfile"):
            notices.append(
                Notice("lists the gems (Jekyll, its theme and plugins); nothing to carry over", rel)
            )
        return None
    if rel.name in CONFIG_NAMES and len(rel.parts) == 1:
        return None
    if rel.parts[0] == "_tabs" and "tabs" in rules.collections and is_markdown(rel):
        return _tab(source, rel, rules, notices, pages)
    if rel.parts[0][1:] in rules.published and rel.parts[0].startswith("_") and len(rel.parts) > 1:
        return _document(source, rel, rules, notices, pages)
    if (
        rel.parts[0] == "_data"
        and rel.suffix.lower() in DATA_SUFFIXES
        and not any(p.startswith(".") for p in rel.parts)
    ):
        try:
            read_data_file(source / rel, rel)
        except BuildError as err:  # Ruby reads some YAML ours refuses; the old theme's file
            notices.append(
                Notice(f"{err.message}: mentorblog cannot read it; not copied", rel, err.line)
            )
            return None
        return PurePosixPath("data", *rel.parts[1:])  # site.data, per language too
    ignored = [p for p in rel.parts if rules.ignored(p)]
    if ignored:
        top = rel.parts[0]
        if top in _FOLDER_ROLES:
            notices.append(Notice(_FOLDER_ROLES[top], rel))
        elif top.startswith("_") and top[1:] in rules.collections:
            notices.append(
                Notice(
                    f"in the `{top[1:]}` collection, which Jekyll does not publish "
                    "(no `output: true`); not copied",
                    rel,
                )
            )
        elif top == "_i18n":
            notices.append(Notice(_I18N_FOLDER, rel))
        elif ignored[0].startswith("_"):  # dot files and editor backups go unmentioned
            notices.append(Notice("Jekyll ignores names starting with `_`; not copied", rel))
        return None
    in_posts = "_posts" in rel.parts[:-1] or "_drafts" in rel.parts[:-1]
    front = has_front_matter(source / rel, jekyll=True)
    html_page = front and is_html_page(rel) and str(rel) not in _TEMPLATE_FILES
    if (is_markdown(rel) and (front or in_posts)) or (html_page and in_posts):
        front_matter, body, problems, body_line = read_page(source, rel)
        notices.extend(problems)
        target = PurePosixPath("content") / rel
        url = None
        if len(rel.parts) == 1 and rel.stem == "index":
            target, url = PurePosixPath("content") / ("_index" + rel.suffix), "/"  # home text
        pages[rel] = _Page(target, front_matter, body, in_posts, url, body_line=body_line)
        return target
    if in_posts:
        notices.append(Notice("is not a Markdown post; not copied", rel))
        return None
    if front and str(rel) not in _TEMPLATE_FILES and rel.suffix.lower() in (".html", ".htm"):
        front_matter, body, problems, body_line = read_page(source, rel)
        stub = PurePosixPath("content") / rel.with_suffix(".md")
        if (
            not problems
            and _post_loop(body) is not None
            and not (source / stub.relative_to("content")).exists()
        ):  # the theme's list in html: replaced like a Markdown one
            pages[rel] = _Page(stub, front_matter, body, False)
            return stub
        if not problems:  # a page in html (a tool with its own scripts): published as it is
            target = PurePosixPath("content") / rel
            pages[rel] = _Page(target, front_matter, body, False, body_line=body_line)
            return target
    if front and str(rel) in _OLD_FEEDS:
        return None  # its address gets mentorblog's Atom feed (`_old_feeds`)
    if front:
        why = _TEMPLATE_FILES.get(str(rel))
        if why is None and rel.suffix.lower() in (".scss", ".sass"):
            why = "Sass is not compiled; the theme has its own css"
        if why is None and rel.suffix.lower() == ".json" and _POST_LOOP.search(_body(source, rel)):
            why = (
                "a list of the posts for the old theme's scripts (chirpy's search index); "
                "mentorblog's search page reads its own index (search-index/, and /index.json "
                "for other tools)"
            )
        elif why is None and rel.suffix.lower() in (".js", ".css", ".json", ".webmanifest"):
            why = "a file of the old theme's, filled in by Liquid; mentorblog's theme has its own"
        notices.append(
            Notice(
                "has front matter, so Jekyll runs it through Liquid; "
                f"{why or 'mentorblog reads only Markdown and html pages'}; not carried "
                "over",
                rel,
            )
        )
        return None
    if is_markdown(rel):
        notices.append(
            Notice(
                "has no front matter, so Jekyll publishes it as a raw file; so "
                "does mentorblog (add front matter to make it a page)",
                rel,
            )
        )
    return PurePosixPath("static") / rel


def _body(source: Path, rel: PurePosixPath) -> str:
    """The text after a file's front matter ("" when it cannot be read)."""
    return read_page(source, rel)[1]


def _tab(
    source: Path,
    rel: PurePosixPath,
    rules: _Rules,
    notices: list[Notice],
    pages: dict[PurePosixPath, _Page],
) -> PurePosixPath | None:
    """A tab of chirpy's sidebar (`_tabs/about.md`, an output collection): a page at
    `/about/` (the collection's permalink) and an entry of the menu, in `order`."""
    front, body, problems, body_line = read_page(source, rel)
    notices.extend(problems)
    stem = rel.stem
    pattern = next(
        (
            str(d["values"]["permalink"])
            for d in rules.defaults
            if isinstance(d.get("scope"), dict)
            and d["scope"].get("type") == "tabs"
            and isinstance(d.get("values"), dict)
            and d["values"].get("permalink")
        ),
        "/:title/",
    )
    try:
        url = urls.expand_jekyll(pattern, date=None, title=stem, slug=stem, categories=())
    except urls.UrlError:
        url = f"/{stem}/"
    order = lookup(front, "order")
    title = lookup(front, "title") or " ".join(w.capitalize() for w in re.split(r"[-_ ]", stem))
    target = PurePosixPath("content") / (stem + rel.suffix)
    tab = (order if isinstance(order, int) else 1_000_000, str(title))
    pages[rel] = _Page(target, front, body, False, url, tab, body_line=body_line)
    return target


def _output_collections(data: Mapping[str, Any]) -> dict[str, str]:
    """Collections Jekyll publishes (`output: true`) and the permalink pattern of their
    documents: a `defaults:` entry of that type, the collection's own `permalink`, else
    Jekyll's `/:collection/:path` with the ending of the site's permalink style."""
    spec = data.get("collections")
    style = str(lookup(data, "permalink") or "date")
    if style in ("pretty",) or (style not in _JEKYLL_NAMED and style.endswith("/")):
        ending = "/"
    elif style in _JEKYLL_NAMED or style.endswith(":output_ext"):
        ending = ":output_ext"
    else:
        ending = ""
    found: dict[str, str] = {}
    for name, meta in spec.items() if isinstance(spec, dict) else ():
        if (
            not isinstance(meta, dict)
            or meta.get("output") is not True
            or name in ("posts", "tabs")
        ):
            continue
        pattern = str(meta.get("permalink") or f"/:collection/:path{ending}")
        for entry in data.get("defaults") or []:
            scope = entry.get("scope") if isinstance(entry, dict) else None
            values = entry.get("values") if isinstance(entry, dict) else None
            if (
                isinstance(scope, dict)
                and scope.get("type") == name
                and isinstance(values, dict)
                and values.get("permalink")
            ):
                pattern = str(values["permalink"])
        found[str(name)] = pattern
    return found


_JEKYLL_NAMED = ("date", "ordinal", "none", "weekdate")


def _document(
    source: Path,
    rel: PurePosixPath,
    rules: _Rules,
    notices: list[Notice],
    pages: dict[PurePosixPath, _Page],
) -> PurePosixPath | None:
    """A file of a collection Jekyll publishes (`_projects/robot.md` with `output: true`):
    a page under `content/projects/` at the address Jekyll gave it; its other files go to
    `static/projects/` as Jekyll copies them."""
    name = rel.parts[0][1:]
    inside = PurePosixPath(*rel.parts[1:])
    if not is_markdown(rel):
        if not has_front_matter(source / rel, jekyll=True):
            return PurePosixPath("static") / name / inside
        if not is_html_page(rel):
            notices.append(
                Notice(
                    "has front matter, so Jekyll runs it through Liquid; "
                    "mentorblog reads only Markdown and html pages; not carried over",
                    rel,
                )
            )
            return None
    front, body, problems, body_line = read_page(source, rel)
    notices.extend(problems)
    own = lookup(front, "permalink")
    slug = str(lookup(front, "slug") or inside.stem)
    try:
        url = (
            _as_written(str(own))
            if own
            else urls.expand_jekyll(
                rules.published[name],
                date=None,
                title=slug,
                slug=slug,
                categories=(),
                name=inside.stem,
                path=str(inside.with_suffix("")),
                collection=name,
                style=False,
            )
        )
    except urls.UrlError as err:
        notices.append(Notice(f"{err}; not copied", rel))
        return None
    target = PurePosixPath("content") / name / inside
    pages[rel] = _Page(target, front, body, False, url, collection=name, body_line=body_line)
    return target


def _read_config(source: Path) -> ConfigFile | None:
    for name in CONFIG_NAMES:
        if (source / name).is_file():
            return read_config(source / name, PurePosixPath(name))
    if not (source / "_posts").is_dir():
        raise BuildError("has neither _config.yml nor _posts/; is this a Jekyll site?", ".")
    return None


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


# -- _config.yml -> site.yaml -------------------------------------------------------------

_DIRECT = {
    "title": "title",
    "description": "description",
    "author": "author",
    "lang": "language",
    "language": "language",
    "languages": "languages",  # jekyll-polyglot: ["en", "es"], read as Hugo's block
    "defaultlang": "default_language",
    "langfrompath": "lang_from_path",  # jekyll-polyglot, read as it reads them
    "excludefromlocalization": "exclude_from_localization",
    "timezone": "timezone",
    "permalink": "permalink",
    "excerptseparator": "excerpt_separator",
    "showdrafts": "build_drafts",
    "future": "build_future",
    "unpublished": "build_drafts",
    "defaults": "defaults",
}
_USED_HERE = {
    "collectionsdir",  # read by the import: where `_posts/` and the collections are
    "jekyllarchives",  # `_archives`
    "pagination",
    "url",
    "baseurl",
    "include",
    "exclude",
    "paginate",
    "paginatepath",
    "plugins",
    "gems",
    "feed",
    "minima",
    "headerpages",
    "navbarlinks",
    "twitterusername",
    "githubusername",
    "email",
    "collections",
    "theme",
    "remotetheme",
}
_MINIMA_SOCIAL = {
    "twitterusername": ("x", "https://x.com/{}"),
    "githubusername": ("github", "https://github.com/{}"),
    "email": ("email", "mailto:{}"),
}


def translate_jekyll(
    config: ConfigFile,
    pages: Mapping[PurePosixPath, Mapping[str, Any]],
    *,
    cname: str | None = None,
    navigation: object = None,
    tabs: Sequence[tuple[str, str]] = (),
    known: Mapping[PurePosixPath, str] | None = None,
    documents: frozenset[PurePosixPath] | set[PurePosixPath] = frozenset(),
    collections: Sequence[str] = (),
    paging: Mapping[str, Any] | None = None,
    printed: Set[str] = frozenset(),
) -> tuple[dict[str, Any], list[Notice]]:
    """`_config.yml` values as mentorblog's canonical site.yaml keys. `pages` are the
    Markdown pages carried over with their front matter: a page whose Jekyll address
    mentorblog would not give it by itself gets a scoped default `url` (its file stays
    unchanged). The menu is the theme's: minimal-mistakes' `navigation` (`main` of
    `_data/navigation.yml`), beautiful-jekyll's `navbar-links`, chirpy's `tabs` (name, url),
    else minima's `header_pages` or every page with a title. `cname` (the CNAME file) gives
    the address when `url` is empty, as GitHub Pages does. `printed`: the keys of the
    site's settings the carried files print (`{{ site.media_host }}`, normalised), kept
    under `params`, where mentorblog's Liquid finds them."""
    t = Translation(config)
    data = config.data
    by_norm = {norm(k): k for k in data}
    for key, value in data.items():
        n = norm(key)
        if n == "destination":
            output_folder(t, key, value)
        elif n in _DIRECT:
            if n in ("title", "description") and isinstance(value, dict):
                value = _default_language_text(t, key, value, data, by_norm)
            if value is not None and value != "":
                t.values.setdefault(_DIRECT[n], value)
            if n == "unpublished":
                t.skip(
                    key,
                    "Jekyll's `unpublished` builds `published: false` posts, which "
                    "mentorblog counts as drafts: written as `build_drafts`",
                )
        elif n in POLYGLOT_SETTINGS:
            reason = polyglot_setting(key, value)
            if reason:
                t.skip(key, reason)
        elif n in MATH_SWITCHES and value is True:
            t.params["math"] = True  # the theme loaded MathJax or KaTeX on every page
        elif (
            n == "kramdown"
            and isinstance(value, dict)
            and any(norm(k) == "parseblockhtml" and v is True for k, v in value.items())
        ):
            t.values["kramdown"] = {"parse_block_html": True}  # Markdown inside html blocks
        elif n == "markdown" and isinstance(value, str) and norm(value) != "kramdown":
            t.values["markdown"] = value  # jekyll-commonmark: html blocks as CommonMark's
        elif n in printed and n not in _USED_HERE:
            t.params[str(key)] = value
            t.skip(key, f"kept under `params`: the posts print it (`{{{{ site.{key} }}}}`)")
        elif n not in _USED_HERE:
            t.skip(key, _unused(n))
    t.values["title"] = t.values.get("title") or "My mentoring journal"
    if "title" not in by_norm:
        t.skip("title", "missing; site.yaml has a placeholder title")
    _base_url(t, lookup(data, "url"), lookup(data, "baseurl"), cname)
    _pagination(t, data, by_norm, paging or {})
    _plugins(t, data, by_norm)
    _archives(t, data, by_norm)
    _feed_and_theme(t, data, by_norm)
    if any("chirpy" in str(data.get(by_norm.get(k, ""), "")) for k in ("theme", "remotetheme")):
        # chirpy resolves a relative image path against the site root (or the page's
        # `media_subpath`), not against the page: mentorblog does so when asked to.
        defaults = [d for d in t.values.get("defaults") or [] if isinstance(d, dict)]
        t.values["defaults"] = [
            {"scope": {"path": ""}, "values": {"media_subpath": "/"}},
            *defaults,
        ]
    _collection_defaults(t, collections)
    _pages(t, data, by_norm, pages, _ThemeMenus(navigation, tabs), known or {}, documents)
    # Folders and files Jekyll reads although their names start with `_` or `.` (`_pages`
    # of minimal-mistakes and al-folio, `.well-known`): mentorblog reads them too.
    included = [n.strip().strip("/") for n in _names(lookup(data, "include"))]
    included = [n for n in included if n.startswith(("_", ".")) and n not in ("_posts", "_drafts")]
    if included:
        t.values["include"] = included
    if t.params:
        t.values["params"] = t.params
    return t.values, t.notices


_PRINTED = re.compile(r"\{\{-?([^{}]*)\}\}")
_SITE_KEY = re.compile(r"\bsite\.([A-Za-z_][\w-]*)")


def _printed_site_keys(bodies: Iterable[str]) -> set[str]:
    """The keys of `site` the bodies print in a Liquid output (`{{ site.media_host }}`,
    `{{ "/a" | prepend: site.assets_root }}`), normalised."""
    return {
        norm(key)
        for body in bodies
        if "site." in body
        for inner in _PRINTED.findall(body)
        for key in _SITE_KEY.findall(inner)
    }


def _collection_defaults(t: Translation, collections: Sequence[str]) -> None:
    """A `defaults:` entry scoped to a published collection's type applies to its folder
    under content/, where its documents now are."""
    if not collections:
        return
    entries = []
    for entry in t.values.get("defaults") or []:
        scope = entry.get("scope") if isinstance(entry, dict) else None
        if isinstance(scope, dict) and scope.get("type") in collections:
            rest = {k: v for k, v in scope.items() if k not in ("type", "path")}
            path = "/".join(
                p for p in (str(scope["type"]), str(scope.get("path") or "").strip("/")) if p
            )
            entry = {**entry, "scope": {**rest, "path": path}}
        entries.append(entry)
    t.values["defaults"] = entries


def _default_language_text(
    t: Translation,
    key: str,
    value: Mapping[Any, Any],
    data: Mapping[str, Any],
    by_norm: Mapping[str, str],
) -> object:
    """A jekyll-polyglot site's `description: {en: ..., fr: ...}`, which its layouts read
    as `site.description[site.active_lang]`: the default language's text, the others named
    as not carried over (a site.yaml `languages:` list holds codes only)."""
    default = str(data.get(by_norm.get("defaultlang", ""), "") or "en").lower()
    texts = {str(k).lower(): v for k, v in value.items()}
    found = texts.get(default)
    if not isinstance(found, str):
        t.skip(key, "a mapping, not text; not carried over")
        return None
    others = sorted(code for code in texts if code != default)
    if others:
        t.skip(
            key,
            f"one text per language: the default language's ({default}) is carried over, "
            f"not {', '.join(others)}",
        )
    return found


def _unused(n: str) -> str:
    reasons = {
        "markdown": "mentorblog reads kramdown's syntax in Jekyll files with markdown-it; "
        "not carried over",
        "kramdown": "mentorblog reads kramdown's syntax in Jekyll files with markdown-it; only "
        "`parse_block_html` is carried over",
        "highlighter": "code is highlighted with Pygments at build time; not carried over",
        "googleanalytics": "mentorblog loads nothing from other hosts; not carried over",
        "disqus": "no comment provider is built in; put its snippet in "
        "layouts/partials/comments.html",
        "sass": "Sass is not compiled; the theme has its own css",
    }
    return reasons.get(n, "not used by mentorblog; not carried over")


def _base_url(t: Translation, url: object, baseurl: object, cname: str | None = None) -> None:
    host = str(url or "").strip().rstrip("/")
    path = str(baseurl or "").strip().strip("/")
    if not host and cname:
        host = f"https://{cname}"  # GitHub Pages serves a site with a CNAME at that domain
    if "://" not in host:
        t.skip(
            "url",
            f"is {'empty' if not host else repr(host)}; site.yaml uses "
            f"{PLACEHOLDER_URL}/ until you set `base_url` to the site's address",
        )
        host = PLACEHOLDER_URL
    t.values["base_url"] = f"{host}/{path}/" if path else f"{host}/"


def _pagination(
    t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str], paging: Mapping[str, Any]
) -> None:
    """jekyll-paginate's `paginate` and `paginate_path`; else jekyll-paginate-v2's settings
    (the site's `pagination`, then those of the page it fills)."""
    if "paginate" not in by_norm:
        site = data.get(by_norm.get("pagination", ""))
        settings = {**(site if isinstance(site, dict) else {}), **paging}
        if isinstance(settings.get("per_page"), int):
            t.nested("pagination", "per_page", settings["per_page"])
        path = str(settings.get("permalink") or "/page/:num/").strip("/")
        if path != "page/:num" and path.endswith(":num") and ":num" not in path[:-4]:
            t.nested("pagination", "path", path.removesuffix("/:num"))
        return
    t.nested("pagination", "per_page", data[by_norm["paginate"]])
    # jekyll-paginate's pages are /page2/, /page3/ unless the site says otherwise.
    path = data.get(by_norm.get("paginatepath", ""), None) or "/page:num/"
    t.values["paginate_path"] = str(path).rstrip("/") + "/"


def _plugins(t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str]) -> None:
    for key in ("plugins", "gems"):
        if key not in by_norm:
            continue
        for name in _names(data[by_norm[key]]):
            if name == "jemoji":  # GitHub's emoji names, as characters (not its images)
                t.values["enable_emoji"] = True
            elif name not in BUILT_IN_PLUGINS:
                t.skip(
                    f"{by_norm[key]}: {name}",
                    "a Jekyll plugin; mentorblog runs no plugins (not carried over)",
                    by_norm[key],
                )


# jekyll-archives' kinds of page that mentorblog writes too, its default address for each.
_ARCHIVES = {"tags": ("tag", "/tag/:name/"), "categories": ("category", "/category/:name/")}


def _archives(t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str]) -> None:
    """jekyll-archives' pages of each tag and category it is `enabled` for, at its
    `permalinks` (`/tag/:name/` and `/category/:name/` unless set): mentorblog writes its
    lists of a tag's or category's posts at the same addresses (`:name` is the slug of the
    name, as mentorblog's `:slug`). Its pages of a year, month or day are not made."""
    key = by_norm.get("jekyllarchives")
    settings = data.get(key) if key else None
    if not isinstance(settings, dict):
        return
    enabled = {norm(name) for name in _names(lookup(settings, "enabled"))}
    patterns = lookup(settings, "permalinks")
    patterns = patterns if isinstance(patterns, dict) else {}
    for plural, (kind, default) in _ARCHIVES.items():
        if plural not in enabled and "all" not in enabled:
            continue
        pattern = str(lookup(patterns, kind) or default)
        address = pattern.replace(":name", ":slug")
        if ":" in address.replace(":slug", ""):
            t.skip(
                f"{key}.permalinks.{kind}",
                f"{pattern!r}: only `:name` is read; mentorblog's default address is kept",
                key,
            )
            continue
        t.nested("permalinks", plural, address)
    dated = sorted(n for n in enabled if n in ("year", "month", "day"))
    if dated or "all" in enabled:
        t.skip(
            f"{key}.enabled",
            "pages of a year, month or day are not made (the archives page lists every post "
            "by year)",
            key,
        )


def _feed_and_theme(t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str]) -> None:
    feed = data.get(by_norm.get("feed", ""))
    for key, value in feed.items() if isinstance(feed, dict) else ():
        if norm(key) == "postslimit":
            t.nested("feeds", "limit", value)
        elif norm(key) == "excerptonly":
            t.nested("feeds", "full_text", not value)
        elif norm(key) == "path" and isinstance(value, str):
            path, problem = urls.feed_address(value)
            if problem is not None:
                t.skip(f"feed.{key}", f"{value!r}: {problem} (not carried over)", by_norm["feed"])
            elif path != "feed.xml":  # written there anyway
                t.nested("feeds", "also_at", [path])
        else:
            t.skip(
                f"feed.{key}",
                "not carried over (mentorblog writes /feed.xml and /index.xml)",
                by_norm["feed"],
            )
    minima = data.get(by_norm.get("minima", ""))
    for key, value in minima.items() if isinstance(minima, dict) else ():
        if norm(key) == "dateformat":
            t.values["date_format"] = value
        else:
            t.skip(f"minima.{key}", "a minima setting the theme does not have", by_norm["minima"])
    for key in ("theme", "remotetheme"):
        if key in by_norm:
            t.skip(
                by_norm[key],
                f"{data[by_norm[key]]!r} is not used: mentorblog's own theme "
                "renders the site and reads PaperMod's settings",
            )
    icons = []
    for n, (name, pattern) in _MINIMA_SOCIAL.items():
        value = data.get(by_norm.get(n, ""))
        if isinstance(value, str) and value.strip():
            icons.append({"name": name, "url": pattern.format(value.strip())})
    if icons:
        translate_params(t, {"socialIcons": icons}, "params")


@dataclass(frozen=True, slots=True)
class _ThemeMenus:
    navigation: object  # `main` of minimal-mistakes' _data/navigation.yml
    tabs: Sequence[tuple[str, str]]  # chirpy's tabs: (name, url)


def _pages(
    t: Translation,
    data: Mapping[str, Any],
    by_norm: Mapping[str, str],
    pages: Mapping[PurePosixPath, Mapping[str, Any]],
    themes: _ThemeMenus,
    known: Mapping[PurePosixPath, str],
    documents: frozenset[PurePosixPath] | set[PurePosixPath],
) -> None:
    """The theme's menu and each page's Jekyll address (`known`: the addresses the import
    worked out itself, for chirpy's tabs and the documents of collections)."""
    style = str(data.get(by_norm.get("permalink", ""), None) or "date")
    defaults = [d for d in t.values.get("defaults") or [] if isinstance(d, dict)]
    extra = []
    entries: dict[PurePosixPath, tuple[str, str]] = {}
    addresses: dict[PurePosixPath, str] = {}
    other_language = _other_language(data, by_norm)
    for rel, front in sorted(pages.items(), key=lambda item: str(item[0])):
        fm = {norm(k): v for k, v in front.items()}
        own = fm.get("permalink")
        address = own or (None if rel in known else _scoped_permalink(defaults, rel))
        if address:
            url = _as_written(str(address))
        else:
            url = known.get(rel) or _page_url(rel, style)
            if url != _mentorblog_url(rel):
                extra.append({"scope": {"path": str(rel)}, "values": {"url": url}})
        addresses[rel] = url
        if fm.get("title") and rel not in documents and not other_language(rel, fm):
            entries[rel] = (str(fm["title"]), url)
    if extra:
        t.values["defaults"] = [*defaults, *extra]
    baseurl = str(data.get(by_norm.get("baseurl", ""), None) or "").strip().rstrip("/")
    links = _theme_links(t, data, by_norm, themes)
    if links is not None:
        menu = [
            {"name": name, "url": _menu_url(link, addresses, baseurl), "weight": i}
            for i, (name, link) in enumerate(links, start=1)
        ]
        if menu:
            t.values["menu"] = menu
        return
    header = data.get(by_norm.get("headerpages", ""))
    chosen = [PurePosixPath(p) for p in _names(header)] if header else sorted(entries, key=str)
    menu = [
        {"name": entries[p][0], "url": entries[p][1], "weight": i}
        for i, p in enumerate((p for p in chosen if p in entries), start=1)
    ]
    for p in chosen:
        if p not in entries:
            t.skip(
                f"header_pages: {p}",
                "not a Markdown page with a title that was carried over; left out of the menu",
                by_norm.get("headerpages"),
            )
    if menu:
        t.values["menu"] = menu


_I18N_FOLDER = (
    "the old layouts' own words (jekyll-multiple-languages-plugin's folder); the theme "
    "has its labels in 16 languages, and i18n/<lang>.yaml overrides them by the theme's "
    "keys; not copied"
)


def _other_language(
    data: Mapping[str, Any], by_norm: Mapping[str, str]
) -> Callable[[PurePosixPath, Mapping[str, Any]], bool]:
    """Whether a page is in a jekyll-polyglot language other than the default one (by
    `lang:`, or with `lang_from_path` by its first or second folder): the site's menu
    lists the default language's pages only, as the old one did in its default site."""
    codes = {str(c).lower() for c in _names(data.get(by_norm.get("languages", "")))}
    default = str(data.get(by_norm.get("defaultlang", ""), "") or "").lower()
    from_path = data.get(by_norm.get("langfrompath", "")) is True

    def test(rel: PurePosixPath, fm: Mapping[str, Any]) -> bool:
        lang = str(fm.get("lang") or "").lower()
        if not lang and from_path:
            lang = next((p.lower() for p in rel.parts[:-1][:2] if p.lower() in codes), "")
        return bool(codes) and bool(lang) and lang != default

    return test


def _theme_links(
    t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str], themes: _ThemeMenus
) -> list[tuple[str, str]] | None:
    """(name, link) of the theme's own menu, or None when the site has none of them."""
    nested = "nested menu entries are not shown; not carried over"
    if isinstance(themes.navigation, list):
        links = []
        for entry in themes.navigation:
            if not isinstance(entry, dict):
                continue
            name, url = lookup(entry, "title"), lookup(entry, "url")
            if lookup(entry, "children") or not url:
                t.notices.append(
                    Notice(f"`main: {name}`: {nested}", PurePosixPath("_data/navigation.yml"))
                )
                continue
            links.append((str(name or url), str(url)))
        return links
    navbar = data.get(by_norm.get("navbarlinks", ""))
    if isinstance(navbar, dict):
        links = []
        for name, url in navbar.items():
            if isinstance(url, str) and url.strip():
                links.append((str(name), url.strip()))
            else:
                t.skip(f"navbar-links: {name}", nested, by_norm["navbarlinks"])
        return links
    if themes.tabs:
        return [("Home", "/"), *themes.tabs]
    return None


def _menu_url(link: str, addresses: Mapping[PurePosixPath, str], baseurl: str) -> str:
    """A menu link as the theme wrote it (`aboutme`, `/about/`, `https://...`): a page that
    was carried over is linked at its address; anything else is kept, made site-absolute."""
    if "://" in link or link.startswith(("mailto:", "#", "//")):
        return link
    path = link.split("#")[0].split("?")[0]
    rest = link[len(path) :]
    if baseurl and (path == baseurl or path.startswith(baseurl + "/")):
        path = path[len(baseurl) :] or "/"  # the theme adds the base path to menu links
    key = path.strip("/").removesuffix(".html")
    if key == "index":  # beautiful-jekyll's `Home: index`: the home page
        return "/" + rest
    for rel, url in sorted(addresses.items(), key=lambda item: str(item[0])):
        names = {url.strip("/").removesuffix(".html"), str(rel.with_suffix(""))}
        if key in names or (key and "/" not in key and rel.stem == key and len(rel.parts) == 1):
            return url
    return "/" + path.lstrip("/") + rest


def _scoped_permalink(defaults: list[dict[str, Any]], rel: PurePosixPath) -> str | None:
    found = None
    for entry in defaults:
        scope = entry.get("scope") or {}
        values = entry.get("values") or {}
        path = str(scope.get("path", "") or "").strip("/") if isinstance(scope, dict) else ""
        kind = str(scope.get("type", "") or "") if isinstance(scope, dict) else ""
        if (not path or (str(rel) + "/").startswith(path + "/")) and kind in ("", "pages"):
            found = values.get("permalink", found) if isinstance(values, dict) else found
    return str(found) if found else None


def _page_url(rel: PurePosixPath, style: str) -> str:
    """Where Jekyll publishes a Markdown page without `permalink`: `/dir/name.html`, or
    `/dir/name/` under a style ending in `/` (`pretty`); `index.md` is its folder."""
    folder = "/".join(rel.parts[:-1])
    prefix = f"/{folder}/" if folder else "/"
    if rel.stem == "index":
        return prefix
    try:  # a named style or a pattern: only how it ends matters for pages
        sample = urls.expand_jekyll(
            style, date=datetime(2000, 1, 1, tzinfo=UTC), title="t", slug="t", categories=()
        )
    except urls.UrlError:
        sample = ".html"
    if sample.endswith("/"):
        return f"{prefix}{rel.stem}/"
    return f"{prefix}{rel.stem}.html"


def _mentorblog_url(rel: PurePosixPath) -> str:
    """The address mentorblog gives a page by itself: slugged folders and name, ending in /."""
    parts = [urls.slugify(p) for p in rel.parts[:-1]]
    if rel.stem != "index":
        parts.append(urls.slugify(urls.split_dated_name(rel.stem)[1]))
    return "/" + "".join(p + "/" for p in parts)
