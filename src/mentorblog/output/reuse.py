"""Output reuse: which files of the new output the previous build already wrote, and the
records of what each file read, for the build after this one.

An output is reused when the fingerprint computed from what it read last time, with the new
site, is the fingerprint it had then (fingerprint.py) and its file in the output folder is
the one written then (size, mtime, inode). Reused files are hard-linked from the current
output into the new one, or kept when the recycled output before last already holds them."""

from __future__ import annotations

import os
import shutil
import stat
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mentorblog.core.model import Site, StaticFile
from mentorblog.output.cache import SPARE_PARTIAL, remove_entry
from mentorblog.output.fingerprint import Digests
from mentorblog.output.minify import is_minified
from mentorblog.output.records import OutputIndex, OutputRecord
from mentorblog.output.write import (
    FileState,
    Tree,
    file_state,
    link_or_copy,
    parent_folders,
    prune,
    scan,
)
from mentorblog.render.deps import Dependency, Everything, Heads
from mentorblog.render.splice import Spliced, fits


@dataclass(frozen=True, slots=True)
class Copy:
    """A static file to copy (or minify) into the new output."""

    file: StaticFile
    minified: bool
    fingerprint: str | None  # None: never reuse it


@dataclass(frozen=True, slots=True)
class ReusePlan:
    """Which files of the new output come from the previous one and which are made anew."""

    kept: dict[str, OutputRecord]  # path -> record of the previous output's file
    render: tuple[int, ...]  # indices into Site.outputs
    copy: tuple[Copy, ...]
    # Of `render`, the outputs whose file may be spliced (render/splice.py): nothing they
    # read outside their blocks of fragments changed (their record names only that); index
    # -> the previous record. `settle_splices` keeps those whose items are unchanged too.
    splice: dict[int, OutputRecord] = field(default_factory=dict)

    def shape(self, site: Site) -> PlanShape:
        """The plan as paths and indices, for a process that has `site` and the previous
        records too (`PlanShape.plan`): a fraction of the records' size to send."""
        static = {id(f): i for i, f in enumerate(site.static)}
        return PlanShape(
            tuple(self.kept),
            self.render,
            tuple((static[id(c.file)], c.minified, c.fingerprint) for c in self.copy),
            tuple(self.splice),
        )

    def joined(self, other: ReusePlan, site: Site) -> ReusePlan:
        """This plan and the plan of other outputs of `site` (`planner_split`) as one, in
        the order one `plan_reuse` of the whole site gives."""
        kept = {**self.kept, **other.kept}
        order = [o.path for o in site.outputs] + [f.path for f in site.static]
        splice = {**self.splice, **other.splice}
        return ReusePlan(
            {path: kept[path] for path in order if path in kept},
            tuple(sorted(self.render + other.render)),
            self.copy + other.copy,
            {i: splice[i] for i in sorted(splice)},
        )

    def changes_nothing(self, live: Tree, expected: set[str]) -> bool:
        """Every file is reused and the output folder holds exactly them: nothing to do."""
        return (
            not self.render
            and not self.copy
            and live.files.keys() == expected
            and not live.others
            and live.folders == parent_folders(expected)
        )


@dataclass(frozen=True, slots=True)
class PlanShape:
    """A ReusePlan by the paths of the files it keeps, the indices of the outputs it
    renders and splices, and the indices of the static files it copies (`ReusePlan.shape`)."""

    kept: tuple[str, ...]
    render: tuple[int, ...]
    copy: tuple[tuple[int, bool, str | None], ...]  # static file, minified, fingerprint
    splice: tuple[int, ...]

    def plan(self, site: Site, previous: OutputIndex) -> ReusePlan:
        """The plan again, from the site and the records it was made with."""
        return ReusePlan(
            {path: previous.live[path] for path in self.kept},
            self.render,
            tuple(Copy(site.static[i], minified, f) for i, minified, f in self.copy),
            {i: previous.live[site.outputs[i].path] for i in self.splice},
        )


def settle_splices(
    site: Site, plan: ReusePlan, findable: Callable[[str], Container[int]]
) -> ReusePlan:
    """The plan with the outputs to splice whose items are all unchanged (each one's stored
    fragment is the one the file holds: `findable`) kept as they are; the others stay to be
    spliced, or rendered whole when their record does not fit their file."""
    whole = {
        i
        for i, r in plan.splice.items()
        if r.spliced is not None
        and fits(r.spliced.blocks, r.size, len(site.outputs[i].items))
        and r.spliced.unchanged(findable)
    }
    if not whole:
        return plan
    kept = {**plan.kept, **{site.outputs[i].path: plan.splice[i] for i in whole}}
    render = tuple(i for i in plan.render if i not in whole)
    splice = {i: r for i, r in plan.splice.items() if i not in whole}
    return ReusePlan(kept, render, plan.copy, splice)


