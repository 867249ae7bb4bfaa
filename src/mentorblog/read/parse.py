"""Markdown file -> Page: front matter split, the Jekyll/Hugo dialect table, the cascade,
dates, slugs and urls. Pure given the file's text and the site's Config."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from functools import partial
from pathlib import PurePosixPath
from typing import Any, TypeVar

import yaml

from mentorblog.core import urls
from mentorblog.core.dates import DateError, parse_date, site_zone
from mentorblog.core.dialects import (
    BOOL_FLAGS,
    KNOWN_KEYS,
    LAYOUT_ALIASES,
    MATH_SWITCHES,
    OTHER_FLAGS,
)
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.hints import closest
from mentorblog.core.keys import norm
from mentorblog.core.model import (
    HUGO,
    JEKYLL,
    PRIVATE,
    PUBLIC,
    SHARED,
    UNLISTED,
    VISIBILITIES,
    Closure,
    Config,
    Cover,
    Page,
    Session,
)
from mentorblog.read import languages, themeparams
from mentorblog.read.config import author_names, reader_variable
from mentorblog.read.journalfields import read_closures, read_commitments, read_reply_target
from mentorblog.read.yamltext import (
    MAX_DEPTH,
    MAX_DIGITS,
    EntryLines,
    error_line,
    error_text,
    load_yaml,
    number_too_long,
    too_deep,
)

_T = TypeVar("_T")

_NOT_PAGE_LAYOUTS = {
    "base",
    "404",
    "alias",
    "home",
    "tag",
    "tags",
    "section",
    "series",
    "author",
    "authors",
    "journal",
    "commitments",
    "subscribe",
}
_TRUE_WORDS = {"true", "yes", "on", "y"}
_FALSE_WORDS = {"false", "no", "off", "n"}


@dataclass(frozen=True, slots=True)
class ParseContext:
    """What parsing needs to know about the whole site, computed once before parsing."""

    config: Config
    main_sections: tuple[str, ...]
    layouts: frozenset[str]  # template names (without .html) a page may ask for
    search_terms: bool = False  # parse workers also tokenise each page for the search index
    site_dialect: str = HUGO  # the dialect of a file that names none (`site_dialect()`)
    # Folders below the top level that hold an `_index.md` (Hugo's nested sections), for the
    # `:sections` permalink token; see section_folders().
    section_dirs: frozenset[str] = frozenset()
    # `index.md` files at the top of content/ with no `_index.md` of their language beside
    # them: the home page's text, as Hugo reads it and Jekyll publishes it at / (see
    # home_indexes()); by file, as `Page.source` names it.
    home_index: frozenset[str] = frozenset()
    # site.yaml names the dialect: with `dialect: hugo` a file's `permalink` (Jekyll's key,
    # which Hugo ignores) neither makes it Jekyll's nor moves it (`import hugo` writes it).
    dialect_named: bool = False


@dataclass(frozen=True, slots=True)
class FrontMatter:
    values: dict[str, Any]
    key_lines: dict[str, int]  # key as written -> file line
    duplicates: tuple[tuple[str, int, int], ...]
    body: str
    body_line: int
    found: bool
    syntax: str = "yaml"  # "yaml", "toml" or "json"
    # Top-level key as written -> the file line of each entry of its list (YAML only; TOML
    # and JSON errors about an entry point at its key).
    entry_lines: dict[str, tuple[EntryLines, ...]] = field(default_factory=dict)
    # Keys as written whose value is an unquoted YAML time without a zone (yamltext.py).
    plain_times: frozenset[str] = frozenset()


def read_text(data: bytes, source: PurePosixPath) -> str:
    """UTF-8 without BOM and with LF line ends, or a BuildError."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise BuildError(
            f"not UTF-8 text (byte {data[err.start]:#04x}); save the file as UTF-8", source, line
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise BuildError("contains a NUL character; is this a binary file?", source, line)
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


_TOO_DEEP = f"front matter nests lists and mappings more than {MAX_DEPTH} levels deep"
_TOO_LONG = f"front matter holds a number with more than {MAX_DIGITS:,} digits"


def split_front_matter(text: str, source: PurePosixPath) -> FrontMatter:
    """YAML (`---`), TOML (`+++`) or JSON (`{`) front matter; the rest is the body.

    Delimiter lines are found here; their content is parsed by PyYAML, tomllib or json.
    Blank lines before the opening delimiter are allowed, as in Hugo."""
    blank = 0
    while text.startswith(("\n", " ", "\t")) and "\n" in text:
        line, _, rest = text.partition("\n")
        if line.strip():
            break
        blank, text = blank + 1, rest
    if blank and text.startswith(("---", "+++")):
        try:
            return _shifted(split_front_matter(text, source), blank)
        except BuildError as err:
            raise BuildError(
                err.message, err.file, err.line + blank if err.line else None
            ) from None
    if blank:
        text = "\n" * blank + text
    first, _, _ = text.partition("\n")
    fence = first.rstrip()
    if fence in ("---", "+++"):
        closers = ("---", "...") if fence == "---" else ("+++",)
        lines = text.split("\n")
        for i in range(1, len(lines)):
            if lines[i].rstrip() in closers:
                raw = "\n".join(lines[1:i])
                body = "\n".join(lines[i + 1 :])
                if fence == "---":
                    return _yaml(raw, body, i + 2, source)
                return _toml(raw, body, i + 2, source)
        raise BuildError(
            f"front matter starts with `{fence}` on line 1 but is never closed", source, 1
        )
    if text.startswith("{"):
        try:
            data, end = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError as err:
            raise BuildError(
                f"front matter is not valid JSON: {err.msg}", source, err.lineno
            ) from None
        except RecursionError:  # nested past the parser's stack
            raise BuildError(_TOO_DEEP, source, 1) from None
        except ValueError:  # a number too long to read
            raise BuildError(_TOO_LONG, source, number_too_long(text)) from None
        if not isinstance(data, dict):
            raise BuildError("front matter must be key: value pairs", source, 1)
        if too_deep(data):
            raise BuildError(_TOO_DEEP, source, 1)
        body = text[end:].lstrip(" \t").removeprefix("\n")
        return FrontMatter(
            data,
            _json_key_lines(text[:end], data),
            (),
            body,
            text.count("\n", 0, len(text) - len(body)) + 1,
            True,
            "json",
        )
    return FrontMatter({}, {}, (), text, 1, False)


