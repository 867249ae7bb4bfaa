"""`build`: the stage order, and nothing else.

    read site.yaml → the plugins it names (plugins.py) → their `on_config`
    → nothing changed since the last build? then stop here (output/unchanged.py)
    → load the site (discover, parse + markdown, collect, the link check: load.py)
    → the plugins' `on_site` → the readers' keys and the images (load.py)
    → plan what the previous output already holds (output/reuse.py)
    → render the rest into a temporary folder (produce.py), copy static files
    → swap the folder in (output/write.py) → remember what each output read (output/cache.py)

This is the one module that calls the plugins' hooks. `on_config` and `on_site` run here,
between two stages; `on_page` runs in the parse workers and `on_output`, `template_filters`
and `template_globals` in the render workers, where the data is (a page's html before it is
stored, an output's bytes, each worker's Jinja environment): this module hands each of them
to its stage as a function value (`_load`, `_render_hooks`), so every call site of a plugin
starts here. `check` and `new` reach the stages through `load_planned` and
`render_in_memory`, with the same hooks.

Nothing is swapped in unless every stage succeeded; a failed build leaves the previous
output as it was. Only one build at a time writes a cache or an output folder."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from jinja2 import Environment

from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.model import Site
from mentorblog.images.store import ImageCache
from mentorblog.load import LoadedSite, complete_site, load_site, read_config
from mentorblog.options import BuildOptions
from mentorblog.output import basis, cache, collect_memo, related_memo, unchanged
from mentorblog.output.fingerprint import Digests, Learned
from mentorblog.output.fragments import FOLDER as FRAGMENTS
from mentorblog.output.fragments import FragmentStore
from mentorblog.output.fragments import forget as forget_fragments
from mentorblog.output.records import OutputIndex, load_outputs, save_outputs
from mentorblog.output.reuse import (
    PlanShape,
    Records,
    ReusePlan,
    Scanned,
    discard_recycled,
    plan_reuse,
    planner_split,
    scan_folders,
    settle_splices,
    take_kept,
)
from mentorblog.output.write import (
    LOCK_WAIT,
    Tree,
    check_destination,
    locked,
    output_lock,
    parent_folders,
    recover,
    scan,
    staged,
)
from mentorblog.plugins import Plugins, load_plugins
from mentorblog.produce import (
    Rendered,
    RenderHooks,
    SpliceFrom,
    compile_layouts,
    render_site,
    write_static,
)
from mentorblog.read.config import LoadedConfig
from mentorblog.workers import FORKS, Prefetched, job_count, settle

__all__ = ["BuildOptions", "BuildResult", "Planned", "build", "load_planned", "render_in_memory"]


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
    loaded: LoadedSite | None = None  # the planned site (serve previews edits against it)
    environment: Environment | None = None  # the layouts as compiled by this build's render
    hooks: RenderHooks | None = None  # the plugins' render hooks it was rendered with
    written: str | None = None  # the output's `unchanged.tree_digest`, when known


@dataclass(frozen=True, slots=True)
class _Job:
    """One build: what was asked, where it writes, where its cache is, when it began."""

    options: BuildOptions
    destination: Path
    cache: Path
    started: float
    plugins: Plugins
    environment: Environment | None  # layouts an earlier build compiled, to use again
    scans: Prefetched[Scanned] | None = None  # the output folders, scanned while loading


def build(
    options: BuildOptions,
    now: datetime | None = None,
    images: ImageCache | None = None,
    environment: Environment | None = None,
) -> BuildResult:
    """A complete build: nothing is swapped in unless every stage succeeded. `images` is an
    image cache kept from one build to the next (serve's); else the build cache's own.
    `environment`: the layouts as the last build compiled them (`BuildResult.environment`),
    when no layout, plugin or setting changed since (serve)."""
    started = time.perf_counter()
    now = now or datetime.now(UTC)  # one moment for the whole build
    plugins, loaded = _configured(options)
    config = loaded.config
    folder = options.cache or config.root / config.cache_dir
    if options.use_cache:
        cache.check_folder(folder, config.root)
    destination = _destination(options, loaded, folder if options.use_cache else None)
    if not options.use_cache:
        folder = Path(tempfile.mkdtemp(prefix="mentorblog-cache-"))
    try:
        # One build at a time per cache and per output folder: a second one waits, then
        # stops with a message, instead of both failing halfway.
        with locked(
            [folder],
            [output_lock(destination)],
            f"another build is writing {_shown(destination)} (waited "
            f"{LOCK_WAIT:.0f} s); try again when it has finished",
        ):
            if options.use_cache:
                cache.prepare_folder(folder)
            key = None
            if options.use_cache and options.quick:
                # What is written does not depend on the number of workers or the progress bar.
                chosen = replace(options, jobs=None, progress=None, source=config.root)
                key = unchanged.input_key(
                    repr(chosen), config.root, config.plugin_digest, destination, folder
                )
                same = unchanged.unchanged(folder, key.digest, destination, now)
                if same is not None:
                    return _nothing_to_do(same, destination, started)
            unchanged.forget(folder)  # until this build succeeds
            recycled = folder / cache.SPARE
            had_recycled = os.path.lexists(recycled)
            scans = _scans(options, destination, folder)
            succeeded = False
            try:
                compiling = _Compiling(config.root, _render_hooks(plugins), environment)
                try:
                    site = _load(options, folder, now, loaded, images, plugins, compiling)
                except BaseException:
                    # Which pages this build publishes is not known: the fragments an earlier
                    # build kept (with -D, say) may show a post held back now.
                    forget_fragments(folder / FRAGMENTS)
                    related_memo.forget(folder)
                    collect_memo.forget(folder)
                    raise
                settle()  # the planned site lives until the build ends
                # The layouts compiled while the parse workers worked (`compiling`).
                job = _Job(
                    options, destination, folder, started, plugins, compiling.environment, scans
                )
                try:
                    result = _write(job, site)
                except Exception:
                    site.page_index.save()  # a template error leaves the parsed pages
                    raise
                succeeded = True
            finally:
                if scans is not None:
                    scans.cancel()
                    if not succeeded and not had_recycled:
                        # The recycled folder this build's scan made holds the whole output
                        # as it was (a post held back now, a file someone put there): only
                        # a build that succeeds trims it to what it publishes.
                        discard_recycled(recycled)
            sealed = any(p.is_sealed for p in site.site.pages.values())
            if key is not None and key.settled and not sealed:
                summary = unchanged.Summary(
                    result.pages,
                    result.files,
                    result.posts,
                    result.base_url,
                    result.skipped,
                    _storable(result.notices, site.site),
                )
                unchanged.record(
                    folder, key.digest, destination, site.changes_at, summary, result.written
                )
            return result
    finally:
        if not options.use_cache:
            cache.discard(folder)


@dataclass(frozen=True, slots=True)
class Planned:
    """A site ready to render, and the plugins that render it (`render_in_memory`)."""

    loaded: LoadedSite
    plugins: Plugins


def load_planned(
    options: BuildOptions,
    cache_folder: Path,
    now: datetime | None = None,
    images: ImageCache | None = None,
) -> Planned:
    """The stages up to a site ready to render, as a build runs them, plugins included:
    what `check` renders to memory and `new` reads the open commitments from."""
    plugins, loaded = _configured(options)
    return Planned(_load(options, cache_folder, now, loaded, images, plugins), plugins)


def render_in_memory(planned: Planned, consume: Callable[[Sequence[Rendered]], None]) -> None:
    """Every output of a planned site rendered to memory, in this process, through the same
    `render_site` a build writes with (and the same plugin hooks): `check`'s bytes."""
    render_site(planned.loaded.site, None, consume=consume, hooks=_render_hooks(planned.plugins))


def _configured(options: BuildOptions) -> tuple[Plugins, LoadedConfig]:
    """site.yaml, the plugins it names, and the config their `on_config` hooks make."""
    plugins, loaded = load_plugins(read_config(options))
    return plugins, replace(loaded, config=plugins.config(loaded.config))


def _load(
    options: BuildOptions,
    cache_folder: Path,
    now: datetime | None,
    loaded: LoadedConfig,
    images: ImageCache | None,
    plugins: Plugins,
    spare: Callable[[], None] | None = None,
) -> LoadedSite:
    """The stages up to a site ready to render, with the plugins' hooks in their places:
    `on_page` handed to the parse workers, `on_site` called here, after collect. `spare`:
    what this process does while the parse workers work (the layouts compiled)."""
    on_page = plugins.page if plugins.defines("on_page") else None
    planned = load_site(options, cache_folder, now, loaded, on_page, spare)
    try:
        site = plugins.site(planned.site)
    except (BuildError, ExceptionGroup):
        planned.page_index.save()  # the pages parsed cleanly: keep them for the next build
        raise
    return complete_site(planned, site, options, cache_folder, images)


class _Compiling:
    """Compiles every layout while the parse workers work (`load_site`'s `spare`), when no
    earlier build's layouts are at hand; the render stage then starts with all of them
    compiled, and forked render workers inherit them. Spawned workers compile their own,
    so nothing is compiled for them here."""

    def __init__(self, root: Path, hooks: RenderHooks, environment: Environment | None) -> None:
        self._root = root
        self._hooks = hooks
        self.environment = environment

    def __call__(self) -> None:
        if self.environment is None and FORKS:
            self.environment = compile_layouts(self._root, self._hooks)


def _plan_shape(
    site: Site,
    digests: Digests,
    previous: OutputIndex,
    live: Tree,
    minify: bool,
    part: Sequence[int],
) -> tuple[PlanShape, Learned]:
    """`plan_reuse` of the outputs in `part` as a forked process sends it back, with the
    digests it made that the records of what is rendered and the next build start from."""
    plan = plan_reuse(site, digests, previous, live, minify, part, static=False)
    return plan.shape(site), digests.portable()


def _aside(options: BuildOptions) -> bool:
    """Whether this build may do work in a forked process beside this one (`Prefetched`):
    with a build cache, fork, and more than one job (serve's builds after its first run
    with one, while its threads live)."""
    return FORKS and options.use_cache and job_count(options.jobs) > 1


def _fragments(job: _Job, digests: Digests) -> FragmentStore:
    """The build cache's fragment store, loaded."""
    store = FragmentStore(job.cache / FRAGMENTS, digests)
    store.load()
    return store


def _scans(
    options: BuildOptions, destination: Path, cache_folder: Path
) -> Prefetched[Scanned] | None:
    """The output folder and the recycled one scanned in a forked process while the site
    loads, when there is an output to scan and a second core to do it on; a build that
    keeps files needs both scans (0.5 s at 10,000 posts), and a build that keeps none
    wastes only that process's time."""
    if not _aside(options):
        return None
    recover(destination)  # what a killed build left, before scanning what it left
    if not destination.is_dir():
        return None
    return Prefetched(partial(scan_folders, destination, cache_folder / cache.SPARE))


def _render_hooks(plugins: Plugins) -> RenderHooks:
    """The hooks the render workers run, handed over as bound methods of `plugins`."""
    return RenderHooks(
        on_output=plugins.output if plugins.defines("on_output") else None,
        template_filters=plugins.filters if plugins.defines("template_filters") else None,
        template_globals=plugins.globals if plugins.defines("template_globals") else None,
    )


def _write(job: _Job, loaded: LoadedSite) -> BuildResult:
    """Plan which outputs to reuse, render the rest into a temporary folder, swap it in;
    the parsed pages saved meanwhile in a forked process when the build may fork."""
    saved = loaded.page_index.save_aside() if _aside(job.options) else None
    try:
        return _write_planned(job, loaded)
    finally:
        if saved is not None:
            saved()


def _write_planned(job: _Job, loaded: LoadedSite) -> BuildResult:
    options, destination, site = job.options, job.destination, loaded.site
    timings = dict(loaded.timings)
    clock = time.perf_counter()
    previous = (
        load_outputs(job.cache, destination)
        if options.use_cache
        else OutputIndex(str(destination), {}, {})
    )
    settle()  # and so do the previous build's records
    digests = Digests(
        site, loaded.parsed, options.minify, templates=(previous.layouts, previous.templates)
    )
    # The plan this site is, when kept: with the last build's basis, planning compares the
    # pages' digests instead of digesting every output's reads (output/basis.py).
    token = basis.planned_by(site, loaded.plan) if options.use_cache else None
    reads_same = (
        basis.reads_test(site, digests, previous, token, job.plugins.change_site())
        if previous.live
        else None
    )
    scanned = job.scans.result() if job.scans is not None else None
    recover(destination)  # (done already when it was scanned early)
    live = Tree({}, set(), set())
    if previous.live and destination.is_dir():
        live = (
            scanned.output
            if scanned is not None and scanned.output is not None
            else scan(destination)
        )
    fragments = None
    hooks = _render_hooks(job.plugins)
    layouts = job.environment
    if _aside(options) and previous.live and reads_same is None:
        # Planning digests what every output read last time (0.6 s at 10,000 posts): a
        # forked process plans the first outputs while this one loads the fragment store,
        # saves the parsed pages and compiles the layouts, which a build that keeps files
        # needs either way, then plans the last outputs and the static files.
        forked, mine = planner_split(site, previous)
        planning = Prefetched(
            partial(_plan_shape, site, digests, previous, live, options.minify, forked)
        )
        try:
            fragments = _fragments(job, digests)
            loaded.page_index.save()
            layouts = layouts or compile_layouts(site.config.root, hooks)
            last = plan_reuse(site, digests, previous, live, options.minify, mine)
            shape, learned = planning.result()
            plan = shape.plan(site, previous).joined(last, site)
            digests.learn(learned)  # for the records and the next build (`known_templates`)
        finally:
            planning.cancel()
        if not plan.kept:  # the store starts afresh, below
            fragments.close()
            fragments = None
    else:
        plan = plan_reuse(site, digests, previous, live, options.minify, unchanged=reads_same)
        if reads_same is not None:  # what is rendered again mostly reads what it read
            digests.adopt(basis.read_by(previous, (site.outputs[i].path for i in plan.render)))
        if options.use_cache and plan.splice:
            fragments = _fragments(job, digests)
    if fragments is not None:
        settle()  # its index (38,000 entries at 10,000 posts) lives until `save`
        # Outputs made of stored fragments (feeds): unchanged when each of their items is.
        plan = settle_splices(site, plan, fragments.findable) if plan.splice else plan
    expected = {o.path for o in site.outputs} | {f.path for f in site.static}
    timings["plan"] = time.perf_counter() - clock

    kept = len(expected)
    environment = layouts
    written = None
    if plan.changes_nothing(live, expected):
        timings["render"] = timings["write"] = 0.0  # the output is already this site
        loaded.page_index.save()
    else:
        kept = len(plan.kept)
        clock = time.perf_counter()
        spare = job.cache / cache.SPARE if options.use_cache else None
        records = Records()
        folders = parent_folders(expected)  # 9 ms at 10,000 posts: made once for three uses
        stale = partial(records.stale, live, folders) if previous.live and live.files else None
        if options.use_cache and fragments is None:
            if not plan.kept:
                # A build that keeps no output (cold, or every output changed) starts the
                # store afresh: what an earlier build kept may show a post held back now.
                forget_fragments(job.cache / FRAGMENTS)
            fragments = _fragments(job, digests)
            settle()
        saved = False  # the store takes in this build's items and drops stale ones
        try:
            with staged(destination, spare, stale) as tmp:
                recycled = scanned.spare_at(tmp) if scanned is not None else None
                take_kept(tmp, destination, plan, previous, folders, records, recycled)
                try:
                    environment = render_site(
                        site,
                        tmp,
                        only=plan.render,
                        jobs=job_count(options.jobs),
                        minify=options.minify,
                        progress=options.progress,
                        meanwhile=loaded.page_index.save,
                        consume=partial(_record, site, digests, records),
                        hooks=hooks,
                        environment=layouts,
                        fragments=fragments,
                        splices=_splices(site, destination, plan),
                    )
                    settle()  # and so do the records
                finally:
                    if fragments is not None:  # after a template error too: nothing of a page
                        fragments.close()  # no longer published may stay
                        fragments.save(site)
                        saved = True
                timings["render"] = time.perf_counter() - clock
                clock = time.perf_counter()
                for copy in plan.copy:
                    state = write_static(tmp, copy.file, copy.minified)
                    records.add(copy.file.path, copy.fingerprint, (), state)
        except BaseException:
            if fragments is not None and not saved:
                # Failed before the store could drop what an earlier build kept (with -D,
                # say) of a page this one holds back: it goes.
                forget_fragments(job.cache / FRAGMENTS)
            raise
        if options.use_cache:
            # The recycled folder keeps only the files the new output holds too (write.py).
            shared = records.shared_with(previous) if spare is not None and spare.is_dir() else {}
            index = OutputIndex(
                str(destination),
                records.files,
                shared,
                *digests.known_templates(),
                basis.made(site, digests, token, records.files, reads_same),
            )
            save_outputs(job.cache, index, previous)
        written = _written(records, expected, folders)
        timings["write"] = time.perf_counter() - clock
    return BuildResult(
        destination=destination,
        pages=sum(o.path.endswith(".html") for o in site.outputs),
        files=len(expected),
        seconds=time.perf_counter() - job.started,
        skipped=dict(site.skipped),
        notices=loaded.notices,
        stage_seconds=timings,
        reused=loaded.reused,
        rendered=len(plan.render) + len(plan.copy),
        kept=kept,
        posts=len(site.posts),
        base_url=site.config.base_url,
        loaded=loaded,
        environment=environment,
        hooks=hooks,
        written=written,
    )


def _written(records: Records, expected: set[str], folders: set[str]) -> str | None:
    """The digest of the output this build wrote, from the state of each file as it was
    written or kept (`unchanged.tree_digest`), when every file of it is known; `folders`:
    the folders that hold them (`parent_folders(expected)`)."""
    files = records.files
    if files.keys() != expected or any(r.size < 0 for r in files.values()):
        return None
    tree = Tree({path: r.state for path, r in files.items()}, folders, set())
    return unchanged.tree_digest(tree)


def _storable(notices: tuple[Notice, ...], site: Site) -> tuple[Notice, ...]:
    """The warnings a quick build may repeat from the cache: none that names a file of the
    content folders other than a published page, since nothing of a post held back (not even
    its file name) may reach the build cache."""
    published = {str(page.source) for page in site.pages.values()}
    folders = {str(page.source).split("/", 1)[0] for page in site.pages.values()} | {"content"}
    return tuple(
        n
        for n in notices
        if n.file is None or str(n.file) in published or str(n.file).split("/", 1)[0] not in folders
    )


def _nothing_to_do(same: unchanged.Summary, destination: Path, started: float) -> BuildResult:
    """The result of a build that found its output already up to date."""
    return BuildResult(
        destination=destination,
        pages=same.pages,
        files=same.files,
        seconds=time.perf_counter() - started,
        skipped=dict(same.skipped),
        notices=same.notices,
        kept=same.files,
        posts=same.posts,
        base_url=same.base_url,
    )


def _record(site: Site, digests: Digests, records: Records, task: Sequence[Rendered]) -> None:
    """The records of a task's outputs, made as it arrives, while the workers render the
    next ones (with its blocks, an output that may be spliced: render/splice.py)."""
    outputs = [site.outputs[rendered.index] for rendered in task]
    made = digests.recorded([(o, r.deps) for o, r in zip(outputs, task, strict=True)])
    for output, rendered, (fingerprint, deps) in zip(outputs, task, made, strict=True):
        records.add(output.path, fingerprint, deps, rendered.state, rendered.spliced)


def _splices(site: Site, destination: Path, plan: ReusePlan) -> dict[int, SpliceFrom]:
    """The outputs to splice from the files the previous build wrote (`plan.splice`)."""
    return {
        i: SpliceFrom(destination / site.outputs[i].path, r.state, r.deps, r.spliced)
        for i, r in plan.splice.items()
        if r.spliced is not None
    }


def _destination(options: BuildOptions, loaded: LoadedConfig, cache_folder: Path | None) -> Path:
    """-d is relative to the working directory; publishDir to the site."""
    config = loaded.config
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
