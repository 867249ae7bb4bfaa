"""Everything up to a planned Site, in two steps around the plugins' `on_site` (build.py
calls it between them): `load_site` reads site.yaml, the files of site and theme, parses
every file and renders its Markdown (in worker processes, skipping what the build cache
holds), collects, and checks the links between pages; `complete_site` derives the readers'
keys and runs the image stage (images/stage.py: encoding in worker processes too). Nothing
is written but the build cache.

A parse worker reads, parses and renders one file at a time; the html, plain text and
search terms go into its pack file in the site's store (core/store.py), and only the Page
with its summary and StoredTexts comes back, so this process never holds every page's html.
A post held back (draft, future, expired, judged with the one `now` of the build) comes
back unrendered and is never stored."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path, PurePosixPath

from mentorblog import search
from mentorblog.core import sealing
from mentorblog.core.errors import BuildError, Notice, raise_all
from mentorblog.core.model import PUBLIC, UNLISTED, Config, Page, Site
from mentorblog.core.store import PACKS, PackWriter
from mentorblog.images.jobs import Job
from mentorblog.images.stage import Outcome, Worker, publish_images
from mentorblog.images.store import ImageCache
from mentorblog.markdown import private_notes
from mentorblog.markdown.renderer import MarkdownSettings, Renderer, settings_for
from mentorblog.markdown.shortcodes import read_templates
from mentorblog.options import BuildOptions
from mentorblog.output import cache, collect_memo, source_state
from mentorblog.output.related_memo import RelatedMemo
from mentorblog.plan import sharing, xrefs
from mentorblog.plan.collect import changes_at, is_published
from mentorblog.plan.languages import collect_languages
from mentorblog.plan.related import related_posts
from mentorblog.read import languages, readers
from mentorblog.read.config import LoadedConfig, load_config
from mentorblog.read.discover import discover_sources
from mentorblog.read.parse import (
    ParseContext,
    default_main_sections,
    home_indexes,
    parse_or_skip,
    section_folders,
    site_dialect,
)
from mentorblog.render.deps import head_digest
from mentorblog.render.environment import layout_names
from mentorblog.workers import (
    Prefetched,
    Progress,
    chunks,
    job_count,
    parallel_map,
    progress_of,
    settle,
    unsettle,
)

PARSE_CHUNK = 64  # files per task: big enough to amortise the pickling, small enough to balance

ParsedPages = Mapping[str, tuple[Page, str]]  # url -> (the Page parse made, its cache key)


@dataclass(frozen=True, slots=True)
class LoadedSite:
    site: Site
    notices: tuple[Notice, ...]
    timings: Mapping[str, float]  # seconds per stage: config, parse+markdown, collect, images
    reused: int  # pages taken from the build cache instead of parsed
    parsed: ParsedPages  # pages still as parse made them (fingerprints use their cache key)
    page_index: PageIndex  # the build cache's parsed pages, to save once
    parser: PageParser  # how each file was parsed: serve's preview parses an edit with it
    changes_at: datetime | None = None  # when a post becomes due or expires, after `now`
    # Each content file's page as parse made it, before collect resolved its cover and images.
    as_parsed: Mapping[str, Page] = field(default_factory=dict)
    plan: collect_memo.KeptPlan | None = None  # the plan the site was made from, as kept


@dataclass(frozen=True, slots=True)
class PageParser:
    """Everything besides a file's bytes that its parse depends on, for parsing one file again
    outside a build: serve's preview of a saved post (commands/preview.py)."""

    root: Path
    ctx: ParseContext
    settings: MarkdownSettings
    now: datetime
    on_page: Callable[[Page], Page] | None

    def parse(self, source: PurePosixPath, renderer: Renderer) -> Page | None:
        """The page as a build's parse worker makes it, its html kept in memory; None when it
        is not a page this build publishes as it is (held back, shared, or not a page)."""
        try:
            data = (self.root / source).read_bytes()
            page = parse_or_skip(data, source, self.ctx)
        except (OSError, BuildError):
            return None
        if not isinstance(page, Page) or is_published(page, self.ctx.config, self.now):
            return None
        if sharing.is_shared(page) and not self.ctx.config.show_private:
            return None
        try:
            page = _rendered(page, renderer, self.on_page)
        except BuildError:
            return None
        content = page.content
        assert content is not None
        return replace(page, body="", notices=page.notices + content.notices)


