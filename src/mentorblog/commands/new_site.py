"""`mentorblog new site DIR` and `mentorblog init [DIR]`: a journal that builds at once.

Its files come from templates shipped in the package (`scaffold/site/`) and the theme's
reflection archetype, filled in from the command's flags: nothing is asked interactively, so
it works in scripts. The folder must be new or hold only hidden files (a fresh `git init`),
and no file is ever overwritten."""

from __future__ import annotations

import json
import os
import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit
from zoneinfo import ZoneInfoNotFoundError

import jinja2

from mentorblog.commands.new import (
    ARCHETYPES,
    Archetype,
    Filling,
    checked_front_matter,
    content_path,
    create_files,
    now_in,
    render_archetype,
)
from mentorblog.core import urls
from mentorblog.core.dates import site_zone
from mentorblog.core.errors import BuildError
from mentorblog.core.theme import theme_dir
from mentorblog.read.yamltext import load_yaml

DIALECTS = ("hugo", "jekyll")
ROLES = ("mentor", "mentee")
DEFAULT_TITLE = "My mentoring journal"
DEFAULT_AUTHOR = "Your Name"
EXAMPLE_BASE_URL = "https://example.org/"
FIRST_POST = "our-first-session.md"
GITIGNORE = PurePosixPath(".gitignore")


@dataclass(frozen=True, slots=True)
class SiteSpec:
    """What the flags of `new site` say; every field has a default that builds."""

    title: str = DEFAULT_TITLE
    author: str = DEFAULT_AUTHOR
    base_url: str = EXAMPLE_BASE_URL
    role: str = "mentor"  # the author's role; the partner has the other one
    partner: str = ""  # the person the author meets; "" = "Your mentee" or "Your mentor"
    language: str = "en"
    timezone: str = "UTC"
    dialect: str = "hugo"

    @property
    def partner_name(self) -> str:
        return self.partner or ("Your mentee" if self.role == "mentor" else "Your mentor")


@dataclass(frozen=True, slots=True)
class NewSite:
    root: Path
    written: tuple[PurePosixPath, ...]  # relative to root, in the order of site_files
    kept: tuple[PurePosixPath, ...]  # hidden files already there, left as they were
    first_post: PurePosixPath


def new_site(
    target: Path, spec: SiteSpec, *, now: datetime | None = None, force: bool = False
) -> NewSite:
    """Write a new journal into `target`. `force` allows a folder that already holds visible
    files, as Hugo's `new site --force` does; even then no file is overwritten."""
    check_spec(spec)
    root = Path(os.path.abspath(target))
    if root.exists() and not root.is_dir():
        raise BuildError("exists and is not a folder; give a new or empty folder", str(target))
    if root.is_dir() and not force:
        _check_empty(root, target)
    wanted = site_files(spec, now)
    kept = tuple(rel for rel in (GITIGNORE,) if os.path.lexists(root / rel))
    writing = {rel: text for rel, text in wanted.items() if rel not in kept}
    if os.path.lexists(root / "site.yaml"):
        raise BuildError(
            "already exists: this folder holds a site already; nothing was written",
            str(target / "site.yaml"),
        )
    made = _missing_folders(root)
    root.mkdir(parents=True, exist_ok=True)
    try:
        create_files(root, writing)
    except BuildError as err:  # name the file as the folder was given
        _remove_empty(made)
        where = target / err.file if err.file is not None else target
        raise BuildError(err.message, str(where), err.line) from None
    except BaseException:
        _remove_empty(made)
        raise
    first = next(rel for rel in wanted if rel.parent.name in ("posts", "_posts"))
    return NewSite(root, tuple(writing), kept, first)


def site_files(spec: SiteSpec, now: datetime | None = None) -> dict[PurePosixPath, str]:
    """Every file of the new site and its text; pure apart from reading the templates."""
    moment = now_in(spec.timezone, now)
    env = _environment()
    values = {
        "title": spec.title,
        "author": spec.author,
        "base_url": spec.base_url,
        "role": spec.role,
        "partner": spec.partner_name,
        "partner_role": "mentee" if spec.role == "mentor" else "mentor",
        "language": spec.language,
        "timezone": spec.timezone,
        "dialect": spec.dialect,
        "description": "Reflections on mentoring, written down after each session.",
        "welcome_title": "Welcome",
        "welcome": "What we worked on, what I learned and what I will try next, written down "
        "after every session while it is still fresh.",
        "about_description": "Who keeps this journal, and how to find your way around it.",
    }
    result: dict[PurePosixPath, str] = {}
    for template, rel in (
        ("site.yaml", PurePosixPath("site.yaml")),
        ("gitignore", GITIGNORE),
        ("about.md", PurePosixPath("content/about.md")),
        ("archives.md", PurePosixPath("content/archives.md")),
        ("search.md", PurePosixPath("content/search.md")),
    ):
        result[rel] = env.get_template(template).render(values)
    _check_settings(result[PurePosixPath("site.yaml")], spec)
    post = content_path(
        ("_posts/" if spec.dialect == "jekyll" else "posts/") + FIRST_POST, spec.dialect, moment
    )
    archetype = Archetype(
        f"theme:{ARCHETYPES}/reflection.md",
        (theme_dir() / ARCHETYPES / "reflection.md").read_text(encoding="utf-8"),
    )
    filling = Filling(
        draft=False,
        description="How we started, and how this journal works.",
        session_minutes=60,
        session_with=spec.partner_name,
        session_kind="getting started",
        example=True,
    )
    target = PurePosixPath("content") / post
    text = render_archetype(archetype, post, moment, spec.dialect, "reflection", filling)
    checked_front_matter(text, target, archetype)
    result[target] = text
    return result


