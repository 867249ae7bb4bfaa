"""render_site: the one path from a planned Site to the bytes of its outputs, into a folder or
to memory. `build` renders into the folder it swaps in (serve builds the same way, and only
adds its reload script to html responses); `check` renders to memory.

Each render worker gets the planned Site once (forked workers inherit it, and the templates
compiled here) and renders its tasks; into a folder it writes each output itself
(`write.create_file`: one folder made once per process, then open, write, fstat, close) and
sends back only what each output read and the state of its file. Html bodies are read from
the site's store as each page renders."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import jinja2
from jinja2 import Environment

from mentorblog.core import kinds
from mentorblog.core.errors import BuildError, raise_all
from mentorblog.core.model import Output, Site, StaticFile, Writer, pickled_as_fields
from mentorblog.output.minify import minify
from mentorblog.output.write import (
    FileState,
    copy_files,
    create_file,
    create_file_from,
    create_file_spliced,
    file_state,
    make_folders,
)
from mentorblog.render import splice as splicing
from mentorblog.render.deps import Dependency, by_key
from mentorblog.render.environment import make_environment
from mentorblog.render.fragments import Fragments
from mentorblog.render.outputs import made_in_parts, render_output, render_output_parts
from mentorblog.render.splice import Spliced
from mentorblog.render.views import SiteView
from mentorblog.workers import (
    FORKS,
    Progress,
    chunks,
    parallel_map,
    progress_of,
    release_freed_memory,
)

RENDER_CHUNK = 128  # outputs per task
# An edit build renders its few outputs in workers when the large ones (feeds, sitemap,
# search index) list this many posts in all: at 10,000 posts an edit renders ~80,000 such
# items, 1.2 of its 1.4 CPU s of rendering; at 1,000 posts forking would cost more than
# the 0.15 s the two workers could share.
PARALLEL_LARGE_ITEMS = 30_000
LARGE_OUTPUT = 1 << 20  # bytes: after one, a worker returns the memory it freed
LIST_CHUNK = 512  # list pages per task: a longer stretch of time, fewer entries made twice
# The outputs whose blocks of fragments are noted, so the next build may splice them: the
# feeds' layouts and `/index.json`'s entries (render/splice.py).
SPLICED_WRITERS = (Writer.LAYOUT, Writer.SEARCH_JSON)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Rendered:
    """One output rendered: what it read, and its file (into a folder) or bytes (memory)."""

    index: int  # into Site.outputs
    deps: tuple[Dependency, ...]  # sorted by key, as records keep them
    state: FileState | None = None
    data: bytes | None = None
    spliced: Spliced | None = None  # its blocks of fragments, for the next build to splice


@dataclass(frozen=True, slots=True)
class SpliceFrom:
    """An output the previous build wrote, to splice rather than render (render/splice.py):
    its file in the output folder, and what its record says."""

    file: Path
    state: FileState
    deps: tuple[Dependency, ...]
    spliced: Spliced


@dataclass(frozen=True, slots=True)
class RenderHooks:
    """The plugins' hooks the render workers run, handed over by build.py: they need each
    output's bytes and the worker's own Jinja environment. Each is picklable (build.py hands
    bound methods of plugins.Plugins), so a spawned worker imports the plugins itself."""

    on_output: Callable[[Output, bytes], bytes] | None = None
    template_filters: Callable[[], Mapping[str, Callable[..., object]]] | None = None
    template_globals: Callable[[], Mapping[str, object]] | None = None


NO_HOOKS = RenderHooks()


def render_site(
    site: Site,
    folder: Path | None,
    *,
    only: Sequence[int] | None = None,
    jobs: int = 1,
    minify: bool = False,
    progress: Progress | None = None,
    meanwhile: Callable[[], None] | None = None,
    consume: Callable[[Sequence[Rendered]], None] | None = None,
    hooks: RenderHooks = NO_HOOKS,
    environment: Environment | None = None,
    fragments: Fragments | None = None,
    splices: Mapping[int, SpliceFrom] | None = None,
) -> Environment | None:
    """Render the site's outputs (those in `only`, else all) into `folder`, or to memory when
    it is None, in `jobs` processes; `consume` gets the outputs of each task as it arrives,
    `meanwhile` runs while the workers work. Every template error is raised at the end, all
    at once. The plugins' filters and globals (`hooks`) join the layouts', and their
    `on_output` gets every output's bytes. `environment`: layouts compiled by an earlier
    render of the same layouts (serve's, from one rebuild to the next); the environment this
    process rendered with comes back, for the next time. `fragments`: the build's fragment
    store (output/fragments.py), which forked workers inherit; spawned ones render without.
    `splices`: outputs of `only` to splice from their previous file when it can be done
    (render/splice.py); they weigh one output each, not the posts they list."""
    indices = list(range(len(site.outputs))) if only is None else list(only)
    splices = splices or {}
    take = _Arrivals(consume)
    # Few outputs (an edit build): in workers only when the large ones among them are worth
    # a fork, and then dealt to every worker, since the few others leave one idle.
    few = len(indices) < 2 * RENDER_CHUNK
    large = _large_items(site, [i for i in indices if i not in splices])
    if few and not (FORKS and large >= PARALLEL_LARGE_ITEMS):
        jobs = 1
    if jobs > 1 and not FORKS:
        fragments = None
        splices = {}  # a spawned worker has no fragment store
    if jobs > 1:
        # The search page's index files come from one index of the whole site: build it
        # once, here, rather than in every worker that gets one of its files.
        shared = [i for i in indices if site.outputs[i].kind.shares_index]
        indices = [i for i in indices if not site.outputs[i].kind.shares_index]
        if shared:
            environment = environment or _environment(site, hooks)
            worker = partial(
                _RenderWorker, site, folder, minify, hooks, environment, fragments, splices
            )
            parallel_map(_render_chunk, [shared], 1, worker, consume=take)
    # Half the workers at most build the large outputs, one at a time each (render_tasks),
    # but for a few outputs, where the large ones are all there is.
    tasks = render_tasks(site, indices, jobs if few else jobs // 2, light=splices.keys())
    compiled: Environment | None
    if jobs > 1 and FORKS:
        compiled = _compiled_environment(site, hooks, environment)
    elif jobs == 1:
        compiled = environment or _environment(site, hooks)
    else:  # spawned workers compile their own
        compiled = environment
    parallel_map(
        _render_chunk,
        tasks,
        jobs,
        partial(_RenderWorker, site, folder, minify, hooks, compiled, fragments, splices),
        on_result=progress_of(progress, "render", tasks),
        meanwhile=partial(_folders_first, site, folder, tasks, meanwhile),
        consume=take,
    )
    raise_all(take.errors, "template errors")
    return compiled


def _folders_first(
    site: Site,
    folder: Path | None,
    tasks: Sequence[Sequence[int]],
    meanwhile: Callable[[], None] | None,
) -> None:
    """The folders of the outputs to render made by this process, in the order the workers
    take them (`write.make_folders`), then the caller's `meanwhile`."""
    if folder is not None:
        make_folders(folder, [site.outputs[i].path for task in tasks for i in task])
    if meanwhile is not None:
        meanwhile()


class _Arrivals:
    """What the render tasks send back, as each arrives: the outputs are handed on, a task's
    together (its outputs share the objects of what they read, see `_render_chunk`), the
    template errors kept to be raised together at the end."""

    def __init__(self, consume: Callable[[Sequence[Rendered]], None] | None) -> None:
        self.errors: list[BuildError] = []
        self._consume = consume

    def __call__(self, result: tuple[list[Rendered], list[BuildError]]) -> None:
        done, failed = result
        self.errors.extend(failed)
        if self._consume is not None and done:
            self._consume(done)


def render_tasks(
    site: Site, indices: Sequence[int], heavy_tasks: int = 1, light: Set[int] = frozenset()
) -> list[list[int]]:
    """The render stage's tasks, in the order workers take them. Outputs that read the whole
    site or a long list (the site's feeds, the sitemap, `index.json`: 0.2-0.9 s each at
    10,000 posts) go first, biggest first, dealt into `heavy_tasks` tasks of about equal
    weight; collect plans them last, so they used to end the stage with one worker busy and
    the other idle. Dealt into few tasks rather than one each, so that no more than that
    many are rendered at once: each needs ~100 MB for a moment at 10,000 posts (the JSON
    Feed of 13 MB peaked at 100 MB above the worker's size), and two workers building two of
    them together made the build's peak memory."""

    def weight(i: int) -> int:
        return 1 if i in light else _weight(site, site.outputs[i])

    def order(i: int) -> tuple[int, bool]:
        # Of equal weight, JSON first: a JSON Feed or `/index.json` needed ~100 MB for a
        # moment (json.dumps, then its escapes), an RSS feed of the same posts ~25 MB; built
        # first, they peak while the worker is still small.
        return weight(i), site.outputs[i].kind in (kinds.JSON_FEED, kinds.SEARCH)

    heavy = sorted((i for i in indices if weight(i) >= RENDER_CHUNK), key=order, reverse=True)
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
        _dealt(heavy, weight, max(1, heavy_tasks))
        + chunks(sorted(lists, key=place), LIST_CHUNK)
        + chunks(others, RENDER_CHUNK)
    )


