"""Walking the old site: every file, sorted, without following links out of it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from mentorblog.discover import MARKDOWN_SUFFIXES
from mentorblog.errors import Notice


def walk(
    root: Path, skip: Path | None, prune: Callable[[PurePosixPath], bool]
) -> tuple[list[PurePosixPath], list[Notice]]:
    """Files under `root` relative to it. `prune(folder)` true: do not look inside (the
    caller reports it). Links that lead outside the old site are reported, not followed."""
    real_root = root.resolve()
    found: list[PurePosixPath] = []
    notices: list[Notice] = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            path = here / name
            rel = PurePosixPath(path.relative_to(root).as_posix())
            if skip is not None and path.resolve() == skip:
                continue
            if path.is_symlink():
                notices.append(
                    Notice(
                        "is a link to a folder; links are not followed, copy "
                        "what it points to by hand",
                        rel,
                    )
                )
                continue
            if not prune(rel):
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = here / name
            rel = PurePosixPath(path.relative_to(root).as_posix())
            if path.is_symlink() and not path.resolve().is_relative_to(real_root):
                notices.append(Notice("is a link to a file outside the old site; not copied", rel))
                continue
            if path.is_file():
                found.append(rel)
    found.sort(key=str)
    return found, notices


def has_front_matter(path: Path, *, jekyll: bool) -> bool:
    """Jekyll processes a file only when its first line is `---` (anything else is copied
    as is); Hugo also knows `+++` and a JSON object."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(64)
    except OSError:
        return False
    first = first.removeprefix(b"\xef\xbb\xbf").rstrip()
    if jekyll:
        return first == b"---"
    return first in (b"---", b"+++") or first.startswith(b"{")


def is_markdown(rel: PurePosixPath) -> bool:
    return rel.suffix.lower() in MARKDOWN_SUFFIXES