# -- the flags' values ------------------------------------------------------------------------
# Each check returns the value as it will be used or raises ValueError with a message for the
# person who typed it; the CLI shows those as usage errors.


def one_line(value: str) -> str:
    """Text that goes into YAML and pages: one line, no control characters."""
    text = value.strip()
    if not text:
        raise ValueError("must not be empty")
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text):
        raise ValueError("must be one line of text, without control characters")
    if len(text) > 200:
        raise ValueError("is longer than 200 characters")
    return text


def person(value: str) -> str:
    """A name that gets an address of its own (/authors/<name>/)."""
    text = one_line(value)
    if not urls.slugify(text):
        raise ValueError(f"{text!r} needs at least one letter or digit")
    return text


def site_address(value: str) -> str:
    """A full http(s) address, ending in `/` as baseURL does."""
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{text!r} is not a full address such as https://example.org/")
    if parts.query or parts.fragment or any(c.isspace() or c in "\"'<>\\" for c in text):
        raise ValueError(f"{text!r} must be a plain address, without spaces, quotes, ? or #")
    return text if text.endswith("/") else text + "/"


def zone_name(value: str) -> str:
    """What site.yaml's `timezone` takes: an IANA name, or a fixed offset (`+01:00`), as
    Jekyll sites have it (`dates.site_zone`)."""
    text = value.strip()
    try:
        site_zone(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {text!r} (use a name such as Europe/Berlin, "
            "America/New_York or UTC, or an offset such as +01:00)"
        ) from None
    return text


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def language_code(value: str) -> str:
    text = value.strip()
    if not _LANGUAGE.fullmatch(text):
        raise ValueError(f"{text!r} is not a language code such as en, de or pt-BR")
    return text


def check_spec(spec: SiteSpec) -> None:
    """The same checks as the flags, for callers that build a SiteSpec themselves."""
    checks = (
        ("--title", one_line, spec.title),
        ("--author", person, spec.author),
        ("--with", person, spec.partner_name),
        ("--base-url", site_address, spec.base_url),
        ("--timezone", zone_name, spec.timezone),
        ("--language", language_code, spec.language),
    )
    for flag, check, value in checks:
        try:
            if check(value) != value:
                raise ValueError(f"{value!r} has spaces around it or lacks the final /")
        except ValueError as err:
            raise BuildError(f"{flag}: {err}") from None
    if spec.role not in ROLES:
        raise BuildError(f"--role: must be mentor or mentee, not {spec.role!r}")
    if spec.dialect not in DIALECTS:
        raise BuildError(f"--dialect: must be hugo or jekyll, not {spec.dialect!r}")
    if urls.slugify(spec.author) == urls.slugify(spec.partner_name):
        raise BuildError("--with: the person you meet needs another name than the author")


def local_timezone() -> str:
    """This computer's zone as an IANA name (from TZ or /etc/localtime), else UTC: posts
    written here are then dated as the author's clock shows them."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = os.readlink("/etc/localtime")
    except OSError:
        link = ""
    if "zoneinfo/" in link:
        candidates.append(link.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name and not name.startswith(("/", ".")):
            try:
                return zone_name(name)
            except ValueError:
                continue
    return "UTC"


# -- helpers ------------------------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    """The scaffold's templates: plain text (not html), every name required."""
    folder = files("mentorblog").joinpath("scaffold", "site")
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: folder.joinpath(name).read_text(encoding="utf-8")
        ),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["quote"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    env.filters["md"] = _markdown_text
    return env


def _markdown_text(value: object) -> str:
    """Text shown as written in Markdown: every ASCII punctuation mark backslash-escaped,
    which CommonMark allows for each of them."""
    return "".join("\\" + ch if ch in string.punctuation else ch for ch in str(value))


def _check_settings(text: str, spec: SiteSpec) -> None:
    """The written site.yaml must read back as the values given (a guard for quoting)."""
    data = load_yaml(text).data
    expected = (spec.title, spec.author, spec.base_url, sorted((spec.author, spec.partner_name)))
    if (
        not isinstance(data, dict)
        or (
            data.get("title"),
            data.get("author"),
            data.get("baseURL"),
            sorted(data.get("authors") or ()),
        )
        != expected
    ):
        raise BuildError("the values given cannot be written into site.yaml safely", "site.yaml")


def _check_empty(root: Path, given: Path) -> None:
    visible = sorted(e.name for e in os.scandir(root) if not e.name.startswith("."))
    if visible:
        shown = ", ".join(visible[:3]) + (", ..." if len(visible) > 3 else "")
        raise BuildError(
            f"is not empty (it holds {shown}); a new site goes into a new or empty folder "
            "(hidden files such as .git are fine), or add --force to write it beside those "
            "files, which are never overwritten",
            str(given),
        )


def _remove_empty(made: list[Path]) -> None:
    """Undo `mkdir(parents=True)`: deepest first, only the folders it made, only if empty."""
    for folder in made:
        try:
            folder.rmdir()
        except OSError:
            break


def _missing_folders(root: Path) -> list[Path]:
    """The folders `mkdir(parents=True)` will make for `root`, deepest first."""
    missing: list[Path] = []
    folder = root
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing
