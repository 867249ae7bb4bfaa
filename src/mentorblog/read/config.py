"""site.yaml -> Config. Hugo's and Jekyll's names are aliases, so a pasted hugo.yaml or
_config.yml builds; keys we do not use are warnings, wrong types are errors with a line."""

from __future__ import annotations

import difflib
import importlib.util
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

import yaml

from mentorblog.core import dates, urls
from mentorblog.core.dialects import (
    BOOL_THEME_PARAMS,
    FOREIGN_SETTINGS,
    POLYGLOT_SETTINGS,
    SITE_KEYS,
    THEME_PARAMS,
    polyglot_setting,
)
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import dig, norm
from mentorblog.core.model import (
    VISIBILITIES,
    AuthorProfile,
    Config,
    Feeds,
    MenuItem,
    Pagination,
    Reader,
    ScopeDefault,
)
from mentorblog.read import labels, languages, themeparams
from mentorblog.read.imagesettings import image_settings
from mentorblog.read.sitedata import read_data
from mentorblog.read.yamltext import error_line, error_text, load_yaml

CONFIG_FILE = "site.yaml"


@dataclass(frozen=True, slots=True)
class LoadedConfig:
    config: Config
    notices: tuple[Notice, ...]
    plugins_line: int | None = None  # where site.yaml lists its plugins, for their errors


