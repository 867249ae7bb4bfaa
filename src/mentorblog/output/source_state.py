"""What the last build learned from each content file's bytes, kept by the file's metadata.

A build keys every parsed page by a digest of its file's bytes, and asks each file whether
it may name the search page; at 10,000 posts reading and hashing 85 MB took 0.3-0.5 s of an
edit build, where a `stat` of every file takes 0.05 s. As git's index does, a file whose
size, modification time, inode and change time are what they were is taken to hold the same
bytes. An entry is kept only for a file last modified more than `RACY_NS` before the build
that read it began: a second save within one tick of the file system's clock, with the same
size, would otherwise look unchanged (git's "racily clean")."""

from __future__ import annotations

import os
import pickle
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from mentorblog.output.unchanged import RACY_NS

STATE = "sources.pickle"  # in the build cache
_FORMAT = 2  # 2: may_vary

Stamp = tuple[int, int, int, int]  # size, mtime_ns, inode, ctime_ns


@dataclass(frozen=True, slots=True)
class Known:
    """A file's digest, whether it may name search and whether its parse may vary with the
    address, `env` or private notes (load.py `_varies`), as read when its stamp was taken."""

    stamp: Stamp
    digest: bytes
    may_search: bool
    may_vary: bool


def stamp_of(path: str | Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


def load(folder: Path) -> dict[str, Known]:
    """What the last build kept ({} when absent, unreadable or of another format). Plain
    tuples of ints, bytes and bools: pickle rebuilds no class here."""
    try:
        with open(folder / STATE, "rb") as f:
            form, rows = _SafeUnpickler(f).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return {}
    if form != _FORMAT or not isinstance(rows, dict):
        return {}
    try:
        return {
            name: Known(_stamp(stamp), bytes(digest), bool(may_search), bool(may_vary))
            for name, (stamp, digest, may_search, may_vary) in rows.items()
        }
    except (TypeError, ValueError):
        return {}


def _stamp(value: object) -> Stamp:
    """Four integers, or ValueError: a row of another shape is no file's stamp."""
    size, mtime, inode, ctime = map(int, value)  # type: ignore[call-overload]
    return (size, mtime, inode, ctime)


def save(folder: Path, known: Mapping[str, Known], started_ns: int) -> None:
    """Keep the entries of files settled when the build began (see the module's text)."""
    rows = {
        name: (k.stamp, k.digest, k.may_search, k.may_vary)
        for name, k in known.items()
        if max(k.stamp[1], k.stamp[3]) < started_ns - RACY_NS
    }
    folder.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix="sources-", dir=folder)
    with os.fdopen(handle, "wb") as f:
        pickle.dump((_FORMAT, rows), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / STATE)


def now_ns() -> int:
    return time.time_ns()


class _SafeUnpickler(pickle.Unpickler):
    """The cache may come from CI storage others can write: no class may be built."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed here")
