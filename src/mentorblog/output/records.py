"""The output index: what each file of the last build's output read, kept in the build cache
for output reuse (reuse.py, basis.py), as a whole file and a tail of what changed since.

Pickling the whole index after every build took an edit build at 10,000 posts 0.1 s (14,000
records, 11 MB), though it renders a dozen files. So a build writes `outputs.pickle` whole
only now and then, and otherwise `recent-outputs.pickle`: the records that differ from the
whole file's, those gone from it, and the basis, with only the reads it added to the whole
file's. The tail names the whole file it extends by a stamp drawn when that was written, so a
tail left beside a newer whole file is never read; each file is replaced at once (written
aside, then renamed), so a reader finds the last build's index or the one before."""

from __future__ import annotations

import contextlib
import operator
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from mentorblog import __version__
from mentorblog.core.model import pickled_as_fields
from mentorblog.output.cache import UNREADABLE, dumps, load_cached, replace_file
from mentorblog.render.deps import Dependency
from mentorblog.render.splice import Spliced

WHOLE = "outputs.pickle"  # in the build cache
TAIL = "recent-outputs.pickle"  # what changed since WHOLE was written
_TEMP = "outputs-"  # a file being written (cache._TEMP_PREFIXES)
_FORMAT = 6  # bump when what the files hold changes shape
# The tail is folded into a new whole file when it holds more records than this share of
# the whole one's (each build writes the tail in full: it grows with every edit build).
_TAIL_SHARE = 0.1
_TAIL_MIN = 200


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class OutputRecord:
    """One file of a build's output: its fingerprint (None: never reuse it), what it read,
    and the state of the file when it was written, to notice later changes to it."""

    fingerprint: str | None
    deps: tuple[Dependency, ...]  # sorted by key
    size: int
    mtime_ns: int
    inode: int
    spliced: Spliced | None = None  # its blocks of fragments, to splice (render/splice.py)

    @property
    def state(self) -> tuple[int, int, int]:
        return (self.size, self.mtime_ns, self.inode)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Basis:
    """What the records of `live` were made from, for a next build that keeps the same plan
    to find what changed without digesting what every output read (output/basis.py)."""

    plan: str  # the token of the kept plan the site was (output/collect_memo.py)
    base: bytes  # the settings and code (`Digests.base`)
    urls: tuple[str, ...]  # every page's url, in the site's order
    pages: bytes  # their pages' digests (`Digests.page`, 32 bytes each), in that order
    heads: bytes  # their heads' digests (`Digests.page_head`)
    rest: bytes  # the Site's fields that are neither the plan's nor its pages
    others: dict[str, bytes]  # dependency key -> digest, for those of scope OTHER
    planned: bytes | None  # the plan's fields (`Digests.planned`)
    # Every dependency object the records name, by scope, pickled with the records so they
    # are the records' own objects (a record naming one the basis lacks is rendered again);
    # objects no record names any more may stay, up to a quarter more than `full`, the
    # number when they were last gathered from every record.
    reads: dict[str, list[Dependency]]
    full: int


@dataclass(frozen=True, slots=True)
class Stored:
    """The whole file an index was read from, for `save_outputs` to write only the change:
    its stamp, its records and its basis's reads, as read (the index's own are new dicts
    when a tail was read too)."""

    stamp: str
    live: Mapping[str, OutputRecord]
    reads: Mapping[str, list[Dependency]]


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class OutputIndex:
    """The files of the output folder (`live`) and of the recycled folder in the cache
    (`spare`), by path relative to the output folder."""

    destination: str
    live: dict[str, OutputRecord]
    spare: dict[str, OutputRecord]
    layouts: bytes = b""  # digest of every layout file when `templates` was computed
    templates: dict[str, bytes] = field(default_factory=dict)  # layout -> closure digest
    basis: Basis | None = None  # None: the next build digests every record's reads
    # The files it was read from (None in a build's new index, and whenever it is pickled).
    stored: Stored | None = field(default=None, compare=False)


