"""Pages -> Site: what is published, in what order, and every file the build will write.

Planning all outputs before rendering means collisions and unsafe paths fail early, and
that rendering can later be split across processes one output at a time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import PurePosixPath

from mentorblog import search, urls
from mentorblog.config import norm
from mentorblog.errors import BuildError, Notice, raise_all
from mentorblog.model import (
    Config,
    Output,
    Page,
    Pager,
    Section,
    Site,
    StaticFile,
    Taxonomy,
    Term,
)
from mentorblog.related import related_posts

LIST_TEMPLATES = {"home": "home.html", "section": "section.html", "term": "tag.html",
                  "terms": "tags.html"}
# Taxonomies with layouts of their own: a journey's page tells its story oldest first.
TERM_TEMPLATES = {"series": "series.html", "authors": "author.html"}
TERMS_TEMPLATES = {"authors": "authors.html"}


def is_published(page: Page, config: Config, now: datetime) -> str | None:
    """None when the page is built, else why not: "drafts", "future" or "expired"."""
    if page.is_draft and not config.build_drafts:
        return "drafts"
    publish = page.publish_date or page.date
    if publish is not None and publish > now and not config.build_future:
        return "future"
    if page.expiry_date is not None and page.expiry_date <= now and not config.build_expired:
        return "expired"
    return None


def list_order(page: Page) -> tuple[object, ...]:
    """Hugo's default: weighted first (ascending), then newest, then title, then path."""
    stamp = -page.date.timestamp() if page.date else float("inf")
    return (page.weight == 0, page.weight, stamp, page.title.casefold(), str(page.source))


def date_order(page: Page) -> tuple[object, ...]:
    """Feeds ignore weight: newest first."""
    stamp = -page.date.timestamp() if page.date else float("inf")
    return (stamp, page.title.casefold(), str(page.source))


def collect_site(config: Config, pages: Sequence[Page], content_files: Sequence[StaticFile],
                 static: Sequence[StaticFile], now: datetime,
                 assets: Mapping[str, str] | None = None) -> Site:
    """Decide what is published and plan every output file."""
    notices: list[Notice] = []
    skipped: Counter[str] = Counter()
    published: list[Page] = []
    for page in pages:
        reason = is_published(page, config, now)
        if reason is None:
            published.append(page)
            continue
        skipped[reason] += 1
        if reason == "future" and page.kind == "post":
            when = page.publish_date or page.date
            shown = when.isoformat() if when else ""
            notices.append(Notice(f"skipped: dated in the future ({shown}); "
                                  "build with --future to include it", page.source))
    published = _resolve_covers(published, content_files, static)
    by_url = {p.url: p for p in published if p.kind != "section"}
    section_pages = {p.section: p for p in published if p.kind == "section"}
    posts = sorted((p for p in published if p.kind == "post" and p.is_listed and p.is_rendered),
                   key=list_order)
    post_urls = tuple(p.url for p in posts)
    sections = _sections(posts, section_pages, config)
    neighbours = _neighbours(posts)
    taxonomies, errors = _taxonomies(config, posts)
    raise_all(errors)
    outputs = _outputs(config, published, posts, sections, taxonomies, section_pages)
    if config.journal_url and any(p.sessions for p in posts):
        outputs += (Output(urls.output_path(config.journal_url), config.journal_url, "journal",
                           "journal.html", PurePosixPath("site.yaml")),)
    files = _publish_files(published, pages, content_files, static)
    site_pages = {**by_url, **{f"section:{k}": v for k, v in section_pages.items()}}
    _check_collisions(outputs, files)
    return Site(
        config=config,
        pages=site_pages,
        posts=post_urls,
        sections=sections,
        taxonomies=taxonomies,
        outputs=outputs,
        static=files,
        neighbours=neighbours,
        skipped=dict(skipped),
        notices=tuple(notices),
        assets=dict(assets or {}),
        related=related_posts(posts, config.related_limit),
    )


def _sections(posts: Sequence[Page], section_pages: dict[str, Page],
              config: Config) -> tuple[Section, ...]:
    """Every folder of posts, and each of its parents, gets a list page."""
    members: dict[str, list[str]] = {}
    for post in posts:
        parts = post.section.split("/") if post.section else []
        for depth in range(1, len(parts) + 1):
            members.setdefault("/".join(parts[:depth]), []).append(post.url)
    sections = []
    for path in sorted(members):
        index = section_pages.get(path)
        title = index.title if index and index.title else path.rsplit("/", 1)[-1].replace(
            "-", " ").replace("_", " ").title()
        url = "/" + "/".join(urls.slugify(p) for p in path.split("/")) + "/"
        errors: list[BuildError] = []
        url = _list_url(config, errors, "section", path.lower(), url, f"the {path} section",
                        slug=urls.slugify(path.rsplit("/", 1)[-1]), title=title)
        if errors:
            raise errors[0]
        if index is not None and index.url != "/" + path + "/":
            url = index.url  # the _index.md's own url or slug wins
        sections.append(Section(path, url, title, index.url if index else None,
                                tuple(members[path])))
    return tuple(sections)