def _weight(site: Site, output: Output) -> int:
    """How many posts an output lists (all of them for one that reads the whole site)."""
    if output.kind.reads_everything:
        return len(site.pages)
    return len(output.items) if output.items else 1


def _large_items(site: Site, indices: Sequence[int]) -> int:
    """The posts the large outputs among `indices` list, in all (`render_tasks`' heavy ones)."""
    weights = (_weight(site, site.outputs[i]) for i in indices)
    return sum(w for w in weights if w >= RENDER_CHUNK)


def _dealt(items: list[int], weight: Callable[[int], int], count: int) -> list[list[int]]:
    """Items (biggest first) dealt into `count` tasks, each to the lightest task so far."""
    tasks: list[list[int]] = [[] for _ in range(min(count, len(items)))]
    loads = [0] * len(tasks)
    for i in items:
        lightest = loads.index(min(loads))
        tasks[lightest].append(i)
        loads[lightest] += weight(i)
    return tasks


def write_static(folder: Path, f: StaticFile, minified: bool) -> FileState | None:
    """Copy (or minify) one static file; its state as written, for the output records."""
    if minified:
        return create_file(folder, f.path, minify(f.path, f.origin.read_bytes()))
    copy_files(folder, [f])
    return file_state(folder / f.path)


def render_in_memory(
    site: Site, indices: Sequence[int], environment: Environment, hooks: RenderHooks, minify: bool
) -> dict[int, bytes] | None:
    """Chosen outputs' bytes, in this process, with an environment the caller keeps (serve's
    preview compiles its layouts once, not per save); None when one of them fails."""
    worker = _RenderWorker(site, None, minify, hooks, environment)
    try:
        done, errors = _render_chunk(worker, list(indices))
    finally:
        worker.close()
    if errors:
        return None
    return {r.index: r.data for r in done if r.data is not None}


