"""Walking the old site: every file, sorted, without following links out of it."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from mentorblog.discover import MARKDOWN_SUFFIXES, theme_dir
from mentorblog.errors import BuildError, Notice
from mentorblog.parse import LAYOUT_ALIASES, lookup, read_text, split_front_matter


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


def read_front_matter(source: Path, rel: PurePosixPath) -> tuple[dict[str, Any], list[Notice]]:
    """A carried-over file's front matter, to check what it asks for; a file whose front
    matter does not parse is still copied, and the build will point at the same line."""
    try:
        text = read_text((source / rel).read_bytes(), rel)
        values = split_front_matter(text, rel).values
    except BuildError as err:
        return {}, [
            Notice(f"{err.message}; copied as it is, the build will report it too", rel, err.line)
        ]
    return values, _layout_notices(rel, values)


@functools.cache
def _theme_layouts() -> frozenset[str]:
    """The theme's layout names, listed once per process rather than once per page."""
    return frozenset(p.stem for p in (theme_dir() / "layouts").glob("*.html"))


def _layout_notices(rel: PurePosixPath, values: dict[str, Any]) -> list[Notice]:
    """A `layout` that neither the theme nor mentorblog's aliases know stops the build."""
    layout = lookup(values, "layout")
    if not isinstance(layout, str) or not layout.strip():
        return []
    name = layout.strip().removesuffix(".html")
    known = _theme_layouts()
    if name in known or name in LAYOUT_ALIASES or name == "none":
        return []
    return [
        Notice(
            f"asks for `layout: {name}`, a layout of the old site that was not carried "
            f"over; the build stops here until you add layouts/{name}.html (a Jinja "
            "template) or change the layout",
            rel,
        )
    ]
