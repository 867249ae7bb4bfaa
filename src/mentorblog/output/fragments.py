"""The fragment store: fragments of big outputs (render/fragments.py) kept between builds in
the build cache's `fragments/` folder, each with what it read, so an edit build takes every
post's feed items from here and renders only the edited post's.

A fragment is found only when the code, the settings, its layout (and every layout that
reaches) and the current value of each dependency it recorded digest as they did when it
was rendered: the same test output reuse makes for a whole file (fingerprint.py), with the
same `Digests`.

The store is a set of journals, each a pack of fragment texts and an index of entries
(key, layout, dependencies, offset, length), appended as pickled lists. Every process that
renders writes a journal of its own (forked render workers too), named by the build's start
and the process, so later journals win. Workers digest nothing: after the render stage the
main process writes the build's seal, the digests of everything its journals read (it has
digested them for the outputs' records already), and a journal without its build's seal
(a build killed mid-render, an older version's) is never read. A later build digests each
dependency a seal names once and drops every entry that read one whose digest changed, so
finding a fragment is a dictionary lookup (at 10,000 posts digesting each of 38,000
entries' dependencies again took 0.45 s of the render stage's 2.6 s).

`save` merges the journals into one index of columns (`_Columns`, read in C) when they are
many or a build read many entries one by one: naming the packs the texts are in when every
byte of those is a live entry's, else with the texts copied into one pack and every other
deleted, as also when their bytes are mostly superseded, and at once when an entry read a
page the site no longer publishes (a post made a draft or deleted must not stay in the
cache, which CI often uploads)."""

from __future__ import annotations

import contextlib
import operator
import os
import pickle
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from functools import partial
from itertools import chain, compress
from pathlib import Path
from typing import NamedTuple, cast

from mentorblog.core.model import Site
from mentorblog.core.store import open_cached
from mentorblog.output.cache import load_cached, no_collections
from mentorblog.output.fingerprint import Digests
from mentorblog.render import deps as deps_module
from mentorblog.render.deps import Dependency, PageHeadRead, PageRead
from mentorblog.render.splice import Ident

FOLDER = "fragments"  # inside the build cache
_MANY_JOURNALS = 8  # merged when there are more
# Marks this version's index chunks and seals: an older store (chunks as bare lists, no
# seals) is never read, only deleted by the next merge.
_FORMAT = "mentorblog-fragments-2"


# A dependency as the journals keep it: its class's name and its fields, plain strings that
# unpickle and hash at C speed (57,000 entries of a 10,000-post site took 1.2 s to load as
# Dependency objects).
Plain = tuple[str, ...]


_ALIASES = 8  # places of an entry kept beside its own, at most


_NONE: frozenset[int] = frozenset()  # the offsets of a journal this build cannot use


class _Entry(NamedTuple):
    template: str | None
    deps: tuple[Plain, ...]
    journal: str
    offset: int
    length: int
    # Where the same fragment was before (in a journal a merge replaced, or stored by two
    # workers): an output that splices finds its items by place (`current`).
    aliases: tuple[Ident, ...] = ()


class _Seal(NamedTuple):
    """What one build's journals read, with the digests of that build."""

    base: bytes
    templates: dict[str, bytes]
    deps: dict[Plain, bytes]


# An index entry as a journal's chunk holds it: key, layout, dependencies, offset, length,
# other places of the same text.
_Row = tuple[str, str | None, tuple[Plain, ...], int, int, tuple[Ident, ...]]
_COLUMNS = "mentorblog-fragments-columns-1"  # marks a merged journal's index (`_Columns`)
# Entries read one by one in a build past which the store is merged, so the next build reads
# them as columns: a cold build's workers wrote 38,000 at 10,000 posts.
_MANY_ROWS = 2_000
_JOURNAL = re.compile(r"[0-9]{20}-[0-9]+\Z")  # a journal's name, as `_writing` makes them