def layout_environment(site: Site, hooks: RenderHooks) -> Environment:
    """The environment every render uses: the site's and theme's layouts, the plugins'
    filters and globals."""
    return _environment(site, hooks)


def compile_layouts(root: Path, hooks: RenderHooks) -> Environment:
    """The environment of `layout_environment` with every layout of the site and the theme
    compiled, for the parse stage's spare time (build.py): the outputs are not planned yet,
    so all of them, and forked render workers then compile none. Measured at 1,000 posts:
    each render worker compiled the ~40 partials the parent had not (0.2-0.3 CPU s each,
    once per worker), and the parent compiled the pages' layouts between collect and render,
    with both cores idle."""
    env = _environment_at(root, hooks)
    names = env.list_templates()
    plain = {n for n in names if ":" not in n}
    # The theme's original of a layout the site shadows: what `{% extends "theme:x" %}` reads.
    site_own = {n for n in plain if (root / "layouts" / n).is_file()}
    for name in sorted(plain | {f"theme:{n}" for n in site_own if f"theme:{n}" in names}):
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            continue  # each output that uses it reports it, file and line
    return env


def _environment(site: Site, hooks: RenderHooks) -> Environment:
    """The layouts' environment with the plugins' filters and globals."""
    return _environment_at(site.config.root, hooks)