def load_config(root: Path, overrides: Mapping[str, object] | None = None) -> LoadedConfig:
    """Read and validate site.yaml; `overrides` are CLI values (base_url, build_drafts, ...)."""
    path = root / CONFIG_FILE
    if not path.is_file():
        raise BuildError(f"no {CONFIG_FILE} here: {_not_a_site(root)}", CONFIG_FILE)
    if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
        raise BuildError(
            "is a symbolic link to a place outside the site; refusing to follow it", CONFIG_FILE
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise BuildError(f"not UTF-8 text ({err.reason})", CONFIG_FILE) from None
    try:
        loaded = load_yaml(text, nested=True)
    except yaml.YAMLError as err:
        raise BuildError(
            f"not valid YAML: {error_text(err)}", CONFIG_FILE, error_line(err, text)
        ) from None
    data = loaded.data if loaded.data is not None else {}
    if not isinstance(data, dict):
        raise BuildError("must be a mapping of `key: value` settings", CONFIG_FILE, 1)
    reader = _Reader(loaded.key_lines, root, loaded.nested_lines)
    for key, first, again in loaded.duplicates:
        reader.warn(f"`{key}` is set twice (lines {first} and {again}); the later one wins", again)
    config = labels.with_labels(reader.read(data))
    config = replace(config, data=read_data(root))
    if overrides:
        changes: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
        config = replace(config, **changes)
        if overrides.get("base_url") is not None:
            base = str(overrides["base_url"]).strip()
            if not _is_web_address(base):
                raise BuildError(
                    f"--base-url must be a full http:// or https:// address such "
                    f"as https://example.org/preview/, not {base!r}"
                )
            config = replace(config, base_url=base if base.endswith("/") else base + "/")
    plugins_line = reader.lines.get("plugins") or reader.lines.get("gems")
    return LoadedConfig(config, tuple(reader.notices), plugins_line)


def _not_a_site(root: Path) -> str:
    """What to do instead: go to the site this folder is inside of, or start one."""
    for parent in root.parents:
        if (parent / CONFIG_FILE).is_file():
            where = os.path.relpath(parent)
            return (
                f"this folder is inside the site in {where}; run the command there or "
                f"add -s {where}"
            )
    return (
        "this folder is not a mentorblog site; start one with `mentorblog new site "
        "my-journal`, or use -s to point at an existing one"
    )


class _Reader:
    """Validates one site.yaml; collects warnings, raises the first wrong type."""

    def __init__(
        self,
        key_lines: Mapping[str, int],
        root: Path,
        nested_lines: Mapping[str, int] | None = None,
    ) -> None:
        self.raw_lines = {str(k): v for k, v in key_lines.items()}
        self.nested_lines = dict(nested_lines or {})
        self.lines = {norm(k): v for k, v in key_lines.items()}
        self.param_lines: dict[str, int | None] = {}
        self.root = root
        self.notices: list[Notice] = []

    def warn(self, message: str, line: int | None) -> None:
        self.notices.append(Notice(message, PurePosixPath(CONFIG_FILE), line))

    def fail(self, key: str, message: str, line: int | None = None) -> BuildError:
        if line is None:
            line = (
                self.nested_lines.get(key)
                or self.param_lines.get(norm(key))
                or self.lines.get(norm(key.split(".")[0]))
            )
        return BuildError(f"`{key}`: {message}", CONFIG_FILE, line)

    def read(self, data: dict[Any, Any]) -> Config:
        values: dict[str, tuple[str, object]] = {}  # canonical -> (key as written, value)
        params: dict[str, object] = {}
        param_keys: dict[str, str] = {}  # normalised -> key as written, for messages
        spelled: dict[str, tuple[str, int | None]] = {}
        by_alias = {alias: canon for canon, aliases in SITE_KEYS.items() for alias in aliases}
        for key, value in data.items():
            n = norm(key)
            line = self.raw_lines.get(str(key))
            if n in spelled and spelled[n][0] != str(key):
                self.warn(
                    f"`{spelled[n][0]}` (line {spelled[n][1]}) and `{key}` (line {line}) "
                    "are one setting; the later one wins",
                    line,
                )
            spelled[n] = (str(key), line)
            if n == "authors" and _is_profiles(value):
                n = "profiles"
            if n == "images" and (value is None or isinstance(value, (bool, dict))):
                values["images"] = (str(key), value)  # the image pipeline, not PaperMod's list
            elif n in by_alias:
                canon = by_alias[n]
                if canon == "base_url" and canon in values:
                    canon = "base_url_" + n  # Jekyll's url + baseurl pair
                elif canon in values and values[canon][1] != value:
                    raise BuildError(
                        f"`{values[canon][0]}` and `{key}` both set {canon} "
                        "to different values; keep one",
                        CONFIG_FILE,
                        line,
                    )
                values[canon] = (str(key), value)
            elif n in THEME_PARAMS:
                params[n] = value
                param_keys[n] = str(key)
                self.param_lines[n] = line
            elif n in POLYGLOT_SETTINGS:
                reason = polyglot_setting(str(key), value)
                if reason:
                    self.warn(f"`{key}`: {reason}", line)
            elif n in FOREIGN_SETTINGS:
                self.warn(
                    f"`{key}` is a Hugo/Jekyll setting mentorblog does not use; ignored", line
                )
            else:
                self.warn(self._unknown(str(key)), line)
        raw_params = values.get("params", ("params", {}))[1]
        if raw_params is not None and not isinstance(raw_params, dict):
            raise self.fail("params", "must be a mapping")
        params_line = self.lines.get("params")
        for key, value in (raw_params or {}).items():
            n = norm(key)
            for canon in ("description", "author"):
                if n in SITE_KEYS[canon]:
                    if (
                        canon in values
                        and values[canon][1] != value
                        and not values[canon][0].startswith("params.")
                    ):
                        raise BuildError(
                            f"`{values[canon][0]}` and `params.{key}` set "
                            f"{canon} to different values; keep one",
                            CONFIG_FILE,
                            params_line,
                        )
                    values.setdefault(canon, (f"params.{key}", value))
            if n in params and params[n] != value:
                raise BuildError(
                    f"`{param_keys[n]}` and `params.{key}` set {key} to different values; keep one",
                    CONFIG_FILE,
                    params_line,
                )
            params.setdefault(n, value)
            param_keys.setdefault(n, f"params.{key}")
            self.param_lines.setdefault(n, params_line)
        for n, value in params.items():
            if n in BOOL_THEME_PARAMS:
                params[n] = self._typed(param_keys.get(n, n), value, bool)
        params = themeparams.normalise(params, param_keys, self._param_error)
        return self._build(values, params)

    def _param_error(self, path: tuple[str, ...], message: str) -> BuildError:
        """A theme setting's error at the line of the key itself (`params.label.icon`)."""
        key = ".".join(path)
        line = None
        for n in range(len(path), 0, -1):  # the deepest key with a known line
            line = self.nested_lines.get(".".join(path[:n])) or self.nested_lines.get(
                ".".join(path[:n]).removeprefix("params.")
            )
            if line:
                break
        return BuildError(
            f"`{key}`: {message}",
            CONFIG_FILE,
            line or self.param_lines.get(norm(path[0].removeprefix("params."))),
        )

    def _unknown(self, key: str) -> str:
        known = [k for k in SITE_KEYS] + sorted(THEME_PARAMS.values())
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6) or difflib.get_close_matches(
            norm(key), [norm(k) for k in known], n=1, cutoff=0.75
        )
        hint = ""
        if close:
            name = next((k for k in known if norm(k) == norm(close[0])), close[0])
            hint = f"; did you mean `{name}`?"
        return f"unknown setting `{key}` is ignored{hint}"

    def _get(
        self,
        values: Mapping[str, tuple[str, object]],
        canon: str,
        kind: type | tuple[type, ...],
        default: Any,
    ) -> Any:
        if canon not in values or values[canon][1] is None:
            return default
        key, value = values[canon]
        return self._typed(key, value, kind)

    def _typed(self, key: str, value: object, kind: type | tuple[type, ...]) -> Any:
        if kind is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise self.fail(key, f"must be a whole number, not {value!r}")
        if kind is bool and isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
            return _BOOL_WORDS[value.strip().lower()]
        if kind is bool and not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {value!r}")
        if not isinstance(value, kind):
            raise self.fail(key, f"must be {_KIND_NAMES[kind]}, not {type(value).__name__}")
        return value

    def _build(self, values: Mapping[str, tuple[str, object]], params: dict[str, object]) -> Config:
        title = self._get(values, "title", str, None)
        if not title:
            raise BuildError("`title` is required (the site's name)", CONFIG_FILE, 1)
        base = self._base_url(values)
        written_tz = values.get("timezone", ("", None))[1]
        if isinstance(written_tz, int) and not isinstance(written_tz, bool):
            raise self.fail(
                values["timezone"][0],
                f"is the number {written_tz}: YAML reads an offset such as +0100 without "
                'quotes as a number; write it in quotes ("+01:00") or use an IANA name such as '
                "Europe/Berlin",
            )
        tz = self._get(values, "timezone", str, "UTC")
        try:
            dates.site_zone(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.fail(
                values["timezone"][0],
                f"unknown time zone {tz!r} (use an IANA name such as Europe/Berlin, or an "
                "offset such as +01:00)",
            ) from None
        date_format = self._date_format(values, params)
        main_sections = self._get(values, "main_sections", (list, str), None)
        if main_sections is None and "mainsections" in params:
            main_sections = self._typed("mainSections", params["mainsections"], (list, str))
        if isinstance(main_sections, str):  # one section, as Hugo reads a single value
            main_sections = [main_sections]
        config = self._config(values, params, title, base, tz, date_format, main_sections)
        # Errors name the key as written (jekyll-polyglot's `default_lang` too), at its line.
        written = {
            "defaultContentLanguage": values.get("default_language", ("",))[0],
            "defaultContentLanguageInSubdir": values.get("default_language_in_subdir", ("",))[0],
        }
        return languages.read_languages(
            values.get("languages", ("languages", None))[1],
            values.get("default_language", ("", None))[1],
            values.get("default_language_in_subdir", ("", None))[1],
            config,
            lambda key, message: self.fail(written.get(key) or key, message),
            lambda key, message: self.warn(
                message, self.nested_lines.get(key) or self.lines.get("languages")
            ),
            lambda value, key: self._menu({"menu": (key, value)}),
            lambda value: self._taxonomies({"taxonomies": ("taxonomies", value)}),
        )

    def _config(
        self,
        values: Mapping[str, tuple[str, object]],
        params: dict[str, object],
        title: str,
        base: str,
        tz: str,
        date_format: str,
        main_sections: Any,
    ) -> Config:
        return Config(
            root=self.root,
            title=title,
            base_url=base,
            language=self._get(values, "language", str, "en"),
            description=self._get(values, "description", str, ""),
            authors=self._authors(values),
            copyright=self._get(values, "copyright", str, None),
            timezone=tz,
            date_format=date_format,
            pagination=self._pagination(values),
            main_sections=tuple(str(s).strip("/") for s in main_sections or ()),
            taxonomies=self._taxonomies(values),
            taxonomies_listed="taxonomies" in values,
            permalinks=self._permalinks(values),
            list_permalinks=self._list_permalinks(values),
            permalink=self._permalink(values),
            summary_length=self._positive(values, "summary_length", 70),
            excerpt_separator=self._get(values, "excerpt_separator", str, None),
            reading_speed=self._positive(values, "reading_speed", 212),
            has_cjk_language=self._get(values, "has_cjk_language", bool, False),
            enable_emoji=self._get(values, "enable_emoji", bool, False),
            build_drafts=self._get(values, "build_drafts", bool, False),
            build_future=self._get(values, "build_future", bool, False),
            build_expired=self._get(values, "build_expired", bool, False),
            ugly_urls=self._get(values, "ugly_urls", bool, False),
            feeds=self._feeds(values, params),
            search=self._get(values, "search", bool, True),
            raw_html=self._raw_html(values),
            kramdown_html_blocks=self._kramdown_html_blocks(values),
            dialect=self._dialect(values),
            menu=self._menu(values),
            publish_dir=self._get(values, "publish_dir", str, "public"),
            cache_dir=self._get(values, "cache_dir", str, ".mentorblog-cache"),
            params=params,
            defaults=self._defaults(values),
            env=str(params.get("env", "production")),
            profiles=self._profiles(values),
            **self._journal(values),
            related_limit=self._related(values),
            include=self._include(values),
            lang_from_path=self._get(values, "lang_from_path", bool, False),
            unlocalized=self._unlocalized(values),
            plugins=self._plugins(values),
            readers=self._readers(values),
            images=image_settings(
                values.get("images", ("images", True))[1],
                lambda key, message: self.fail(key, message),
                lambda key, message: self.warn(
                    message, self.nested_lines.get(key) or self.lines.get("images")
                ),
            ),
        )

    def _positive(self, values: Mapping[str, tuple[str, object]], canon: str, default: int) -> int:
        number: int = self._get(values, canon, int, default)
        if number < 1:
            raise self.fail(values[canon][0], f"must be at least 1, not {number}")
        return number

    def _base_url(self, values: Mapping[str, tuple[str, object]]) -> str:
        """Hugo: baseURL is a full URL. Jekyll: `url` (scheme and host) + `baseurl` (a path)."""
        found = [kv for k, kv in values.items() if k.startswith("base_url")]
        if not found:
            raise BuildError(
                "`baseURL` is required (the address the site is published at, "
                "e.g. https://example.org/)",
                CONFIG_FILE,
                1,
            )
        for key, value in found:
            if value is not None and not isinstance(value, str):
                raise self.fail(key, f"must be text, not {value!r}")
        full = [(k, str(v).strip()) for k, v in found if v and "://" in str(v)]
        paths = [str(v).strip().strip("/") for _, v in found if v and "://" not in str(v)]
        if len(full) > 1 and full[0][1].rstrip("/") != full[1][1].rstrip("/"):
            raise BuildError(
                f"`{full[0][0]}` and `{full[1][0]}` give two different addresses "
                f"({full[0][1]}, {full[1][1]}); keep one",
                CONFIG_FILE,
                self.lines.get(norm(full[1][0])),
            )
        if not full:
            raise self.fail(found[0][0], "must be a full URL such as https://example.org/")
        if not _is_web_address(full[0][1]):  # `javascript://...` would run in every link
            raise self.fail(
                full[0][0], f"must be an http:// or https:// address, not {full[0][1]!r}"
            )
        url = full[0][1].rstrip("/")
        path = next((p for p in paths if p), "")
        return url + "/" + (path + "/" if path else "")

    def _date_format(
        self, values: Mapping[str, tuple[str, object]], params: Mapping[str, object]
    ) -> str:
        fmt = params.get("dateformat")
        minima = values.get("minima", ("minima", None))[1]
        if fmt is None and isinstance(minima, dict):
            fmt = minima.get("date_format")
        if fmt is None:
            fmt = self._get(values, "date_format", str, None)
        if fmt is None:
            return "%B %-d, %Y"
        if not isinstance(fmt, str):
            raise self.fail("DateFormat", "must be text")
        return fmt if "%" in fmt else dates.go_layout_to_strftime(fmt)

    def _authors(self, values: Mapping[str, tuple[str, object]]) -> tuple[str, ...]:
        if "author" not in values:
            return ()
        key, value = values["author"]
        try:
            return author_names(value)
        except ValueError as err:
            raise self.fail(key, str(err)) from None

    def _pagination(self, values: Mapping[str, tuple[str, object]]) -> Pagination:
        per_page = self._get(values, "paginate", int, 10)
        size_key = values["paginate"][0] if "paginate" in values else "paginate"
        path = "page/:num/"
        aliases = True
        path_key = "pagination.path"
        block = self._get(values, "pagination", dict, {})
        for key, value in block.items():
            n = norm(key)
            if n in ("pagersize", "perpage"):
                per_page = self._typed(f"pagination.{key}", value, int)
                size_key = f"pagination.{key}"
            elif n == "path":
                path = self._typed(f"pagination.{key}", value, str).strip("/") + "/:num/"
                path_key = f"pagination.{key}"
            elif n == "disablealiases":
                aliases = not self._typed(f"pagination.{key}", value, bool)
            else:
                self.warn(
                    f"unknown setting `pagination.{key}` is ignored", self.lines.get("pagination")
                )
        jekyll_path = self._get(values, "paginate_path", str, None)
        if jekyll_path is not None:
            path_key = values["paginate_path"][0]
            if ":num" not in jekyll_path:
                raise self.fail(path_key, "must contain `:num`")
            path = jekyll_path.strip("/") + "/"
            aliases = False  # jekyll-paginate writes no page 1 of its own
        if per_page < 1:
            raise self.fail(size_key, f"must be at least 1, not {per_page}")
        try:  # the path of page 2 and on, under every list's own address
            urls.clean_url("/" + path.replace(":num", "2"))
        except urls.UrlError as err:
            raise self.fail(path_key, str(err)) from None
        return Pagination(per_page=per_page, path=path, aliases=aliases)

    def _taxonomies(self, values: Mapping[str, tuple[str, object]]) -> tuple[tuple[str, str], ...]:
        """Hugo's tags and categories, plus `series` (journeys) unless the site lists its own
        taxonomies; `authors` (from each post's `author`) always comes last."""
        block = self._get(values, "taxonomies", dict, None)
        if block is None:
            return (
                ("tag", "tags"),
                ("category", "categories"),
                ("series", "series"),
                ("author", "authors"),
            )
        pairs = []
        for singular, plural in block.items():
            if not isinstance(plural, str) or not plural.strip():
                raise self.fail("taxonomies", f"`{singular}` must name its plural, e.g. tags")
            if urls.slugify(plural.strip()) != plural.strip().lower() or not any(
                ch.isalnum() for ch in plural
            ):
                raise self.fail(
                    "taxonomies",
                    f"`{singular}: {plural}`: the plural is the "
                    "folder of its pages, so it must be one plain word such as "
                    "tags (letters, digits, `-`)",
                )
            if plural.strip().lower() != "authors":
                pairs.append((str(singular), plural.strip().lower()))
        return (*pairs, ("author", "authors"))

    def _profiles(self, values: Mapping[str, tuple[str, object]]) -> tuple[AuthorProfile, ...]:
        block = self._get(values, "profiles", dict, {})
        key = values["profiles"][0] if "profiles" in values else "authors"
        profiles = []
        for name, entry in block.items():
            where = f"{key}.{name}"
            if entry is None:
                entry = {}
            if not isinstance(entry, dict):
                raise self.fail(
                    key, f"`{name}` must be a mapping such as {{role: mentor, bio: ...}}"
                )
            e = {norm(k): v for k, v in entry.items()}
            role = str(e.get("role") or "").strip().lower()
            if role not in ("", "mentor", "mentee"):
                raise self.fail(key, f"`{where}.role` must be mentor or mentee, not {role!r}")
            links = e.get("links") or {}
            pairs: list[tuple[str, str]] = []
            if isinstance(links, dict):
                pairs = [(str(k), str(v)) for k, v in links.items()]
            elif isinstance(links, list) and all(isinstance(x, dict) for x in links):
                for x in links:
                    x = {norm(k): v for k, v in x.items()}
                    pairs.append(
                        (
                            str(x.get("name") or x.get("title") or x.get("url")),
                            str(x.get("url") or ""),
                        )
                    )
            else:
                raise self.fail(key, f"`{where}.links` must map names to addresses")
            for label, url in pairs:
                if not url.startswith(("https://", "http://", "mailto:", "/")):
                    raise self.fail(
                        key,
                        f"`{where}.links`: {label!r} needs a full address "
                        f"(https://...), not {url!r}",
                    )
            for extra in sorted(set(e) - {"role", "bio", "links", "image", "name"}):
                self.warn(
                    f"unknown setting `{where}.{extra}` is ignored (known: role, bio, "
                    "links, image)",
                    self.lines.get(norm(key)),
                )
            profiles.append(
                AuthorProfile(
                    name=str(e.get("name") or name).strip(),
                    role=role,
                    bio=str(e.get("bio") or "").strip(),
                    links=tuple(pairs),
                    image=str(e.get("image") or ""),
                )
            )
        return tuple(profiles)

    def _journal(self, values: Mapping[str, tuple[str, object]]) -> dict[str, Any]:
        """`journal: /journal/`, `false`, or `{url, export, commitments}`."""
        value = self._get(values, "journal", (str, bool, dict), "/journal/")
        found: dict[str, Any] = {}
        if isinstance(value, dict):
            for key, item in value.items():
                n = norm(key)
                if n == "url":
                    found["journal_url"] = self._journal_path(f"journal.{key}", item)
                elif n == "export":
                    found["journal_export"] = self._typed(f"journal.{key}", item, bool)
                elif n == "commitments":
                    found["commitments_url"] = self._journal_path(f"journal.{key}", item)
                else:
                    raise self.fail(
                        "journal", f"unknown key `{key}` (known: url, export, commitments)"
                    )
            return found
        return {"journal_url": self._journal_path("journal", value)}

    def _journal_path(self, key: str, value: object) -> str | None:
        if value is False or value is None:
            return None
        if value is True:
            return "/journal/" if key == "journal" or key.endswith("url") else "/commitments/"
        if not isinstance(value, str):
            raise self.fail(key, f"must be a path such as /journal/, or false, not {value!r}")
        url = "/" + str(value).strip().strip("/") + "/"
        try:
            bad = url == "//" or urls.clean_url(url) != url
        except urls.UrlError:
            bad = True
        if bad:
            raise self.fail(key, f"must be a path such as /journal/, or false, not {value!r}")
        return url

    def _include(self, values: Mapping[str, tuple[str, object]]) -> tuple[str, ...]:
        """Jekyll's `include`: names starting with `_` or `.` that are published anyway."""
        value = self._get(values, "include", (list, str), [])
        names = [value] if isinstance(value, str) else value
        found = []
        for name in names:
            if not isinstance(name, str) or not name.strip().strip("/"):
                raise self.fail(
                    values["include"][0],
                    f"must list file or folder names such as _pages, not {name!r}",
                )
            found.append(name.strip().strip("/"))
        return tuple(found)

    def _unlocalized(self, values: Mapping[str, tuple[str, object]]) -> tuple[str, ...]:
        """jekyll-polyglot's `exclude_from_localization`: root folders or files (`images`,
        `css`) whose links a page in another language keeps as written."""
        value = self._get(values, "exclude_from_localization", (list, str), [])
        names = [value] if isinstance(value, str) else value
        found = []
        for name in names:
            if not isinstance(name, str) or not name.strip().strip("/"):
                raise self.fail(
                    values["exclude_from_localization"][0],
                    f"must list root folder or file names such as images, not {name!r}",
                )
            found.append(name.strip().strip("/"))
        return tuple(found)

    def _plugins(self, values: Mapping[str, tuple[str, object]]) -> tuple[str, ...]:
        """`plugins:` names Python modules (the site's `plugins/` folder first, then installed
        packages). A Jekyll site's list names Ruby gems (`jekyll-feed`): those are passed
        over with a warning, as mentorblog does their work itself or not at all."""
        value = self._get(values, "plugins", (list, str), [])
        names = [value] if isinstance(value, str) else value
        key = values["plugins"][0] if "plugins" in values else "plugins"
        found: list[str] = []
        for name in names:
            if not isinstance(name, str) or not name.strip():
                raise self.fail(key, f"must list plugin module names, not {name!r}")
            name = name.strip()
            if not all(part.isidentifier() for part in name.split(".")) or name.startswith(
                ("jekyll", "jemoji")
            ):
                self.warn(
                    f"`{name}` is a Jekyll plugin, not a Python module; ignored",
                    self.lines.get(norm(key)),
                )
                continue
            if not _plugin_exists(self.root, name):
                raise self.fail(
                    key,
                    f"plugin `{name}` not found: neither plugins/{name.replace('.', '/')}.py "
                    "in the site nor an installed Python module",
                )
            found.append(name)
        return tuple(found)

    def _related(self, values: Mapping[str, tuple[str, object]]) -> int:
        value = self._get(values, "related", (dict, bool), True)
        if value is True:
            return 5
        if value is False:
            return 0
        limit = 5
        for key, item in value.items():
            if norm(key) in ("limit", "count"):
                limit = self._typed(f"related.{key}", item, int)
                if limit < 0:
                    raise self.fail("related", f"`{key}` must be 0 or more")
            else:  # Hugo's indices, threshold, includeNewer, toLower
                self.warn(
                    f"`related.{key}` is a Hugo setting mentorblog does not use; related "
                    "posts are scored by shared series and tags",
                    self.lines.get("related"),
                )
        return limit

    def _permalinks(self, values: Mapping[str, tuple[str, object]]) -> Mapping[str, str]:
        block = self._get(values, "permalinks", dict, {})
        taxonomies = {plural for _, plural in self._taxonomies(values)}
        result: dict[str, str] = {}
        for section, pattern in block.items():
            if isinstance(pattern, dict):  # Hugo >= 0.112: permalinks: {page: {posts: ...}}
                if norm(section) == "page":
                    for sub, subpattern in pattern.items():
                        result[str(sub).strip("/")] = str(subpattern)
                continue
            if not isinstance(pattern, str):
                raise self.fail("permalinks", f"`{section}` must be a pattern such as /:slug/")
            self._check_pattern("permalinks", f"{section}", pattern)
            if str(section).strip("/").lower() not in taxonomies:  # those are term patterns
                result[str(section).strip("/")] = pattern
        return result

    def _permalink(self, values: Mapping[str, tuple[str, object]]) -> str | None:
        """Jekyll's site-wide `permalink`: a style name (`pretty`) or a pattern."""
        pattern: str | None = self._get(values, "permalink", str, None)
        if pattern is not None and "/" in pattern:  # style names have no slash
            try:
                urls.clean_url(pattern)
            except urls.UrlError as err:
                raise self.fail(values["permalink"][0], str(err)) from None
        return pattern

    def _check_pattern(self, key: str, name: str, pattern: str) -> None:
        """A permalink pattern must stay a path on this site before its tokens are filled
        in (`..`, a full address, a drive letter): an error here, not on every post."""
        try:
            urls.clean_url(pattern)
        except urls.UrlError as err:
            raise self.fail(key, f"`{name}`: {err}") from None

    def _list_permalinks(self, values: Mapping[str, tuple[str, object]]) -> Mapping[str, str]:
        """Hugo's patterns for list pages: `term`, `taxonomy` and `section` blocks, and (older
        Hugo) a top-level key naming a taxonomy, which is the pattern of its terms."""
        block = self._get(values, "permalinks", dict, {})
        taxonomies = {plural for _, plural in self._taxonomies(values)}
        result: dict[str, str] = {}
        for key, pattern in block.items():
            kind = norm(key)
            if isinstance(pattern, dict) and kind in ("term", "taxonomy", "section"):
                for name, sub in pattern.items():
                    if not isinstance(sub, str):
                        raise self.fail(
                            "permalinks", f"`{key}.{name}` must be a pattern such as /topics/:slug/"
                        )
                    self._check_pattern("permalinks", f"{key}.{name}", sub)
                    result[f"{kind}:{str(name).strip('/').lower()}"] = sub
            elif isinstance(pattern, str) and str(key).strip("/").lower() in taxonomies:
                result.setdefault(f"term:{str(key).strip('/').lower()}", pattern)
        return result

    def _feeds(
        self, values: Mapping[str, tuple[str, object]], params: Mapping[str, object]
    ) -> Feeds:
        feeds = Feeds()
        full_text = params.get("showfulltextinrss")
        if isinstance(full_text, bool):
            feeds = replace(feeds, full_text=full_text)
        services = self._get(values, "services", dict, {})
        rss = services.get("rss") if isinstance(services, dict) else None
        if isinstance(rss, dict) and "limit" in rss:
            limit = self._typed("services.rss.limit", rss["limit"], int)
            feeds = replace(feeds, limit=None if limit < 0 else limit)
        jekyll = self._get(values, "feed", dict, {})
        if "posts_limit" in jekyll:
            limit = self._typed("feed.posts_limit", jekyll["posts_limit"], int)
            feeds = replace(feeds, limit=limit)
        if "excerpt_only" in jekyll:
            only = self._typed("feed.excerpt_only", jekyll["excerpt_only"], bool)
            feeds = replace(feeds, full_text=not only)
        also_at: tuple[str, ...] = ()
        if "path" in jekyll:  # jekyll-feed's address of the feed
            also_at = self._feed_paths("feed.path", jekyll["path"])
        own = self._get(values, "feeds", dict, {})
        for key, value in own.items():
            n = norm(key)
            if n == "limit":
                limit = self._typed("feeds.limit", value, int)
                feeds = replace(feeds, limit=None if limit < 0 else limit)
            elif n == "fulltext":
                feeds = replace(feeds, full_text=self._typed("feeds.full_text", value, bool))
            elif n in ("rss", "atom", "json"):
                feeds = replace(feeds, **{n: self._typed(f"feeds.{key}", value, bool)})
            elif n == "alsoat":
                also_at += self._feed_paths(f"feeds.{key}", value)
            else:
                self.warn(f"unknown setting `feeds.{key}` is ignored", self.lines.get("feeds"))
        if also_at and not feeds.atom:
            self.warn(
                "`feeds.also_at` is ignored: `feeds.atom: false` writes no Atom feed",
                self.lines.get("feeds"),
            )
        return replace(feeds, also_at=tuple(dict.fromkeys(also_at)))

    def _feed_paths(self, key: str, value: object) -> tuple[str, ...]:
        """Where else the Atom feed goes (`urls.feed_address`); `feed.xml`, where it is
        anyway, drops out."""
        written = [value] if isinstance(value, str) else value
        if not isinstance(written, list):
            raise self.fail(key, f"must be a path or a list of paths, not {type(value).__name__}")
        found: list[str] = []
        for item in written:
            if not isinstance(item, str):
                raise self.fail(key, f"must hold paths such as atom.xml, not {item!r}")
            path, problem = urls.feed_address(item)
            if problem is not None:
                raise self.fail(key, f"{item!r}: {problem}")
            if path != "feed.xml":
                found.append(path)
        return tuple(found)

    def _dialect(self, values: Mapping[str, tuple[str, object]]) -> str:
        found = str(self._get(values, "dialect", str, "")).strip().lower()
        if found not in ("", "jekyll", "hugo"):
            raise self.fail("dialect", f"must be jekyll or hugo, not {found!r}")
        return found

    def _kramdown_html_blocks(self, values: Mapping[str, tuple[str, object]]) -> bool:
        """Jekyll's `kramdown: {parse_block_html: true}` reads Markdown inside html
        elements, and `markdown: CommonMark` (jekyll-commonmark) is CommonMark: then an
        element ends at a blank line, as CommonMark has it. Other kramdown options are
        Jekyll's own and pass unread."""
        kramdown = self._get(values, "kramdown", dict, {})
        inside = {norm(k): v for k, v in kramdown.items()}.get("parseblockhtml", False)
        if not isinstance(inside, bool):
            raise self.fail("kramdown", "`parse_block_html` must be true or false")
        engine = self._get(values, "markdown", str, "kramdown")
        return not inside and norm(engine) == "kramdown"

    def _raw_html(self, values: Mapping[str, tuple[str, object]]) -> bool:
        raw: bool = self._get(values, "raw_html", bool, True)
        markup = self._get(values, "markup", dict, {})
        unsafe = dig(markup, "goldmark", "renderer", "unsafe")
        if "raw_html" not in values and isinstance(unsafe, bool):
            return unsafe
        return raw

    def _menu(self, values: Mapping[str, tuple[str, object]]) -> tuple[MenuItem, ...]:
        block = self._get(values, "menu", (dict, list), [])
        key = values["menu"][0] if "menu" in values else "menu"  # `menu` or `menus`
        entries = block.get("main", []) if isinstance(block, dict) else block
        if not isinstance(entries, list):
            raise self.fail(key, "`main` must be a list of {name, url} entries")
        items = []
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise self.fail(key, f"entry {i + 1} must be a mapping with name and url")
            e = {norm(k): v for k, v in entry.items()}
            name = e.get("name") or e.get("title")
            url = e.get("url") or e.get("pageref") or e.get("link")
            if not isinstance(name, str) or not isinstance(url, str):
                raise self.fail(key, f"entry {i + 1} needs a `name` and a `url`")
            weight = _menu_weight(e.get("weight", 0))
            if weight is None:
                raise self.fail(key, f"entry {i + 1}: `weight` must be a whole number")
            if not url.startswith(("/", "http://", "https://", "#")):
                url = "/" + url
            if url.startswith("/") and "." not in url.rsplit("/", 1)[-1] and not url.endswith("/"):
                url += "/"
            items.append(MenuItem(name, url, weight, str(e.get("identifier", ""))))
        return tuple(sorted(items, key=lambda m: (m.weight == 0, m.weight)))

    def _defaults(self, values: Mapping[str, tuple[str, object]]) -> tuple[ScopeDefault, ...]:
        entries = self._get(values, "defaults", list, [])
        result = []
        for i, entry in enumerate(entries):
            scope = entry.get("scope", {}) if isinstance(entry, dict) else None
            vals = entry.get("values") if isinstance(entry, dict) else None
            if not isinstance(scope, dict) or not isinstance(vals, dict):
                raise self.fail("defaults", f"entry {i + 1} needs `scope` and `values` mappings")
            path = str(scope.get("path", "") or "").strip("/")
            kind = str(scope.get("type", "") or "")
            for key, value in vals.items():
                if norm(str(key)) == "visibility" and value not in VISIBILITIES:
                    raise self.fail(
                        "defaults",
                        f"entry {i + 1}: `visibility` must be one of "
                        f"{', '.join(VISIBILITIES)}, not {value!r}",
                        self.nested_lines.get(f"defaults.{i}.values.{key}"),
                    )
            result.append(ScopeDefault(path=path, values=vals, kind=kind))
        return tuple(result)

    def _readers(self, values: Mapping[str, tuple[str, object]]) -> tuple[Reader, ...]:
        """`readers: {ben: {name: Ben}}`. Ids become parts of environment variable names,
        so they are kept to letters, digits and `_`; a passphrase here is refused. Errors
        are at the `readers` line, as every setting's are."""
        block = self._get(values, "readers", dict, {})
        key = values["readers"][0] if "readers" in values else "readers"
        found: dict[str, Reader] = {}
        for raw_id, entry in block.items():
            ident = str(raw_id)
            if not re.fullmatch(r"[A-Za-z0-9_]+", ident):
                raise self.fail(
                    key, f"reader `{ident}`: an id may hold only letters, digits and `_`"
                )
            if ident.lower() in found:
                raise self.fail(key, f"reader `{ident}` is declared twice (ids ignore case)")
            if entry is None:
                entry = {}
            if not isinstance(entry, dict):
                raise self.fail(key, f"reader `{ident}` must be a mapping such as {{name: Ben}}")
            e = {norm(str(k)): v for k, v in entry.items()}
            if {"passphrase", "password", "secret", "key"} & set(e):
                variable = reader_variable(ident)
                raise self.fail(
                    key,
                    f"reader `{ident}`: a passphrase never belongs in site.yaml; set the "
                    f"environment variable {variable} (or {variable}_FILE) when building",
                )
            name = e.get("name", ident)
            if not isinstance(name, (str, int)) or isinstance(name, bool) or not str(name):
                raise self.fail(key, f"reader `{ident}`: `name` must be text")
            optional = e.get("optional", False)
            if not isinstance(optional, bool):
                raise self.fail(key, f"reader `{ident}`: `optional` must be true or false")
            for extra in sorted(set(e) - {"name", "optional"}):
                self.warn(
                    f"`{key}`: reader `{ident}`: `{extra}` is not used (known: name, optional)",
                    self.lines.get(norm(key)),
                )
            unset = optional and not passphrase_given(ident, os.environ)
            found[ident.lower()] = Reader(ident.lower(), str(name).strip(), optional, unset)
        return tuple(found.values())


_BOOL_WORDS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}
_KIND_NAMES: dict[object, str] = {
    str: "text",
    list: "a list",
    dict: "a mapping",
    (str, bool): "a path or false",
    (str, bool, dict): "a path, false or a mapping",
    (dict, bool): "true, false or a mapping",
    (dict, list): "a mapping or a list",
    (list, str): "a list of names",
}