# The share of the previous records' reads an edit build's main process plans itself, the
# list pages and feeds at the end of the outputs (`planner_split`); a forked process plans
# the rest. The main process first loads the fragment store, saves the page index and
# compiles the layouts (0.4 s at 10,000 posts) while the child plans (0.65-0.7 s alone):
# split so that both end at about the same time (measured at 10,000 posts).
MAIN_SHARE = 0.25


def planner_split(site: Site, previous: OutputIndex) -> tuple[list[int], list[int]]:
    """The outputs a forked process plans and those the main process plans: the main
    process takes the last outputs, which read `MAIN_SHARE` of what every output read last
    time, but for those that read the whole site (`Heads`, `Everything`, and a multilingual
    site's own outputs, its sitemap index: `Digests.output`). Their digest covers every
    output (0.15 s at 10,000 posts), which the child's part digests anyway."""
    live = previous.live
    outputs = site.outputs
    reads = [r.deps if (r := live.get(o.path)) is not None else () for o in outputs]
    left = sum(map(len, reads)) * MAIN_SHARE
    whole = {Heads, Everything}
    languages = bool(site.by_language)  # whose root outputs digest as `Everything`
    forked: list[int] = []
    main: list[int] = []
    i = len(reads)
    while i and left > 0:
        i -= 1
        if whole.isdisjoint(map(type, reads[i])) and not (languages and not outputs[i].lang):
            main.append(i)
            left -= len(reads[i])
        else:
            forked.append(i)
    return [*range(i), *forked[::-1]], main[::-1]


def plan_reuse(
    site: Site,
    digests: Digests,
    previous: OutputIndex,
    live: Tree,
    minify: bool,
    part: Sequence[int] | None = None,
    static: bool = True,
    unchanged: Callable[[OutputRecord], bool] | None = None,
) -> ReusePlan:
    """The plan of the outputs in `part` (all of them when None) and, with `static`, of
    the static files. `unchanged`: whether a record's reads are as they were (basis.py),
    in place of digesting them for its fingerprint."""
    kept: dict[str, OutputRecord] = {}
    render: list[int] = []
    splice: dict[int, OutputRecord] = {}
    # A path written twice (two static files for one path) is never kept: the second write
    # must not go through a link to the live file.
    counts = Counter([o.path for o in site.outputs] + [f.path for f in site.static])
    twice = {path for path, n in counts.items() if n > 1}
    outputs = site.outputs
    indices = range(len(outputs)) if part is None else part
    records = [previous.live.get(outputs[i].path) for i in indices]
    if unchanged is None:
        digests.digest_all(r.deps for r in records if r is not None and r.fingerprint is not None)
    for i, prev in zip(indices, records, strict=True):
        output = outputs[i]
        if (
            prev is not None
            and prev.fingerprint is not None
            and output.path not in twice
            and live.files.get(output.path) == prev.state
            and (
                digests.output(output, prev.deps) == prev.fingerprint
                if unchanged is None
                else unchanged(prev)
            )
        ):
            if prev.spliced is None:
                kept[output.path] = prev
                continue
            if type(prev.spliced) is Spliced and type(prev.spliced.blocks) is tuple:
                splice[i] = prev  # what it read outside its blocks is as it was; its items?
        render.append(i)
    copy: list[Copy] = []
    for f in site.static if static else ():
        minified = is_minified(f, minify)
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
            copy.append(Copy(f, minified, fingerprint))
    return ReusePlan(kept, tuple(render), tuple(copy), splice)


@dataclass(frozen=True, slots=True)
class Scanned:
    """The output folder and the recycled one as they were when scanned (`scan_folders`),
    the latter with its file system and inode, which stay the same when it is renamed."""

    output: Tree | None  # None: there was no output folder
    spare: Tree | None
    spare_id: tuple[int, int] = (0, 0)

    def spare_at(self, folder: Path) -> Tree | None:
        """What `folder` holds when it is the recycled folder scanned, else None."""
        if self.spare is None:
            return None
        try:
            st = os.stat(folder, follow_symlinks=False)
        except OSError:
            return None
        return self.spare if (st.st_dev, st.st_ino) == self.spare_id else None