def _environment_at(root: Path, hooks: RenderHooks) -> Environment:
    env = make_environment(root)
    if hooks.template_filters is not None:
        env.filters.update(hooks.template_filters())
    if hooks.template_globals is not None:
        env.globals.update(hooks.template_globals())
    return env


def _compiled_environment(
    site: Site, hooks: RenderHooks, env: Environment | None = None
) -> Environment:
    """Every layout the outputs name, compiled once here, so forked workers inherit them."""
    env = env or _environment(site, hooks)
    names = {o.template for o in site.outputs if o.kind.writer is Writer.LAYOUT}
    for name in sorted(names - {"none.html"}):
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            continue  # not compiled here: each output that uses it reports it, file and line
    return env


class _RenderWorker:
    """What a render worker keeps: the planned site, the plugins' `on_output`, and one view
    of the site, which remembers what many outputs ask for (list entries, term links)
    across tasks."""

    def __init__(
        self,
        site: Site,
        folder: Path | None,
        minify: bool,
        hooks: RenderHooks,
        env: Environment | None,
        fragments: Fragments | None = None,
        splices: Mapping[int, SpliceFrom] | None = None,
    ) -> None:
        self.site = site
        self.folder = folder
        self.minify = minify
        self.on_output = hooks.on_output
        self.view = SiteView(site, env or _environment(site, hooks), fragments)
        self.fragments = fragments
        self.splices = splices or {}
        # Blocks are noted and spliced only where the file holds the layout's very text.
        self.splicing = (
            folder is not None
            and fragments is not None
            and hooks.on_output is None
            and not minify
            and not site.by_language
        )
        self.lists_done = False  # whether it rendered a task past the feeds and lists

    def close(self) -> None:
        self.view.close()


def _streams(worker: _RenderWorker, output: Output, site: Site) -> bool:
    """Whether the output is written part by part as it is made (`made_in_parts`): not when
    a plugin's `on_output` or `--minify` needs its bytes whole."""
    return worker.on_output is None and not worker.minify and made_in_parts(output, site)