# A record in the tail: its fields, with its reads as their places among the basis's reads
# (`_flat`), which the whole file pickled once; pickled again with each record they made
# the tail of one edit build at 10,000 posts 4 MB (a feed reads every page's head).
_Row = tuple[str | None, tuple[int, ...], int, int, int, Spliced | None]


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class _Tail:
    """An index as the change to the whole file of stamp `stamp`: the records of `live` that
    differ from that file's and the paths that left it; the recycled folder's records as
    those of that file's `live` but `spare_gone`, and `spare`; the basis, with only the
    reads it added to the whole file's, which holds the first `kept` of each scope."""

    stamp: str
    live: dict[str, _Row]
    gone: list[str]
    spare: dict[str, _Row]
    spare_gone: list[str]
    layouts: bytes
    templates: dict[str, bytes]
    basis: Basis
    kept: dict[str, int]


def _key() -> str:
    shape = tuple(
        (c.__name__, tuple(f.name for f in fields(c)))
        for c in (OutputRecord, OutputIndex, Basis, _Tail)
    )
    return repr((_FORMAT, __version__, shape))


def load_outputs(folder: Path, destination: Path) -> OutputIndex:
    """What the previous build wrote to `destination`; empty when it wrote elsewhere."""
    empty = OutputIndex(str(destination), {}, {})
    whole = _read(folder / WHOLE)
    if not (
        isinstance(whole, tuple)
        and len(whole) == 3
        and whole[0] == _key()
        and type(whole[1]) is str
        and isinstance(whole[2], OutputIndex)
        and type(whole[2].live) is dict
        and type(whole[2].spare) is dict
        and whole[2].stored is None
    ):
        return empty
    stamp, index = whole[1], whole[2]
    if index.destination != str(destination):
        return empty
    reads = index.basis.reads if index.basis is not None else {}
    stored = Stored(stamp, index.live, reads if type(reads) is dict else {})
    tail = _read(folder / TAIL)
    if (
        isinstance(tail, tuple)
        and len(tail) == 2
        and tail[0] == _key()
        and isinstance(tail[1], _Tail)
        and tail[1].stamp == stamp
    ):
        index = _joined(index, tail[1])
    # A record whose reads are not a tuple (a build writes tuples: the cache may come from
    # storage others can write to) is none: its output is rendered again.
    live = index.live
    if not all(type(r) is OutputRecord and type(r.deps) is tuple for r in live.values()):
        live = {
            path: r for path, r in live.items() if type(r) is OutputRecord and type(r.deps) is tuple
        }
    return replace(index, live=live, stored=stored)


def _read(path: Path) -> object:
    try:
        with open(path, "rb") as f:
            return load_cached(f)
    except UNREADABLE:
        return None


def _joined(whole: OutputIndex, tail: _Tail) -> OutputIndex:
    """The index a tail describes (the whole index when the tail is not one a build wrote)."""
    if not (
        type(tail.live) is dict
        and type(tail.gone) is list
        and type(tail.spare) is dict
        and type(tail.spare_gone) is list
        and type(tail.templates) is dict
        and type(tail.kept) is dict
        and isinstance(tail.basis, Basis)
    ):
        return whole
    try:
        basis = _joined_basis(whole.basis, tail.basis, tail.kept)
        if basis is None:
            return whole
        flat = _flat(basis.reads)
        live = dict(whole.live)
        for path in tail.gone:
            live.pop(path, None)
        live.update(_records(tail.live, flat))
        gone = set(tail.spare_gone)
        spare = {p: r for p, r in whole.live.items() if p not in gone}
        spare.update(_records(tail.spare, flat))
    except (TypeError, ValueError, IndexError):  # not a tail a build wrote
        return whole
    return OutputIndex(whole.destination, live, spare, tail.layouts, tail.templates, basis)


def _flat(reads: Mapping[str, list[Dependency]]) -> list[Dependency]:
    """The basis's reads in one list, the places a tail's records name them by."""
    return [dep for scope in sorted(reads) for dep in reads[scope]]


