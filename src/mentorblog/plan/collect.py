"""Pages -> Site: what is published, in what order, and every file the build will write.

Planning all outputs before rendering means collisions and unsafe paths fail early, and
that rendering can later be split across processes one output at a time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import PurePosixPath

from mentorblog.core import dates, kinds, urls
from mentorblog.core.errors import BuildError, Notice, raise_all
from mentorblog.core.keys import norm
from mentorblog.core.model import (
    JEKYLL,
    PRIVATE,
    Config,
    Output,
    OutputKind,
    Page,
    Pager,
    Section,
    Site,
    StaticFile,
    Taxonomy,
    Term,
)
from mentorblog.plan.collisions import check_collisions, quoted
from mentorblog.plan.commitments import check_commitments, plan_ledger
from mentorblog.plan.public import is_public
from mentorblog.plan.related import RelatedPosts, related_posts
from mentorblog.plan.threads import plan_threads
from mentorblog.search import plan_outputs as plan_search

LIST_TEMPLATES = {
    kinds.HOME: "home.html",
    kinds.SECTION: "section.html",
    kinds.TERM: "tag.html",
    kinds.TERMS: "tags.html",
}
# Taxonomies with layouts of their own: a journey's page tells its story oldest first.
TERM_TEMPLATES = {"series": "series.html", "authors": "author.html"}
TERMS_TEMPLATES = {"authors": "authors.html"}


def is_published(page: Page, config: Config, now: datetime) -> str | None:
    """None when the page is built, else why not: "private", "drafts", "future" or
    "expired". Private pages are never built; only `serve` (show_private) shows them."""
    if page.visibility == PRIVATE and not config.show_private:
        return "private"
    if page.is_draft and not config.build_drafts:
        return "drafts"
    publish = page.publish_date or page.date
    if publish is not None and publish > now and not config.build_future:
        return "future"
    if page.expiry_date is not None and page.expiry_date <= now and not config.build_expired:
        return "expired"
    return None


def changes_at(pages: Sequence[Page], config: Config, now: datetime) -> datetime | None:
    """The first moment after `now` at which the site would change by itself: a post held
    back until a date, or one that expires. A draft held back changes nothing when its
    dates pass (and a plain one is not even read: `_is_plain_draft`)."""
    moments = [
        moment
        for page in pages
        if not (page.is_draft and not config.build_drafts)
        for moment in (page.date, page.publish_date, page.expiry_date)
        if moment is not None and moment > now
    ]
    return min(moments, default=None)


def list_order(page: Page) -> tuple[object, ...]:
    """Hugo's default: weighted first (ascending), then newest, then title, then path."""
    stamp = -dates.stamp(page.date) if page.date else float("inf")
    return (page.weight == 0, page.weight, stamp, page.title.casefold(), str(page.source))


def date_order(page: Page) -> tuple[object, ...]:
    """Feeds ignore weight: newest first."""
    stamp = -dates.stamp(page.date) if page.date else float("inf")
    return (stamp, page.title.casefold(), str(page.source))