def _splice(
    worker: _RenderWorker, output: Output, source: SpliceFrom
) -> tuple[FileState, Spliced] | None:
    """The output spliced from its previous file into the folder: the items of its blocks
    whose stored fragment is no longer the one the file holds rendered again, every other
    byte the file's (render/splice.py); None when it must be rendered whole: its file
    changed, or more than a quarter of its items changed (a tag renamed in every post).
    What it read outside its blocks is the record's (`source.deps`)."""
    store, folder = worker.fragments, worker.folder
    if store is None or folder is None:
        return None
    try:
        old = os.open(source.file, os.O_RDONLY)
    except OSError:
        return None
    try:
        found = os.fstat(old)
        blocks = source.spliced.blocks
        if (found.st_size, found.st_mtime_ns, found.st_ino) != source.state or not splicing.fits(
            blocks, found.st_size, len(output.items)
        ):
            return None
        stale = [
            (b, n) for b, block in enumerate(blocks) for n in splicing.stale(block, store.findable)
        ]
        if len(stale) > max(8, sum(map(splicing.count, blocks)) // 4):
            return None
        renewed: dict[tuple[int, int], tuple[bytes, splicing.Ident]] = {}
        entries = output.kind.writer is Writer.SEARCH_JSON  # `/index.json`'s
        for b, n in stale:
            item = output.items[splicing.item_of(blocks[b], n)]
            if entries != (blocks[b].template == splicing.ENTRIES.template):
                return None  # a block of the other kind: not one this build would note
            if entries:
                text, at = worker.view.splice_entry(item)
            else:
                text, at = worker.view.splice_item(blocks[b], item)
            if at is None:
                return None
            renewed[b, n] = (text.encode(), at)
        edits, placed = splicing.splice(blocks, renewed)
        state = create_file_spliced(folder, output.path, old, found.st_size, edits)
    except OSError:
        return None
    finally:
        os.close(old)
    return state, Spliced(placed)


def _render_chunk(
    worker: _RenderWorker, indices: list[int]
) -> tuple[list[Rendered], list[BuildError]]:
    site, view = worker.site, worker.view
    errors: list[BuildError] = []
    done: list[Rendered] = []
    # One object per dependency in the task, however many of its outputs read it: the pickle
    # sent back holds each once, and the main process looks each up by value once
    # (Digests.recorded). Measured at 10,000 posts: 385,000 reads, of which 331,000 objects
    # were sent and 118,000 are distinct per task.
    shared: dict[Dependency, Dependency] = {}
    for i in indices:
        output = site.outputs[i]
        source = worker.splices.get(i) if worker.splicing else None
        view.start_recording(
            splice=worker.splicing and output.kind.writer in SPLICED_WRITERS,
            entries=output.kind.writer is Writer.SEARCH_JSON,
        )
        state = None
        made = None
        try:
            if source is not None:
                made = _splice(worker, output, source)
            if made is not None:
                state = made[0]
            elif worker.folder is not None and _streams(worker, output, site):
                # Written as it is made, so it is never held whole; the parts record what
                # they read as they are made, before the recording stops.
                parts = render_output_parts(output, site, view)
                state = create_file_from(worker.folder, output.path, parts)
            else:
                data = render_output(output, site, view)
        except BuildError as err:
            errors.append(err)
            continue
        finally:
            read = view.stop_recording()
            # A spliced output's record names what it read outside its blocks, as before.
            ordered = list(source.deps) if made and source else sorted(read, key=by_key)
            deps = tuple([shared.setdefault(dep, dep) for dep in ordered])
        spliced = made[1] if made is not None else view.spliced
        if state is not None:
            done.append(Rendered(i, deps, state=state, spliced=spliced))
            release_freed_memory()  # what its thousands of parts left in the heap
            continue
        if worker.on_output is not None:
            data = worker.on_output(output, data)
        if worker.minify:
            data = minify(output.path, data)
        if worker.folder is None:
            done.append(Rendered(i, deps, data=data))
        else:
            state = create_file(worker.folder, output.path, data)
            done.append(Rendered(i, deps, state=state, spliced=spliced))
            if len(data) >= LARGE_OUTPUT:
                # A site's feeds and `/index.json` are built from thousands of pieces; the
                # heap they leave behind would stay with this worker to the end of the build.
                del data
                release_freed_memory()
    # The feed items kept for this task's feeds go; what the task freed is handed back (a
    # few ms a task). Measured at 10,000 posts: the worker that renders the big feeds ended
    # the build at 192 MB PSS with them, 155 MB without them and trimmed after each task.
    view.forget_lasting()
    if not worker.lists_done and not any(
        site.outputs[i].pager or site.outputs[i].items for i in indices
    ):
        # render_tasks deals the feeds and lists first: a task with neither is past them.
        worker.lists_done = True
        view.forget_lists()
    release_freed_memory()
    return done, errors
