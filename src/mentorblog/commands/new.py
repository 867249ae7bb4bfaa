"""`mentorblog new`: a post skeleton from an archetype, dated now in the site's time zone.

Archetypes are small Jinja templates (`archetypes/<kind>.md` in the site, else the theme's),
so a site can shape its own; the result is checked to parse before it is written, and an
existing file is never overwritten."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from types import TracebackType

import jinja2

from mentorblog.commands.new_kinds import OpenItem, open_commitments
from mentorblog.core import urls
from mentorblog.core.dates import site_zone
from mentorblog.core.errors import BuildError
from mentorblog.core.theme import theme_dir
from mentorblog.read.config import load_config
from mentorblog.read.discover import MARKDOWN_SUFFIXES
from mentorblog.read.parse import split_front_matter

DIALECTS = ("hugo", "jekyll")
ARCHETYPES = "archetypes"


@dataclass(frozen=True, slots=True)
class Archetype:
    name: str  # for messages: "archetypes/default.md" or "theme:archetypes/default.md"
    text: str


@dataclass(frozen=True, slots=True)
class Filling:
    """What an archetype is filled in with beyond the file name and the date. `new` leaves a
    draft to complete; `new site` fills in its first post so that it is published at once and
    shows a session on the journal page."""

    draft: bool = True
    description: str = ""
    session_minutes: int | None = None
    session_with: str = ""
    session_kind: str = ""
    example: bool = False  # sample sentences under the prompts
    open_items: tuple[OpenItem, ...] = ()  # commitments still open (new_kinds.py)


def new_content(
    source: Path,
    path: str,
    *,
    kind: str | None = None,
    dialect: str | None = None,
    now: datetime | None = None,
) -> PurePosixPath:
    """Write the new post and return its path relative to the site root. Without a dialect,
    a post under `_posts/` is named the Jekyll way (Jekyll skips an undated file there)."""
    if dialect is None:
        dialect = "jekyll" if "_posts" in PurePosixPath(path.replace("\\", "/")).parts else "hugo"
    if dialect not in DIALECTS:
        raise BuildError(f"unknown dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    root = source.resolve()
    config = load_config(root).config
    moment = now_in(config.timezone, now)
    rel = content_path(path, dialect, moment)
    archetype = find_archetype(root, kind, rel)
    target = PurePosixPath("content") / rel
    # Only an archetype that shows open commitments pays for reading the whole site.
    items = open_commitments(root, now) if "open_items" in archetype.text else ()
    text = render_archetype(archetype, rel, moment, dialect, kind, Filling(open_items=items))
    checked_front_matter(text, target, archetype)
    _write(root, target, text)
    return target


def now_in(timezone: str, now: datetime | None = None) -> datetime:
    """The moment a new post is dated with: in the site's zone, to the second."""
    zone = site_zone(timezone)
    return (now or datetime.now(zone)).astimezone(zone).replace(microsecond=0)


def checked_front_matter(text: str, target: PurePosixPath, archetype: Archetype) -> None:
    """A filled-in archetype must parse before it is written; a mistake is the archetype's."""
    try:
        split_front_matter(text, target)
    except BuildError as err:
        raise BuildError(
            f"the archetype does not make valid front matter: {err.message}", archetype.name
        ) from None