class _Columns(NamedTuple):
    """A merged journal's index, a list per field (unpickled and indexed in C), with the
    pack each entry's text is in (a merge that keeps the packs)."""

    keys: list[str]
    templates: list[str | None]
    deps: list[tuple[Plain, ...]]
    packs: list[str]
    offsets: list[int]
    lengths: list[int]
    aliases: list[tuple[Ident, ...]]

    @classmethod
    def of(cls, entries: list[tuple[str, _Entry]]) -> _Columns:
        """The entries' columns, each dependency one object (unpickled once, not once per
        entry that read it)."""
        flat = list(chain.from_iterable(e.deps for _, e in entries))
        one = dict(zip(flat, flat, strict=True))
        return cls(
            [key for key, _ in entries],
            [e.template for _, e in entries],
            [tuple(map(one.__getitem__, e.deps)) for _, e in entries],
            [e.journal for _, e in entries],
            [e.offset for _, e in entries],
            [e.length for _, e in entries],
            [e.aliases for _, e in entries],
        )

    def chunk(self) -> tuple[object, ...]:
        return (_COLUMNS, *self)

    def rows(self) -> Iterator[_Row]:
        return zip(
            self.keys,
            self.templates,
            self.deps,
            self.offsets,
            self.lengths,
            self.aliases,
            strict=True,
        )


# An entry from a row of `_Columns.rows` and its pack, in C (a function per entry cost 3 ms).
_make_entry: Callable[[tuple[object, ...]], _Entry] = partial(tuple.__new__, _Entry)


