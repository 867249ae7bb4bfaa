"""The fragment store: fragments of big outputs (render/fragments.py) kept between builds in
the build cache's `fragments/` folder, each with what it read and the digest of that, so an
edit build takes every post's feed items from here and renders only the edited post's.

A fragment is found only when the digest of its layout (and every layout that reaches), the
code, the settings, its key and the current value of each dependency it recorded is the one
stored: the same test output reuse makes for a whole file (fingerprint.py), with the same
`Digests`.

The store is a set of journals, each a pack of fragment texts and an index of entries
(key, digest, dependencies, offset, length), appended as pickled lists. Every process that
renders writes a journal of its own (forked render workers too), named by the build's start
and the process, so later journals win. After the render stage `save` merges them all into
one when they are many or mostly superseded, and at once when an entry read a page the site
no longer publishes (a post made a draft or deleted must not stay in the cache, which CI
often uploads)."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from collections.abc import Iterator, Set
from pathlib import Path
from typing import NamedTuple, cast

from mentorblog.core.model import Site
from mentorblog.output.cache import load_cached
from mentorblog.output.fingerprint import Digests
from mentorblog.render import deps as deps_module
from mentorblog.render.deps import Dependency, PageRead

FOLDER = "fragments"  # inside the build cache
_MANY_JOURNALS = 8  # merged when there are more


# A dependency as the journals keep it: its class's name and its fields, plain strings that
# unpickle and hash at C speed (57,000 entries of a 10,000-post site took 1.2 s to load as
# Dependency objects).
Plain = tuple[str, ...]


class _Entry(NamedTuple):
    digest: bytes
    deps: tuple[Plain, ...]
    journal: str
    offset: int
    length: int


class FragmentStore:
    """Fragments of earlier builds and those this build renders (render/fragments.py's
    `Fragments`). Made by the main process before the render stage; forked workers inherit
    it, find in what it loaded and write their own journal."""

    def __init__(self, folder: Path, digests: Digests) -> None:
        self._folder = folder
        self._digests = digests
        self._stamp = f"{time.time_ns():020d}"
        self._index: dict[str, _Entry] = {}
        self._superseded = 0  # bytes of entries a later journal replaced
        self._journals: set[str] = set()
        self._readers: dict[str, int] = {}
        self._writer: tuple[int, str, int, int] | None = None  # pid, journal, pack fd, idx fd
        self._offset = 0
        self._pending: list[tuple[str, bytes, tuple[Plain, ...], int, int]] = []
        self._templates: dict[str | None, bytes] = {}
        self._plains: dict[Plain, tuple[Dependency, bytes, bytes] | None] = {}
        self.found = 0
        self.kept = 0

    # -- the render side ---------------------------------------------------------------------

    def load(self) -> None:
        """Read every journal's index (oldest first, so a later entry replaces an earlier)."""
        self._index.clear()
        self._superseded = 0
        self._journals = set()
        for journal in self._journal_names():
            self._read_journal(journal)

    def find(self, key: str, template: str | None) -> tuple[str, frozenset[Dependency]] | None:
        entry = self._index.get(key)
        if entry is None:
            return None
        now = self._now(entry.deps)
        if now is None or entry.digest != self._digest(key, template, now[0]):
            return None
        try:
            data = os.pread(self._reader(entry.journal), entry.length, entry.offset)
        except OSError:
            return None
        if len(data) != entry.length:
            return None
        self.found += 1
        return data.decode(), now[1]

    def keep(self, key: str, template: str | None, value: str, deps: Set[Dependency]) -> None:
        ordered = tuple(sorted(map(_plain, deps)))
        now = self._now(ordered)
        if now is None:
            return
        digest = self._digest(key, template, now[0])
        pack = self._writing()[2]
        data = value.encode()
        os.write(pack, data)
        self._pending.append((key, digest, ordered, self._offset, len(data)))
        # Not added to this process's index: at 10,000 posts the 57,000 entries of a cold build
        # held ~50 MB in each worker (the build's peak went from 465 to 551 MB), and a
        # fragment asked for twice in one build is remembered in memory or rendered again.
        # `save` reads every journal this build wrote.
        self._offset += len(data)
        self.kept += 1

    def flush(self) -> None:
        """Append the entries kept since the last flush to this process's index file (their
        texts are in the pack already, so an entry never points past its pack's end)."""
        if self._pending and self._writer is not None and self._writer[0] == os.getpid():
            os.write(self._writer[3], pickle.dumps(self._pending, pickle.HIGHEST_PROTOCOL))
            self._pending = []

    # -- the main process, after the render stage --------------------------------------------

    def save(self, site: Site) -> None:
        """Take in what the workers wrote; merge the journals into one when they are many,
        mostly superseded, or hold an entry that read a page the site no longer publishes."""
        self.close()
        for journal in self._journal_names():
            if journal not in self._journals:
                self._read_journal(journal)
        gone = [k for k, e in self._index.items() if _reads_missing(e.deps, site)]
        for key in gone:
            self._superseded += self._index.pop(key).length
        live = sum(e.length for e in self._index.values())
        if gone or len(self._journals) > _MANY_JOURNALS or self._superseded > live:
            self._merge()

    def close(self) -> None:
        """Write what is pending and close this process's files."""
        self.flush()
        for fd in self._readers.values():
            os.close(fd)
        self._readers.clear()
        if self._writer is not None and self._writer[0] == os.getpid():
            os.close(self._writer[2])
            os.close(self._writer[3])
        self._writer = None

    # -- inside ------------------------------------------------------------------------------

    def _digest(self, key: str, template: str | None, deps: bytes) -> bytes:
        """A fragment's digest: the code, settings, layout, key and what it read (`deps`:
        each dependency's digest, 32 bytes, then their keys, which hold no NUL)."""
        layout = self._templates.get(template)
        if layout is None:
            d = self._digests
            layout = self._templates[template] = _sha(
                d.base, d.template(template) if template else bytes(32)
            )
        return hashlib.sha256(layout + key.encode() + b"\0" + deps).digest()

    def _now(self, deps: tuple[Plain, ...]) -> tuple[bytes, frozenset[Dependency]] | None:
        """What a fragment's dependencies digest to in this site, and the Dependency objects
        they name; None for one this version cannot read. Each dependency is digested once
        per build; sets are not kept: a post's items each read a set of their own, and at
        10,000 posts keeping 38,000 sets raised the peak memory of an edit build by 40 MB."""
        known = self._plains
        try:  # every dependency but the first reader's is known: one pass at C speed
            parts = [known[p] for p in deps]
        except KeyError:
            parts = [known[p] if p in known else self._dependency(p) for p in deps]
        if None in parts:
            return None
        ready = cast(list[tuple[Dependency, bytes, bytes]], parts)
        return (
            b"".join([digest for _, digest, _ in ready]) + b"\0".join([k for _, _, k in ready]),
            frozenset([dep for dep, _, _ in ready]),
        )

    def _dependency(self, plain: Plain) -> tuple[Dependency, bytes, bytes] | None:
        """One dependency, its current digest and its key, made once per build (a post's
        page and tag names are read by each of its feed items)."""
        dep = _dependency(plain)
        found = None if dep is None else (dep, *self._digests.dependency(dep))
        self._plains[plain] = found
        return found

    def _writing(self) -> tuple[int, str, int, int]:
        """This process's journal, opened on its first fragment (a forked worker gets its
        own, never the parent's)."""
        pid = os.getpid()
        if self._writer is None or self._writer[0] != pid:
            self._folder.mkdir(parents=True, exist_ok=True)
            journal = f"{self._stamp}-{pid}"
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            pack = os.open(self._folder / f"{journal}.pack", flags, 0o644)
            idx = os.open(self._folder / f"{journal}.idx", flags, 0o644)
            self._writer = (pid, journal, pack, idx)
            self._offset = os.fstat(pack).st_size
            self._pending = []
        return self._writer

    def _reader(self, journal: str) -> int:
        fd = self._readers.get(journal)
        if fd is None:
            fd = self._readers[journal] = os.open(self._folder / f"{journal}.pack", os.O_RDONLY)
        return fd

    def _journal_names(self) -> list[str]:
        try:
            names = os.listdir(self._folder)
        except OSError:
            return []
        return sorted(n[:-4] for n in names if n.endswith(".idx"))

    def _read_journal(self, journal: str) -> None:
        self._journals.add(journal)
        index = self._index
        for key, digest, deps, offset, length in _entries(self._folder / f"{journal}.idx"):
            old = index.get(key)
            if old is not None and (old.journal, old.offset) != (journal, offset):
                self._superseded += old.length
            index[key] = _Entry(digest, deps, journal, offset, length)

    def _merge(self) -> None:
        """One journal of the live entries; every other journal deleted."""
        journal = f"{self._stamp}-0"
        tmp = self._folder / f".{journal}"
        tmp.mkdir(parents=True, exist_ok=True)
        entries = []
        offset = 0
        with open(tmp / f"{journal}.pack", "wb") as pack:
            for key, e in sorted(self._index.items(), key=lambda kv: (kv[1].journal, kv[1].offset)):
                data = os.pread(self._reader(e.journal), e.length, e.offset)
                if len(data) != e.length:
                    continue
                pack.write(data)
                entries.append((key, e.digest, e.deps, offset, e.length))
                offset += e.length
        (tmp / f"{journal}.idx").write_bytes(pickle.dumps(entries, pickle.HIGHEST_PROTOCOL))
        self.close()
        for name in os.listdir(self._folder):
            path = self._folder / name
            if name.endswith((".pack", ".idx")):
                path.unlink()
            elif name.startswith(".") and path != tmp and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
        for suffix in (".pack", ".idx"):
            os.replace(tmp / f"{journal}{suffix}", self._folder / f"{journal}{suffix}")
        tmp.rmdir()
        self._index.clear()
        self._journals = {journal}
        self._superseded = 0