def content_path(path: str, dialect: str, moment: datetime) -> PurePosixPath:
    """`posts/my-first-session.md` (a leading `content/` is fine) checked, with `.md` added
    when missing; a trailing `/` makes a page bundle (`.../index.md`). Jekyll's dialect puts
    the date in front of the name, as `_posts/` files have it."""
    path = path.replace("\\", "/")
    is_bundle = path.endswith("/")
    rel = PurePosixPath(path)
    if rel.is_absolute() or not rel.parts:
        raise BuildError(f"{path!r}: give a path under content/, such as posts/my-first-session.md")
    if rel.parts[0] == "content":
        rel = PurePosixPath(*rel.parts[1:]) if len(rel.parts) > 1 else PurePosixPath()
    if not rel.parts or any(part in ("..", ".") for part in rel.parts):
        raise BuildError(f"{path!r}: give a path under content/, such as posts/my-first-session.md")
    if is_bundle:
        rel = rel / "index.md"
    elif rel.suffix.lower() not in MARKDOWN_SUFFIXES:
        rel = rel.with_name(rel.name + ".md")
    if dialect == "jekyll":
        named = rel.parent if is_bundle else rel
        stem = named.name if is_bundle else named.stem
        if urls.split_dated_name(stem)[0] is None:
            dated = f"{moment:%Y-%m-%d}-{named.name}"
            rel = named.with_name(dated) / "index.md" if is_bundle else named.with_name(dated)
    return rel


def title_for(rel: PurePosixPath) -> str:
    """The file name as a title, as the build does for a post without one:
    `2024-05-02-my-first-session.md` -> "My First Session"."""
    stem = rel.parent.name if rel.stem == "index" and len(rel.parts) > 1 else rel.stem
    name = urls.split_dated_name(stem)[1]
    return " ".join(w.capitalize() for w in name.replace("_", "-").split("-") if w)


def find_archetype(root: Path, kind: str | None, rel: PurePosixPath) -> Archetype:
    """`--kind NAME`: archetypes/NAME.md; otherwise the section's archetype (`posts.md` for
    a post under posts/), then `default.md`. The site's file beats the theme's."""
    names = [kind] if kind else [*(rel.parts[:1] if len(rel.parts) > 1 else ()), "default"]
    for name in names:
        if not name or "/" in name or name.startswith("."):
            raise BuildError(f"{name!r} is not an archetype name")
        for folder, shown in (
            (root / ARCHETYPES, ARCHETYPES),
            (theme_dir() / ARCHETYPES, "theme:" + ARCHETYPES),
        ):
            file = folder / f"{name}.md"
            if file.is_file():
                return Archetype(
                    f"{shown}/{name}.md", _read_archetype(root, file, f"{shown}/{name}.md")
                )
    known = sorted(
        {
            p.stem
            for folder in (root / ARCHETYPES, theme_dir() / ARCHETYPES)
            if folder.is_dir()
            for p in folder.glob("*.md")
        }
    )
    raise BuildError(
        f"no archetype {kind!r} in {ARCHETYPES}/ or the theme (known: {', '.join(known) or 'none'})"
    )


def _read_archetype(root: Path, file: Path, shown: str) -> str:
    """An archetype's text; one that is a link out of the site is refused, as layouts are,
    so `new` never copies a file from elsewhere into a post."""
    if not shown.startswith("theme:") and not file.resolve().is_relative_to(root.resolve()):
        raise BuildError(
            "is a symbolic link to a place outside the site; refusing to follow it", shown
        )
    data = file.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BuildError(
            f"not UTF-8 text (byte {data[err.start]:#04x}); save the file as UTF-8",
            shown,
            data.count(b"\n", 0, err.start) + 1,
        ) from None