def collect_site(
    config: Config,
    pages: Sequence[Page],
    content_files: Sequence[StaticFile],
    static: Sequence[StaticFile],
    now: datetime,
    assets: Mapping[str, str] | None = None,
    drafts: int = 0,
    related: RelatedPosts = related_posts,
) -> Site:
    """Decide what is published and plan every output file. `drafts`: drafts held back
    that are not among `pages` (the build cache knew them as drafts), only to count.
    `related`: `related_posts`, or what gives the same (the build cache's copy)."""
    published, skipped, notices = published_pages(config, pages, content_files, static, now)
    if drafts:
        skipped["drafts"] += drafts
    section_pages = {p.section: p for p in published if p.kind == "section"}
    # Hugo lists every regular page in its sections and taxonomies, not only the posts of
    # the main sections (those alone make the home page, its feeds and prev/next).
    listed = sorted(
        (p for p in published if p.kind in ("post", "page") and p.is_listed and p.is_rendered),
        key=list_order,
    )
    # The posts in the same order, taken from the sorted list (the sort is stable and both
    # keep the order of `published`): each sort key made once, not three times.
    posts = [p for p in listed if p.kind == "post"]
    post_urls = tuple(p.url for p in posts)
    plurals = {plural.lower() for _, plural in config.taxonomies}
    errors: list[BuildError] = []
    # Addresses a page or one of its aliases claims: a generated list yields to them, as in
    # Hugo, where a page's alias overwrites a section's list or a page/1/ redirect.
    # Only a page that writes its file claims it (not one with `build: {render: never}`).
    writers = [p for p in published if p.kind != "section" and p.is_rendered]
    claimed = {p.url for p in writers} | {alias for p in writers for alias in p.aliases}
    # Shared posts with `shared_title: true`: in the home and section lists, with a lock, and
    # nowhere else (no feed, term, search, sitemap, related, prev/next or journal total).
    locked = [p for p in published if p.is_sealed and p.shared_title and p.is_rendered]
    in_lists = sorted([*listed, *locked], key=list_order) if locked else listed
    # By the file each writes: an alias `/notes/index.html` claims the list of `/notes/` too
    # (Jekyll's docs redirect /tutorials/index.html to their first page). Not `/Notes/`: a
    # host that tells case apart would serve both, so that is still a collision.
    claimed_files = {urls.output_path(url) for url in claimed}
    sections = _sections(in_lists, section_pages, config, plurals, errors, claimed_files)
    neighbours = _neighbours(posts)
    taxonomies = _taxonomies(config, listed, section_pages, errors, notices)
    raise_all(errors)
    alias_owners = _alias_owners(published, notices)
    locked_posts = [p for p in locked if p.kind == "post"]
    home = sorted([*posts, *locked_posts], key=list_order) if locked_posts else posts
    outputs = _outputs(
        config,
        published,
        home,
        listed,
        sections,
        taxonomies,
        section_pages,
        alias_owners,
        claimed_files,
    )
    outputs = tuple(
        o for o in outputs if o.kind != kinds.ALIAS or o.target is None or o.url not in claimed
    )
    if config.journal_url and any(p.sessions for p in posts):
        journal = config.lang_prefix + config.journal_url
        outputs += _journal_outputs(config, journal)
    check_commitments(published)
    ledger = plan_ledger(published, is_public)
    threads = plan_threads(published, pages, is_public, config.base_path)
    notices += threads.notices
    if config.commitments_url and ledger.items:
        commitments = config.lang_prefix + config.commitments_url
        outputs += (
            Output(
                urls.output_path(commitments),
                commitments,
                kinds.COMMITMENTS,
                "commitments.html",
                PurePosixPath("site.yaml"),
            ),
        )
    files = _publish_files(published, pages, content_files, static)
    outputs = yield_to_own_files(outputs, files)
    outputs += _reader_outputs(config, claimed, files)
    check_collisions(outputs, files)
    return Site(
        config=config,
        pages=site_pages(published, content_files),
        posts=post_urls,
        sections=sections,
        taxonomies=taxonomies,
        outputs=outputs,
        static=files,
        neighbours=neighbours,
        skipped=dict(sorted(skipped.items())),  # in one order, however they were counted
        notices=tuple(notices),
        assets=dict(assets or {}),
        related=related(posts, config.related_limit),
        ledger=ledger,
        replies=threads.replies,
        reply_targets=threads.targets,
    )


def published_pages(
    config: Config,
    pages: Sequence[Page],
    content_files: Sequence[StaticFile],
    static: Sequence[StaticFile],
    now: datetime,
) -> tuple[list[Page], Counter[str], list[Notice]]:
    """The pages built now, their covers and images resolved; how many of the others were
    held back, by why; and a notice for each post held back until a later date."""
    published, skipped, notices = sorted_by_decision(config, pages, now)
    return _resolve_covers(published, content_files, static), skipped, notices


def sorted_by_decision(
    config: Config, pages: Sequence[Page], now: datetime
) -> tuple[list[Page], Counter[str], list[Notice]]:
    """`published_pages` before their covers and images are resolved."""
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
            notices.append(
                Notice(
                    f"skipped: dated in the future ({shown}); build with --future to include it",
                    page.source,
                )
            )
    return published, skipped, notices


def planned_view(page: Page) -> Page:
    """The page as planning reads it: without what only rendering reads of its body (html,
    text, summary, table of contents, reading time, link placeholders, search terms, word
    count). Pages whose views are equal plan the same site (output/collect_memo.py;
    tests/unit/test_collect_memo.py changes the rest and compares the plans), but for the
    number of a search page's index shards, which collect takes from the words of all the
    pages together (`search.plan.shard_count`): collect_memo compares that on its own."""
    content = page.content
    if content is None:
        return page
    return replace(
        page,
        content=replace(
            content,
            html="",
            text="",
            toc=(),
            summary_html="",
            summary_text="",
            is_truncated=False,
            word_count=0,
            reading_minutes=0,
            refs=(),
            terms=None,
        ),
    )


def site_pages(published: Sequence[Page], content_files: Sequence[StaticFile]) -> dict[str, Page]:
    """`Site.pages` of the `published_pages`: by address, a section's page as
    `section:<path>`, a shared bundle with the files inside it."""
    by_url = {p.url: p for p in published if p.kind != "section"}
    by_url.update(_sealed_bundles(by_url, content_files))
    return {**by_url, **{f"section:{p.section}": p for p in published if p.kind == "section"}}


def _journal_outputs(config: Config, url: str) -> tuple[Output, ...]:
    """The sessions page and, unless `journal: {export: false}`, its hours log."""
    found = [
        Output(
            urls.output_path(url), url, kinds.JOURNAL, "journal.html", PurePosixPath("site.yaml")
        )
    ]
    if config.journal_export:
        for kind, name in (
            (kinds.JOURNAL_CSV, "sessions.csv"),
            (kinds.JOURNAL_JSON, "sessions.json"),
        ):
            found.append(
                Output(url.lstrip("/") + name, url + name, kind, "", PurePosixPath("site.yaml"))
            )
    return tuple(found)