def scan_folders(output: Path, spare: Path) -> Scanned:
    """The output folder and the recycled one scanned, for an edit build to do while it
    loads the site (`workers.Prefetched`): 0.5 s of one at 10,000 posts. When there is no
    recycled folder yet (the first build after a cold one), it is made here, every file
    of the output linked into it, which `take_kept` would otherwise do while the build
    waits (14,000 links, 0.6-1.7 s at 10,000 posts). Nothing else writes either folder
    meanwhile: the build holds the locks of both."""
    found = scan(output) if output.is_dir() else None
    made = None
    if found is not None and found.files and not os.path.lexists(spare):
        made = _linked_copy(output, found, spare)
    try:
        st = os.stat(spare, follow_symlinks=False)
    except OSError:
        return Scanned(found, None)
    if not stat.S_ISDIR(st.st_mode):
        return Scanned(found, None)
    return Scanned(found, made or scan(spare), (st.st_dev, st.st_ino))


def discard_recycled(spare: Path) -> None:
    """Remove the recycled folder and a half-made one (`scan_folders` made them for a build
    that then failed or was stopped)."""
    for folder in (spare, spare.with_name(SPARE_PARTIAL)):
        remove_entry(folder)


def _linked_copy(output: Path, tree: Tree, spare: Path) -> Tree | None:
    """The output's files hard-linked into a new folder `spare` (made under another name,
    then renamed), and what it holds; None where links cannot be made."""
    partial = spare.with_name(SPARE_PARTIAL)
    shutil.rmtree(partial, ignore_errors=True)  # a killed build's
    source, target = str(output) + "/", str(partial) + "/"  # strings: 28,000 paths
    try:
        os.mkdir(partial)
        for folder in sorted(tree.folders, key=lambda f: f.count("/")):
            os.mkdir(target + folder)
        for path in tree.files:
            os.link(source + path, target + path, follow_symlinks=False)
        os.rename(partial, spare)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        return None
    # A link is the file itself: its size, time and inode are the output file's.
    return Tree(dict(tree.files), set(tree.folders), set())


class Records:
    """The record of every file of the new output, as the build writes or keeps them."""

    def __init__(self) -> None:
        self.files: dict[str, OutputRecord] = {}

    def add(
        self,
        path: str,
        fingerprint: str | None,
        deps: tuple[Dependency, ...],
        state: FileState | None,
        spliced: Spliced | None = None,
    ) -> None:
        """`deps` sorted by key, as every record keeps them, and shared: the objects
        `Digests.recorded` gives, or a previous record's. Then the records hold one object
        per dependency however many outputs read it (one per language on a multilingual
        site), so the cache pickles each once and the next build finds each by id."""
        size, mtime_ns, inode = state or (-1, -1, -1)
        self.files[path] = OutputRecord(
            fingerprint if state else None, deps, size, mtime_ns, inode, spliced if state else None
        )

    def stale(self, live: Tree, folders: set[str]) -> tuple[list[str], list[str]]:
        """What of the previous output (`live`) the new one, whose files are in `folders`,
        does not share: the recycled folder keeps only files hard-linked into the new
        output."""
        files = [
            path
            for path, state in live.files.items()
            if path not in self.files or self.files[path].inode != state[2]
        ]
        return files + sorted(live.others), sorted(live.folders - folders)

    def shared_with(self, previous: OutputIndex) -> dict[str, OutputRecord]:
        """The previous output's records of files the new one holds too (hard-linked)."""
        return {
            path: record
            for path, record in previous.live.items()
            if path in self.files and self.files[path].inode == record.inode
        }


def take_kept(
    tmp: Path,
    destination: Path,
    plan: ReusePlan,
    previous: OutputIndex,
    folders: set[str],
    records: Records,
    tree: Tree | None = None,
) -> None:
    """Fill the temporary folder (empty, or the recycled output before last) with the kept
    files: a file already there is kept when it is the one the previous output holds or an
    identical one from the build before; everything else there that is not wanted goes.
    Files that are rendered again are removed first, so no write goes through a link.
    `tree`: what the folder holds, when it was scanned already (`Scanned.spare_at`)."""
    tree = tree if tree is not None else scan(tmp)
    prune(tmp, tree, set(plan.kept), folders)
    for path, record in plan.kept.items():
        have = tree.files.get(path)
        if have == record.state:
            records.files[path] = record
            continue
        older = previous.spare.get(path)
        if (
            have is not None
            and older is not None
            and older.state == have
            and older.fingerprint == record.fingerprint
            # a spliced output's fingerprint covers its own reads only, not its items
            and record.spliced is None
        ):
            records.files[path] = older
            continue
        if have is not None:
            (tmp / path).unlink()
        if link_or_copy(destination / path, tmp / path):
            records.files[path] = record
        else:
            records.add(
                path, record.fingerprint, record.deps, file_state(tmp / path), record.spliced
            )
