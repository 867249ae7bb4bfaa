"""The old site's configuration file read (YAML, TOML or JSON), the parts both dialects
share when translating it, and the new `site.yaml` written out."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from mentorblog.core.dialects import BOOL_THEME_PARAMS, THEME_PARAMS
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import norm
from mentorblog.read.parse import toml_error
from mentorblog.read.yamltext import (
    MAX_DEPTH,
    MAX_DIGITS,
    error_line,
    error_text,
    load_yaml,
    number_too_long,
    too_deep,
)


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """One configuration file of the old site: its data and the line of each top-level key."""

    name: PurePosixPath  # relative to the old site, for messages
    data: dict[str, Any]
    lines: dict[str, int]
    # For settings merged from several files: lower-case dotted key -> (file, line).
    origins: dict[str, tuple[PurePosixPath, int | None]] = field(default_factory=dict)

    def origin(self, key: str) -> tuple[PurePosixPath, int | None] | None:
        """The file (and line) a dotted key came from: its longest known prefix."""
        parts = key.split(":")[0].strip().lower().split(".")
        for end in range(len(parts), 0, -1):
            for spelling in _menu_spellings(".".join(parts[:end])):
                if spelling in self.origins:
                    return self.origins[spelling]
        return None


def read_config(path: Path, name: PurePosixPath) -> ConfigFile:
    """Parse by extension; broken files are a BuildError at their own line."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise BuildError(f"cannot be read: {err.strerror}", name) from None
    except UnicodeDecodeError as err:
        raise BuildError(f"not UTF-8 text ({err.reason})", name) from None
    suffix = path.suffix.lower()
    if suffix == ".toml":
        data, lines = _toml(text, name)
    elif suffix == ".json":
        data, lines = _json(text, name)
    else:
        data, lines = _yaml(text, name)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise BuildError("must be a mapping of `key: value` settings", name, 1)
    return ConfigFile(name, {str(k): v for k, v in data.items()}, lines)


@dataclass(slots=True)
class ConfigDraft:
    """Settings merged from several files as Hugo merges them: a later file overwrites a key
    of an earlier one, tables are merged key by key, and keys match ignoring case."""

    data: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, tuple[PurePosixPath, int | None]] = field(default_factory=dict)

    def add(self, file: ConfigFile, path: tuple[str, ...], wrapper: str | None) -> None:
        """Merge `file` in at `path`; a file whose only key is `wrapper` holds its settings
        inside that key (`params.toml` with just a `[params]` table)."""
        value: Any = file.data
        lines = file.lines
        if wrapper is not None and len(file.data) == 1 and wrapper in file.data:
            value = file.data[wrapper]
            lines = (
                {str(k): file.lines.get(wrapper, 1) for k in value}
                if isinstance(value, dict)
                else {}
            )
        prefix = ".".join(path).lower()
        for end in range(1, len(path) + 1):  # a table is where it first appeared
            self.origins.setdefault(".".join(path[:end]).lower(), (file.name, None))
        if isinstance(value, dict):
            for key in value:
                dotted = f"{prefix}.{key}".lower() if prefix else str(key).lower()
                self.origins[dotted] = (file.name, lines.get(str(key)))
        for key in reversed(path):
            value = {key: value}
        if isinstance(value, dict):
            merge_settings(self.data, _align_menu(self.data, value))


def _menu_spellings(dotted: str) -> tuple[str, ...]:
    """Hugo reads `menu` as `menus` (also under `languages.X`): a key under either."""
    parts = dotted.split(".")
    for i in (0, 2):
        if len(parts) > i and parts[i] in ("menu", "menus") and (i == 0 or parts[0] == "languages"):
            other = [*parts[:i], "menus" if parts[i] == "menu" else "menu", *parts[i + 1 :]]
            return dotted, ".".join(other)
    return (dotted,)