def _neighbours(posts: Sequence[Page]) -> dict[str, tuple[str | None, str | None]]:
    """Previous (newer) and next (older) post within the post's own section: O(n)."""
    by_section: dict[str, list[Page]] = {}
    for post in posts:
        by_section.setdefault(post.section, []).append(post)
    result: dict[str, tuple[str | None, str | None]] = {}
    for members in by_section.values():
        for i, post in enumerate(members):
            newer = members[i - 1].url if i > 0 else None
            older = members[i + 1].url if i + 1 < len(members) else None
            result[post.url] = (newer, older)
    return result


def _taxonomies(config: Config, posts: Sequence[Page]) -> tuple[tuple[Taxonomy, ...],
                                                                    list[BuildError]]:
    errors: list[BuildError] = []
    result = []
    # Oldest first, so ties between spellings go to the oldest post's (once, for every taxonomy).
    oldest_first = sorted(range(len(posts)), key=lambda i: _age(posts[i]))
    rank = {i: n for n, i in enumerate(oldest_first)}
    for singular, plural in config.taxonomies:
        spellings: dict[str, Counter[str]] = {}
        first_seen: dict[str, dict[str, int]] = {}
        members: dict[str, list[str]] = {}
        for i, post in enumerate(posts):
            for name in post.terms.get(plural, ()):
                slug = urls.slugify(name)
                if not any(ch.isalnum() for ch in slug):  # "", ".", "..": no address
                    errors.append(BuildError(
                        f"the {singular} {name!r} has no letters or digits to make a url from",
                        post.source, _term_line(post, plural)))
                    continue
                spellings.setdefault(slug, Counter())[name] += 1
                seen = first_seen.setdefault(slug, {})
                seen[name] = min(seen.get(name, rank[i]), rank[i])
                if not members.get(slug) or members[slug][-1] != post.url:
                    members.setdefault(slug, []).append(post.url)
        terms = []
        for slug, counts in spellings.items():
            name = min(counts, key=lambda n: (-counts[n], first_seen[slug][n]))
            url = _list_url(config, errors, "term", plural, f"/{plural}/{slug}/",
                            f"the {plural} pages", slug=slug, title=name)
            problem = urls.path_problem(urls.output_path(url))
            if problem is not None:  # a name too long for a file name: blame a post using it
                post = next(p for p in posts if p.url == members[slug][0])
                errors.append(BuildError(f"the {singular} {_short(name)} cannot be written as "
                                         f"{_short(url)}: {problem}", post.source,
                                         _term_line(post, plural)))
                continue
            terms.append(Term(name, slug, url, tuple(members[slug])))
        terms.sort(key=lambda t: (t.name.casefold(), t.slug))
        index_url = _list_url(config, errors, "taxonomy", plural, f"/{plural}/",
                              f"the {plural} index")
        result.append(Taxonomy(plural, singular, index_url, tuple(terms)))
    return tuple(result), errors


def _short(text: str, most: int = 60) -> str:
    """`text` quoted for a message, cut short when it is long."""
    return repr(text) if len(text) <= most else repr(text[:most]) + "..."


def _term_line(post: Page, plural: str) -> int | None:
    """The front-matter line a post names its terms on (`tags:` or `tag:`; `author:`)."""
    keys = {"authors": ("author", "authors"), "tags": ("tags", "tag"),
            "categories": ("categories", "category")}.get(plural, (norm(plural),))
    return next((post.key_lines[k] for k in keys if k in post.key_lines), None)


def _list_url(config: Config, errors: list[BuildError], kind: str, name: str, default: str,
              what: str, **tokens: str) -> str:
    """A list page's url from the site's `permalinks`; a bad pattern is an error in `errors`
    (naming site.yaml) and `default` stands in for it meanwhile."""
    try:
        return urls.list_url(config.list_permalinks, kind, name, default, **tokens)
    except urls.UrlError as err:
        errors.append(BuildError(f"`permalinks` for {what}: {err}", PurePosixPath("site.yaml")))
        return default