def _shifted(fm: FrontMatter, lines: int) -> FrontMatter:
    """Front matter found `lines` lines further down the file."""
    return replace(
        fm,
        key_lines={k: v + lines for k, v in fm.key_lines.items()},
        duplicates=tuple((k, a + lines, b + lines) for k, a, b in fm.duplicates),
        body_line=fm.body_line + lines,
        entry_lines={k: tuple(e.shifted(lines) for e in v) for k, v in fm.entry_lines.items()},
    )


def _json_key_lines(raw: str, data: dict[str, Any]) -> dict[str, int]:
    """Line of each top-level key of JSON front matter (json keeps no positions)."""
    lines: dict[str, int] = {}
    for n, line in enumerate(raw.split("\n"), start=1):
        for key in data:
            if key not in lines and json.dumps(key) + ":" in line.replace('" :', '":'):
                lines[key] = n
    return lines


def _yaml(raw: str, body: str, body_line: int, source: PurePosixPath) -> FrontMatter:
    try:
        loaded = load_yaml(raw)
    except yaml.YAMLError as err:
        line = error_line(err, raw)
        raise BuildError(
            f"front matter is not valid YAML: {error_text(err)}", source, line + 1 if line else 2
        ) from None
    data = loaded.data if loaded.data is not None else {}
    if not isinstance(data, dict):
        raise BuildError(
            f"front matter must be key: value pairs, not a {type(data).__name__}", source, 2
        )
    lines = {k: v + 1 for k, v in loaded.key_lines.items()}
    dups = tuple((k, a + 1, b + 1) for k, a, b in loaded.duplicates)
    entries = {k: tuple(e.shifted(1) for e in v) for k, v in loaded.entry_lines.items()}
    return FrontMatter(
        {str(k): v for k, v in data.items()},
        lines,
        dups,
        body,
        body_line,
        True,
        "yaml",
        entries,
        loaded.plain_times,
    )


def _toml(raw: str, body: str, body_line: int, source: PurePosixPath) -> FrontMatter:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as err:
        message, line = toml_error(err, raw)
        raise BuildError(f"front matter is not valid TOML: {message}", source, line + 1) from None
    except RecursionError:  # nested past the parser's stack
        raise BuildError(_TOO_DEEP, source, 2) from None
    except ValueError:  # a number too long to read
        found = number_too_long(raw)
        raise BuildError(_TOO_LONG, source, found + 1 if found else None) from None
    if too_deep(data):
        raise BuildError(_TOO_DEEP, source, 2)
    lines: dict[str, int] = {}
    for n, text_line in enumerate(raw.split("\n"), start=2):
        key = text_line.split("=", 1)[0].strip().strip('"')
        if "=" in text_line and key in data and key not in lines:
            lines[key] = n
    return FrontMatter(data, lines, (), body, body_line, True, "toml")


def toml_error(err: tomllib.TOMLDecodeError, text: str) -> tuple[str, int]:
    """tomllib's message without its position, and the 1-based line within `text`: its
    `(at line N, column M)`, or the last line for `(at end of document)`."""
    message = str(err)
    found = re.search(r" \(at line (\d+), column \d+\)$", message)
    if found:
        return message[: found.start()], int(found.group(1))
    if message.endswith(" (at end of document)"):
        return message.removesuffix(" (at end of document)"), max(1, len(text.split("\n")))
    return message, 1


def parse_page(data: bytes, source: PurePosixPath, ctx: ParseContext) -> Page:
    """One Markdown file -> Page, or a BuildError naming the file and line."""
    text = read_text(data, source)
    fm = split_front_matter(text, source)
    return _Builder(source, fm, ctx).build()


class _Builder:
    """Turns front matter into Page fields; one instance per file."""

    def __init__(self, source: PurePosixPath, fm: FrontMatter, ctx: ParseContext) -> None:
        self.source = source
        self.fm = fm
        self.ctx = ctx
        self.config = ctx.config
        self.zone: tzinfo = site_zone(self.config.timezone)
        self.notices: list[Notice] = []
        self.values: dict[str, tuple[str, Any]] = {}  # normalised -> (as written, value)
        self.lines: dict[str, int] = {}
        self.params: dict[str, Any] = {}
        self.dialect = ctx.site_dialect  # the file's own, once the front matter is merged
        # A translated file is read as its site's one-language twin would be: `a.fr.md`
        # and `content/fr/a.md` as `content/a.md`, then its address goes under /fr/.
        self.lang, self.path = languages.split_language(source, ctx.config)
        self.polyglot = False  # the language came from a `lang:` key (jekyll-polyglot)
        own = languages.language(ctx.config, self.lang)
        self.taxonomies = own.taxonomies if own and own.taxonomies else ctx.config.taxonomies

    def warn(self, message: str, line: int | None = None) -> None:
        self.notices.append(Notice(message, self.source, line))

    def fail(self, key: str, message: str) -> BuildError:
        line = self.lines.get(norm(key))
        return BuildError(
            f"`{self.values.get(norm(key), (key,))[0]}`: {message}", self.source, line
        )

    # -- cascade and key table -------------------------------------------------------------

    def _merge(self, kind: str) -> None:
        rel = self.path.relative_to("content")
        jekyll_kind = {"post": "posts", "page": "pages"}.get(kind, "")
        for default in self.config.defaults:
            if default.path and not (str(rel) + "/").startswith(default.path + "/"):
                continue
            if default.kind and default.kind != jekyll_kind:
                continue
            for key, value in default.values.items():
                self.values[norm(key)] = (str(key), value)
        seen: dict[str, tuple[str, int]] = {}
        for key, value in self.fm.values.items():
            n = norm(key)
            line = self.fm.key_lines.get(key, 0)
            if n in seen and seen[n][0] != key:
                self.warn(
                    f"`{seen[n][0]}` (line {seen[n][1]}) and `{key}` (line {line}) are "
                    "one field; the later one wins",
                    line or None,
                )
            seen[n] = (key, line)
            self.values[n] = (key, value)
            if line:
                self.lines[n] = line
        for key, first, again in self.fm.duplicates:
            self.warn(
                f"`{key}` is set twice (lines {first} and {again}); the later one wins", again
            )
        for n, (key, value) in self.values.items():
            if n == "params" and isinstance(value, dict):
                self.params.update({str(k): v for k, v in value.items()})
            elif n not in KNOWN_KEYS and n not in self._taxonomy_keys():
                self.params[key] = value

    def _taxonomy_keys(self) -> set[str]:
        return {norm(plural) for _, plural in self.taxonomies}

    def get(self, *names: str) -> Any:
        for name in names:
            if name in self.values:
                return self.values[name][1]
        return None

    def key_for(self, *names: str) -> str:
        return next((n for n in names if n in self.values), names[0])

    # -- typed readers ---------------------------------------------------------------------

    def text(self, *names: str, default: str = "") -> str:
        value = self.get(*names)
        if value is None:
            return default
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value).strip()
        raise self.fail(self.key_for(*names), f"must be text, not {_kind(value)}")

    def _description(self) -> str:
        """`description`, text; a list or mapping there (two real blogs) is no description,
        as Hugo reads it, with a warning: the summary describes the page instead."""
        value = self.get("description")
        if isinstance(value, (list, dict)):
            self.warn(
                f"`description` is {_kind(value)}, not text; the page has no description "
                "(its summary is used), as in Hugo",
                self.lines.get("description"),
            )
            return ""
        return self.text("description")

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.get(name)
        if value is None:
            return default
        return self._as_bool(name, value)

    def _as_bool(self, name: str, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS | _FALSE_WORDS:
            return value.strip().lower() in _TRUE_WORDS
        raise self.fail(name, f"must be true or false, not {value!r}")

    def names(self, *keys: str, split_spaces: bool = True) -> tuple[str, ...]:
        """Tags and friends: a list, or Jekyll's space-separated string (commas win)."""
        key = self.key_for(*keys)
        value = self.get(key)
        if value is None or value == "":
            return ()
        if isinstance(value, str):
            if "," in value:
                self.warn(
                    f"`{self.values[key][0]}` is one string with commas; read as a list "
                    "split at the commas (write a YAML list to be explicit)",
                    self.lines.get(key),
                )
                items = [v.strip() for v in value.split(",")]
            else:
                items = value.split() if split_spaces else [value.strip()]
        elif isinstance(value, list):
            items = []
            for item in value:
                if item is None:
                    continue  # an empty `-` (a post template's), which Hugo drops too
                if isinstance(item, (dict, list)):
                    raise self.fail(key, f"each entry must be a name, not {_kind(item)}")
                items.append(str(item).strip())
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            items = [str(value)]
        else:
            raise self.fail(key, f"must be a list of names, not {_kind(value)}")
        seen: dict[str, str] = {}
        for item in items:
            if item and item.casefold() not in seen:
                seen[item.casefold()] = item
        return tuple(seen.values())

    def moment(self, *names: str) -> tuple[datetime | None, bool]:
        key = self.key_for(*names)
        value = self.get(key)
        if value is None or value == "" or isinstance(value, bool):
            return None, False
        try:
            moment, has_time = parse_date(value, self.zone)
        except DateError as err:
            raise self.fail(key, str(err)) from None
        if self.dialect == JEKYLL and self._read_as_utc(key, value):
            # Ruby's YAML reads `2020-01-02 00:00:00` unquoted as that time in UTC, and
            # Jekyll shows and links it in the site's zone: on the 1st in New York.
            moment = moment.replace(tzinfo=UTC).astimezone(self.zone)
        return moment, has_time

    def _read_as_utc(self, key: str, value: object) -> bool:
        """Whether the front matter itself (not a default) wrote `key`'s value as a YAML
        time without quotes and without a zone."""
        written = self.values[key][0] if key in self.values else key
        return written in self.fm.plain_times and self.fm.values.get(written) is value

    # -- the page ----------------------------------------------------------------------------

    def build(self) -> Page:
        rel = self.path.relative_to("content")
        parts = rel.parts
        is_section_index = rel.stem == "_index" or self._is_home_text()
        is_bundle = rel.stem == "index" and len(parts) > 1
        in_posts_dir = "_posts" in parts[:-1]
        in_drafts_dir = "_drafts" in parts[:-1]
        folder_parts = [p for p in parts[:-1] if p not in ("_posts", "_drafts")]
        if is_bundle:
            folder_parts = folder_parts[:-1]
        section = "/".join(folder_parts)
        if in_posts_dir or in_drafts_dir:
            section = "posts"
        top = section.split("/")[0] if section else ""
        if is_section_index:
            kind = "section"
        elif top and top in self.ctx.main_sections:
            kind = "post"
        else:
            kind = "page"
        self._merge(kind)
        self._front_matter_language()
        dialect = self._dialect(in_posts_dir or in_drafts_dir)
        self.dialect = dialect

        stem = parts[-2] if is_bundle else rel.stem
        name_date, name_slug = urls.split_dated_name(stem)
        if in_posts_dir and name_date is None and kind == "post":
            raise _Skip(
                "is in `_posts/` but its name does not start with a date "
                "(YYYY-MM-DD-title.md); Jekyll skips such files, so does mentorblog"
            )

        title = self.text("title")
        if not title and kind != "section":
            title = " ".join(w.capitalize() for w in name_slug.replace("_", "-").split("-") if w)
            if self.fm.found:
                self.warn("has no `title`; using one made from the file name: " + repr(title))
        if not self.fm.found:
            self.warn(
                "has no front matter; the whole file is the body, the title comes from "
                "the file name"
            )

        date, _ = self.moment("date")
        file_date = None
        if name_date is not None:
            try:
                y, m, d, *clock = name_date
                hour, minute, second = [*clock, 0, 0, 0][:3]
                file_date = datetime(y, m, d, hour, minute, second, tzinfo=self.zone)
            except ValueError:
                raise BuildError(
                    f"the file name's date {stem[:10]!r} is not a real date", self.source
                ) from None
        if (
            date is not None
            and file_date is not None
            and abs(date - file_date) > timedelta(days=1, hours=14)
        ):
            self.warn(
                f"`date` ({date.date()}) is more than a day away from the date in the "
                f"file name ({file_date.date()}); using `date`",
                self.lines.get("date"),
            )
        date = date or file_date
        if date is None and kind == "post" and not in_drafts_dir:
            self.warn(
                "has no date (no `date` field, no date in the file name); it is listed "
                "after the dated posts"
            )
        lastmod, _ = self.moment("lastmod", "modified", "lastmodifiedat")
        published_value = self.get("published")
        is_draft = self.flag("draft") or in_drafts_dir
        publish_date = None
        if isinstance(published_value, (bool, str)) and str(published_value).lower() in (
            _TRUE_WORDS | _FALSE_WORDS
        ):
            is_draft = is_draft or not self._as_bool("published", published_value)
        elif published_value is not None and self.dialect == JEKYLL:
            # Jekyll hides a post only for `published: false`; any other value publishes it
            # (a date too: Jekyll reads no publish date there).
            self.warn(
                f"`published: {published_value}` is not true or false; the post is "
                "published, as Jekyll publishes it",
                self.lines.get("published"),
            )
        elif published_value is not None:
            publish_date, _ = self.moment("published")
        publish_date = self.moment("publishdate", "pubdate")[0] or publish_date
        expiry_date, _ = self.moment("expirydate", "unpublishdate")

        weight = self.get("weight")
        if weight is None:
            weight = 0
        if isinstance(weight, bool) or not isinstance(weight, int):
            raise self.fail("weight", f"must be a whole number, not {weight!r}")

        # `slug: ""` means no slug, as in Hugo: the file name gives it.
        slug_value = self.text("slug")
        slug = (
            urls.hugo_urlize(slug_value.strip("-")).strip("-")
            if slug_value
            else ""
            if is_section_index
            else urls.slugify(name_slug)
        )
        if slug_value and not any(ch.isalnum() for ch in slug):  # also "." and ".."
            raise self.fail("slug", f"{slug_value!r} has no letters or digits left for a url")
        if (
            not slug_value
            and not slug
            and not is_section_index
            and not self.text("url")
            and not self.text("permalink")
        ):
            raise BuildError(
                "the file name leaves no letters or digits for the page's "
                "address; rename the file or give the page a `slug`",
                self.source,
            )

        terms: dict[str, tuple[str, ...]] = {}
        for singular, plural in self.taxonomies:
            n = norm(plural)
            if n == "authors":
                continue  # filled from `author` below
            if n == "tags":
                found = (
                    self.names("tag", split_spaces=False)
                    if "tag" in self.values
                    else self.names("tags")
                )
            elif n == "categories":
                # Jekyll joins `categories` and `category` when a post has both (tags: `tag`
                # alone wins, as there).
                found = self.names("categories") if "categories" in self.values else ()
                if "category" in self.values:
                    found = tuple(dict.fromkeys(found + self.names("category", split_spaces=False)))
                if in_posts_dir:
                    folder = tuple(p for p in parts[: parts.index("_posts")])
                    found = tuple(dict.fromkeys(folder + found))
            else:
                found = self.names(n, norm(singular), split_spaces=False)
            if found:
                terms[plural] = found

        url = self._url(
            kind,
            section,
            slug,
            name_slug,
            date or publish_date or lastmod,
            terms.get("categories", ()),
            in_posts_dir,
            is_section_index,
            stem,
            folder_parts,
        )
        unprefixed = url  # polyglot: pages of one address in several languages translate
        url = self._language_url(url)
        layout = self._layout(kind)
        out_path = urls.output_path(url)
        if layout == "none" and url.endswith("/"):
            out_path = urls.output_path(url)

        authors: tuple[str, ...]
        try:
            authors = author_names(self.get("author", "authors"))
        except ValueError as err:
            raise self.fail(self.key_for("author", "authors"), str(err)) from None

        authors = authors or self.config.authors
        if authors:
            terms["authors"] = authors

        flags = self._flags()
        build_opts = self.get("build") or {}
        if not isinstance(build_opts, dict):
            raise self.fail("build", "must be a mapping such as {list: never}")
        build_opts = {norm(k): str(v).lower() for k, v in build_opts.items()}
        visibility, shared_with = self._visibility(build_opts)
        if visibility == SHARED and (kind == "section" or layout == "none"):
            raise self.fail(
                "sharedwith",
                "a list page cannot be shared"
                if kind == "section"
                else "`layout: none` publishes the body as it is, so it cannot be shared",
            )
        # `serve` shows the author everything, listed and marked; a build lists public only.
        listed_here = visibility == PUBLIC or self.config.show_private
        sitemap = self.get("sitemap")
        in_sitemap = True
        sitemap_opts: dict[str, object] = {}
        if isinstance(sitemap, bool):
            in_sitemap = sitemap
        elif isinstance(sitemap, dict):
            sitemap_opts = {norm(k): v for k, v in sitemap.items()}
            in_sitemap = not bool(sitemap_opts.pop("disable", False))
        elif sitemap is not None:
            raise self.fail("sitemap", "must be false or a mapping {changefreq, priority}")

        summary_source = self.text("summary") or None
        excerpt_source = self.text("excerpt") or None
        hidden_home = self.get("hiddeninhomelist")
        return Page(
            source=self.source,
            kind=kind,
            section=section,
            body_line=self.fm.body_line,
            title=title,
            url=url,
            output_path=out_path,
            layout=layout,
            body=self.fm.body,
            slug=slug,
            link_title=self.text("linktitle") or title,
            date=date,
            lastmod=lastmod,
            publish_date=publish_date,
            expiry_date=expiry_date,
            is_draft=is_draft,
            weight=weight,
            terms=terms,
            authors=authors,
            sessions=self._sessions(),
            **self._journal_fields(),
            description=self._description(),
            summary_source=summary_source,
            excerpt_source=excerpt_source,
            excerpt_separator=self.text("excerptseparator") or self.config.excerpt_separator,
            aliases=self._language_aliases(url),
            keywords=self.names("keywords", split_spaces=False) or terms.get("tags", ()),
            images=self._theme_field(("images", "image"), self._images, ()),
            cover=self._theme_field(("cover",), self._cover, None),
            media_subpath=self._media_subpath(),
            redirect_to=self._redirect_to(),
            canonical_url=self.text("canonicalurl"),
            search_hidden=self.flag("searchhidden"),
            hidden_in_home_list=hidden_home is True or hidden_home == "true",
            hidden_in_rss=self.flag("hiddeninrss"),
            is_listed=build_opts.get("list", "always") != "never" and listed_here,
            is_rendered=build_opts.get("render", "always") != "never",
            in_sitemap=in_sitemap,
            sitemap=sitemap_opts,
            robots_noindex=self.flag("robotsnoindex"),
            is_cjk=self.flag(
                "iscjklanguage",
                self.config.has_cjk_language or self.lang.split("-")[0] in ("zh", "ja", "ko"),
            ),
            dialect=dialect,
            flags=flags,
            params=self.params,
            key_lines=self.lines,
            notices=tuple(self.notices),
            visibility=visibility,
            shared_with=shared_with,
            shared_title=self.flag("sharedtitle"),
            lang=self.lang,
            translation_key=self._translation_key(unprefixed),
            only_languages=self._only_languages(),
        )

    def _translation_key(self, unprefixed: str) -> str:
        """Hugo's `translationKey`, else jekyll-polyglot's `page_id` (translations whose
        addresses differ: /about/ and /es/acerca-de/), else what links translations by
        default: the address on a polyglot site, the content path on a Hugo one."""
        key = self.text("translationkey")
        if key:
            return key
        polyglot = self.polyglot or self.config.localize_links
        page_id = self.text("pageid") if polyglot else ""
        if page_id:
            return f"id:{page_id}"
        return f"url:{unprefixed}" if polyglot else languages.translation_key(self.path)

    def _only_languages(self) -> tuple[str, ...]:
        """jekyll-polyglot's `lang-exclusive: [en, fr]`: the page is built in those languages
        only (its own one included, or not); a code the site does not have is an error."""
        value = self.get("langexclusive")
        if value is None or value == [] or not self.config.languages:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail("langexclusive", "must list language codes, such as [en, fr]")
        codes = {lang.code for lang in self.config.languages}
        found = tuple(dict.fromkeys(v.strip().lower() for v in value))
        unknown = [c for c in found if c not in codes]
        if unknown:
            raise self.fail(
                "langexclusive",
                f"{', '.join(map(repr, unknown))} is not one of `languages` "
                f"({', '.join(sorted(codes))})",
            )
        return found

    def _visibility(self, build_opts: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
        """One concept for every way of hiding a page: `visibility`, and Hugo's
        `build: {list: never}` (= unlisted). `published: false` stays a draft (Jekyll's
        `--unpublished` builds it) and `build: {render: never}` a page without a file of its
        own whose bundle files are still published, as in Hugo."""
        value = self.get("visibility")
        level: str | None = None
        if value is not None:
            level = value.strip().lower() if isinstance(value, str) else None
            if level not in VISIBILITIES:
                raise self.fail(
                    "visibility",
                    f"must be one of {', '.join(VISIBILITIES)}, not {value!r}",
                )
        readers = {r.id for r in self.config.readers}
        shared_with = tuple(n.lower() for n in self.names("sharedwith", split_spaces=False))
        if shared_with:
            # Naming readers is enough to share, unless the post itself says otherwise.
            if level not in (None, SHARED) and "visibility" in self.lines:
                raise self.fail(
                    "sharedwith",
                    f"names readers, but `visibility` is {level}; write `visibility: shared` "
                    "or remove `shared_with`",
                )
            level = SHARED
            for reader in shared_with:
                if reader not in readers:
                    hint = closest(reader, sorted(readers))
                    known = (
                        f"did you mean `{hint}`?"
                        if hint
                        else (
                            "declare readers in site.yaml: readers: {" + reader + ": {name: ...}}"
                        )
                    )
                    raise self.fail("sharedwith", f"`{reader}` is not a reader; {known}")
        elif level == SHARED:
            raise self.fail(
                "visibility",
                "shared needs `shared_with: [reader, ...]` naming readers of site.yaml `readers:`",
            )
        if level is None:
            level = UNLISTED if build_opts.get("list") == "never" else PUBLIC
        if level == SHARED and not self.config.show_private:
            level, shared_with = self._without_unset_readers(shared_with)
        return level, shared_with if level == SHARED else ()

    def _without_unset_readers(self, shared_with: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """Optional readers with no passphrase in this build are left out, with a warning; a
        post none of whose readers is left is held back as a private one: built for nobody,
        it would be a lock no passphrase opens. (`serve` shows shared posts in clear text and
        needs no passphrase, so it never gets here.)"""
        unset = {r.id: r for r in self.config.readers if r.unset}
        missing = [r for r in shared_with if r in unset]
        if not missing:
            return SHARED, shared_with
        kept = tuple(r for r in shared_with if r not in unset)
        variables = " and ".join(reader_variable(r) for r in missing)
        names = ", ".join(f"`{r}`" for r in missing)
        if kept:
            self.warn(
                f"{names} cannot open this post in this build: an optional reader whose "
                f"passphrase is not set ({variables}); it is sealed for the others only",
                self.lines.get("sharedwith"),
            )
            return SHARED, kept
        self.warn(
            f"not built: shared only with {names}, an optional reader whose passphrase is "
            f"not set; set {variables} (or {variables.replace(' and ', '_FILE and ')}_FILE) "
            "to publish it encrypted",
            self.lines.get("sharedwith"),
        )
        return PRIVATE, ()

    def _front_matter_language(self) -> None:
        """jekyll-polyglot's `lang:` in front matter names the page's language; a language in
        the file name still wins, as it is Hugo's way."""
        value = self.get("lang")
        codes = {lang.code for lang in self.config.languages}
        if (
            isinstance(value, str)
            and value.strip().lower() in codes
            and self.path.name == self.source.name
        ):
            self.lang = value.strip().lower()
            self.polyglot = True
            own = languages.language(self.config, self.lang)
            self.taxonomies = own.taxonomies if own and own.taxonomies else self.taxonomies

    def _language_aliases(self, url: str) -> tuple[str, ...]:
        """Aliases under the language's folder too (a relative one is already, through
        the page's own address)."""
        lang_prefix = languages.prefix(self.config, self.lang)
        return tuple(
            a if not lang_prefix or a.startswith(lang_prefix + "/") else lang_prefix + a
            for a in self._aliases(url)
        )

    def _language_url(self, url: str) -> str:
        """Under the language's folder (/fr/posts/a/), as Hugo writes it; a `url` written in
        the front matter is taken as it is when it starts with `/`, and under the language's
        folder when it does not (`url: archives/` on a Farsi page is /fa/archives/, measured
        with Hugo 0.168)."""
        lang_prefix = languages.prefix(self.config, self.lang)
        explicit = self.text("url")
        if not lang_prefix or explicit.strip().startswith("/"):
            return url
        return lang_prefix + url

    def _url(
        self,
        kind: str,
        section: str,
        slug: str,
        name_slug: str,
        date: datetime | None,
        categories: tuple[str, ...],
        in_posts_dir: bool,
        is_section_index: bool,
        stem: str,
        folders: list[str],
    ) -> str:
        try:
            explicit = self.text("url")
            if explicit:
                return urls.clean_url(explicit)
            raw_slug = self.text("slug").strip("-")
            permalink = "" if self._hugo_site() and not in_posts_dir else self.text("permalink")
            if permalink:  # Jekyll's: tokens, but not the named styles (Jekyll reads those
                # only in _config.yml)
                return urls.clean_url(
                    self._jekyll(
                        permalink,
                        date,
                        raw_slug or name_slug,
                        categories,
                        stem,
                        in_posts_dir,
                        False,
                    )
                )
            if is_section_index:
                return urls.clean_url("/".join(urls.slugify(p) for p in section.split("/")) + "/")
            if in_posts_dir and kind == "post" and date is not None:
                return urls.clean_url(
                    self._jekyll(
                        self.config.permalink or "date",
                        date,
                        raw_slug or name_slug,
                        categories,
                        stem,
                        True,
                        True,
                    )
                )
            hugo_pattern = _section_pattern(self.config.permalinks, section)
            if hugo_pattern and kind in ("post", "page") and not in_posts_dir:
                # A dated file name gives the slug, as Hugo's `:filename` date setting does.
                dated = name_slug if name_slug != stem else ""
                page = urls.HugoPage(
                    title=self.text("title"),
                    slug=raw_slug or dated,
                    filename=stem,
                    sections=self._current_section(folders),
                    date=date,
                )
                if date is None and urls.hugo_pattern_uses_date(hugo_pattern):
                    self.warn(
                        f"has no date, and the `permalinks` pattern {hugo_pattern!r} "
                        "uses one: as Hugo does, its address takes the year 1 (add a "
                        "`date` or a `url`)"
                    )
                return self._ugly(urls.clean_url(urls.expand_hugo(hugo_pattern, page)))
            folder = "/".join([*(urls.slugify(p) for p in folders), slug]) + "/"
            return self._ugly(urls.clean_url(folder))
        except urls.UrlError as err:
            key = "url" if "url" in self.values else "permalink"
            raise self.fail(key, str(err)) from None

    def _is_home_text(self) -> bool:
        """A top `index.md` (`home_indexes`) is the home page's text unless its own front
        matter gives it another address (`permalink: /blog/`), as in Jekyll."""
        if str(self.source) not in self.ctx.home_index:
            return False
        own = {norm(k): v for k, v in self.fm.values.items()}
        address = own.get("url") or own.get("permalink")
        return not isinstance(address, str) or address.strip() in ("", "/")

    def _ugly(self, url: str) -> str:
        """Hugo's `uglyURLs`: a page at `/posts/a.html` rather than `/posts/a/`. Not a
        bundle's (`index.md`): Hugo writes it at `/posts/trip.html` too, but its files in
        `/posts/trip/`, where its relative images do not lead; it stays in its folder, with
        a redirect from there (plan/collect.py). Nor a page at `/index/`, whose `.html`
        would be the home page's file."""
        if (
            self.config.ugly_urls
            and self.path.stem != "index"
            and url.endswith("/")
            and url.rstrip("/").rsplit("/", 1)[-1] not in ("", "index")
        ):
            return url[:-1] + ".html"
        return url

    def _dialect(self, in_jekyll_folder: bool) -> str:
        """See `dialect_of`. Only the file's own keys count: a `url` that `defaults:` in
        site.yaml gives a page (as the import does to keep a Jekyll address) does not make
        its text Hugo's."""
        if in_jekyll_folder:
            return JEKYLL
        own = {norm(k) for k in self.fm.values}
        if self.fm.syntax != "yaml" or "url" in own:
            return HUGO
        if "permalink" in own and not self._hugo_site():
            return JEKYLL
        return self.ctx.site_dialect

    def _hugo_site(self) -> bool:
        """site.yaml says the site is Hugo's (`dialect: hugo`)."""
        return self.ctx.dialect_named and self.ctx.site_dialect == HUGO

    def _jekyll(
        self,
        pattern: str,
        date: datetime | None,
        slug: str,
        categories: tuple[str, ...],
        stem: str,
        in_posts_dir: bool,
        style: bool,
    ) -> str:
        """A Jekyll pattern with what `url_drop.rb` (posts) or `page.rb` (pages) fill in.
        The date's parts are those of the site's zone, as Jekyll converts every date to it
        (`Utils.parse_date`, then `localtime`): `23:30 -0800` on the 2nd is the 3rd in UTC,
        and that is where the old site published the post."""
        rel = self.path.relative_to("content")
        if date is not None:
            date = date.astimezone(self.zone)
        if in_posts_dir:  # a document's `:path`: its path without extension and `_posts`
            path = "/".join(p for p in rel.with_suffix("").parts if p != "_posts")
        else:  # a page's `:path` is its folder
            path = "/".join(rel.parts[:-1])
        return urls.expand_jekyll(
            pattern,
            date=date,
            title=slug,
            slug=slug,
            categories=categories,
            name=stem,
            path=path,
            style=style,
        )

    def _current_section(self, folders: list[str]) -> tuple[str, ...]:
        """Hugo's current section of a page: the top folder, or the deepest folder above the
        page that holds an `_index.md`."""
        depth = 1
        for n in range(len(folders), 1, -1):
            if "/".join(folders[:n]) in self.ctx.section_dirs:
                depth = n
                break
        return tuple(folders[:depth])

    def _layout(self, kind: str) -> str:
        default = {"post": "post", "page": "page", "section": "section"}[kind]
        value = self.get("layout")
        if value is None or value == "":
            return default
        if not isinstance(value, str):
            raise self.fail("layout", f"must be a layout name, not {_kind(value)}")
        name = value.strip().removesuffix(".html")
        alias = LAYOUT_ALIASES.get(name, name)
        if alias in _NOT_PAGE_LAYOUTS and alias != default and alias in self.ctx.layouts:
            # A list's layout (`list`, `section`, `tags`, ...) on a single page has nothing
            # to list; Hugo renders such a page with an empty list, a Jekyll site meant its
            # own layout of that name. The page's own layout shows its text.
            self.warn(
                f"`layout: {name}` lays out a list of pages, not a page; "
                f"this one is shown with the `{default}` layout",
                self.lines.get(norm("layout")),
            )
            return default
        if name in LAYOUT_ALIASES:
            return LAYOUT_ALIASES[name] or default
        if name == "none" or name in self.ctx.layouts:
            return name
        known = ", ".join(sorted(self.ctx.layouts - _NOT_PAGE_LAYOUTS | {"none"}))
        raise self.fail("layout", f"unknown layout {value!r} (known: {known})")

    def _flags(self) -> dict[str, object]:
        flags: dict[str, object] = {}
        for n in list(self.values):
            if n in BOOL_FLAGS or n in OTHER_FLAGS:
                flag = self._theme_field((n,), partial(self._flag_value, n), None)
                if flag is not None:
                    flags[n] = flag
        switches = [self.values[n][1] for n in MATH_SWITCHES[1:] if n in self.values]
        if "math" not in flags and any(isinstance(v, bool) for v in switches):
            flags["math"] = True in switches  # `mathjax: true` of a Jekyll theme, `katex`...
        return flags

    def _flag_value(self, n: str) -> object:
        written, value = self.values[n]
        if n in BOOL_FLAGS:
            return self._as_bool(n, value) if value is not None else False
        return themeparams.check(n, value, (written,), self._param_error)

    def _theme_field(self, keys: tuple[str, ...], read: Callable[[], _T], default: _T) -> _T:
        """A field of PaperMod's theme (`images`, `cover`, a display switch) read by `read`.
        A Jekyll theme may use the same name for something else (al-folio's
        `images: {compare: true}`): in a Jekyll file a value of another shape stays in
        `page.params` for the site's own layouts, with a warning, instead of stopping the
        build. In a Hugo file it is the mistake it looks like."""
        try:
            return read()
        except BuildError as err:
            if self.dialect != JEKYLL:
                raise
            n = next((k for k in keys if k in self.values), keys[0])
            written = self.values[n][0] if n in self.values else n
            if n in self.values:
                self.params[written] = self.values[n][1]
            self.warn(
                f"{err.message}; in a Jekyll file this is taken as the old theme's own "
                f"`{written}`, kept as page.params.{written} for your layouts (the theme "
                "does not use it)",
                err.line,
            )
            return default

    def _param_error(self, path: tuple[str, ...], message: str) -> BuildError:
        return BuildError(
            f"`{'.'.join(path)}`: {message}", self.source, self.lines.get(norm(path[0]))
        )

    def _sessions(self) -> tuple[Session, ...]:
        """`session: {minutes: 45, with: mentee, kind: career}`, or a list of them."""
        key = self.key_for("session", "sessions")
        value = self.get(key)
        if value is None:
            return ()
        entries = value if isinstance(value, list) else [value]
        sessions = []
        for entry in entries:
            if entry is None:
                entry = {}
            if not isinstance(entry, dict):
                raise self.fail(
                    key,
                    "must be a mapping such as {minutes: 45, with: Ben, "
                    f"kind: career}}, not {_kind(entry)}",
                )
            e = {norm(k): v for k, v in entry.items()}
            minutes = e.get("minutes")
            if minutes is not None and (
                isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0
            ):
                raise self.fail(
                    key, f"`minutes` must be a whole number of minutes, not {minutes!r}"
                )
            people = e.get("with")
            if people is None or people == "":
                names: tuple[str, ...] = ()
            elif isinstance(people, (str, int, float)) and not isinstance(people, bool):
                names = (str(people).strip(),)
            elif isinstance(people, list) and all(isinstance(p, str) for p in people):
                names = tuple(p.strip() for p in people if p.strip())
            else:
                raise self.fail(key, f"`with` must be a name or a list of names, not {people!r}")
            kind = e.get("kind")
            if kind is not None and not isinstance(kind, str):
                raise self.fail(key, f"`kind` must be text, not {kind!r}")
            shape = e.get("format")
            if shape is None:
                shape = "group" if len(names) > 1 else "individual"
            if shape not in ("individual", "group"):
                raise self.fail(key, f"`format` must be individual or group, not {shape!r}")
            paid = e.get("paid")
            if paid is not None and not isinstance(paid, bool):
                raise self.fail(key, f"`paid` must be true or false, not {paid!r}")
            for extra in sorted(set(e) - {"minutes", "with", "kind", "format", "paid"}):
                self.warn(
                    f"`{self.values[key][0]}.{extra}` is not used "
                    "(known: minutes, with, kind, format, paid)",
                    self.lines.get(key),
                )
            sessions.append(Session(minutes, names, (kind or "").strip(), shape, paid))
        return tuple(sessions)

    def _journal_fields(self) -> dict[str, Any]:
        """commitments, closures (`done:` then `dropped:`) and in_reply_to."""

        def written(n: str) -> tuple[str, int]:
            return (self.values[n][0] if n in self.values else n), self.lines.get(n, 0)

        def entries(n: str, key: str) -> tuple[EntryLines, ...]:
            """Each list entry's line, when the list is the file's own (not `defaults:`)."""
            return self.fm.entry_lines.get(key, ()) if n in self.lines else ()

        key, line = written("commitments")
        commitments = read_commitments(
            self.get("commitments"),
            key,
            line,
            self.source,
            self.zone,
            self.warn,
            entries("commitments", key),
        )
        closures: tuple[Closure, ...] = ()
        for outcome in ("done", "dropped"):
            key, line = written(outcome)
            closures += read_closures(
                self.get(outcome), key, outcome, line, self.source, entries(outcome, key)
            )
        key, line = written("inreplyto")
        target = read_reply_target(self.get("inreplyto"), key, line, self.source)
        return {"commitments": commitments, "closures": closures, "in_reply_to": target}

    def _aliases(self, url: str) -> tuple[str, ...]:
        key = self.key_for("aliases", "redirectfrom")
        found = []
        folder = url.rstrip("/").rsplit("/", 1)[0] + "/"  # /posts/a/ -> /posts/
        if key == "redirectfrom":  # jekyll-redirect-from puts a relative entry at the root
            folder = "/"
        for alias in self.names(key, split_spaces=False):
            if "://" in alias or alias.startswith("//"):
                raise self.fail(
                    key,
                    f"{alias!r} is a full address; an alias is a path on this "
                    "site, such as /old/address/",
                )
            target = alias if alias.startswith("/") else folder + alias
            try:
                cleaned = urls.clean_url(target)
            except urls.UrlError as err:
                raise self.fail(key, str(err)) from None
            if not cleaned.endswith(("/", ".html", ".htm")):
                # `/13ps.pdf`: a redirect page in a file of that name would be served as
                # a broken PDF; Hugo writes `/13ps.pdf/index.html`, which hosts reach from
                # the old address
                cleaned += "/"
            found.append(cleaned)
        return tuple(found)

    def _images(self) -> tuple[str, ...]:
        images = list(self.names("images", split_spaces=False))
        image = self.get("image")
        if isinstance(image, dict):
            image = image.get("path")
        if isinstance(image, str) and image:
            images.insert(0, image)
        return tuple(images)

    def _redirect_to(self) -> str:
        """jekyll-redirect-from's `redirect_to` (al-folio's `redirect`): the page's address
        is only a redirect to that address, on this site or another."""
        key = self.key_for("redirectto", "redirect")
        listed = self.get(key)
        if isinstance(listed, list) and listed and all(isinstance(v, str) for v in listed):
            value = str(listed[0]).strip()  # jekyll-redirect-from takes the first (so-simple's)
        else:
            value = self.text(key)
        if value and (value.startswith("//") or not value.startswith(("/", "http://", "https://"))):
            raise self.fail(
                key,
                f"{value!r} must be a full address (https://...) or a path "
                "on this site starting with /",
            )
        return value

    def _media_subpath(self) -> str:
        """chirpy's `media_subpath` (`img_path` before chirpy 7): the folder relative image
        paths of the body start from, as `/` + path (chirpy resolves them against the site
        root even when it is not set; the import says so for chirpy sites)."""
        key = self.key_for("mediasubpath", "imgpath")
        value = self.text(key)
        if not value:
            return ""
        if "://" in value or value.startswith("//") or ".." in value.split("/"):
            raise self.fail(
                key, f"{value!r} must be a folder of this site, such as /assets/img/my-post"
            )
        return "/" + value.strip("/")

    def _cover(self) -> Cover | None:
        value = self.get("cover")
        if value is None:
            return None
        if isinstance(value, str):
            return Cover(image=value) if value else None
        if not isinstance(value, dict):
            raise self.fail("cover", "must be a mapping such as {image: cover.png, alt: ...}")
        c = {norm(k): v for k, v in value.items()}
        image = c.get("image")
        if not image:
            return None
        if not isinstance(image, str):
            raise self.fail("cover", "`image` must be a file name or address")

        def opt(name: str) -> bool | None:
            return None if c.get(name) is None else self._as_bool("cover", c[name])

        alt = str(c.get("alt") or "")
        caption = str(c.get("caption") or "")
        if not alt and not caption:
            self.warn(
                "`cover` has neither `alt` nor `caption`; readers of screen readers "
                "will not know what the image shows",
                self.lines.get("cover"),
            )
        return Cover(
            image=image,
            alt=alt,
            caption=caption,
            relative=bool(opt("relative")),
            hidden=opt("hidden"),
            hidden_in_list=opt("hiddeninlist"),
            hidden_in_single=opt("hiddeninsingle"),
            responsive_images=opt("responsiveimages"),
            link_full_images=opt("linkfullimages"),
        )


class _Skip(Exception):
    """A file the original generator would ignore: a warning, not an error."""


def parse_or_skip(data: bytes, source: PurePosixPath, ctx: ParseContext) -> Page | Notice:
    """Parse one file; a file Jekyll would skip comes back as a Notice instead of a Page."""
    try:
        return parse_page(data, source, ctx)
    except _Skip as skip:
        return Notice(str(skip), source)


def site_dialect(content: tuple[PurePosixPath, ...], configured: str = "") -> str:
    """The dialect of a file that does not show its own: site.yaml's `dialect` when it
    names one (`import jekyll` writes it for a site without `_posts/`); else Jekyll when
    the site keeps its posts in a `_posts/` folder (as every Jekyll site, and `import
    jekyll`, lays them out), else Hugo.

    A file's dialect decides how its body is read: Liquid tags and kramdown's extensions
    (attribute lists, `{:toc}`, definition lists, abbreviations) are read only in Jekyll
    files, as only Jekyll reads them; Hugo's shortcodes in both. A file shows its dialect
    by where it is (`_posts/` or `_drafts/`: Jekyll), by its front matter's format (TOML or
    JSON: Hugo, Jekyll reads only YAML) or by its address key (Hugo's `url`, Jekyll's
    `permalink`), in that order."""
    if configured:
        return JEKYLL if configured == "jekyll" else HUGO
    for path in content:
        if "_posts" in path.parts[:-1]:
            return JEKYLL
    return HUGO


def _section_pattern(patterns: Mapping[str, str], section: str) -> str | None:
    """The `permalinks` pattern of a section or of the nearest section above it, as Hugo
    matches `posts` to everything under `content/posts/`."""
    parts = section.split("/") if section else []
    for n in range(len(parts), 0, -1):
        found = patterns.get("/".join(parts[:n]))
        if found:
            return found
    return None


def section_folders(content: tuple[PurePosixPath, ...]) -> frozenset[str]:
    """Folders below the top level of `content/` that hold an `_index.md`: Hugo's nested
    sections (a top-level folder is a section by itself)."""
    found = set()
    for path in content:
        parts = _below_content(path)
        if len(parts) > 2 and _stem(parts[-1]) == "_index":
            found.add("/".join(parts[:-1]))
    return frozenset(found)


def home_indexes(content: tuple[PurePosixPath, ...], config: Config) -> frozenset[str]:
    """The files at the top of `content/` named `index` (`index.md`, `index.fr.md`,
    `index.html`) that give a language's home page its text when no `_index` file of that
    language does: Hugo shows one as the home page and Jekyll publishes it at /, where it
    would otherwise be a page at /index/."""
    tops: dict[str, list[tuple[str, str]]] = {}
    for source in content:
        if not source.name.startswith(("index.", "_index.")):
            continue  # (only these count: not 10,000 posts through split_language)
        lang, path = languages.split_language(source, config)
        parts = _below_content(path)
        if len(parts) == 1:
            tops.setdefault(lang, []).append((_stem(parts[0]), str(source)))
    found = set()
    for names in tops.values():
        if all(stem != "_index" for stem, _ in names):
            found.update(sorted(s for stem, s in names if stem == "index")[:1])
    return frozenset(found)


def _below_content(path: PurePosixPath) -> tuple[str, ...]:
    """The parts of a path under `content/`, as `path.relative_to("content").parts` (and a
    ValueError for one elsewhere) without making a path of each: for the 10,000 files of
    a site, `relative_to` took 30-40 ms of every build, twice."""
    parts = path.parts
    if parts[:1] != ("content",):
        raise ValueError(f"{path} is not in content/")
    return parts[1:]


def _stem(name: str) -> str:
    """A file name without its last suffix, as `PurePosixPath(name).stem`."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def default_main_sections(content: tuple[PurePosixPath, ...], config: Config) -> tuple[str, ...]:
    """Site `main_sections`, else `posts` when it exists, else the section with most pages."""
    if config.main_sections:
        return config.main_sections
    counts: dict[str, int] = {}
    for path in content:
        parts = _below_content(path)
        if len(parts) < 2 or parts[-1].startswith("_index"):
            continue
        top = "posts" if parts[0] in ("_posts", "_drafts") or "_posts" in parts else parts[0]
        counts[top] = counts.get(top, 0) + 1
    if "posts" in counts:
        return ("posts",)
    if not counts:
        return ("posts",)
    return (max(sorted(counts), key=lambda k: counts[k]),)


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false"}.get(type(value), repr(value))