def _align_menu(into: Mapping[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Spell `menu`/`menus` in `new` as `into` already does, so the two merge as in Hugo;
    what the user wrote is kept otherwise, so messages quote it."""
    have = {str(k).lower(): k for k in into}
    aligned: dict[str, Any] = {}
    for key, value in new.items():
        low = str(key).lower()
        if low in ("menu", "menus") and low not in have:
            key = have.get("menus" if low == "menu" else "menu", key)
        elif low == "languages" and isinstance(value, dict):
            old = into.get(have.get("languages", ""), {})
            value = {
                code: _align_menu(old.get(code, {}) if isinstance(old, dict) else {}, block)
                if isinstance(block, dict)
                else block
                for code, block in value.items()
            }
        aligned[key] = value
    return aligned


def merge_settings(into: dict[str, Any], new: Mapping[str, Any]) -> None:
    """Overwrite `into` with `new`, tables merged recursively, keys matched ignoring case."""
    for key, value in new.items():
        same = next((k for k in into if str(k).lower() == str(key).lower()), None)
        if same is None:
            into[key] = value
        elif isinstance(into[same], dict) and isinstance(value, dict):
            merged = dict(into[same])
            merge_settings(merged, value)
            into[same] = merged
        else:
            del into[same]
            into[key] = value


def _yaml(text: str, name: PurePosixPath) -> tuple[Any, dict[str, int]]:
    try:
        loaded = load_yaml(text)
    except yaml.YAMLError as err:
        raise BuildError(
            f"not valid YAML: {error_text(err)}", name, error_line(err, text)
        ) from None
    return loaded.data, {str(k): v for k, v in loaded.key_lines.items()}


def _toml(text: str, name: PurePosixPath) -> tuple[Any, dict[str, int]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        message, line = toml_error(err, text)
        raise BuildError(f"not valid TOML: {message}", name, line) from None
    except RecursionError:  # nested past the parser's stack
        raise BuildError(_TOO_DEEP, name, 1) from None
    except ValueError:  # a number too long to read
        raise BuildError(_TOO_LONG, name, number_too_long(text)) from None
    if too_deep(data):
        raise BuildError(_TOO_DEEP, name, 1)
    return data, _first_lines(text, data, toml=True)


def _json(text: str, name: PurePosixPath) -> tuple[Any, dict[str, int]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise BuildError(f"not valid JSON: {err.msg}", name, err.lineno) from None
    except RecursionError:
        raise BuildError(_TOO_DEEP, name, 1) from None
    except ValueError:
        raise BuildError(_TOO_LONG, name, number_too_long(text)) from None
    if too_deep(data):
        raise BuildError(_TOO_DEEP, name, 1)
    return data, _first_lines(text, data, toml=False) if isinstance(data, dict) else {}


_TOO_DEEP = f"nests lists and mappings more than {MAX_DEPTH} levels deep"
_TOO_LONG = f"holds a number with more than {MAX_DIGITS:,} digits"


_TOML_KEY = re.compile(r"""^(?:\[\[?\s*)?("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*[\].=]""")
_JSON_KEY = re.compile(r'^("(?:[^"\\]|\\.)*")\s*:')


def _first_lines(text: str, data: dict[str, Any], *, toml: bool) -> dict[str, int]:
    """The line where each top-level key first appears, for messages only: tomllib and json
    keep no positions, so each line's leading `key =`, `[key]`, `[key.x]` or `"key":` is
    looked up among the keys, once per line (a 20,000-key config once took minutes)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        found = (_TOML_KEY if toml else _JSON_KEY).match(line.strip())
        if found is None:
            continue
        token = found.group(1)  # in `a.b = 1` too, `a` is the top-level key
        try:
            key = json.loads(token) if token.startswith('"') else token.strip("'")
        except ValueError:
            continue
        if key in data and key not in lines:
            lines[key] = number
    return lines


@dataclass(slots=True)
class Translation:
    """The new site.yaml as it is filled in, and what could not be carried over."""

    source: ConfigFile
    values: dict[str, Any] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # normalised key -> first line

    def __post_init__(self) -> None:
        for key, line in self.source.lines.items():
            self.lines.setdefault(norm(key), line)

    def skip(self, key: str, why: str, line_key: str | None = None) -> None:
        """Report `key` as not carried over, at the file and line it was set in."""
        found = self.source.origin(key) or (self.source.origin(line_key) if line_key else None)
        if found is not None:
            self.notices.append(Notice(f"`{key}`: {why}", found[0], found[1]))
            return
        wanted = norm(line_key or key.split(".")[0].split(":")[0])
        self.notices.append(Notice(f"`{key}`: {why}", self.source.name, self.lines.get(wanted)))

    def nested(self, section: str, key: str, value: object) -> None:
        block = self.values.setdefault(section, {})
        block[key] = value


def output_folder(t: Translation, key: str, value: object) -> None:
    """Jekyll's `destination` and Hugo's `publishDir` are folders relative to the old site;
    `publish_dir` is relative to the new one. A plain folder inside the site means the same
    there and is kept; one that leaves the site (`../www`, `/var/www`, `~/x`) would now be
    somewhere else, perhaps inside the old site or a folder of yours, so it is left out
    and the new site builds into `public/`."""
    folder = str(value or "").strip()
    if not folder:
        return
    parts = PurePosixPath(folder.replace("\\", "/")).parts
    if folder.startswith(("/", "~", "\\")) or ".." in parts or (parts and ":" in parts[0]):
        t.skip(
            key,
            f"{folder!r} is outside the old site; the new site builds into public/ "
            "(set `publish_dir` in site.yaml to choose another folder inside it)",
        )
        return
    t.values["publish_dir"] = folder


# Site params whose canonical home in site.yaml is a top-level key, not `params`.
_PARAM_TO_TOP = {
    "description": "description",
    "author": "author",
    "mainsections": "main_sections",
    "dateformat": "date_format",
}


def translate_params(t: Translation, params: Mapping[str, Any], where: str) -> None:
    """PaperMod-style params: the theme's own under their canonical spelling, description,
    author, mainSections and DateFormat at the top, the rest kept for the site's layouts."""
    for key, value in params.items():
        n = norm(key)
        if n == "dateformat" and isinstance(value, dict):
            # Stack's `[params.dateFormat]`: `published` for posts, `lastUpdated` beside it.
            published = {norm(k): v for k, v in value.items()}.get("published")
            if isinstance(published, str) and published.strip():
                t.values.setdefault("date_format", published)
            t.skip(
                f"{where}.{key}",
                "a table of the theme's date formats: its `published` format is `date_format`"
                if isinstance(published, str) and published.strip()
                else "a table of the theme's own; not carried over",
                where.split(".")[0],
            )
        elif n in _PARAM_TO_TOP:
            t.values.setdefault(_PARAM_TO_TOP[n], value)
        elif n == "showfulltextinrss":
            t.nested("feeds", "full_text", value)
        elif n in BOOL_THEME_PARAMS and not isinstance(value, bool):
            if isinstance(value, str) and value.strip().lower() in ("true", "false"):
                t.params[THEME_PARAMS[n]] = value.strip().lower() == "true"
            else:  # a theme of its own gave the name another shape (a table, a list)
                t.skip(
                    f"{where}.{key}",
                    f"the theme's `{THEME_PARAMS[n]}` is true or false, not "
                    f"{type(value).__name__}; not carried over",
                    where.split(".")[0],
                )
        elif n in THEME_PARAMS:
            t.params[THEME_PARAMS[n]] = value
        else:
            t.params[str(key)] = value
            t.skip(
                f"{where}.{key}",
                "kept under `params` for your own layouts; the theme does not use it",
                where.split(".")[0],
            )


_ORDER = (
    "title base_url language description author copyright timezone date_format "
    "main_sections taxonomies permalinks permalink pagination paginate_path "
    "summary_length excerpt_separator has_cjk_language build_drafts build_future "
    "build_expired ugly_urls feeds search raw_html publish_dir menu defaults params"
).split()


def dump_site_yaml(values: Mapping[str, Any], origin: str) -> str:
    """site.yaml text, keys in a fixed order so the file reads like the README's table."""
    ordered = {k: values[k] for k in _ORDER if k in values and values[k] not in (None, {}, [])}
    ordered.update({k: v for k, v in values.items() if k not in ordered and k not in _ORDER})
    body = yaml.safe_dump(
        ordered, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )
    return f"# Translated from {origin} by `mentorblog import`.\n{body}"