class FragmentStore:
    """Fragments of earlier builds and those this build renders (render/fragments.py's
    `Fragments`). Made by the main process before the render stage; forked workers inherit
    it, find in what it loaded and write their own journal."""

    def __init__(self, folder: Path, digests: Digests) -> None:
        self._folder = folder
        self._digests = digests
        self._stamp = f"{time.time_ns():020d}"
        self._index: dict[str, _Entry] = {}
        # journal -> offsets of the entries of earlier builds that are right still, the
        # one `find` finds for a key and any it superseded (`current`)
        self._findable: dict[str, set[int]] = {}
        self._superseded = 0  # bytes of entries a later journal replaced or that went stale
        self._journals: set[str] = set()
        self._unsealed = 0  # journals not read: no seal, another version's, other settings
        self._readers: dict[str, tuple[int, int]] = {}  # journal -> pack fd, its size
        self._writer: tuple[int, str, int, int] | None = None  # pid, journal, pack fd, idx fd
        self._offset = 0
        self._pending: list[tuple[str, str | None, tuple[Plain, ...], int, int]] = []
        # Each dependency a seal or this build's journals name: the object it stands for
        # and its digest now (None: not one this version knows), made once per build.
        self._now: dict[Plain, tuple[Dependency, bytes] | None] = {}
        self._layouts: dict[str, bytes] = {}
        # What this build's journals read, digested: their seal.
        self._sealing: dict[Plain, bytes] = {}
        self._sealing_layouts: dict[str, bytes] = {}
        self._rows = 0  # entries read one by one (`_MANY_ROWS`)
        self.found = 0
        self.kept = 0

    # -- the render side ---------------------------------------------------------------------

    def load(self) -> None:
        """Read every sealed journal's index (oldest first, so a later entry replaces an
        earlier) and keep the entries whose layout and dependencies are unchanged."""
        self._index.clear()
        self._findable = {}
        self._superseded = 0
        self._unsealed = 0
        self._rows = 0
        self._journals = set()
        seals: dict[str, tuple[set[Plain], set[str]] | None] = {}
        with no_collections(keep=True):  # the index lives until `save`
            for journal in self._journal_names():
                build = journal.partition("-")[0]
                if build not in seals:
                    seals[build] = self._unchanged(self._read_seal(build))
                if seals[build] is None:
                    self._unsealed += 1
                    continue
                self._read_journal(journal, seals[build])

    def find(self, key: str, template: str | None) -> tuple[str, frozenset[Dependency]] | None:
        entry = self._index.get(key)
        if entry is None or entry.template != template:
            return None
        data = self._read(entry.journal, entry.offset, entry.length)
        if data is None:
            return None
        try:
            text = data.decode()
        except UnicodeDecodeError:
            return None
        now = cast(dict[Plain, tuple[Dependency, bytes]], self._now)  # all known: indexed
        self.found += 1
        return text, frozenset([now[p][0] for p in entry.deps])

    def where(self, key: str) -> Ident | None:
        """The journal and offset of the fragment `find` finds under `key`."""
        entry = self._index.get(key)
        return None if entry is None else (entry.journal, entry.offset)

    def findable(self, journal: str) -> Set[int]:
        """The offsets in `journal` of the fragments that are still right: what each read,
        its layout, the code and the settings digest as when it was rendered (render/
        splice.py: an output holding it need not render it again). Two workers that
        rendered the same item each stored it; the one `find` no longer finds is as right
        as the other."""
        return self._findable.get(journal, _NONE)

    def keep(self, key: str, template: str | None, value: str, deps: Set[Dependency]) -> Ident:
        """Write a fragment to this process's journal; what it read is digested by the
        main process when it seals the build (`save`). Its journal and offset."""
        ordered = tuple(sorted(map(_plain, deps)))
        _, journal, pack, _ = self._writing()
        data = value.encode()
        os.write(pack, data)
        at = self._offset
        self._pending.append((key, template, ordered, self._offset, len(data)))
        # Not added to this process's index: at 10,000 posts the 57,000 entries of a cold build
        # held ~50 MB in each worker, and a fragment asked for twice in one build is
        # remembered in memory or rendered again. `save` reads every journal this build wrote.
        self._offset += len(data)
        self.kept += 1
        return journal, at

    def flush(self) -> None:
        """Append the entries kept since the last flush to this process's index file (their
        texts are in the pack already, so an entry never points past its pack's end)."""
        if self._pending and self._writer is not None and self._writer[0] == os.getpid():
            chunk = (_FORMAT, self._pending)
            os.write(self._writer[3], pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL))
            self._pending = []

    # -- the main process, after the render stage --------------------------------------------

    def save(self, site: Site) -> None:
        """Take in what this build's journals hold and seal them; merge the journals into
        one when they are many, mostly superseded, any could not be read, or an entry read
        a page the site no longer publishes or now shares."""
        self.close()
        for journal in self._journal_names():
            if journal.partition("-")[0] == self._stamp and journal not in self._journals:
                self._read_journal(journal, None)
        # Every entry left read what its seal (or this build) digested as it is now; one
        # that read a page no longer published, or now shared (whose text may be in no
        # cache), may be in the index or stale in a journal.
        pages = site.pages
        missing = {
            p
            for p, now in self._now.items()
            if now is not None
            and p[0] in _PAGE_READS
            and (p[1] not in pages or pages[p[1]].visibility == "shared")
        }
        gone = [k for k, e in self._index.items() if not missing.isdisjoint(e.deps)]
        for key in gone:
            self._superseded += self._index.pop(key).length
        live = sum(e.length for e in self._index.values())
        many = self._unsealed or len(self._journals) > _MANY_JOURNALS
        if missing or self._superseded > live:
            self._merge(copy=True)
        elif (many or self._rows > _MANY_ROWS) and self._merge(copy=False):
            pass
        elif many:
            self._merge(copy=True)
        elif self._sealing:
            self._write_seal(self._folder, self._sealing, self._sealing_layouts)
        self._index.clear()
        self._findable = {}
        self._now.clear()
        self._sealing.clear()

    def close(self) -> None:
        """Write what is pending and close this process's files."""
        self.flush()
        for fd, _ in self._readers.values():
            os.close(fd)
        self._readers.clear()
        if self._writer is not None and self._writer[0] == os.getpid():
            os.close(self._writer[2])
            os.close(self._writer[3])
        self._writer = None

    # -- inside ------------------------------------------------------------------------------

    def _layout(self, template: str) -> bytes:
        """A layout's digest: it and every layout it reaches."""
        found = self._layouts.get(template)
        if found is None:
            found = self._layouts[template] = self._digests.template(template)
        return found

    def _current(self, plain: Plain) -> tuple[Dependency, bytes] | None:
        """The dependency a plain tuple names and its digest now, made once per build."""
        try:
            return self._now[plain]
        except KeyError:
            pass
        dep = _dependency(plain)
        found = None if dep is None else (dep, self._digests.digest_of(dep))
        self._now[plain] = found
        return found

    def _read_seal(self, build: str) -> _Seal | None:
        """A build's seal, if it is one of this version's."""
        try:
            with os.fdopen(open_cached(self._folder / f"{build}.seal"), "rb") as f:
                value = load_cached(f)
        except (OSError, EOFError, pickle.UnpicklingError, *_NOT_OURS):
            return None
        if not (type(value) is tuple and len(value) == 4 and value[0] == _FORMAT):
            return None
        _, base, templates, deps = value
        if not (
            type(base) is bytes
            and type(templates) is dict
            and all(_is_name(k) and type(v) is bytes for k, v in templates.items())
            and type(deps) is dict
            and all(type(v) is bytes for v in deps.values())
        ):
            return None
        return _Seal(base, templates, deps)

    def _unchanged(self, seal: _Seal | None) -> tuple[set[Plain], set[str]] | None:
        """The dependencies and layouts a seal names that digest now as they did then;
        None for a seal of other code or settings, or none."""
        if seal is None or seal.base != self._digests.base:
            return None
        deps = set()
        for plain, digest in seal.deps.items():
            now = self._current(plain) if type(plain) is tuple else None
            if now is not None and now[1] == digest:
                deps.add(plain)
        layouts = {name for name, digest in seal.templates.items() if self._layout(name) == digest}
        return deps, layouts

    def _writing(self) -> tuple[int, str, int, int]:
        """This process's journal, opened on its first fragment (a forked worker gets its
        own, never the parent's)."""
        pid = os.getpid()
        if self._writer is None or self._writer[0] != pid:
            self._folder.mkdir(parents=True, exist_ok=True)
            journal = f"{self._stamp}-{pid}"
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            pack = open_cached(self._folder / f"{journal}.pack", flags)
            idx = open_cached(self._folder / f"{journal}.idx", flags)
            self._writer = (pid, journal, pack, idx)
            self._offset = os.fstat(pack).st_size
            self._pending = []
        return self._writer

    def _read(self, journal: str, offset: int, length: int) -> bytes | None:
        """An entry's bytes, or None when its pack cannot hold them (a cut pack, or a
        length or offset no build wrote: the store may come from storage others can
        write to, and reading 2**62 bytes fails as memory, not as a missing file)."""
        try:
            known = self._readers.get(journal)
            if known is None:
                fd = open_cached(self._folder / f"{journal}.pack")
                known = self._readers[journal] = (fd, os.fstat(fd).st_size)
            if offset + length > known[1]:
                return None
            data = os.pread(known[0], length, offset)
        except (OSError, OverflowError, MemoryError):
            return None
        return data if len(data) == length else None

    def _journal_names(self) -> list[str]:
        try:
            names = os.listdir(self._folder)
        except OSError:
            return []
        return sorted(n[:-4] for n in names if n.endswith(".idx"))

    def _read_journal(self, journal: str, unchanged: tuple[set[Plain], set[str]] | None) -> None:
        """Index a journal's entries. `unchanged`: what of its seal digests as it did (an
        entry that read anything else is stale); None for this build's own journals, whose
        dependencies are digested here, for their seal."""
        self._journals.add(journal)
        for chunk in _chunks(self._folder / f"{journal}.idx"):
            if not isinstance(chunk, _Columns):
                self._take_rows(journal, chunk, unchanged)
            elif unchanged is not None and not self._index:
                self._take_columns(chunk, unchanged)
            # else: not read. A merge writes the first journal, never a build's own; read as
            # rows, its entries would be looked for in this journal's pack, not their own.

    def _take_rows(
        self,
        journal: str,
        rows: Iterable[_Row],
        unchanged: tuple[set[Plain], set[str]] | None,
    ) -> None:
        """Entries one by one (a journal a render process wrote: its texts in its pack)."""
        index = self._index
        findable = self._findable.setdefault(journal, set())
        for key, template, deps, offset, length, aliases in rows:
            self._rows += 1
            old = index.get(key)
            if old is not None and (old.journal, old.offset) != (journal, offset):
                self._superseded += old.length
            try:
                fresh = (
                    self._seals_own(template, deps)
                    if unchanged is None
                    else (template is None or template in unchanged[1])
                    and unchanged[0].issuperset(deps)
                )
            except TypeError:  # an unhashable "dependency": not ours
                fresh = False
            if fresh:
                if old is not None and (old.journal, old.offset) != (journal, offset):
                    # Both right now, so the same text: an output holding either is right.
                    aliases = ((old.journal, old.offset), *old.aliases, *aliases)[:_ALIASES]
                index[key] = _Entry(template, deps, journal, offset, length, aliases)
                if unchanged is not None:
                    findable.add(offset)
                    for place in aliases:
                        self._findable.setdefault(place[0], set()).add(place[1])
            else:
                index.pop(key, None)
                self._superseded += length

    def _take_columns(self, chunk: _Columns, unchanged: tuple[set[Plain], set[str]]) -> None:
        """A merged journal's entries, all at once in C (as rows, 38,000 entries at 10,000
        posts took 0.13 s of an edit build): the first journal read, so no entry replaces
        another."""
        try:
            fresh = list(
                map(
                    operator.and_,
                    map((unchanged[1] | {None}).__contains__, chunk.templates),
                    map(unchanged[0].issuperset, chunk.deps),
                )
            )
        except TypeError:  # an unhashable "dependency": not ours
            return
        self._superseded += sum(compress(chunk.lengths, map(operator.not_, fresh)))
        rows = zip(
            chunk.templates,
            chunk.deps,
            chunk.packs,
            chunk.offsets,
            chunk.lengths,
            chunk.aliases,
            strict=True,
        )
        self._index.update(
            zip(compress(chunk.keys, fresh), map(_make_entry, compress(rows, fresh)), strict=True)
        )
        findable = self._findable
        for pack in set(chunk.packs):
            held = map(operator.and_, fresh, map(pack.__eq__, chunk.packs))
            findable.setdefault(pack, set()).update(compress(chunk.offsets, held))
        for place, offset in chain.from_iterable(compress(chunk.aliases, fresh)):
            findable.setdefault(place, set()).add(offset)

    def _seals_own(self, template: str | None, deps: tuple[Plain, ...]) -> bool:
        """Add what an entry of this build read to the build's seal; False when one of its
        dependencies is not one this version knows."""
        sealing = self._sealing
        if not all(map(sealing.__contains__, deps)):  # most read what another entry read
            for plain in deps:
                if plain not in sealing:
                    now = self._current(plain)
                    if now is None:
                        return False
                    sealing[plain] = now[1]
        if template is not None and template not in self._sealing_layouts:
            self._sealing_layouts[template] = self._layout(template)
        return True

    def _write_seal(
        self, folder: Path, deps: Mapping[Plain, bytes], templates: Mapping[str, bytes]
    ) -> None:
        """The seal of this build's journals in `folder`: what they read, digested now
        (written whole, then renamed: a journal is read only with its seal)."""
        seal = (_FORMAT, self._digests.base, dict(templates), dict(deps))
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{self._stamp}.seal"
        tmp.write_bytes(pickle.dumps(seal, pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, folder / f"{self._stamp}.seal")

    def _merge(self, copy: bool) -> bool:
        """One journal of the live entries and its seal; every other journal deleted.
        `copy`: their texts copied into its own pack, every other pack deleted (0.4 s at
        10,000 posts); else the new journal names the packs that hold them, which stay
        (0.1 s), only when every byte of those is a live entry's: a stale text may be of a
        page made a draft later, which must then leave nothing in the cache, and what was
        read by entries no longer indexed is not known (False: nothing done)."""
        journal = f"{self._stamp}-0"
        tmp = self._folder / f".{journal}"
        entries = list(self._index.items())
        if not copy and _stale_bytes(entries, self._pack_sizes({e.journal for _, e in entries})):
            return False
        tmp.mkdir(parents=True, exist_ok=True)
        if copy:
            entries = []
            offset = 0
            ordered = sorted(self._index.items(), key=lambda kv: (kv[1].journal, kv[1].offset))
            with open(tmp / f"{journal}.pack", "wb") as pack:
                for key, e in ordered:
                    data = self._read(e.journal, e.offset, e.length)
                    if data is None:
                        continue
                    pack.write(data)
                    aliases = ((e.journal, e.offset), *e.aliases)[:_ALIASES]
                    entries.append(
                        (key, e._replace(journal=journal, offset=offset, aliases=aliases))
                    )
                    offset += e.length
        columns = _Columns.of(entries)
        now = cast(dict[Plain, tuple[Dependency, bytes]], self._now)  # all known: indexed
        deps = {p: now[p][1] for p in set(chain.from_iterable(columns.deps))}
        templates = {t: self._layout(t) for t in set(columns.templates) if t is not None}
        (tmp / f"{journal}.idx").write_bytes(pickle.dumps(columns.chunk(), pickle.HIGHEST_PROTOCOL))
        self._write_seal(tmp, deps, templates)
        self.close()
        kept = {f"{name}.pack" for name in columns.packs} if not copy else set()
        for name in os.listdir(self._folder):
            path = self._folder / name
            if name.endswith((".idx", ".seal")) or (name.endswith(".pack") and name not in kept):
                path.unlink()
            elif name.startswith(".") and path != tmp and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
        # The journal first: a seal without its journal seals nothing.
        moved = (f"{journal}.idx", f"{self._stamp}.seal")
        for name in (f"{journal}.pack", *moved) if copy else moved:
            os.replace(tmp / name, self._folder / name)
        shutil.rmtree(tmp, ignore_errors=True)
        self._index.clear()
        self._journals = {journal}
        self._superseded = 0
        self._unsealed = 0
        return True

    def _pack_sizes(self, names: Iterable[str]) -> dict[str, int]:
        """The size of each pack there is of `names`."""
        sizes = {}
        for name in names:
            with contextlib.suppress(OSError):
                sizes[name] = os.stat(self._folder / f"{name}.pack").st_size
        return sizes


def _stale_bytes(entries: list[tuple[str, _Entry]], sizes: Mapping[str, int]) -> bool:
    """Whether a pack of `sizes` holds bytes that neither an entry nor one of its aliases
    holds (an alias is the same text, stored by two workers: what it read is the entry's),
    or an entry is not within its pack."""
    covered = dict.fromkeys(sizes, 0)
    for _, e in entries:
        for pack, offset in {(e.journal, e.offset), *e.aliases}:
            size = sizes.get(pack)
            if size is None:
                continue  # a place in a pack a merge deleted
            if offset + e.length > size:
                return True
            covered[pack] += e.length
    return covered != sizes


def forget(folder: Path) -> None:
    """Delete the store (a build that failed before it knew which pages it publishes)."""
    shutil.rmtree(folder, ignore_errors=True)


def _chunks(path: Path) -> Iterator[list[_Row] | _Columns]:
    """The chunks of one index file: lists of entries (ending at the first that is not one
    of this version's: a torn end, a build killed mid-write, or anything not ours) or a
    merged journal's columns."""
    names: set[str] = set()  # the few layout and journal names, each checked once
    try:
        with os.fdopen(open_cached(path), "rb") as f:
            while True:
                try:
                    chunk = load_cached(f)
                except EOFError:
                    return
                if type(chunk) is tuple and chunk and chunk[0] == _COLUMNS:
                    columns = _columns(chunk, names)
                    if columns is None:
                        return
                    yield columns
                    continue
                if not (type(chunk) is tuple and len(chunk) == 2 and chunk[0] == _FORMAT):
                    return
                if type(chunk[1]) is not list:
                    return
                rows: list[_Row] = []
                for item in chunk[1]:
                    if not _is_entry(item, names):
                        yield rows
                        return
                    rows.append(item if len(item) == 6 else (*item, ()))
                yield rows
    except (OSError, pickle.UnpicklingError, *_NOT_OURS):
        return


def _entries(path: Path) -> Iterator[_Row]:
    """The entries of one index file, as rows."""
    for chunk in _chunks(path):
        yield from (chunk.rows() if isinstance(chunk, _Columns) else chunk)


def _columns(chunk: tuple[object, ...], names: set[str]) -> _Columns | None:
    """A merged journal's columns, checked as `_is_entry` checks a row, in C; None when they
    are not ones a build wrote. Each pack a journal's name (it is opened)."""
    if len(chunk) != 1 + len(_Columns._fields):
        return None
    columns = _Columns(*chunk[1:])  # type: ignore[arg-type]
    try:
        if not (
            all(type(c) is list and len(c) == len(columns.keys) for c in columns)
            and set(map(type, columns.keys)) <= {str}
            and all(t is None or _is_known_name(t, names) for t in set(columns.templates))
            and set(map(type, columns.deps)) <= {tuple}
            and all(type(p) is str and _JOURNAL.fullmatch(p) for p in set(columns.packs))
            and set(map(type, columns.offsets)) <= {int}
            and set(map(type, columns.lengths)) <= {int}
            and min(columns.offsets, default=0) >= 0
            and min(columns.lengths, default=0) >= 0
            and set(map(type, columns.aliases)) <= {tuple}
        ):
            return None
        places = list(chain.from_iterable(columns.aliases))
        if not (
            set(map(type, places)) <= {tuple}
            and set(map(len, places)) <= {2}
            and set(map(type, map(operator.itemgetter(1), places))) <= {int}
            and all(_is_known_name(j, names) for j in set(map(operator.itemgetter(0), places)))
        ):
            return None
    except TypeError:  # an unhashable name
        return None
    return columns


def _is_entry(item: object, names: set[str]) -> bool:
    """An index entry of this version: (key, layout or None, plain dependencies, offset,
    length, and its aliases: other places of the same text, or none). Each dependency is
    checked where it is digested (`_dependency`), once however many entries read it: an
    entry is kept only when each is one its seal names, checked and digesting as then (or,
    in this build's own journals, one checked and digested). `names`: strings found to be
    names already (`_is_known_name`)."""
    if not (type(item) is tuple and len(item) in (5, 6)):
        return False
    key, template, deps, offset, length = item[:5]
    if len(item) == 6:
        aliases = item[5]
        if type(aliases) is not tuple:
            return False
        for place in aliases:  # a loop, not all(): 78,000 places at 10,000 posts
            if not (
                type(place) is tuple
                and len(place) == 2
                and type(place[1]) is int
                and (
                    (type(place[0]) is str and place[0] in names) or _is_known_name(place[0], names)
                )
            ):
                return False
    return (
        type(key) is str
        and (template is None or _is_known_name(template, names))
        and type(deps) is tuple
        and type(offset) is int
        and type(length) is int
        and offset >= 0
        and length >= 0
    )


_PAGE_READS = (PageRead.__name__, PageHeadRead.__name__)
# What unpickling a file that is not one of ours may raise beside UnpicklingError.
_NOT_OURS = (ValueError, TypeError, AttributeError, ImportError, IndexError, KeyError, MemoryError)


def _is_name(value: object) -> bool:
    """A string a build could have written as a layout's name or a dependency's field:
    UTF-8 text without NUL (a lone surrogate from a crafted file would fail as it is
    digested, a NUL as a layout is looked up)."""
    if type(value) is not str or "\0" in value:
        return False
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def _is_known_name(value: object, names: set[str]) -> bool:
    """`_is_name`, remembered in `names` for a string that is one: 38,000 entries at
    10,000 posts name four layouts and a few journals."""
    if type(value) is not str:
        return False
    if value in names:
        return True
    if _is_name(value):
        names.add(value)
        return True
    return False


def _plain(dep: Dependency) -> Plain:
    """A dependency as its class's name and its fields (all strings)."""
    fields: tuple[str, ...] = dep.__slots__
    return (type(dep).__name__, *(getattr(dep, name) for name in fields))


def _dependency(plain: object) -> Dependency | None:
    """The Dependency a plain tuple names, or None for anything else (a journal is input:
    the cache may come from CI storage others can write to)."""
    if not (isinstance(plain, tuple) and plain and all(map(_is_name, plain))):
        return None
    cls = getattr(deps_module, plain[0], None)
    if not (isinstance(cls, type) and issubclass(cls, Dependency) and cls is not Dependency):
        return None
    try:
        made = cls(*plain[1:])
    except TypeError:
        return None
    return made if isinstance(made, Dependency) else None