class PageIndex:
    """The parsed pages this build publishes, as the build cache will keep them. Saving it
    costs 0.3 s at 10,000 pages, so `build` does it while the render workers work; it is
    saved also when the build fails, as every page in it parsed cleanly."""

    def __init__(
        self,
        folder: Path,
        key: str,
        pages: dict[str, object],
        previous: Mapping[str, object],
        stored: frozenset[str] | None = None,
    ) -> None:
        """`stored`: the keys the index's shards held when read (cache.load_index)."""
        self._folder = folder
        self._key = key
        self._pages = pages
        self._previous = previous
        self._stored = stored
        # What was read of each file, by its metadata, and when the build began; None: as kept.
        self.sources: tuple[dict[str, source_state.Known], int] | None = None
        # A page parsed afresh has a key the previous index lacks; held-back pages are parsed
        # every time but never stored, so they alone do not make the index worth writing.
        self._changed = pages.keys() != previous.keys()

    def save(self) -> None:
        """Write the index when it changed; once."""
        if self._changed:
            dropped = [page for key, page in self._previous.items() if key not in self._pages]
            cache.save_index(self._folder, self._key, self._pages, dropped, self._stored)
            self._changed = False
        if self.sources is not None:
            source_state.save(self._folder, *self.sources)
            self.sources = None

    def save_aside(self) -> Callable[[], None]:
        """`save` in a forked process while this one goes on (0.08 s of an edit build at
        10,000 posts), as if done here: later calls of `save` do nothing. Returns the wait
        for it, which saves here if the child failed; call it before the build ends."""
        state = (self._changed, self.sources)
        if not (state[0] or state[1] is not None):
            return lambda: None

        def save_from(
            changed: bool, sources: tuple[dict[str, source_state.Known], int] | None
        ) -> None:
            self._changed, self.sources = changed, sources  # as before the fork
            self.save()

        saving = Prefetched(partial(save_from, *state))
        self._changed, self.sources = False, None
        return saving.result


def read_config(options: BuildOptions) -> LoadedConfig:
    """site.yaml with the command line's settings over it."""
    overrides: dict[str, object] = {"base_url": options.base_url, "env": options.environment}
    if options.show_private:
        overrides["show_private"] = True
    for flag, key in (
        (options.drafts, "build_drafts"),
        (options.future, "build_future"),
        (options.expired, "build_expired"),
    ):
        if flag:
            overrides[key] = True
    return load_config(options.source.resolve(), overrides)