def render_archetype(
    archetype: Archetype,
    rel: PurePosixPath,
    moment: datetime,
    dialect: str,
    kind: str | None,
    filling: Filling = Filling(),
) -> str:
    """Fill in an archetype. It sees `title`, `date` (ISO 8601 with offset), `slug`,
    `section`, `path`, `dialect`, `kind` and the `filling`: `draft`, `description`,
    `session` (`minutes`, `with`, `kind`), `example` and `open_items` (each with `id`,
    `text`, `owner`, `due`, `made_in` and `line`, one line for a YAML comment); `quote`
    makes any text a safe YAML string."""
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["quote"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    stem = rel.parent.name if rel.stem == "index" and len(rel.parts) > 1 else rel.stem
    values = {
        "title": title_for(rel),
        "date": moment.isoformat(),
        "slug": urls.split_dated_name(stem)[1],
        "section": str(rel.parent) if rel.parent != PurePosixPath(".") else "",
        "path": str(PurePosixPath("content") / rel),
        "dialect": dialect,
        "kind": kind or "",
        "draft": filling.draft,
        "description": filling.description,
        "session": {
            "minutes": filling.session_minutes,
            "with": filling.session_with,
            "kind": filling.session_kind,
        },
        "example": filling.example,
        "open_items": filling.open_items,
    }
    try:
        return env.from_string(archetype.text).render(values)
    except jinja2.TemplateSyntaxError as err:
        raise BuildError(
            f"archetype template error: {err.message}", archetype.name, err.lineno
        ) from None
    except jinja2.UndefinedError as err:
        raise BuildError(
            f"archetype template error: {err.message} (an archetype sees {', '.join(values)})",
            archetype.name,
        ) from None
    except (
        jinja2.TemplateError,
        ArithmeticError,
        LookupError,
        TypeError,
        ValueError,
        AttributeError,
        RecursionError,
    ) as err:  # a mistake in the archetype
        raise BuildError(
            f"archetype template error: {str(err) or type(err).__name__}",
            archetype.name,
            _template_line(err.__traceback__),
        ) from None


def _template_line(tb: TracebackType | None) -> int | None:
    """The archetype's line in a traceback (Jinja maps template frames to `<template>`)."""
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


def _write(root: Path, target: PurePosixPath, text: str) -> None:
    file = root / target
    existing = file.parent
    while not existing.exists() and existing != root:
        existing = existing.parent
    real = existing.resolve()
    if not (real.is_relative_to((root / "content").resolve()) or real == root.resolve()):
        raise BuildError(
            "refusing to write outside content/ (a folder on the way is a link to somewhere else)",
            target,
        )
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with open(file, "x", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except FileExistsError:
        raise BuildError(
            "already exists; `new` never overwrites a file (pick another name)", target
        ) from None
    except OSError as err:
        raise BuildError(f"cannot write: {err.strerror or err}", target) from None


def create_files(root: Path, files: Mapping[PurePosixPath, str]) -> None:
    """Write new files under `root`, all of them or none. Nothing is ever overwritten: a file
    that exists stops everything before the first write, and one that appears meanwhile, a
    folder on the way that links out of `root` or a failed write undoes what was made."""
    taken = sorted(rel for rel in files if os.path.lexists(root / rel))
    if taken:
        raise BuildError(
            "already exists; nothing was written (mentorblog never overwrites a file)", taken[0]
        )
    base = root.resolve()
    made: list[Path] = []  # files and folders, in the order they were made
    try:
        for rel, text in files.items():
            folder = root
            for part in rel.parent.parts:
                folder = folder / part
                if not folder.is_dir():
                    folder.mkdir()
                    made.append(folder)
                if not folder.resolve().is_relative_to(base):
                    raise BuildError(
                        "refusing to write through a folder that links to "
                        "somewhere else; nothing was written",
                        rel,
                    )
            with open(root / rel, "x", encoding="utf-8", newline="\n") as f:
                made.append(root / rel)
                f.write(text)
    except BaseException as err:
        for path in reversed(made):
            with contextlib.suppress(OSError):
                if path.is_dir() and not path.is_symlink():
                    path.rmdir()
                else:
                    path.unlink()
        if isinstance(err, FileExistsError):
            raise BuildError(
                "already exists; nothing was written (mentorblog never overwrites a file)",
                _relative(err.filename, root),
            ) from None
        if isinstance(err, OSError):
            raise BuildError(
                f"cannot write: {err.strerror or err}; nothing was written",
                _relative(err.filename, root),
            ) from None
        raise


def _relative(filename: object, root: Path) -> PurePosixPath | None:
    if not isinstance(filename, str):
        return None
    try:
        return PurePosixPath(Path(filename).relative_to(root).as_posix())
    except ValueError:
        return PurePosixPath(filename)