def _sections(
    listed: Sequence[Page],
    section_pages: Mapping[str, Page],
    config: Config,
    plurals: set[str],
    errors: list[BuildError],
    claimed_files: Collection[str],
) -> tuple[Section, ...]:
    """Hugo's sections, each with a list page: every top-level folder of content, and every
    folder below it that holds an `_index.md` (also one with nothing else, such as
    `content/about/_index.md`). A section lists the regular pages inside it, at any depth.
    Taxonomy folders (`content/tags/`) and folders starting with `_` (Jekyll's, which
    Jekyll never lists) are no sections, and neither is a folder whose own page or a
    page's alias writes its list's file (`notes/index.md`, Hugo's leaf bundle, or Jekyll's
    index page of a folder; `claimed_files`: the files such pages and aliases write)."""

    def is_section(path: str) -> bool:
        top = path.split("/")[0]
        return (
            bool(path)
            and not top.startswith("_")
            and top.lower() not in plurals
            and ("/" not in path or path in section_pages)
        )

    members: dict[str, list[str]] = {path: [] for path in section_pages if is_section(path)}
    for path in list(members):
        members.setdefault(path.split("/")[0], [])
    for page in listed:
        parts = page.section.split("/") if page.section else []
        for depth in range(1, len(parts) + 1):
            path = "/".join(parts[:depth])
            if is_section(path):
                members.setdefault(path, []).append(page.url)
    sections = []
    for path in sorted(members):
        index = section_pages.get(path)
        title = (
            index.title
            if index and index.title
            # the theme's word for a usual section ("Posts", "Articles"), else its name
            else config.labels.get(f"section_{path.lower()}")
            or path.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ").title()
        )
        url = config.lang_prefix + "/" + "/".join(urls.slugify(p) for p in path.split("/")) + "/"
        url = _list_url(
            config,
            errors,
            "section",
            path.lower(),
            url,
            f"the {path} section",
            slug=index.slug if index else "",
            title=title,
            section=path,
        )
        if index is not None and index.url != config.lang_prefix + "/" + path + "/":
            url = index.url  # the _index.md's own url wins
        elif index is None and urls.output_path(url) in claimed_files:
            continue  # a page (the folder's index.md, an alias) has this address
        sections.append(
            Section(path, url, title, index.url if index else None, tuple(members[path]))
        )
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


