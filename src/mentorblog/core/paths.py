"""`PurePosixPath` objects made from text already split, as pathlib itself makes them.

pathlib parses every path it is handed again, part by part: an edit build at 10,000 posts
made 29,000 paths, 0.26 s under cProfile, most of them of text already clean (a name from
a folder's listing, a path the build cache wrote). Python 3.11's `_from_parsed_parts` makes
a path from its parts without parsing; it is used only when it makes the very paths
`PurePosixPath` makes (checked once, at import), and only for parts that need no parsing;
anything else goes through `PurePosixPath`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath
from typing import cast

_Make = Callable[[str, str, list[str]], PurePosixPath]


def _fast_maker() -> _Make | None:
    """pathlib's constructor from parts, when it makes the paths `PurePosixPath` makes."""
    make = getattr(PurePosixPath, "_from_parsed_parts", None)
    if make is None:
        return None
    try:
        made = make("", "", ["content", "posts", "a.md"])
        plain = PurePosixPath("content/posts/a.md")
        if not (
            type(made) is PurePosixPath
            and made == plain
            and str(made) == str(plain)
            and hash(made) == hash(plain)
            and made.parts == plain.parts
            and made.parent == plain.parent
            and made.suffix == ".md"
            and made.relative_to("content") == PurePosixPath("posts/a.md")
        ):
            return None
    except Exception:  # another Python's private method: another signature
        return None
    return cast(_Make, make)


_MAKE = _fast_maker()


def posix_path(text: str) -> PurePosixPath:
    """`PurePosixPath(text)`: a relative path with no empty or "." part is split here."""
    if _MAKE is not None and type(text) is str and text and text[0] != "/":
        parts = text.split("/")
        if "" not in parts and "." not in parts:
            return _MAKE("", "", parts)
    return PurePosixPath(text)


def joined(folder: list[str], name: str) -> PurePosixPath:
    """`PurePosixPath(*folder, name)` for the parts of a relative folder, each a name from a
    folder's listing (never empty, ".", or holding "/"), and a name from its listing."""
    if _MAKE is not None:
        return _MAKE("", "", [*folder, name])
    return PurePosixPath(*folder, name)