def _records(rows: Mapping[str, _Row], flat: list[Dependency]) -> dict[str, OutputRecord]:
    """The tail's records with their reads (IndexError, TypeError, ValueError: not a tail a
    build wrote)."""
    made = {}
    for path, (fingerprint, places, size, mtime_ns, inode, spliced) in rows.items():
        if type(places) is not tuple or (places and min(places) < 0):
            raise ValueError(path)
        deps = tuple(map(flat.__getitem__, places))
        made[path] = OutputRecord(fingerprint, deps, size, mtime_ns, inode, spliced)
    return made


def _joined_basis(whole: Basis | None, tail: Basis, kept: Mapping[str, int]) -> Basis | None:
    """The tail's basis with the whole file's reads it kept before its own; None when the
    whole file has fewer."""
    if type(tail.reads) is not dict:
        return None
    held = whole.reads if whole is not None and type(whole.reads) is dict else {}
    reads: dict[str, list[Dependency]] = {}
    for scope in held.keys() | tail.reads.keys() | kept.keys():
        first = held.get(scope, [])
        count = kept.get(scope, 0)
        added = tail.reads.get(scope, [])
        if type(first) is not list or type(added) is not list or type(count) is not int:
            return None
        if not 0 <= count <= len(first):
            return None
        reads[scope] = first[:count] + added
    return replace(tail, reads=reads)


def save_outputs(folder: Path, index: OutputIndex, since: OutputIndex | None = None) -> None:
    """Keep `index` for the next build: as a tail to the whole file `since` was read from
    when it holds little, else whole (with a new stamp; the old tail then goes)."""
    folder.mkdir(parents=True, exist_ok=True)
    stored = since.stored if since is not None else None
    tail = _tail_of(index, stored) if stored is not None else None
    if tail is not None:
        replace_file(folder, TAIL, _TEMP, dumps((_key(), tail)))
        return
    stamp = os.urandom(8).hex()
    replace_file(folder, WHOLE, _TEMP, dumps((_key(), stamp, replace(index, stored=None))))
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder / TAIL)


def _tail_of(index: OutputIndex, stored: Stored) -> _Tail | None:
    """`index` as a change to `stored`; None when it is better written whole: it has no
    basis, its basis's reads were gathered again, or it changed much."""
    basis = index.basis
    if basis is None:
        return None
    base = stored.live
    live = {p: r for p, r in index.live.items() if base.get(p) is not r}
    spare = {p: r for p, r in index.spare.items() if base.get(p) is not r}
    if len(live) + len(spare) > max(_TAIL_MIN, _TAIL_SHARE * len(base)):
        return None
    kept: dict[str, int] = {}
    added: dict[str, list[Dependency]] = {}
    for scope, reads in basis.reads.items():
        first = stored.reads.get(scope, [])
        count = len(first)
        if count and not (len(reads) >= count and all(map(operator.is_, reads[:count], first))):
            return None  # gathered again
        kept[scope], added[scope] = count, reads[count:]
    if sum(map(len, added.values())) > max(_TAIL_MIN, _TAIL_SHARE * basis.full):
        return None
    places = {id(dep): n for n, dep in enumerate(_flat(basis.reads))}
    try:
        rows = _rows(live, places), _rows(spare, places)
    except KeyError:  # a record reads what the basis does not carry
        return None
    return _Tail(
        stored.stamp,
        rows[0],
        [p for p in base if p not in index.live],
        rows[1],
        [p for p, r in base.items() if index.spare.get(p) is not r],
        index.layouts,
        index.templates,
        replace(basis, reads=added),
        kept,
    )


def _rows(records: Mapping[str, OutputRecord], places: Mapping[int, int]) -> dict[str, _Row]:
    """Records as the tail keeps them (KeyError: one reads what `places` lacks)."""
    return {
        path: (
            r.fingerprint,
            tuple(map(places.__getitem__, map(id, r.deps))),
            r.size,
            r.mtime_ns,
            r.inode,
            r.spliced,
        )
        for path, r in records.items()
    }