def _age(page: Page) -> tuple[float, str]:
    return (page.date.timestamp() if page.date else float("inf"), str(page.source))


def paginate(items: Sequence[str], list_url: str, config: Config) -> tuple[Pager, ...]:
    per_page = config.pagination.per_page
    count = max(1, -(-len(items) // per_page))
    page_urls = tuple(
        list_url if n == 1 else list_url + config.pagination.path.replace(":num", str(n))
        for n in range(1, count + 1))
    return tuple(Pager(n, count, page_urls[n - 1],
                       tuple(items[(n - 1) * per_page:n * per_page]), page_urls)
                 for n in range(1, count + 1))


def _outputs(config: Config, published: Sequence[Page], posts: Sequence[Page],
             sections: Sequence[Section], taxonomies: Sequence[Taxonomy],
             section_pages: dict[str, Page]) -> tuple[Output, ...]:
    outputs: list[Output] = []
    home_index = section_pages.get("")
    home_source = home_index.source if home_index else None
    for page in published:
        if page.kind == "section" or not page.is_rendered:
            continue
        url_line = page.key_lines.get("url") or page.key_lines.get("permalink") or \
            page.key_lines.get("slug")
        outputs.append(Output(page.output_path, page.url, "page", page.layout + ".html",
                              page.source, url_line, page_url=page.url))
        alias_line = page.key_lines.get("aliases") or page.key_lines.get("redirectfrom")
        for alias in page.aliases:
            outputs.append(Output(urls.output_path(alias), alias, "alias", "alias.html",
                                  page.source, alias_line, page_url=page.url))
    home_items = [p.url for p in posts if not p.hidden_in_home_list]
    outputs += _list_outputs("home", home_items, "/", config, home_source)
    by_date = sorted(posts, key=date_order)
    feed_posts = [p.url for p in by_date if not p.hidden_in_rss]
    feed_rank = {url: i for i, url in enumerate(feed_posts)}
    outputs += _feeds("/", feed_posts, config, home_source, atom=True)
    for section in sections:
        index = section_pages.get(section.path)
        source = index.source if index else None
        outputs += _list_outputs("section", section.pages, section.url, config, source,
                                 section=section.path)
        outputs += _feeds(section.url, _feed_order(section.pages, feed_rank), config, source,
                          section=section.path)
    age = {p.url: _age(p) for p in posts}
    for taxonomy in taxonomies:
        if not taxonomy.terms and taxonomy.name in ("series", "authors"):
            continue  # no journeys or authors yet: no empty index page
        outputs.append(Output(urls.output_path(taxonomy.url), taxonomy.url, "terms",
                              TERMS_TEMPLATES.get(taxonomy.name, "tags.html"),
                              taxonomy=taxonomy.name))
        for term in taxonomy.terms:
            if taxonomy.name == "series":  # the whole journey on one page, oldest first
                parts = tuple(sorted(term.pages, key=age.__getitem__))
                outputs.append(Output(urls.output_path(term.url), term.url, "term",
                                      "series.html", pager=Pager(1, 1, term.url, parts,
                                                                 (term.url,)),
                                      taxonomy=taxonomy.name, term=term.slug))
            else:
                outputs += [replace(o, template=TERM_TEMPLATES.get(taxonomy.name, o.template))
                            for o in _list_outputs("term", term.pages, term.url, config, None,
                                                   taxonomy=taxonomy.name, term=term.slug)]
            outputs += _feeds(term.url, _feed_order(term.pages, feed_rank), config, None,
                              taxonomy=taxonomy.name, term=term.slug)
    outputs.append(Output("sitemap.xml", "/sitemap.xml", "sitemap", "sitemap.xml"))
    outputs.append(Output("robots.txt", "/robots.txt", "robots", "robots.txt"))
    outputs.append(Output("404.html", "/404.html", "404", "404.html"))
    if config.search:
        outputs.append(Output("index.json", "/index.json", "search", ""))
        outputs += search.plan_outputs(config, posts, published)
    return tuple(outputs)


def _feed_order(members: Sequence[str], feed_rank: Mapping[str, int]) -> list[str]:
    """A list's posts in feed order (newest first, hidden_in_rss left out), in time linear in
    the list rather than in the whole site: a site with 2,000 tags has 2,000 of these."""
    return sorted((url for url in members if url in feed_rank), key=feed_rank.__getitem__)


def _list_outputs(kind: str, items: Sequence[str], list_url: str, config: Config,
                  source: PurePosixPath | None, **extra: str) -> list[Output]:
    return [Output(urls.output_path(pager.url), pager.url, kind, LIST_TEMPLATES[kind], source,
                   pager=pager, **extra)  # type: ignore[arg-type]
            for pager in paginate(items, list_url, config)]


def _feeds(list_url: str, items: Sequence[str], config: Config,
           source: PurePosixPath | None, atom: bool = False, **extra: str) -> list[Output]:
    limited = tuple(items[: config.feeds.limit] if config.feeds.limit is not None else items)
    found = []
    if config.feeds.rss:
        found.append(Output(list_url.lstrip("/") + "index.xml", list_url + "index.xml", "rss",
                            "rss.xml", source, items=limited, **extra))  # type: ignore[arg-type]
    if atom and config.feeds.atom:
        found.append(Output("feed.xml", "/feed.xml", "atom", "atom.xml", source, items=limited))
    return found


def _resolve_covers(pages: list[Page], content_files: Sequence[StaticFile],
                    static: Sequence[StaticFile]) -> list[Page]:
    """cover.image: a file beside the post whose name contains it, then static/, else as is."""
    static_paths = {f.path for f in static}
    by_folder: dict[PurePosixPath, list[PurePosixPath]] = {}
    for f in content_files:
        by_folder.setdefault(f.source.parent, []).append(f.source)
    resolved = []
    for page in pages:
        cover = page.cover
        if cover is None or "://" in cover.image or cover.image.startswith("/"):
            resolved.append(page)
            continue
        beside = next((f for f in by_folder.get(page.source.parent, ())
                       if cover.image in f.name), None)
        if beside is not None and page.source.name in ("index.md", "_index.md"):
            image = page.url + beside.name
        elif cover.image.lstrip("/") in static_paths:
            image = "/" + cover.image.lstrip("/")
        else:
            image = cover.image
        resolved.append(replace(page, cover=replace(cover, image=image)))
    return resolved


def _publish_files(published: Sequence[Page], every_page: Sequence[Page],
                   content_files: Sequence[StaticFile],
                   static: Sequence[StaticFile]) -> tuple[StaticFile, ...]:
    """Bundle files go next to their page (and nowhere when the page is a draft); other
    content files keep their path under content/."""
    live = {p.source for p in published}
    bundles = {p.source.parent: p for p in every_page
               if p.source.stem in ("index", "_index") and len(p.source.parts) > 2}
    files: list[StaticFile] = list(static)
    for f in content_files:
        owner = next((bundles[d] for d in (f.source.parent, *f.source.parent.parents)
                      if d in bundles), None)
        if owner is None:
            files.append(f)
        elif owner.source in live and owner.url.endswith("/"):
            rel = f.source.relative_to(owner.source.parent)
            files.append(replace(f, path=owner.url.lstrip("/") + str(rel)))
    return tuple(files)


def _check_collisions(outputs: Sequence[Output], files: Sequence[StaticFile]) -> None:
    """Two things writing one file (or two names that clash on macOS/Windows) is an error."""
    seen: dict[str, tuple[str, PurePosixPath | None, int | None, str]] = {}
    errors: list[BuildError] = []
    entries = [(o.path, o.source, o.kind, o.line) for o in outputs] + [
        (f.path, f.source, "file", None) for f in files]
    for path, source, kind, line in entries:
        problem = urls.path_problem(path)
        if problem is not None:
            errors.append(BuildError(f"cannot write {_short(path)}: {problem}", source, line))
            continue
        key = path.casefold()
        if key in seen:
            other_path, other, other_line, other_kind = seen[key]
            if kind == "file" and other is not None and str(other).startswith("theme:"):
                continue
            if source is None and other is not None:  # blame the side the author wrote
                path, other_path = other_path, path
                source, other, line, other_line = other, source, other_line, line
                other_kind = kind
            what = "the same file" if other_path == path else \
                f"a file whose name differs only in case ({other_path!r}), which clashes " \
                "on macOS and Windows"
            where = f"{other}:{other_line}" if other and other_line else str(
                other or _GENERATED.get(other_kind, "a generated list page"))
            errors.append(BuildError(
                f"writes {path!r}, and {where} writes {what}; change a `url`, `slug` or "
                "alias so each page has its own address", source, line))
            continue
        seen[key] = (path, source, line, kind)
    raise_all(errors)


_GENERATED = {"rss": "an RSS feed", "atom": "the Atom feed",
              "sitemap": "the sitemap", "robots": "robots.txt", "404": "the 404 page",
              "search": "the search index", "journal": "the journal page"}