def _taxonomies(
    config: Config,
    pages: Sequence[Page],
    section_pages: Mapping[str, Page],
    errors: list[BuildError],
    notices: list[Notice] | None = None,
) -> tuple[Taxonomy, ...]:
    """Terms of every listed page. A term's own `content/<taxonomy>/<term>/_index.md` gives
    its title (the name it is shown with), `slug` or `url`, and makes the term exist even
    when no page uses it, as in Hugo."""
    result = []
    # Oldest first, so ties between spellings go to the oldest post's (once, for every taxonomy).
    oldest_first = sorted(range(len(pages)), key=lambda i: _age(pages[i]))
    rank = {i: n for n, i in enumerate(oldest_first)}
    by_folder: dict[str, dict[str, Page]] = {}
    jekyll = config.dialect == JEKYLL
    for path, index in section_pages.items():
        head, _, rest = path.partition("/")
        if rest:  # `tags/ci/cd/_index.md` is the term `CI/CD`'s, as in Hugo
            by_folder.setdefault(head.lower(), {})[urls.term_slug(rest, jekyll=jekyll)] = index
    slugs: dict[str, str] = {}  # name -> slug, once per name that has an address
    for singular, plural in config.taxonomies:
        spellings: dict[str, Counter[str]] = {}
        first_seen: dict[str, dict[str, int]] = {}
        members: dict[str, list[str]] = {}
        for i, page in enumerate(pages):
            if (
                plural == "authors"
                and page.kind != "post"
                and not ("author" in page.key_lines or "authors" in page.key_lines)
            ):
                continue  # a page is by the site's default author, not one of their posts
            for name in page.terms.get(plural, ()):
                slug = slugs.get(name)
                if slug is None:
                    slug = urls.term_slug(name, jekyll=jekyll)
                    if not any(ch.isalnum() for ch in slug):  # "", ".", "..": no address
                        errors.append(
                            BuildError(
                                f"the {singular} {name!r} has no letters or digits to make a "
                                "url from",
                                page.source,
                                _term_line(page, plural),
                            )
                        )
                        continue
                    slugs[name] = slug
                # (no setdefault: it would make a Counter and a dict for every use of a term)
                counts = spellings.get(slug)
                if counts is None:
                    counts = spellings[slug] = Counter()
                    first_seen[slug] = {}
                    members[slug] = []
                counts[name] += 1
                seen = first_seen[slug]
                seen[name] = min(seen.get(name, rank[i]), rank[i])
                found = members[slug]
                if not found or found[-1] != page.url:
                    found.append(page.url)
        if jekyll and notices is not None:  # Jekyll's rule joins `C#` and `C++` into `c`
            for slug, counts in spellings.items():
                kinds_of = {n.casefold() for n in counts}
                if len(kinds_of) > 1:
                    shown = ", ".join(sorted(counts, key=str.casefold))
                    user = next(p for p in pages if p.url == members[slug][0])
                    notices.append(
                        Notice(
                            f"the {plural} {shown} have one address, /{plural}/{slug}/ (Jekyll's "
                            "slug rule, as jekyll-archives writes them): one list, one name",
                            user.source,
                            _term_line(user, plural),
                        )
                    )
        indexes = by_folder.get(plural.lower(), {})
        terms = []
        for slug in sorted(spellings.keys() | indexes.keys()):
            counts = spellings.get(slug, Counter())
            own_index = indexes.get(slug)
            name = (
                own_index.title
                if own_index is not None and own_index.title
                else min(counts, key=lambda n: (-counts[n], first_seen[slug][n]), default=slug)
            )
            own_slug = own_index.slug if own_index is not None else ""
            lp = config.lang_prefix
            default = f"{lp}/{plural}/{own_slug or slug}/"
            url = _list_url(
                config,
                errors,
                "term",
                plural,
                default,
                f"the {plural} pages",
                slug=own_slug,
                title=name,
            )
            if own_index is not None and own_index.url not in (default, f"{lp}/{plural}/{slug}/"):
                url = own_index.url  # the term's own `url`
            problem = urls.path_problem(urls.output_path(url))
            if problem is not None:  # a name too long for a file name: blame a page using it
                if slug in members:
                    user = next(p for p in pages if p.url == members[slug][0])
                    where, line = user.source, _term_line(user, plural)
                else:
                    assert own_index is not None
                    where, line = own_index.source, None
                errors.append(
                    BuildError(
                        f"the {singular} {quoted(name)} cannot be written as "
                        f"{quoted(url)}: {problem}",
                        where,
                        line,
                    )
                )
                continue
            terms.append(Term(name, slug, url, tuple(members.get(slug, ()))))
        terms.sort(key=lambda t: (t.name.casefold(), t.slug))
        own = section_pages.get(plural) or next(
            (p for path, p in section_pages.items() if path.lower() == plural.lower()), None
        )
        index_url = _list_url(
            config,
            errors,
            "taxonomy",
            plural,
            f"{config.lang_prefix}/{plural}/",
            f"the {plural} index",
            title=own.title if own else "",
        )
        if own is not None and own.url != f"{config.lang_prefix}/{plural}/":
            index_url = own.url
        result.append(Taxonomy(plural, singular, index_url, tuple(terms)))
    return tuple(result)


def _term_line(post: Page, plural: str) -> int | None:
    """The front-matter line a post names its terms on (`tags:` or `tag:`; `author:`)."""
    keys = {
        "authors": ("author", "authors"),
        "tags": ("tags", "tag"),
        "categories": ("categories", "category"),
    }.get(plural, (norm(plural),))
    return next((post.key_lines[k] for k in keys if k in post.key_lines), None)


def _list_url(
    config: Config,
    errors: list[BuildError],
    kind: str,
    name: str,
    default: str,
    what: str,
    **tokens: str,
) -> str:
    """A list page's url from the site's `permalinks`; a bad pattern is an error in `errors`
    (naming site.yaml) and `default` stands in for it meanwhile."""
    try:
        found = urls.list_url(config.list_permalinks, kind, name, default, **tokens)
        return found if found == default else config.lang_prefix + found
    except urls.UrlError as err:
        errors.append(BuildError(f"`permalinks` for {what}: {err}", PurePosixPath("site.yaml")))
        return default


def _age(page: Page) -> tuple[float, str]:
    return (dates.stamp(page.date) if page.date else float("inf"), str(page.source))


