"""Runs the stages in order. Only this module knows the order and owns the process pools.

Phase 1 (per file, in worker processes): read, parse, render Markdown; the html goes into the
build cache's pack files and only metadata and summaries come back. Collect runs once in this
process. Phase 2 (per output, in worker processes): each worker gets the small Site once and
writes its share of outputs straight into the temporary folder the site is built in."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from multiprocessing import get_context
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from jinja2 import Environment

from mentorblog.core.errors import BuildError, Notice, raise_all
from mentorblog.core.model import Config, Page, Site, StaticFile
from mentorblog.images.stage import Runner, publish_images
from mentorblog.images.store import ImageCache
from mentorblog.markdown.renderer import MarkdownSettings, Renderer, settings_for
from mentorblog.markdown.shortcodes import read_templates
from mentorblog.output import cache
from mentorblog.output.cache import OutputIndex, OutputRecord, PackReader, PackWriter
from mentorblog.output.fingerprint import Digests
from mentorblog.output.write import (
    LOCK_WAIT,
    FileState,
    Tree,
    check_destination,
    copy_files,
    create_file,
    file_state,
    link_or_copy,
    locked,
    output_lock,
    parent_folders,
    prune,
    recover,
    scan,
    staged,
)
from mentorblog.plan import search, xrefs
from mentorblog.plan.collect import is_published
from mentorblog.plan.languages import collect_languages
from mentorblog.read import languages
from mentorblog.read.config import load_config
from mentorblog.read.discover import discover_sources
from mentorblog.read.parse import (
    ParseContext,
    default_main_sections,
    parse_or_skip,
    section_folders,
    site_dialect,
)
from mentorblog.render.environment import layout_names, make_environment
from mentorblog.render.outputs import render_output
from mentorblog.render.views import SiteView

T = TypeVar("T")
R = TypeVar("R")
PARSE_CHUNK = 64  # files per task: big enough to amortise the pickling, small enough to balance
RENDER_CHUNK = 128  # outputs per task
LIST_CHUNK = 512  # list pages per task: a longer stretch of time, fewer entries made twice


@dataclass(frozen=True, slots=True)
class BuildOptions:
    source: Path = Path(".")
    destination: Path | None = None
    drafts: bool = False
    future: bool = False
    expired: bool = False
    base_url: str | None = None
    minify: bool = False
    jobs: int | None = None  # None = one per core; 1 = everything in this process
    use_cache: bool = True  # False: a throwaway cache, deleted after the build
    show_private: bool = False  # `serve` only: private notes shown marked instead of removed
    progress: Callable[[str, int, int], None] | None = None  # (stage, done, total)


@dataclass(frozen=True, slots=True)
class BuildResult:
    destination: Path
    pages: int  # html pages written
    files: int  # every file in the output
    seconds: float
    skipped: dict[str, int]
    notices: tuple[Notice, ...]
    stage_seconds: dict[str, float] = field(default_factory=dict)
    reused: int = 0  # pages taken from the build cache
    rendered: int = 0  # outputs rendered (and static files written) by this build
    kept: int = 0  # files taken unchanged from the previous output
    posts: int = 0  # posts published
    base_url: str = ""  # the address the site was built for


# -- process pools --------------------------------------------------------------------------

_worker: dict[str, Any] = {}  # this process's state, set by a pool initializer


def parallel_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    on_result: Callable[[int], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
    consume: Callable[[R], None] | None = None,
) -> list[R]:
    """`fn` over `items` in order, in `jobs` worker processes (or here when jobs == 1);
    `on_result(i)` is called as result i arrives, for progress display, `consume(result)`
    too, and `meanwhile()` in this process once the workers have their tasks: this process
    would otherwise only wait for them."""
    results: list[R] = []
    if jobs <= 1 or len(items) <= 1:
        if meanwhile:
            meanwhile()
        initializer(*initargs)
        try:
            for item in items:
                results.append(fn(item))
                if consume:
                    consume(results[-1])
                if on_result:
                    on_result(len(results))
            return results
        finally:
            _finish_worker()
    # Forked workers share the parent's memory until they write to it, and a garbage
    # collection writes to every object it visits: frozen objects are left alone, so the
    # planned Site stays shared instead of being copied into each worker.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=get_context(_START_METHOD),
            initializer=initializer,
            initargs=initargs,
        ) as pool:
            arriving = pool.map(fn, items)
            if meanwhile:
                meanwhile()
            for result in arriving:
                results.append(result)
                if consume:
                    consume(result)
                if on_result:
                    on_result(len(results))
    finally:
        gc.unfreeze()
    return results


def _reporter(
    options: BuildOptions, stage: str, chunks: Sequence[Sequence[object]]
) -> Callable[[int], None] | None:
    """Turns "chunk i arrived" into (stage, items done, items in all) for the CLI."""
    show = options.progress
    if show is None:
        return None
    sizes = [len(c) for c in chunks]
    total = sum(sizes)
    done = [0]

    def report(i: int) -> None:
        done[0] += sizes[i - 1]
        show(stage, done[0], total)

    return report


# Measured at 1,000 posts: a spawned pool takes ~0.45 s to start and each render worker then
# unpickles the Site and compiles every template again, which ate the gain of a second core.
# Forked workers start in milliseconds with the modules and the Site already in memory. The
# parent holds no threads or open pools when it forks. Elsewhere (macOS, Windows) fork is
# unsafe or missing, so they spawn.
_START_METHOD = "fork" if sys.platform == "linux" else "spawn"


def _finish_worker() -> None:
    packs = _worker.pop("packs", None)
    if packs is not None:
        packs.close()
    reader = _worker.pop("reader", None)
    if reader is not None:
        reader.close()
    _worker.clear()


def _chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _render_tasks(site: Site, indices: Sequence[int]) -> list[list[int]]:
    """The render stage's tasks, in the order workers take them. Outputs that read the whole
    site or a long list (the site's feeds, the sitemap, `index.json`: 0.2-0.5 s each at
    10,000 posts) go first, one per task, biggest first; collect plans them last, so they
    used to end the stage with one worker busy and the other idle."""
    every = len(site.pages)

    def weight(i: int) -> int:
        output = site.outputs[i]
        if output.kind in ("search", "sitemap"):
            return every
        return len(output.items) if output.items else 1

    heavy = sorted((i for i in indices if weight(i) >= RENDER_CHUNK), key=weight, reverse=True)
    chosen = set(heavy)
    rest = [i for i in indices if i not in chosen]
    # Each worker renders a list entry once for every post it shows (SiteView.entry). Lists
    # sorted by where their first post stands in the site's order, so one chunk holds the
    # home, section, tag and author pages of the same stretch of time: then each stretch,
    # and each post's entry, goes mostly to one worker instead of both.
    rank = {url: n for n, url in enumerate(site.posts)}
    lists = [i for i in rest if site.outputs[i].pager is not None]
    others = [i for i in rest if site.outputs[i].pager is None]

    def place(i: int) -> int:
        pager = site.outputs[i].pager
        return rank.get(pager.items[0], len(rank)) if pager and pager.items else len(rank)

    # Lists in long stretches first; the small chunks of everything else last, so the
    # workers end the stage together.
    return (
        [[i] for i in heavy]
        + _chunks(sorted(lists, key=place), LIST_CHUNK)
        + _chunks(others, RENDER_CHUNK)
    )


# -- phase 1: parse and render markdown -------------------------------------------------------


def _init_parse(
    root: Path, ctx: ParseContext, settings: MarkdownSettings, cache_folder: Path, now: datetime
) -> None:
    _worker.update(
        root=root, ctx=ctx, renderer=Renderer(settings), packs=PackWriter(cache_folder), now=now
    )


def _parse_chunk(chunk: list[str]) -> list[Page | Notice | BuildError]:
    results = [_parse_one(PurePosixPath(source)) for source in chunk]
    _worker["packs"].flush()
    return results


def _parse_one(source: PurePosixPath) -> Page | Notice | BuildError:
    try:
        data = (_worker["root"] / source).read_bytes()
    except OSError as err:
        return BuildError(f"cannot read: {err.strerror}", source)
    try:
        result = parse_or_skip(data, source, _worker["ctx"])
        if isinstance(result, Notice):
            return result
        if is_published(result, _worker["ctx"].config, _worker["now"]) is not None:
            # Held back (a draft, future or expired post): collect only counts it, and
            # nothing of it may reach the build cache, so it is neither rendered nor stored.
            return replace(result, body="")
        content = _worker["renderer"].render(result)
    except BuildError as err:
        return err
    packs: PackWriter = _worker["packs"]
    stored = replace(
        content,
        html="",
        html_ref=packs.add(content.html),
        text="",
        text_ref=packs.add(content.text),
        notices=(),
    )
    if _worker["ctx"].search_terms:
        # Tokenised here, in parallel and once per edit, not by the search index's renderer.
        terms = search.encode_terms(*search.page_terms(replace(result, content=content)))
        stored = replace(stored, terms_ref=packs.add(terms))
    return replace(result, body="", content=stored, notices=result.notices + content.notices)


# -- phase 2: render outputs --------------------------------------------------------------------


def _init_render(
    site: Site, cache_folder: Path, tmp: Path, minify: bool, env: Environment | None
) -> None:
    """`env` comes compiled from the parent when workers are forked; spawned ones build it."""
    reader = PackReader(cache_folder)
    _worker.update(
        site=site,
        env=env or make_environment(site.config.root),
        view=SiteView(site, reader),
        reader=reader,
        tmp=tmp,
        minify=minify,
    )


def _compiled_environment(site: Site) -> Environment | None:
    """Compile every template once here, so forked workers inherit them ready to use."""
    if _START_METHOD != "fork":
        return None
    env = make_environment(site.config.root)
    for name in sorted(
        {
            o.template
            for o in site.outputs
            if o.template.endswith((".html", ".xml", ".txt")) and o.template != "none.html"
        }
    ):
        try:
            env.get_template(name)
        except Exception:
            return None
    return env


Rendered = tuple[int, tuple[str, ...], FileState | None]  # output, what it read (sorted), file


def _render_chunk(indices: list[int]) -> tuple[list[Rendered], list[BuildError]]:
    site: Site = _worker["site"]
    view: SiteView = _worker["view"]
    errors: list[BuildError] = []
    done: list[Rendered] = []
    for i in indices:
        output = site.outputs[i]
        view.start_recording()
        try:
            data = render_output(output, site, _worker["env"], view)
        except BuildError as err:
            errors.append(err)
            continue
        finally:
            deps = tuple(sorted(view.stop_recording()))  # sorted once, as records keep them
        if _worker["minify"]:
            from mentorblog.output.minify import minify

            data = minify(output.path, data)
        done.append((i, deps, create_file(_worker["tmp"], output.path, data)))
    return done, errors


# -- the build ----------------------------------------------------------------------------------


def _jobs(options: BuildOptions) -> int:
    return max(1, options.jobs if options.jobs is not None else (os.cpu_count() or 1))


def _config(options: BuildOptions) -> tuple[Config, list[Notice]]:
    overrides: dict[str, object] = {"base_url": options.base_url}
    for flag, key in (
        (options.drafts, "build_drafts"),
        (options.future, "build_future"),
        (options.expired, "build_expired"),
    ):
        if flag:
            overrides[key] = True
    loaded = load_config(options.source.resolve(), overrides)
    return loaded.config, list(loaded.notices)


def load_site(
    options: BuildOptions,
    cache_folder: Path,
    now: datetime | None = None,
    loaded: tuple[Config, list[Notice]] | None = None,
    images: ImageCache | None = None,
) -> tuple[Site, list[Notice], dict[str, float], int]:
    """Everything up to and including the image stage: the site, fully planned, nothing
    written. `loaded` is site.yaml already read by the caller, so it is not read twice;
    `images` an image cache to keep using (`ImageCache()`: the one in the site's cache)."""
    site, notices, timings, reused, _, save = _load_site(options, cache_folder, now, loaded, images)
    save()
    return site, notices, timings, reused


PageKeys = dict[str, tuple[Page, str]]  # url in Site.pages -> (the parsed Page, its cache key)


def _load_site(
    options: BuildOptions,
    cache_folder: Path,
    now: datetime | None,
    loaded: tuple[Config, list[Notice]] | None,
    images: ImageCache | None = None,
) -> tuple[Site, list[Notice], dict[str, float], int, PageKeys, Callable[[], None]]:
    """... and a function that saves the parsed pages to the cache (0.3 s at 10,000
    pages, so `build` runs it while the render workers work)."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    now = now or datetime.now(UTC)  # one moment for the whole build: parse and collect agree
    config, notices = loaded or _config(options)
    notices = list(notices)
    root = config.root
    sources = discover_sources(
        root, include=config.include, content_dirs=languages.content_folders(config)
    )
    shapes = languages.one_language_paths(sources.content, config)  # `a.fr.md` as `a.md`
    ctx = ParseContext(
        config,
        default_main_sections(shapes, config),
        layout_names(root),
        site_dialect=site_dialect(shapes),
        section_dirs=section_folders(shapes),
    )
    settings = settings_for(config, read_templates(root), options.show_private)
    timings["config"] = time.perf_counter() - clock

    clock = time.perf_counter()
    digests: dict[str, bytes] = {}
    errors: list[BuildError] = []
    may_search = config.search and search.may_name_search(repr(config.defaults).encode())
    for source in sources.content:
        try:
            data = (root / source).read_bytes()
        except OSError as err:
            errors.append(BuildError(f"cannot read: {err.strerror}", source))
            continue
        digests[str(source)] = cache.content_digest(str(source).encode() + b"\0" + data)
        may_search = may_search or (config.search and search.may_name_search(data))
    raise_all(errors, "content errors")
    # Search terms are worth their 0.3 ms per page only when a page may show the search box;
    # whether they are stored is part of the key, so adding a search page parses again.
    ctx = replace(ctx, search_terms=may_search)
    parse_key = cache.settings_key(
        replace(
            config, root=Path("."), build_drafts=False, build_future=False, build_expired=False
        ),
        ctx.main_sections,
        sorted(ctx.layouts),
        settings,
        may_search,
        ctx.site_dialect,
        # Where `_index.md` files are shapes urls only through `:sections`.
        sorted(ctx.section_dirs)
        if any(":section" in p for p in config.permalinks.values())
        else (),
    )
    previous = cache.load_index(cache_folder, parse_key) if options.use_cache else {}
    keys = {name: cache.file_key(digest, parse_key) for name, digest in digests.items()}
    todo = [s for s, k in keys.items() if k not in previous]
    jobs = _jobs(options) if len(todo) >= 2 * PARSE_CHUNK else 1
    parse_chunks = _chunks(todo, PARSE_CHUNK)
    results = parallel_map(
        _parse_chunk,
        parse_chunks,
        jobs,
        _init_parse,
        (root, ctx, settings, cache_folder, now),
        _reporter(options, "parse+markdown", parse_chunks),
    )
    fresh = dict(zip(todo, (r for chunk in results for r in chunk), strict=True))
    pages: list[Page] = []
    index: dict[str, object] = {}
    by_id: dict[int, tuple[Page, str]] = {}
    for name in (str(s) for s in sources.content):
        result = fresh.get(name) or previous[keys[name]]
        if isinstance(result, BuildError):
            errors.append(result)
        elif isinstance(result, Notice):
            notices.append(result)
        elif isinstance(result, Page):
            pages.append(result)
            notices.extend(result.notices)
            by_id[id(result)] = (result, keys[name])
            if result.content is not None and is_published(result, config, now) is None:
                index[keys[name]] = result  # only what this build publishes is kept
    # A page parsed afresh has a key the previous index lacks; held-back pages are parsed
    # every time but never stored, so they alone do not make the index worth writing again.
    changed = bool(options.use_cache and index.keys() != previous.keys())

    def save() -> None:
        """Once per build, and also when the build fails: every page in the index parsed
        cleanly, so fixing one broken file does not cost parsing every other again."""
        nonlocal changed
        if changed:  # unchanged: not written again
            dropped = [page for key, page in previous.items() if key not in index]
            cache.save_index(cache_folder, parse_key, index, dropped)
            changed = False

    try:
        raise_all(errors, "content errors")
        timings["parse+markdown"] = time.perf_counter() - clock
        clock = time.perf_counter()
        site = collect_languages(
            config, pages, sources.content_files, sources.static, now, sources.assets
        )
        notices.extend(site.notices)
        raise_all(xrefs.check_links(site.pages, site.static), "content errors")
        timings["collect"] = time.perf_counter() - clock
        clock = time.perf_counter()
        site = _publish_images(site, options, cache_folder, images)  # the image stage
        timings["images"] = time.perf_counter() - clock
    except Exception:
        save()
        raise
    page_keys: PageKeys = {}
    for url, page in site.pages.items():
        known = by_id.get(id(page))
        if known is not None and known[0] is page:
            page_keys[url] = known
    return site, notices, timings, len(keys) - len(todo), page_keys, save


def _publish_images(
    site: Site, options: BuildOptions, cache_folder: Path, images: ImageCache | None
) -> Site:
    """The image stage, its encoding in worker processes. A build keeps (and prunes) the
    store in its cache folder; `serve` and `check` pass their own `ImageCache`, bound here
    to the site's cache, so they never encode what a build already did."""
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

    def run(worker: Any, chunks: list[Any]) -> list[Any]:
        jobs = _jobs(options) if len(chunks) >= 2 else 1
        report = _reporter(options, "images", chunks)
        return parallel_map(worker, chunks, jobs, _no_state, (), report)

    runner: Runner = run
    try:
        return publish_images(site, images, runner)
    finally:
        images.save()


def _no_state() -> None:
    """Image workers need nothing set up: each job names its files."""


def build(options: BuildOptions, now: datetime | None = None) -> BuildResult:
    """A complete build: nothing is swapped in unless every stage succeeded."""
    start = time.perf_counter()
    loaded = _config(options)
    config = loaded[0]
    cache_folder = config.root / config.cache_dir
    if options.use_cache:
        cache.check_folder(cache_folder, config.root)
    destination = _destination(options, config, cache_folder if options.use_cache else None)
    if not options.use_cache:
        cache_folder = Path(tempfile.mkdtemp(prefix="mentorblog-cache-"))
    try:
        # One build at a time per cache and per output folder: a second one waits, then
        # stops with a message, instead of both failing halfway.
        with locked(
            [cache_folder],
            [output_lock(destination)],
            f"another build is writing {_shown(destination)} (waited "
            f"{LOCK_WAIT:.0f} s); try again when it has finished",
        ):
            if options.use_cache:
                cache.prepare_folder(cache_folder)
            return _build(options, destination, cache_folder, now, start, loaded)
    finally:
        if not options.use_cache:
            cache.discard(cache_folder)


def _destination(options: BuildOptions, config: Config, cache_folder: Path | None) -> Path:
    """-d is relative to the working directory; publishDir to the site."""
    chosen = options.destination or Path(config.publish_dir)
    if not chosen.is_absolute():
        chosen = (Path.cwd() if options.destination else config.root) / chosen
    return check_destination(chosen, config.root, cache_folder, _shown(chosen).rstrip("/"))


def _shown(path: Path) -> str:
    """A folder as the summary line shows it: relative to the current folder when inside."""
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix() + "/"
    except ValueError:
        return path.as_posix() + "/"


def _minified(f: StaticFile, every: bool) -> bool:
    """The theme's own css/js are always minified (they are ours and nobody edits the
    output); every css/js file is with --minify."""
    return f.path.endswith((".css", ".js")) and (every or str(f.source).startswith("theme:"))


def _write_static(tmp: Path, f: StaticFile, minified: bool) -> FileState | None:
    """Copy (or minify) one static file; its state as written, for the output records."""
    if minified:
        from mentorblog.output.minify import minify

        return create_file(tmp, f.path, minify(f.path, f.origin.read_bytes()))
    copy_files(tmp, [f])
    return file_state(tmp / f.path)


@dataclass(slots=True)
class _Plan:
    """Which files of the new output come from the previous one and which are made anew."""

    kept: dict[str, OutputRecord]  # path -> record of the previous output's file
    render: list[int]  # indices into Site.outputs
    copy: list[tuple[StaticFile, bool, str | None]]  # file, minified, fingerprint


def _plan(site: Site, digests: Digests, previous: OutputIndex, live: Tree, minify: bool) -> _Plan:
    """Reuse an output when its fingerprint, computed from what it read last time, is the
    same now and its file in the output folder is the one written then."""
    kept: dict[str, OutputRecord] = {}
    render: list[int] = []
    # A path written twice (two static files for one path) is never kept: the second write
    # must not go through a link to the live file.
    counts = Counter([o.path for o in site.outputs] + [f.path for f in site.static])
    twice = {path for path, n in counts.items() if n > 1}
    for i, output in enumerate(site.outputs):
        prev = previous.live.get(output.path)
        if (
            prev is not None
            and prev.fingerprint is not None
            and output.path not in twice
            and live.files.get(output.path) == prev.state
            and digests.output(output, prev.deps) == prev.fingerprint
        ):
            kept[output.path] = prev
        else:
            render.append(i)
    copy: list[tuple[StaticFile, bool, str | None]] = []
    for f in site.static:
        minified = _minified(f, minify)
        fingerprint = digests.static(f, minified)
        prev = previous.live.get(f.path)
        if (
            prev is not None
            and fingerprint is not None
            and prev.fingerprint == fingerprint
            and live.files.get(f.path) == prev.state
            and f.path not in twice
        ):
            kept[f.path] = prev
        else:
            copy.append((f, minified, fingerprint))
    return _Plan(kept, render, copy)


def _build(
    options: BuildOptions,
    destination: Path,
    cache_folder: Path,
    now: datetime | None,
    start: float,
    loaded: tuple[Config, list[Notice]],
) -> BuildResult:
    site, notices, timings, reused, page_keys, save_index = _load_site(
        options, cache_folder, now, loaded
    )
    try:
        return _write_site(
            options,
            destination,
            cache_folder,
            start,
            site,
            notices,
            timings,
            reused,
            page_keys,
            save_index,
        )
    except Exception:
        save_index()  # a template error leaves the parsed pages worth keeping
        raise


def _write_site(
    options: BuildOptions,
    destination: Path,
    cache_folder: Path,
    start: float,
    site: Site,
    notices: list[Notice],
    timings: dict[str, float],
    reused: int,
    page_keys: PageKeys,
    save_index: Callable[[], None],
) -> BuildResult:
    """Plan which outputs to reuse, render the rest into a temporary folder, swap it in."""
    clock = time.perf_counter()
    previous = (
        cache.load_outputs(cache_folder, destination)
        if options.use_cache
        else OutputIndex(str(destination), {}, {})
    )
    digests = Digests(
        site, page_keys, options.minify, templates=(previous.layouts, previous.templates)
    )
    recover(destination)
    live = scan(destination) if previous.live and destination.is_dir() else Tree({}, set(), set())
    plan = _plan(site, digests, previous, live, options.minify)
    expected = {o.path for o in site.outputs} | {f.path for f in site.static}
    timings["plan"] = time.perf_counter() - clock
    result = partial(
        BuildResult,
        destination=destination,
        pages=sum(o.path.endswith(".html") for o in site.outputs),
        files=len(expected),
        skipped=dict(site.skipped),
        notices=tuple(notices),
        stage_seconds=timings,
        reused=reused,
        posts=len(site.posts),
        base_url=site.config.base_url,
    )
    if (
        not plan.render
        and not plan.copy
        and live.files.keys() == expected
        and not live.others
        and live.folders == parent_folders(expected)
    ):
        timings["render"] = timings["write"] = 0.0  # the output is already this site
        save_index()
        return result(seconds=time.perf_counter() - start, kept=len(expected))

    clock = time.perf_counter()
    spare = cache_folder / cache.SPARE if options.use_cache else None
    records: dict[str, OutputRecord] = {}

    def stale() -> tuple[list[str], list[str]]:
        """What of the previous output (scanned above) the new one does not share: the
        recycled folder keeps only files hard-linked into the new output."""
        files = [
            path
            for path, state in live.files.items()
            if path not in records or records[path].inode != state[2]
        ]
        return files + sorted(live.others), sorted(live.folders - parent_folders(expected))

    with staged(destination, spare, stale if previous.live and live.files else None) as tmp:
        records.update(_take_kept(tmp, destination, plan, previous, parent_folders(expected)))
        indices = plan.render
        jobs = _jobs(options) if len(indices) >= 2 * RENDER_CHUNK else 1
        errors: list[BuildError] = []

        def record_chunk(result: tuple[list[Rendered], list[BuildError]]) -> None:
            """Done as each chunk arrives, while the workers render the next ones."""
            done, failed = result
            errors.extend(failed)
            for i, deps, state in done:
                output = site.outputs[i]
                records[output.path] = _record(digests.output(output, deps), deps, state)

        if jobs > 1:
            # The search page's index files come from one index of the whole site: build it
            # once, here, rather than in every worker that gets one of its files.
            index_files = [i for i in indices if site.outputs[i].kind in search.KINDS]
            indices = [i for i in indices if site.outputs[i].kind not in search.KINDS]
            if index_files:
                parallel_map(
                    _render_chunk,
                    [index_files],
                    1,
                    _init_render,
                    (site, cache_folder, tmp, options.minify, None),
                    consume=record_chunk,
                )
        env = _compiled_environment(site) if jobs > 1 else None
        render_chunks = _render_tasks(site, indices)
        parallel_map(
            _render_chunk,
            render_chunks,
            jobs,
            _init_render,
            (site, cache_folder, tmp, options.minify, env),
            _reporter(options, "render", render_chunks),
            meanwhile=save_index,
            consume=record_chunk,
        )
        raise_all(errors, "template errors")
        timings["render"] = time.perf_counter() - clock
        clock = time.perf_counter()
        for f, minified, fingerprint in plan.copy:
            records[f.path] = _record(fingerprint, (), _write_static(tmp, f, minified))
    if options.use_cache:
        # The recycled folder keeps only the files the new output holds too (write.py).
        kept_spare = (
            {
                path: record
                for path, record in previous.live.items()
                if path in records and records[path].inode == record.inode
            }
            if spare is not None and spare.is_dir()
            else {}
        )
        cache.save_outputs(
            cache_folder,
            OutputIndex(str(destination), records, kept_spare, *digests.known_templates()),
        )
    timings["write"] = time.perf_counter() - clock
    return result(
        seconds=time.perf_counter() - start,
        kept=len(plan.kept),
        rendered=len(plan.render) + len(plan.copy),
    )


def _record(
    fingerprint: str | None, deps: tuple[str, ...], state: FileState | None
) -> OutputRecord:
    """`deps` sorted, as every record keeps them."""
    size, mtime_ns, inode = state or (-1, -1, -1)
    # Interned, so the cache stores each key once however many outputs read it.
    return OutputRecord(
        fingerprint if state else None, tuple(map(sys.intern, deps)), size, mtime_ns, inode
    )


def _take_kept(
    tmp: Path, destination: Path, plan: _Plan, previous: OutputIndex, folders: set[str]
) -> dict[str, OutputRecord]:
    """Fill the temporary folder (empty, or the recycled output before last) with the kept
    files: a file already there is kept when it is the one the previous output holds or an
    identical one from the build before; everything else there that is not wanted goes.
    Files that are rendered again are removed first, so no write goes through a link."""
    tree = scan(tmp)
    prune(tmp, tree, set(plan.kept), folders)
    taken: dict[str, OutputRecord] = {}
    for path, record in plan.kept.items():
        have = tree.files.get(path)
        if have == record.state:
            taken[path] = record
            continue
        older = previous.spare.get(path)
        if (
            have is not None
            and older is not None
            and older.state == have
            and older.fingerprint == record.fingerprint
        ):
            taken[path] = older
            continue
        if have is not None:
            (tmp / path).unlink()
        if link_or_copy(destination / path, tmp / path):
            taken[path] = record
        else:
            taken[path] = _record(record.fingerprint, record.deps, file_state(tmp / path))
    return taken


def render_to_memory(site: Site, cache_folder: Path) -> Iterator[tuple[str, bytes]]:
    """Every output as bytes, in this process (for `check` and tests)."""
    reader = PackReader(cache_folder)
    env = make_environment(site.config.root)
    view = SiteView(site, reader)
    try:
        for output in site.outputs:
            yield output.path, render_output(output, site, env, view)
    finally:
        reader.close()
