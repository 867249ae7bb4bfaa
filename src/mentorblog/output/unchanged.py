"""The quickest build: nothing changed since the last one, so its output already is this one.

A build that changed nothing still read and hashed every source, unpickled every parsed page,
collected the site and fingerprinted every output: 2.3 s at 10,000 posts, to learn that there
was nothing to do. What make and git's index do is enough to know that sooner: every input
file's metadata (path, size, modification time, inode) is as the last successful build saw it
when it started, and so are the settings, mentorblog's own code, the environment variables it
reads and the output folder as that build left it. Then the build ends at once and repeats the
last build's summary and warnings.

The stamp is written after a build succeeded, with the inputs as they were when it started (a
file saved during a build makes the next one a real build), and only when no input changed in
the last two seconds before that: a file system stamps a write with a clock that ticks every
few milliseconds, so a second save of the same size in the same tick would look unchanged
(git's index knows this as "racily clean"). It is never used when the site
would change by itself with time (a post that becomes due or expires: the stamp says when),
when the site has shared posts (sealed anew by every build), or without a build cache."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from mentorblog.core.errors import Notice
from mentorblog.core.theme import theme_dir
from mentorblog.output.cache import replace_file, source_digest
from mentorblog.output.write import Tree, scan

STAMP = "unchanged.json"  # in the build cache
_FORMAT = 1
_SKIPPED_FOLDERS = {".git", ".hg", ".svn", "__pycache__"}
_OURS = ".mentorblog-"  # a build's lock file and staging folders beside its output
RACY_NS = 2_000_000_000  # an input this recent when the build began: no stamp


@dataclass(frozen=True, slots=True)
class InputKey:
    digest: str
    settled: bool  # no input was modified within RACY_NS before the key was made


@dataclass(frozen=True, slots=True)
class Summary:
    """What the last build reported, repeated by a build that had nothing to do."""

    pages: int
    files: int
    posts: int
    base_url: str
    skipped: Mapping[str, int]
    notices: tuple[Notice, ...]


def input_key(
    options: str, root: Path, plugin_digest: str, destination: Path, cache: Path
) -> InputKey:
    """A digest of everything a build's output depends on, by file metadata: every file of
    the site (but the output, the cache and version-control folders) and of the theme,
    the options (as text: those that change what is written), the plugins' code,
    mentorblog's code and libraries, and the environment variables builds read
    (MENTORBLOG_*, TZ)."""
    digest = hashlib.sha256()
    digest.update(repr((_FORMAT, source_digest(), plugin_digest)).encode())
    digest.update(options.encode(errors="surrogateescape"))
    environment = sorted(
        (k, v) for k, v in os.environ.items() if k.startswith("MENTORBLOG_") or k == "TZ"
    )
    digest.update(repr(environment).encode())
    skip = {destination.resolve(), cache.resolve()}
    started = time.time_ns()
    newest = [0]
    for line in _listing(root.resolve(), skip, newest):
        digest.update(line)
    for line in _listing(theme_dir().resolve(), set(), newest):
        digest.update(b"theme:" + line)
    return InputKey(digest.hexdigest(), newest[0] < started - RACY_NS)


def _listing(root: Path, skip: set[Path], newest: list[int]) -> Iterator[bytes]:
    """One line per file under `root`, in a stable order: path, size, modification time,
    inode and mode; a symbolic link (to a file or a folder) also with where it points.
    `newest[0]` becomes the latest modification time seen. Plain os.scandir and strings:
    this runs over every file of the site on every build."""
    skipped = {str(p) for p in skip}
    stack = [(str(root), "")]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError:
            yield f"{rel}\0unreadable\n".encode(errors="surrogateescape")
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(_OURS) or entry.path in skipped:
                continue
            path = rel + name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if name not in _SKIPPED_FOLDERS:
                        stack.append((entry.path, path + "/"))
                    continue
                st = entry.stat()  # a link: what it points to (the file a build reads)
                link = os.readlink(entry.path) if entry.is_symlink() else ""
            except OSError:
                yield f"{path}\0missing\n".encode(errors="surrogateescape")
                continue
            newest[0] = max(newest[0], st.st_mtime_ns)
            yield (
                f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\0{st.st_mode}\0{link}\n"
            ).encode(errors="surrogateescape")


def output_digest(destination: Path) -> str:
    """The output folder as it is: every file's path and metadata, every folder."""
    return tree_digest(scan(destination))


def tree_digest(tree: Tree) -> str:
    """`output_digest` of a folder that holds `tree`, for a build that knows what it wrote."""
    text = repr((sorted(tree.files.items()), sorted(tree.folders), sorted(tree.others)))
    return hashlib.sha256(text.encode(errors="surrogateescape")).hexdigest()


def unchanged(cache: Path, key: str, destination: Path, now: datetime) -> Summary | None:
    """The last build's summary when nothing changed since it started, else None."""
    try:
        data = json.loads((cache / STAMP).read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT or data["key"] != key:
            return None
        until = data["until"]
        if until is not None and datetime.fromisoformat(until) <= now:
            return None  # a post became due or expired since
        if not destination.is_dir() or data["output"] != output_digest(destination):
            return None  # someone changed the output
        return Summary(
            pages=int(data["pages"]),
            files=int(data["files"]),
            posts=int(data["posts"]),
            base_url=str(data["base_url"]),
            skipped={str(k): int(v) for k, v in data["skipped"].items()},
            notices=tuple(
                Notice(str(m), PurePosixPath(f) if f is not None else None, line)
                for m, f, line in data["notices"]
            ),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def record(
    cache: Path,
    key: str,
    destination: Path,
    until: datetime | None,
    summary: Summary,
    output: str | None = None,
) -> None:
    """Remember a successful build: the inputs' key from its start, its output, its summary.
    `output`: the output's `tree_digest` when the build knows every file it wrote, which
    spares scanning 14,000 files and 10,000 folders (0.2-0.5 s at 10,000 posts, with every
    worker done and only this process running)."""
    data = {
        "format": _FORMAT,
        "key": key,
        "until": until.isoformat() if until is not None else None,
        "output": output or output_digest(destination),
        "pages": summary.pages,
        "files": summary.files,
        "posts": summary.posts,
        "base_url": summary.base_url,
        "skipped": dict(summary.skipped),
        "notices": [
            [n.message, str(n.file) if n.file is not None else None, n.line]
            for n in summary.notices
        ],
    }
    replace_file(cache, STAMP, "unchanged-", json.dumps(data).encode())


def forget(cache: Path) -> None:
    """No stamp: the next build is a real one (a build that failed, or one not to repeat)."""
    with contextlib.suppress(OSError):
        os.unlink(cache / STAMP)
