"""Walking the old site: every file, sorted, without following links out of it."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from mentorblog.core.dialects import LAYOUT_ALIASES
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import lookup
from mentorblog.core.theme import theme_dir
from mentorblog.markdown.bodytags import cannot_run
from mentorblog.read.discover import MARKDOWN_SUFFIXES
from mentorblog.read.parse import read_text, split_front_matter


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


def read_page(source: Path, rel: PurePosixPath) -> tuple[dict[str, Any], str, list[Notice], int]:
    """A carried-over file's front matter, body and the line its body starts on, to check
    what it asks for; a file whose front matter does not parse is still copied, and the
    build will point at the same line."""
    try:
        text = read_text((source / rel).read_bytes(), rel)
        split = split_front_matter(text, rel)
    except BuildError as err:
        return (
            {},
            "",
            [
                Notice(
                    f"{err.message}; copied as it is, the build will report it too", rel, err.line
                )
            ],
            1,
        )
    return split.values, split.body, [], split.body_line


def tag_notices(rel: PurePosixPath, body: str, body_line: int, *, liquid: bool) -> list[Notice]:
    """One notice per tag of a carried page that mentorblog cannot run (each line it is used
    on), so the import lists what the build will leave out."""
    notices = []
    for shown, lines in cannot_run(body, liquid=liquid):
        at = [body_line + n for n in lines]
        where = (
            ""
            if len(at) == 1
            else " (lines "
            + ", ".join(map(str, at[:8]))
            + (f" and {len(at) - 8} more" if len(at) > 8 else "")
            + ")"
        )
        why = (
            "a shortcode of the old site's templates"
            if shown.startswith("{{")
            else "a Liquid tag of the old site's plugins or theme"
        )
        notices.append(
            Notice(
                f"`{shown}`{where}: {why}, which mentorblog cannot run; the build leaves "
                "the tag out and shows what it wraps",
                rel,
                at[0],
            )
        )
    diagrams = [n for n, line in enumerate(body.splitlines()) if _MERMAID.match(line)]
    if diagrams:
        shown_lines = ", ".join(str(body_line + n) for n in diagrams[:8])
        many = len(diagrams) > 1
        count = f"{len(diagrams)} mermaid diagrams (lines" if many else "a mermaid diagram (line"
        notices.append(
            Notice(
                f"{count} {shown_lines}): shown as source code; mentorblog draws no "
                "diagrams (chirpy and other themes drew them in the browser with a script)",
                rel,
                body_line + diagrams[0],
            )
        )
    return notices


_MERMAID = re.compile(r"^ {0,3}(?:`{3,}|~{3,})\s*\{?\s*mermaid\b")


@functools.cache
def _theme_layouts() -> frozenset[str]:
    """The theme's layout names, listed once per process rather than once per page."""
    return frozenset(p.stem for p in (theme_dir() / "layouts").glob("*.html"))


def unknown_layout(values: dict[str, Any]) -> str | None:
    """A `layout` that neither the theme nor mentorblog's aliases know: the build would stop."""
    layout = lookup(values, "layout")
    if not isinstance(layout, str) or not layout.strip():
        return None
    name = layout.strip().removesuffix(".html")
    if name in _theme_layouts() or name in LAYOUT_ALIASES or name == "none":
        return None
    return name


_LAYOUT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def stand_in_layouts(
    uses: dict[str, list[tuple[PurePosixPath, bool]]],
) -> tuple[list[tuple[PurePosixPath, str]], list[Notice]]:
    """For each layout only the old site had (name -> the files asking for it, and whether
    each is a post), a stand-in `layouts/NAME.html` that shows the page as the theme's post
    or page layout does, so the site builds; each is reported, for its owner to rewrite."""
    writes: list[tuple[PurePosixPath, str]] = []
    notices: list[Notice] = []
    for name, files in sorted(uses.items()):
        first = files[0][0]
        others = f" (and {len(files) - 1} more files)" if len(files) > 1 else ""
        if not _LAYOUT_NAME.fullmatch(name):
            notices.append(
                Notice(
                    f"asks for `layout: {name}`, a layout of the old site that was not carried "
                    f"over{others}; the build stops here until you change the layout",
                    first,
                )
            )
            continue
        base = "post" if any(is_post for _, is_post in files) else "page"
        writes.append(
            (
                PurePosixPath("layouts") / f"{name}.html",
                f"{{#- Stand-in written by `mentorblog import`: the old site's `{name}` layout "
                "was a template of its own theme.\n    It shows these pages as the theme's "
                f"{base} layout does; replace it with a Jinja template of your own. -#}}\n"
                f'{{% extends "theme:{base}.html" %}}\n',
            )
        )
        notices.append(
            Notice(
                f"asks for `layout: {name}`, a layout of the old site{others}; it was not "
                f"carried over: layouts/{name}.html shows it as the theme's {base} layout "
                "does until you write your own",
                first,
            )
        )
    return writes, notices


def math_loader(
    source: Path, found: Iterable[PurePosixPath], folders: tuple[str, ...]
) -> PurePosixPath | None:
    """The old site's template under `folders` that loads MathJax or KaTeX (hyde's
    `_includes/head.html`, a PaperMod site's `layouts/partials/extend_head.html`): where
    a site turned math on for every page without a switch in its settings."""
    loader = None
    for rel in found:
        if rel.parts[0] in folders and rel.suffix.lower() == ".html":
            try:
                text = (source / rel).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if _MATH_GATE.search(text):
                return None  # loaded only for pages that ask (`{{ if .Params.math }}`)
            if loader is None and _MATH_SCRIPT.search(text):
                loader = rel
    return loader


_MATH_SCRIPT = re.compile(r"<script[^>]*\b(?:mathjax|katex)", re.IGNORECASE)
# A template that loads math only where a page or the settings ask for it: PaperMod's
# documented `{{ if or .Params.math .Site.Params.math }}`, Jekyll's `{% if page.mathjax %}`.
_MATH_GATE = re.compile(
    r"(?:\.Params\.|\bpage\.|\bsite\.)(?:math|mathjax|usemathjax|katex)\b", re.IGNORECASE
)


def math_from_templates(
    source: Path, found: Iterable[PurePosixPath], folders: tuple[str, ...], values: dict[str, Any]
) -> Notice | None:
    """`params: {math: true}` in the new settings when a template of the old site loads
    MathJax or KaTeX (`math_loader`) and the settings say nothing of math; the notice says
    where it was found."""
    loader = math_loader(source, found, folders)
    params = values.get("params")
    if loader is None or (isinstance(params, dict) and "math" in params):
        return None
    values["params"] = {**(params if isinstance(params, dict) else {}), "math": True}
    return Notice(
        "loads MathJax or KaTeX for every page: site.yaml has `params: {math: true}`, "
        "so LaTeX becomes MathML at build time",
        loader,
    )