def paginate(items: Sequence[str], list_url: str, config: Config) -> tuple[Pager, ...]:
    per_page = config.pagination.per_page
    count = max(1, -(-len(items) // per_page))
    page_urls = tuple(
        list_url if n == 1 else list_url + config.pagination.path.replace(":num", str(n))
        for n in range(1, count + 1)
    )
    return tuple(
        Pager(
            n, count, page_urls[n - 1], tuple(items[(n - 1) * per_page : n * per_page]), page_urls
        )
        for n in range(1, count + 1)
    )


def _alias_owners(published: Sequence[Page], notices: list[Notice]) -> dict[str, PurePosixPath]:
    """Which page each alias leads to. Two pages naming the same old address is no error in
    Hugo or Jekyll: one redirect page wins (in Hugo whichever is written last, mostly the
    newer page). Here the newest page always wins, and the others get a warning. An alias
    that writes the page's own file (often left from a move) leads nowhere: the page is
    there, as in Hugo; one differing only in case gets a warning."""
    claims: dict[str, list[Page]] = {}
    for page in published:
        if page.kind != "section" and page.is_rendered:
            for alias in page.aliases:
                file = urls.output_path(alias)
                if file.casefold() != page.output_path.casefold():
                    claims.setdefault(alias, []).append(page)
                elif file != page.output_path:  # one file where case is one (macOS, Windows)
                    line = page.key_lines.get("aliases") or page.key_lines.get("redirectfrom")
                    notices.append(
                        Notice(
                            f"alias {alias} differs from the page's own address only in case; "
                            "it is not written, so hosts that tell case apart do not redirect it",
                            page.source,
                            line,
                        )
                    )
    owners = {}
    for alias, pages in claims.items():
        ordered = sorted(pages, key=date_order)
        owners[alias] = ordered[0].source
        for other in ordered[1:]:
            line = other.key_lines.get("aliases") or other.key_lines.get("redirectfrom")
            notices.append(
                Notice(
                    f"alias {alias} is also an alias of {ordered[0].source}, "
                    "the newer page, where it leads",
                    other.source,
                    line,
                )
            )
    return owners


def _outputs(
    config: Config,
    published: Sequence[Page],
    posts: Sequence[Page],
    listed: Sequence[Page],
    sections: Sequence[Section],
    taxonomies: Sequence[Taxonomy],
    section_pages: dict[str, Page],
    alias_owners: Mapping[str, PurePosixPath],
    claimed_files: Collection[str] = frozenset(),
) -> tuple[Output, ...]:
    """Every output of the site. A taxonomy's index or a term's list whose file a page
    writes (`claimed_files`: a Jekyll site's own `/tags/` page, or `/series/<name>/` with
    the story of a series) gives way to that page, as a section's list does: the term
    stays, its links lead to the page, its feeds are still written."""
    outputs: list[Output] = []
    home_index = section_pages.get("")
    home_source = home_index.source if home_index else None
    for page in published:
        if page.kind == "section" or not page.is_rendered:
            continue
        url_line = (
            page.key_lines.get("url")
            or page.key_lines.get("permalink")
            or page.key_lines.get("slug")
        )
        if page.redirect_to:
            outputs.append(
                Output(
                    page.output_path,
                    page.url,
                    kinds.REDIRECT,
                    "alias.html",
                    page.source,
                    url_line,
                    target=page.redirect_to,
                )
            )
        else:
            outputs.append(
                Output(
                    page.output_path,
                    page.url,
                    kinds.PAGE,
                    page.layout + ".html",
                    page.source,
                    url_line,
                    page_url=page.url,
                )
            )
        alias_line = page.key_lines.get("aliases") or page.key_lines.get("redirectfrom")
        for alias in page.aliases:
            if alias_owners.get(alias) == page.source:  # (not one writing its own file)
                outputs.append(
                    Output(
                        urls.output_path(alias),
                        alias,
                        kinds.ALIAS,
                        "alias.html",
                        page.source,
                        alias_line,
                        page_url=page.url,
                    )
                )
    # Hugo's `uglyURLs` addresses that lead elsewhere here, where no page of the site is.
    taken: set[str] = set()
    if config.ugly_urls:
        taken = {o.path for o in outputs} | set(claimed_files)
        outputs += _ugly_page_addresses(published, alias_owners, taken)
    home_items = [p.url for p in posts if not p.hidden_in_home_list]
    home = config.lang_prefix + "/"
    outputs += _list_outputs(kinds.HOME, home_items, home, config, home_source)
    outputs += _ugly_list_addresses(home, home_items, config, home_source, taken)
    is_post = {p.url for p in posts}
    in_feeds = [p.url for p in sorted(listed, key=date_order) if not p.hidden_in_rss]
    feed_rank = {url: i for i, url in enumerate(in_feeds)}
    outputs += _feeds(home, [u for u in in_feeds if u in is_post], config, home_source, atom=True)
    section_aliases: set[str] = set()
    for section in sections:
        index = section_pages.get(section.path)
        source = index.source if index else None
        outputs += _list_outputs(
            kinds.SECTION, section.pages, section.url, config, source, section=section.path
        )
        outputs += _ugly_list_addresses(section.url, section.pages, config, source, taken)
        outputs += _feeds(
            section.url, _feed_order(section.pages, feed_rank), config, source, section=section.path
        )
        if index is not None:  # a section's `_index.md` may name its old addresses too
            outputs += _list_aliases(index, section.url, alias_owners, section_aliases)
    age = {p.url: _age(p) for p in listed}
    index_paths = {path.lower(): path for path in section_pages}
    for taxonomy in taxonomies:
        if not taxonomy.terms and (
            taxonomy.name == "authors"
            or (taxonomy.name == "series" and not config.taxonomies_listed)
        ):
            continue  # no journeys or authors yet: no empty index page
        # A list's own `_index.md` (title and text) is found by its folder, `section`.
        own = index_paths.get(taxonomy.name)
        if own:  # `content/tags/_index.md` may name the index's old addresses
            outputs += _list_aliases(
                section_pages[own], taxonomy.url, alias_owners, section_aliases
            )
        outputs += _ugly_list_addresses(
            taxonomy.url, None, config, section_pages[own].source if own else None, taken
        )
        if urls.output_path(taxonomy.url) not in claimed_files:
            outputs.append(
                Output(
                    urls.output_path(taxonomy.url),
                    taxonomy.url,
                    kinds.TERMS,
                    TERMS_TEMPLATES.get(taxonomy.name, "tags.html"),
                    section_pages[own].source if own else None,
                    taxonomy=taxonomy.name,
                    section=own,
                )
            )
        if config.feeds.rss:  # Hugo's feed of the terms, /tags/index.xml
            outputs.append(
                Output(
                    taxonomy.url.lstrip("/") + "index.xml",
                    taxonomy.url + "index.xml",
                    kinds.TERMS_RSS,
                    "taxonomy.xml",
                    section_pages[own].source if own else None,
                    taxonomy=taxonomy.name,
                    section=own,
                )
            )
        term_folders = {
            urls.term_slug(path.split("/", 1)[1], jekyll=config.dialect == JEKYLL): path
            for path in section_pages
            if path.lower().startswith(taxonomy.name + "/")
        }
        for term in taxonomy.terms:
            folder = term_folders.get(term.slug)
            source = section_pages[folder].source if folder else None
            if folder:  # a term's `_index.md` may name its old addresses too, as in Hugo
                outputs += _list_aliases(
                    section_pages[folder], term.url, alias_owners, section_aliases
                )
            if urls.output_path(term.url) in claimed_files:
                pass  # a page of the site is at the term's address: no list there
            elif taxonomy.name == "series":  # the whole journey on one page, oldest first
                parts = tuple(sorted(term.pages, key=age.__getitem__))
                outputs.append(
                    Output(
                        urls.output_path(term.url),
                        term.url,
                        kinds.TERM,
                        "series.html",
                        source,
                        pager=Pager(1, 1, term.url, parts, (term.url,)),
                        taxonomy=taxonomy.name,
                        term=term.slug,
                        section=folder,
                    )
                )
                outputs += _first_page_redirect(term.url, config, source)
            else:
                outputs += [
                    replace(o, template=TERM_TEMPLATES.get(taxonomy.name, o.template))
                    if o.kind == kinds.TERM
                    else o
                    for o in _list_outputs(
                        kinds.TERM,
                        term.pages,
                        term.url,
                        config,
                        source,
                        taxonomy=taxonomy.name,
                        term=term.slug,
                        section=folder,
                    )
                ]
            outputs += _feeds(
                term.url,
                _feed_order(term.pages, feed_rank),
                config,
                source,
                taxonomy=taxonomy.name,
                term=term.slug,
                section=folder,
            )
            outputs += _ugly_list_addresses(
                term.url,
                None if urls.output_path(term.url) in claimed_files else term.pages,
                config,
                source,
                taken,
            )
    lp = config.lang_prefix
    outputs.append(
        Output(f"{lp}/sitemap.xml"[1:], f"{lp}/sitemap.xml", kinds.SITEMAP, "sitemap.xml")
    )
    if not lp:
        outputs.append(Output("robots.txt", "/robots.txt", kinds.ROBOTS, "robots.txt"))
    outputs.append(Output(f"{lp}/404.html"[1:], f"{lp}/404.html", kinds.NOT_FOUND, "404.html"))
    outputs += plan_search(config, posts, published)
    return tuple(outputs)


# Files every site has that an author may have written: Hugo's static/robots.txt, Jekyll's
# plain 404.html. Three of twelve real blogs tried had one.
_OWN_FILE_WINS = (kinds.ROBOTS, kinds.NOT_FOUND)


def yield_to_own_files(
    outputs: Sequence[Output], files: Sequence[StaticFile]
) -> tuple[Output, ...]:
    """The site's own robots.txt or 404.html (a file of static/ or content/, not the
    theme's) is published as it is, in place of the one made here; so is a page of the
    site at /404.html (Jekyll's `404.md` with `permalink: /404.html`, which GitHub Pages
    serves for a missing address). Only at the very same path: a `ROBOTS.TXT` is no robots
    file, and still collides on macOS and Windows."""
    own = {f.path for f in files if not str(f.source).startswith("theme:")}
    pages = {o.path for o in outputs if o.kind is kinds.PAGE}
    return tuple(
        o
        for o in outputs
        if not (
            (o.kind in _OWN_FILE_WINS and o.path in own)
            or (o.kind is kinds.NOT_FOUND and o.path in pages)
        )
    )


SUBSCRIBE_URL = "/subscribe/"


def _reader_outputs(
    config: Config, claimed: Collection[str], files: Sequence[StaticFile]
) -> tuple[Output, ...]:
    """The subscribe page (what a feed is, every feed of the site to copy), when the site has
    feeds; and `llms.txt`, the list of public posts for language models. Each gives way to a
    page or a static file of the site at its address."""
    found: list[Output] = []
    feeds = config.feeds
    subscribe = config.lang_prefix + SUBSCRIBE_URL
    if (feeds.rss or feeds.atom or feeds.json) and subscribe not in claimed:
        found.append(
            Output(
                urls.output_path(subscribe),
                subscribe,
                kinds.SUBSCRIBE,
                "subscribe.html",
                PurePosixPath("site.yaml"),
            )
        )
    if (
        not config.lang_prefix
        and not any(f.path == "llms.txt" for f in files)
        and "/llms.txt" not in claimed
    ):
        found.append(Output("llms.txt", "/llms.txt", kinds.LLMS, "llms.txt"))
    return tuple(found)


def _feed_order(members: Sequence[str], feed_rank: Mapping[str, int]) -> list[str]:
    """A list's posts in feed order (newest first, hidden_in_rss left out), in time linear in
    the list rather than in the whole site: a site with 2,000 tags has 2,000 of these."""
    return sorted((url for url in members if url in feed_rank), key=feed_rank.__getitem__)


def _list_aliases(
    index: Page, url: str, alias_owners: Mapping[str, PurePosixPath], taken: set[str]
) -> list[Output]:
    """Redirects to a list at `url` from the old addresses its `_index.md` names (`aliases`,
    `redirect_from`). Not from its own address (in any case); a page's alias or an earlier
    list's (its file in `taken`, which grows) wins, as pages' aliases yield to one another."""
    line = index.key_lines.get("aliases") or index.key_lines.get("redirectfrom")
    own_file = urls.output_path(url).casefold()
    found = []
    for alias in index.aliases:
        file = urls.output_path(alias)
        if file.casefold() == own_file or alias in alias_owners or file in taken:
            continue
        taken.add(file)
        found.append(Output(file, alias, kinds.ALIAS, "alias.html", index.source, line, target=url))
    return found


def _list_outputs(
    kind: OutputKind,
    items: Sequence[str],
    list_url: str,
    config: Config,
    source: PurePosixPath | None,
    **extra: str | None,
) -> list[Output]:
    found = [
        Output(
            urls.output_path(pager.url),
            pager.url,
            kind,
            LIST_TEMPLATES[kind],
            source,
            pager=pager,
            **extra,  # type: ignore[arg-type]
        )
        for pager in paginate(items, list_url, config)
    ]
    return found + _first_page_redirect(list_url, config, source)


def _ugly_page_addresses(
    published: Sequence[Page], alias_owners: Mapping[str, PurePosixPath], taken: set[str]
) -> list[Output]:
    """Redirects where Hugo's `uglyURLs` put what mentorblog keeps in a folder: a bundle
    (`/posts/trip.html`, below the top of content/) and each alias (`/old.html` for
    `/old/`); none where a page of the site, or another redirect, is."""
    found = []
    for page in published:
        if page.kind == "section" or not page.is_rendered:
            continue
        moved = [a for a in page.aliases if alias_owners.get(a) == page.source]
        if page.source.stem.split(".")[0] == "index" and len(page.source.parts) > 2:
            moved.append(page.url)
        for old in moved:
            line = (
                page.key_lines.get("aliases") or page.key_lines.get("redirectfrom")
                if old != page.url
                else None
            )
            ugly = old[:-1] + ".html"
            if not old.endswith("/") or old == "/" or ugly[1:] in taken:
                continue
            taken.add(ugly[1:])
            found.append(
                Output(
                    ugly[1:], ugly, kinds.ALIAS, "alias.html", page.source, line, page_url=page.url
                )
            )
    return found


def _ugly_list_addresses(
    url: str,
    items: Sequence[str] | None,
    config: Config,
    source: PurePosixPath | None,
    taken: set[str],
) -> list[Output]:
    """Where Hugo's `uglyURLs` put a list (`/tags/go.html`, `/categories.html`) and its
    later pages (`/tags/go/page/2.html`, `/page/2.html` before Hugo 0.12x, and `page/1.html`
    when it writes those): redirects here, but at a file in `taken` (a page's). `items`:
    None for a list on one page."""
    if not config.ugly_urls or not url.endswith("/"):
        return []
    moved = [(url[:-1] + ".html", url)] if url != config.lang_prefix + "/" else []
    if items is not None:
        if config.pagination.aliases:
            first = url + config.pagination.path.replace(":num", "1")
            moved.append((first.rstrip("/") + ".html", url))
        pagers = paginate(items, url, config)[1:]
        moved += [(p.url.rstrip("/") + ".html", p.url) for p in pagers if p.url.endswith("/")]
    found = []
    for old, target in moved:
        if old[1:] not in taken:
            taken.add(old[1:])
            found.append(Output(old[1:], old, kinds.ALIAS, "alias.html", source, target=target))
    return found


def _first_page_redirect(
    list_url: str, config: Config, source: PurePosixPath | None
) -> list[Output]:
    """Hugo writes `<list>/page/1/` for every paginated list, a redirect to the list itself
    (unless `pagination.disableAliases`); old links to it keep working."""
    if not config.pagination.aliases:
        return []
    url = list_url + config.pagination.path.replace(":num", "1")
    return [Output(urls.output_path(url), url, kinds.ALIAS, "alias.html", source, target=list_url)]


def _feeds(
    list_url: str,
    items: Sequence[str],
    config: Config,
    source: PurePosixPath | None,
    atom: bool = False,
    **extra: str | None,
) -> list[Output]:
    limited = tuple(items[: config.feeds.limit] if config.feeds.limit is not None else items)
    found = []
    if config.feeds.rss:
        found.append(
            Output(
                list_url.lstrip("/") + "index.xml",
                list_url + "index.xml",
                kinds.RSS,
                "rss.xml",
                source,
                items=limited,
                **extra,  # type: ignore[arg-type]
            )
        )
    if atom and config.feeds.atom:
        # The same feed at each old address too (`feeds.also_at`): its `self` link names
        # feed.xml, so a feed reader subscribed there may move to it.
        found += [
            Output(
                list_url.lstrip("/") + name,
                list_url + name,
                kinds.ATOM,
                "atom.xml",
                source,
                items=limited,
            )
            for name in ("feed.xml", *config.feeds.also_at)
        ]
    if config.feeds.json:  # JSON Feed 1.1, beside every RSS feed
        found.append(
            Output(
                list_url.lstrip("/") + "feed.json",
                list_url + "feed.json",
                kinds.JSON_FEED,
                "feed.json",
                source,
                items=limited,
                **extra,  # type: ignore[arg-type]
            )
        )
    return found


def _resolve_covers(
    pages: list[Page], content_files: Sequence[StaticFile], static: Sequence[StaticFile]
) -> list[Page]:
    """cover.image: a file beside the post whose name contains it, then static/, else as is.
    `images`: a file of the page's bundle, else an address from the site's root, as
    PaperMod's `absURL` reads it."""
    static_paths = {f.path for f in static}
    by_folder: dict[PurePosixPath, list[PurePosixPath]] = {}
    for f in content_files:
        by_folder.setdefault(f.source.parent, []).append(f.source)
    resolved = []
    for page in pages:
        if any("://" not in image and not image.startswith("/") for image in page.images):
            is_bundle = page.source.stem.split(".")[0] in ("index", "_index")
            own_files = (
                {f.name for f in by_folder.get(page.source.parent, ())} if is_bundle else set()
            )
            page = replace(
                page,
                images=tuple(
                    image
                    if "://" in image or image.startswith("/")
                    else page.url + image
                    if image in own_files
                    else "/" + image.removeprefix("./")
                    for image in page.images
                ),
            )
        cover = page.cover
        if cover is None or "://" in cover.image or cover.image.startswith("/"):
            resolved.append(page)
            continue
        beside = next(
            (f for f in by_folder.get(page.source.parent, ()) if cover.image in f.name), None
        )
        if beside is not None and page.source.stem.split(".")[0] in ("index", "_index"):
            image = page.url + beside.name
        elif cover.image.lstrip("/") in static_paths:
            image = "/" + cover.image.lstrip("/")
        else:
            image = cover.image
        resolved.append(replace(page, cover=replace(cover, image=image)))
    return resolved


def _publish_files(
    published: Sequence[Page],
    every_page: Sequence[Page],
    content_files: Sequence[StaticFile],
    static: Sequence[StaticFile],
) -> tuple[StaticFile, ...]:
    """Bundle files go next to their page (and nowhere when the page is a draft); other
    content files keep their path under content/."""
    live = {p.source for p in published}
    bundles = {
        p.source.parent: p
        for p in every_page
        if p.source.stem.split(".")[0] in ("index", "_index") and len(p.source.parts) > 2
    }
    files: list[StaticFile] = list(static)
    for f in content_files:
        owner = next(
            (bundles[d] for d in (f.source.parent, *f.source.parent.parents) if d in bundles), None
        )
        if owner is None:
            files.append(f)
        elif owner.source in live and owner.url.endswith("/") and not owner.is_sealed:
            # A shared post's files would be readable by anyone: its images travel
            # encrypted inside the page instead (plan/sharing.py).
            rel = f.source.relative_to(owner.source.parent)
            files.append(replace(f, path=owner.url.lstrip("/") + str(rel)))
    return tuple(files)


def _sealed_bundles(
    by_url: Mapping[str, Page], content_files: Sequence[StaticFile]
) -> dict[str, Page]:
    """Shared bundles with the files inside them, which travel sealed in the page."""
    sealed = {
        p.source.parent: p for p in by_url.values() if p.is_sealed and p.source.stem == "index"
    }
    if not sealed:
        return {}
    found: dict[str, list[PurePosixPath]] = {}
    for f in content_files:
        owner = next((sealed[d] for d in f.source.parents if d in sealed), None)
        if owner is not None:
            found.setdefault(owner.url, []).append(f.source)
    return {url: replace(by_url[url], bundle_files=tuple(files)) for url, files in found.items()}