def load_site(
    options: BuildOptions,
    cache_folder: Path,
    now: datetime | None = None,
    loaded: LoadedConfig | None = None,
    on_page: Callable[[Page], Page] | None = None,
    spare: Callable[[], None] | None = None,
) -> LoadedSite:
    """The site planned and its links checked; nothing written but the pack files of its
    store. `loaded` is site.yaml when the caller has read it already; `on_page` is the
    plugins' hook build.py hands over, run in the parse workers on each page after its
    Markdown (before its html is stored); `spare` runs here while parse workers work
    (`parallel_map`), not at all when the parse runs in this process. The caller saves
    `page_index` (or not: a throwaway cache need not be), and calls `complete_site` before
    rendering."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    unsettle()  # what an earlier build in this process (serve, check) settled may go now
    now = now or datetime.now(UTC)  # one moment for the whole build: parse and collect agree
    loaded = loaded or read_config(options)
    config = loaded.config
    notices = list(loaded.notices)
    sources = discover_sources(
        config.root, include=config.include, content_dirs=languages.content_folders(config)
    )
    sources, outside = languages.within_content_dirs(sources, config)
    notices += outside
    shapes = languages.one_language_paths(sources.content, config)  # `a.fr.md` as `a.md`
    dialect = site_dialect(shapes, config.dialect)
    config = replace(config, dialect=dialect)  # known from here on (terms' addresses)
    ctx = ParseContext(
        config,
        default_main_sections(shapes, config),
        layout_names(config.root),
        site_dialect=dialect,
        section_dirs=section_folders(shapes),
        home_index=home_indexes(sources.content, config),
        dialect_named=bool(loaded.config.dialect),
    )
    settings = settings_for(config, read_templates(config.root), options.show_private)
    timings["config"] = time.perf_counter() - clock

    clock = time.perf_counter()
    started_ns = source_state.now_ns()
    known = source_state.load(cache_folder) if options.use_cache else {}
    digests, may_search, seen, varying = _read_sources(config, sources.content, known)
    # Search terms are worth their 0.3 ms per page only when a page may show the search box;
    # whether they are stored is part of the key, so adding a search page parses again.
    ctx = replace(ctx, search_terms=may_search)
    parse_key = _parse_key(config, ctx, settings)
    previous, stored = (
        cache.load_index(cache_folder, parse_key) if options.use_cache else ({}, None)
    )
    settle()  # the parsed pages: out of the collections collect and the drafts' parse cause
    # A file with no tag and no private note parses the same for `build` and for `serve`
    # (other address, `env`, notes shown): its key leaves those out, so the server's first
    # build finds it in the build cache (commands/serve.py seeds its cache from there).
    served_key = parse_key + _variant(config, settings)
    keys = {}
    for name, digest in digests.items():
        key = cache.file_key(digest, parse_key)
        if key not in previous and name in varying:  # a new or edited file
            key = cache.file_key(digest, served_key)
        keys[name] = key  # (a file kept under the first key was plain when it was stored)
    # A file held back last time (a draft, say) is likely held back still: its front matter
    # alone says so, read here, so an edit beside 500 drafts starts no worker processes.
    # A plain draft (`_is_plain_draft`) is not even read while drafts are not built: its
    # bytes and the settings are what they were, so it is a draft still (513 drafts of
    # 10,000 posts cost an edit build 0.16 s to parse again).
    read_again = cache.DRAFT if config.build_drafts else cache.HELD  # the markers read now
    held = {
        s: _held_back(config.root, s, ctx, now)
        for s, k in keys.items()
        if previous.get(k) in (cache.HELD, read_again)
    }
    todo = [s for s, k in keys.items() if k not in previous and held.get(s) is None]
    todo += [s for s, page in held.items() if page is None]  # published now: parse it
    tasks = chunks(todo, PARSE_CHUNK)
    worker = partial(_ParseWorker, config.root, ctx, settings, cache_folder / PACKS, now, on_page)
    results = parallel_map(
        _parse_chunk,
        tasks,
        job_count(options.jobs) if len(todo) >= 2 * PARSE_CHUNK else 1,
        worker,
        on_result=progress_of(options.progress, "parse+markdown", tasks),
        spare=spare,
    )
    fresh: dict[str, Page | Notice | BuildError] = {s: p for s, p in held.items() if p}
    fresh.update(zip(todo, (r for task in results for r in task), strict=True))
    unread = [s for s, k in keys.items() if s not in fresh and previous.get(k) == cache.DRAFT]
    if unread and any(
        isinstance(page, Page) and page.in_reply_to
        for page in (fresh.get(s) or previous[k] for s, k in keys.items())
    ):
        # A reply to a draft is a warning only when the draft is known (plan/threads.py):
        # with a reply on the site, the drafts are read after all.
        again = {s: _held_back(config.root, s, ctx, now) for s in unread}
        fresh.update({s: page for s, page in again.items() if page is not None})
        rest = [s for s, page in again.items() if page is None]  # changed meanwhile
        if rest:
            fresh.update(zip(rest, parallel_map(_parse_chunk, [rest], 1, worker)[0], strict=True))

    errors: list[BuildError] = []
    pages: list[Page] = []
    index: dict[str, object] = {}
    made: dict[int, tuple[Page, str]] = {}
    named: dict[str, Page] = {}  # file -> its page
    drafts = 0  # plain drafts not read (counted as collect would count them)
    for name in (str(s) for s in sources.content):
        result = fresh.get(name) or previous[keys[name]]
        if result == cache.DRAFT:
            drafts += 1
            index[keys[name]] = cache.DRAFT
        elif isinstance(result, BuildError):
            errors.append(result)
        elif isinstance(result, Notice):
            notices.append(result)
        elif isinstance(result, Page):
            pages.append(result)
            named[name] = result
            notices.extend(result.notices)
            made[id(result)] = (result, keys[name])
            if (
                result.content is not None
                and is_published(result, config, now) is None
                and not result.is_sealed  # parsed and sealed again by every build
            ):
                index[keys[name]] = result  # only what this build publishes is kept
            elif result.content is None:  # its key alone, nothing of it (but "draft")
                index[keys[name]] = cache.DRAFT if _is_plain_draft(result, config) else cache.HELD
    page_index = PageIndex(
        cache_folder, parse_key, index if options.use_cache else {}, previous, stored
    )
    # Only the files of pages the index keeps: nothing of a post held back, not even its
    # file name, may stay in the cache (its bytes are read and hashed again next time).
    seen = {name: k for name, k in seen.items() if isinstance(index.get(keys[name]), Page)}
    if options.use_cache and seen != known:
        page_index.sources = (seen, started_ns)
    settle()  # the pages that arrived from the workers, out of collect's collections

    try:
        raise_all(errors, "content errors")
        timings["parse+markdown"] = time.perf_counter() - clock
        clock = time.perf_counter()
        related = RelatedMemo(cache_folder) if options.use_cache else related_posts
        kept = None
        if options.use_cache:
            public = {name for name, k in keys.items() if isinstance(index.get(k), Page)}
            inputs = collect_memo.Inputs(keys, named, previous, public)
            site, kept = collect_memo.collect(
                cache_folder, config, pages, sources, now, drafts, related, inputs
            )
        else:
            site = collect_languages(config, pages, sources, now, drafts, related)
        site = replace(site, store=cache_folder / PACKS)
        notices.extend(site.notices)
        raise_all(xrefs.check_links(site.pages, site.static), "content errors")
        timings["collect"] = time.perf_counter() - clock
    except (BuildError, ExceptionGroup):
        page_index.save()  # fixing one broken file should not cost parsing every other again
        raise
    parsed = {
        url: made[id(page)]
        for url, page in site.pages.items()
        if id(page) in made and made[id(page)][0] is page
    }
    parser = PageParser(config.root, ctx, settings, now, on_page)
    return LoadedSite(
        site,
        tuple(notices),
        timings,
        len(keys) - len(todo) - len(held) - drafts,
        parsed,
        page_index,
        parser,
        changes_at(pages, config, now),
        {str(page.source): page for page in pages},
        kept,
    )


def _is_plain_draft(page: Page, config: Config) -> bool:
    """Whether a page held back is a draft that only `--buildDrafts` can publish, whatever
    the time, `env` or passphrases (neither private nor shared), and of which nothing but
    one skipped draft shows (no notice, no bundle; a site of one language, which keeps every
    page of its language), so the build cache may keep the word "draft" for its key instead
    of the next build parsing the file again (unless a page replies to a post: `load_site`).
    The key covers the file's bytes and every setting but the build switches, base address,
    `env` and private notes."""
    return (
        page.is_draft
        and page.visibility in (PUBLIC, UNLISTED)
        and not page.notices
        # A bundle's page decides where the files beside it go (nowhere, for a draft).
        and page.source.stem.split(".")[0] not in ("index", "_index")
        and not languages.is_multilingual(config)
        and page.lang in {lang.code for lang in languages.enabled(config)} | {""}
    )


def complete_site(
    loaded: LoadedSite,
    site: Site,
    options: BuildOptions,
    cache_folder: Path,
    images: ImageCache | None = None,
) -> LoadedSite:
    """`loaded` with `site` (its Site as the plugins' `on_site` left it) ready to render:
    the readers' keys when a post is shared, and the image stage. `images` is an image
    cache to keep using (`ImageCache()`: the one in the site's cache folder)."""
    timings = dict(loaded.timings)
    clock = time.perf_counter()
    try:
        site = _reader_keys(site, cache_folder)
        timings["collect"] = timings.get("collect", 0.0) + time.perf_counter() - clock
        clock = time.perf_counter()
        before = len(site.notices)
        site = _publish_images(site, options, cache_folder, images)
        timings["images"] = time.perf_counter() - clock
    except (BuildError, ExceptionGroup):
        loaded.page_index.save()
        raise
    # A page a plugin or the image stage replaced is no longer the one parse made.
    parsed = {url: made for url, made in loaded.parsed.items() if site.pages.get(url) is made[0]}
    notices = loaded.notices + site.notices[before:]  # what the image stage adds
    return replace(loaded, site=site, timings=timings, parsed=parsed, notices=notices)


def _held_back(root: Path, source: str, ctx: ParseContext, now: datetime) -> Page | None:
    """A file's page, unrendered, when it is still held back (a draft, future, expired or
    private post); None when it must be parsed in full (published now, or an error that
    the parse workers report)."""
    try:
        page = parse_or_skip((root / source).read_bytes(), PurePosixPath(source), ctx)
    except (OSError, BuildError):
        return None
    if isinstance(page, Page) and is_published(page, ctx.config, now) is not None:
        return replace(page, body="")
    return None


def _reader_keys(site: Site, cache_folder: Path) -> Site:
    """Each reader's key for this build, when some post is shared: derived once (PBKDF2 is
    slow by design) from the passphrase in the environment and the reader's salt. The salt
    is random and kept in the build cache, so a reader's remembered key keeps opening new
    builds; losing the cache only asks readers for their passphrase again."""
    sealed = [p for p in site.pages.values() if p.is_sealed]
    if not sealed:
        return site
    secrets = readers.passphrases(sealed, site.config.readers, os.environ)
    salts = cache.reader_salts(cache_folder, sorted(secrets))
    keys = {ident: sealing.derive_key(secrets[ident], salts[ident]) for ident in sorted(secrets)}
    return replace(site, reader_keys=keys)


def _publish_images(
    site: Site, options: BuildOptions, cache_folder: Path, images: ImageCache | None
) -> Site:
    """The image stage. A build keeps (and prunes) the store in its cache folder; `serve`
    and `check` pass their own `ImageCache`, bound here to the site's cache, so they never
    encode what a build already did."""
    if images is None:
        images = ImageCache(cache_folder / "images", prune=options.use_cache)
    elif images.folder is None:
        folder = site.config.root / site.config.cache_dir
        if folder.is_dir():  # a build may be using it: nothing of it is cleaned up here
            cache.check_folder(folder, site.config.root)
            images.bind(folder / "images")
        elif images.make:
            cache.check_folder(folder, site.config.root)
            cache.prepare_folder(folder)
            images.bind(folder / "images")
        else:
            images.bind(cache_folder / "images")
    try:
        return publish_images(site, images, _ImagePool(job_count(options.jobs), options.progress))
    finally:
        images.save()


@dataclass(frozen=True, slots=True)
class _ImagePool:
    """The image stage's runner: its encoding chunks in worker processes."""

    jobs: int
    progress: Progress | None

    def __call__(self, encode: Worker, tasks: list[list[Job]]) -> list[list[Outcome]]:
        return parallel_map(
            _encode_chunk,
            tasks,
            self.jobs if len(tasks) >= 2 else 1,
            partial(_ImageWorker, encode),
            on_result=progress_of(self.progress, "images", tasks),
        )


class _ImageWorker:
    """What an image worker keeps: only the encoding function (Pillow is imported by the
    stage only when something needs encoding)."""

    def __init__(self, encode: Worker) -> None:
        self.encode = encode

    def close(self) -> None:
        """Nothing is held open."""


def _encode_chunk(worker: _ImageWorker, chunk: list[Job]) -> list[Outcome]:
    return worker.encode(chunk)


def _read_sources(
    config: Config, content: tuple[PurePosixPath, ...], known: Mapping[str, source_state.Known]
) -> tuple[dict[str, bytes], bool, dict[str, source_state.Known], set[str]]:
    """Each content file's digest (its path and bytes), whether any may ask for search, and
    the files whose parse may vary (`_varies`); what the last build read of a file whose
    metadata is unchanged is taken from `known` (output/source_state.py), and what was read
    is returned for the next build."""
    digests: dict[str, bytes] = {}
    seen: dict[str, source_state.Known] = {}
    varying: set[str] = set()
    errors: list[BuildError] = []
    may_search = config.search and search.may_name_search(repr(config.defaults).encode())
    root = str(config.root)
    for source in content:
        name = str(source)
        path = os.path.join(root, name)  # not a Path: 10,000 of them took 0.05 s
        stamp = source_state.stamp_of(path)
        found = known.get(name)
        if found is None or stamp is None or found.stamp != stamp:
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError as err:
                errors.append(BuildError(f"cannot read: {err.strerror}", source))
                continue
            digest = cache.content_digest(name.encode() + b"\0" + data)
            found = source_state.Known(
                stamp or (-1, -1, -1, -1), digest, search.may_name_search(data), _varies(data)
            )
        if stamp is not None:
            seen[name] = found
        if found.may_vary:
            varying.add(name)
        digests[name] = found.digest
        may_search = may_search or (config.search and found.may_search)
    raise_all(errors, "content errors")
    return digests, may_search, seen, varying


_PRIVATE = private_notes.NAME.encode()


def _varies(data: bytes) -> bool:
    """Whether a file's parse may read the site's full address or `env` (only shortcodes and
    Liquid can: `{{`, `{%`) or differ with `show_private` (only a private note, whose both
    forms spell `private`). Anything else in it can only make this say yes. Three searches
    of the bytes, not one regular expression: 0.07 s for the 10,000 files of a cold build
    instead of 0.37 s, and from the bytes the digest was made of, not a second read."""
    return (b"{" in data and (b"{{" in data or b"{%" in data)) or _PRIVATE in data


def _variant(config: Config, settings: MarkdownSettings) -> str:
    """What `_parse_key` leaves out, for the files it matters to."""
    return repr((config.base_url, config.env, config.show_private, settings.show_private))


def _parse_key(config: Config, ctx: ParseContext, settings: MarkdownSettings) -> str:
    """Everything besides a file's bytes that shapes what it parses and renders to, but the
    site's full address (its path part stays: links are made with it), `env` and
    `show_private`, which only tags and private notes read (`_varies`)."""
    return cache.settings_key(
        replace(
            config,
            root=Path("."),
            build_drafts=False,
            build_future=False,
            build_expired=False,
            base_url=config.base_path,
            env="",
            show_private=False,
        ),
        replace(
            settings,
            shortcodes=replace(settings.shortcodes, base_url=config.base_path),
            show_private=False,
        ),
        ctx.main_sections,
        sorted(ctx.layouts),
        ctx.search_terms,
        ctx.site_dialect,
        # Where `_index.md` files are shapes urls only through `:sections`.
        sorted(ctx.section_dirs)
        if any(":section" in p for p in config.permalinks.values())
        else (),
        sorted(ctx.home_index),
        ctx.dialect_named,
    )


class _ParseWorker:
    """What a parse worker keeps: the parse settings, one Markdown renderer, its own pack
    file and the plugins' `on_page` hook, when build.py handed one."""

    def __init__(
        self,
        root: Path,
        ctx: ParseContext,
        settings: MarkdownSettings,
        store: Path,
        now: datetime,
        on_page: Callable[[Page], Page] | None,
    ) -> None:
        self.root = root
        self.ctx = ctx
        self.now = now
        self.on_page = on_page
        self.renderer = Renderer(settings)
        self.packs = PackWriter(store)

    def close(self) -> None:
        self.packs.close()


def _parse_chunk(worker: _ParseWorker, chunk: list[str]) -> list[Page | Notice | BuildError]:
    results = [_parse_one(worker, PurePosixPath(source)) for source in chunk]
    worker.packs.flush()
    return results


def _rendered(page: Page, renderer: Renderer, on_page: Callable[[Page], Page] | None) -> Page:
    """A parsed page with its Markdown rendered, then through the plugins' `on_page`."""
    page = replace(page, content=renderer.render(page))
    return on_page(page) if on_page is not None else page


def _parse_one(worker: _ParseWorker, source: PurePosixPath) -> Page | Notice | BuildError:
    try:
        data = (worker.root / source).read_bytes()
    except OSError as err:
        return BuildError(f"cannot read: {err.strerror}", source)
    try:
        result = parse_or_skip(data, source, worker.ctx)
        if isinstance(result, Notice):
            return result
        if is_published(result, worker.ctx.config, worker.now) is not None:
            # Held back (a draft, future or expired post): collect only counts it, and
            # nothing of it may reach the build cache, so it is neither rendered nor stored.
            return replace(result, body="")
        result = _rendered(result, worker.renderer, worker.on_page)
        content = result.content
        assert content is not None
    except BuildError as err:
        return err
    if sharing.is_shared(result) and not worker.ctx.config.show_private:
        # Sealed at render time: nothing of it is packed, and it is never stored.
        return replace(sharing.conceal(result, content), sessions=())
    packs = worker.packs
    assert isinstance(content.html, str) and isinstance(content.text, str)  # fresh, not stored
    html, text = packs.add(content.html), packs.add(content.text)
    terms = None
    if worker.ctx.search_terms:
        # Tokenised here, in parallel and once per edit, not by the search index's renderer.
        terms = packs.add(search.stored_terms(replace(result, content=content)))
    stored = replace(content, html=html, text=text, terms=terms, notices=())
    notices = result.notices + content.notices
    head = head_digest(result, notices=notices)  # here, in parallel, once per edit
    return replace(result, body="", content=stored, notices=notices, head_digest=head)