def reader_variable(ident: str) -> str:
    """The environment variable holding a reader's passphrase: MENTORBLOG_READER_BEN."""
    return "MENTORBLOG_READER_" + ident.upper()


def passphrase_given(ident: str, environ: Mapping[str, str]) -> bool:
    """Whether the environment offers a passphrase for the reader: its variable, or the
    `_FILE` one naming a file (read, and checked, only when a post is sealed)."""
    variable = reader_variable(ident)
    return bool(environ.get(variable) or environ.get(variable + "_FILE"))


def _is_web_address(url: str) -> bool:
    """http(s), a host, and nothing a browser would strip or run (no spaces or controls)."""
    return bool(re.fullmatch(r"https?://[^\s/?#]+(?:[/?#]\S*)?", url.strip(), re.IGNORECASE))


def _is_profiles(value: object) -> bool:
    """`authors:` as {Ana: {role: mentor, ...}} holds profiles; as a list or {name: ...} it
    is the site's default author, as in Jekyll and Hugo."""
    return (
        isinstance(value, dict)
        and bool(value)
        and all(isinstance(v, dict) or v is None for v in value.values())
    )


def author_names(value: object) -> tuple[str, ...]:
    """`author` as a string, a list, or Hugo's {name, email}: the display names."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, dict):
        written = [v for k, v in value.items() if norm(k) in ("name", "display")]
        if not written:
            raise ValueError("an author mapping needs a `name`")
        if any(v is not None and not isinstance(v, str) for v in written):
            raise ValueError("an author mapping's `name` must be text")
        # minimal-mistakes ships `author: {name: ~, avatar: ...}` until the author fills it
        # in: no name yet, as Jekyll reads it, not a mistake.
        given = [v.strip() for v in written if isinstance(v, str) and v.strip()]
        return (given[0],) if given else ()
    if isinstance(value, list):
        names: list[str] = []
        for item in value:
            names.extend(author_names(item))
        return tuple(n for n in names if n)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (str(value),)
    raise ValueError(f"must be a name, a list of names or {{name, email}}, not {value!r}")


def plugin_file(root: Path, name: str) -> Path | None:
    """The site's own plugin module `name`: plugins/<name>.py or plugins/<name>/__init__.py,
    inside the site (a symlink out of it is not followed)."""
    base = root / "plugins" / Path(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file() and candidate.resolve().is_relative_to(root.resolve()):
            return candidate
    return None


def _plugin_exists(root: Path, name: str) -> bool:
    if plugin_file(root, name) is not None:
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _menu_weight(value: object) -> int | None:
    """A menu entry's weight as Hugo reads it (a whole number after all): `weight = 0.0`
    and `weight = ""` are in real Hugo configs, and Hugo takes them as 0 (a fraction is cut
    off, a number in a string read, nothing is 0). None for anything else."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return 0
        if re.fullmatch(r"[+-]?\d+(\.\d*)?", text):
            number = float(text)  # ("9" * 400 is inf: no weight, not a crash)
            return int(number) if math.isfinite(number) else None
    return None