def forget(folder: Path) -> None:
    """Delete the store (a build that failed before it knew which pages it publishes)."""
    shutil.rmtree(folder, ignore_errors=True)


def _entries(path: Path) -> Iterator[tuple[str, bytes, tuple[Plain, ...], int, int]]:
    """The entries of one index file; a torn end (a build killed mid-write) or anything that
    is not ours ends it."""
    try:
        with open(path, "rb") as f:
            while True:
                try:
                    chunk = load_cached(f)
                except EOFError:
                    return
                if not isinstance(chunk, list):
                    return
                for item in chunk:
                    if not _is_entry(item):
                        return
                    yield item
    except (OSError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
        return


def _is_entry(item: object) -> bool:
    """An index entry of this version: (key, digest, plain dependencies, offset, length)."""
    if not (type(item) is tuple and len(item) == 5):
        return False
    key, digest, deps, offset, length = item
    return (
        type(key) is str
        and type(digest) is bytes
        and type(deps) is tuple
        and all(type(d) is tuple and d and all(type(v) is str for v in d) for d in deps)
        and type(offset) is int
        and type(length) is int
        and offset >= 0
        and length >= 0
    )


def _reads_missing(deps: tuple[Plain, ...], site: Site) -> bool:
    return any(d[0] == _PAGE_READ and d[1] not in site.pages for d in deps)


_PAGE_READ = PageRead.__name__


def _plain(dep: Dependency) -> Plain:
    """A dependency as its class's name and its fields (all strings)."""
    fields: tuple[str, ...] = dep.__slots__
    return (type(dep).__name__, *(getattr(dep, name) for name in fields))


def _dependency(plain: object) -> Dependency | None:
    """The Dependency a plain tuple names, or None for anything else (a journal is input:
    the cache may come from CI storage others can write to)."""
    if not (isinstance(plain, tuple) and plain and all(isinstance(v, str) for v in plain)):
        return None
    cls = getattr(deps_module, plain[0], None)
    if not (isinstance(cls, type) and issubclass(cls, Dependency) and cls is not Dependency):
        return None
    try:
        made = cls(*plain[1:])
    except TypeError:
        return None
    return made if isinstance(made, Dependency) else None


def _sha(*parts: bytes) -> bytes:
    return hashlib.sha256(b"".join(len(p).to_bytes(8, "little") + p for p in parts)).digest()
