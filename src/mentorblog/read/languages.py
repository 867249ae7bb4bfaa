"""site.yaml `languages:` (Hugo's keys) -> Language values, and which language a content
file is in. Hugo's rules: a file's own suffix (`post.fr.md`, `_index.fa.md`, `index.fr.md`)
wins, then the language whose `contentDir` holds it, then the default language."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from babel import Locale, UnknownLocaleError

from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import norm
from mentorblog.core.model import Config, Language, MenuItem, Sources

# Languages written right to left when `languageDirection` does not say.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")
_KNOWN_KEYS = {
    norm(k)
    for k in (
        "languageName languageCode weight title params menu menus contentDir "
        "languageDirection disabled description taxonomies label locale direction"
    ).split()
}

Fail = Callable[[str, str], BuildError]  # (key path, message) -> error at its site.yaml line
Warn = Callable[[str, str], None]


def read_languages(
    block: object,
    default: object,
    in_subdir: object,
    config: Config,
    fail: Fail,
    warn: Warn,
    menu: Callable[[object, str], tuple[MenuItem, ...]],
    taxonomies: Callable[[object], tuple[tuple[str, str], ...]],
) -> Config:
    """`config` with its languages set; `menu(value, key)` and `taxonomies(value)` read
    those blocks as the site's own are read."""
    if block is None or block == {} or block == []:
        if (config.language or "").lower().split("-")[0] in RTL_LANGUAGES:
            config = replace(config, direction="rtl")  # `languageCode: fa` alone
        if default is not None:
            code = _code(default, "defaultContentLanguage", fail)
            return replace(config, default_language=code, lang=code)
        return config
    written: dict[str, str] = {}
    if isinstance(block, list) and all(isinstance(c, str) for c in block):
        # jekyll-polyglot's `languages: ["en", "es"]`: codes only, in their order; its
        # pages' links to the site lead to their own language's pages, as polyglot's do,
        # and its folders are named as the codes are written (/pt-BR/).
        written = {c.strip().lower().replace("_", "-"): c.strip() for c in block}
        block = {code: {"weight": n + 1} for n, code in enumerate(block)}
        config = replace(config, localize_links=True)
    if not isinstance(block, dict):
        raise fail("languages", "must map language codes to settings, such as {fr: {weight: 2}}")
    found: list[Language] = []
    for raw_code, raw in block.items():
        code = _code(raw_code, f"languages.{raw_code}", fail)
        where = f"languages.{raw_code}"
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise fail(where, "must be a mapping such as {languageName: Français, weight: 2}")
        e: dict[str, tuple[str, Any]] = {norm(k): (str(k), v) for k, v in raw.items()}
        for n, (key, _) in e.items():
            if n not in _KNOWN_KEYS:
                warn(where, f"unknown setting `{where}.{key}` is ignored")

        def text(n: str, e: dict[str, tuple[str, Any]] = e, where: str = where) -> str:
            key, value = e.get(n, (n, None))
            if value is None:
                return ""
            if isinstance(value, (dict, list, bool)):
                raise fail(f"{where}.{key}", f"must be text, not {value!r}")
            return str(value).strip()

        weight = e.get("weight", ("weight", 0))[1]
        if isinstance(weight, bool) or not isinstance(weight, int):
            raise fail(f"{where}.weight", f"must be a whole number, not {weight!r}")
        direction = (text("languagedirection") or text("direction")).lower()
        if direction not in ("", "ltr", "rtl"):
            raise fail(f"{where}.languageDirection", f"must be ltr or rtl, not {direction!r}")
        if not direction:
            direction = "rtl" if code.split("-")[0] in RTL_LANGUAGES else "ltr"
        disabled = e.get("disabled", ("disabled", False))[1]
        if not isinstance(disabled, bool):
            raise fail(f"{where}.disabled", f"must be true or false, not {disabled!r}")
        params_value = e.get("params", ("params", None))[1]
        if params_value is not None and not isinstance(params_value, dict):
            raise fail(f"{where}.params", "must be a mapping")
        params = dict(config.params)
        for key, value in (params_value or {}).items():
            params[norm(key)] = value
        menu_entry = e.get("menu") or e.get("menus")
        content_dir = text("contentdir").strip("/")
        if content_dir and (".." in content_dir.split("/") or content_dir.startswith("/")):
            raise fail(
                f"{where}.contentDir", f"must be a folder inside the site, not {content_dir!r}"
            )
        found.append(
            Language(
                code=code,
                name=text("languagename") or text("label") or _own_name(code),
                locale=text("languagecode") or text("locale") or code,
                weight=weight,
                title=text("title"),
                direction=direction,
                content_dir=content_dir,
                params=params,
                menu=menu(menu_entry[1], f"{where}.{menu_entry[0]}") if menu_entry else None,
                disabled=disabled,
                description=text("description"),
                taxonomies=taxonomies(e["taxonomies"][1]) if "taxonomies" in e else None,
                folder=_folder(written.get(code, code), code),
            )
        )
    found.sort(key=lambda lang: (lang.weight == 0, lang.weight, lang.code))
    codes = [lang.code for lang in found]
    if default is None:
        default_code = "en" if "en" in codes else codes[0]  # Hugo's default is en
    else:
        default_code = _code(default, "defaultContentLanguage", fail)
        if default_code not in codes:
            raise fail(
                "defaultContentLanguage",
                f"{default_code!r} is not one of `languages` ({', '.join(codes)})",
            )
    first = next(lang for lang in found if lang.code == default_code)
    if first.disabled:
        raise fail("defaultContentLanguage", f"the default language {default_code!r} is disabled")
    if not isinstance(in_subdir, (bool, type(None))):
        raise fail("defaultContentLanguageInSubdir", f"must be true or false, not {in_subdir!r}")
    return replace(
        config,
        languages=tuple(found),
        default_language=default_code,
        default_language_in_subdir=bool(in_subdir),
        language=first.locale if "languagecode" in _keys(block, default_code) else config.language,
    )


def _folder(written: str, code: str) -> str:
    """A polyglot code's folder as written, when safe in an address and not the code."""
    if written == code or not _CODE.fullmatch(written.lower()):
        return ""
    return written


def _own_name(code: str) -> str:
    """A language's name in itself (`es` -> `español`), from CLDR, for the switcher."""
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:] if name else code


def _keys(block: Mapping[Any, Any], code: str) -> set[str]:
    raw = next((v for k, v in block.items() if str(k).lower() == code), None) or {}
    return {norm(k) for k in raw} if isinstance(raw, dict) else set()


def _code(value: object, key: str, fail: Fail) -> str:
    code = str(value).strip().lower().replace("_", "-")
    if not _CODE.fullmatch(code):
        raise fail(key, f"{value!r} is not a language code such as en, fr or pt-br")
    return code


def enabled(config: Config) -> tuple[Language, ...]:
    """The languages built, by weight."""
    return tuple(lang for lang in config.languages if not lang.disabled)


def is_multilingual(config: Config) -> bool:
    return len(enabled(config)) > 1


def prefix(config: Config, code: str) -> str:
    """Where a language's pages live: "" (the root) or "/fr"."""
    if not code or not is_multilingual(config):
        return ""
    if code == config.default_language and not config.default_language_in_subdir:
        return ""
    return "/" + folder_name(config, code)


def folder_name(config: Config, code: str) -> str:
    """The folder of a language's pages: its code, or a polyglot code as written."""
    lang = language(config, code)
    return lang.folder if lang is not None and lang.folder else code


def split_language(source: PurePosixPath, config: Config) -> tuple[str, PurePosixPath]:
    """A content file's language and its path as a one-language site would have it:
    `content/posts/a.fr.md` -> ("fr", content/posts/a.md); with `contentDir: content/fr`,
    `content/fr/posts/a.md` -> ("fr", content/posts/a.md)."""
    if not config.languages:
        return "", source
    codes = {lang.code for lang in config.languages}
    lang = ""
    path = source
    for language in sorted(config.languages, key=lambda x: -len(x.content_dir)):
        folder = language.content_dir
        if folder and folder != "content" and _inside(source, folder):
            lang = language.code
            path = PurePosixPath("content", *source.parts[len(PurePosixPath(folder).parts) :])
            break
    stem, dot, suffix = path.name.rpartition(".")
    base, _, named = stem.rpartition(".")
    if dot and base and named.lower() in codes:
        lang = named.lower()
        path = path.with_name(base + "." + suffix)
    if not lang and config.lang_from_path:
        lang, path = _language_folder(path, codes)
    return lang or config.default_language, path


def _language_folder(path: PurePosixPath, codes: set[str]) -> tuple[str, PurePosixPath]:
    """jekyll-polyglot's `lang_from_path`: the language named by the first or second folder
    (`content/de/about.md`, `content/posts/de/a.md`), the folder left out of the path so the
    page's address is its language's (/de/about/) and its translations share a path."""
    folders = path.parts[1:-1]  # below content/, above the file
    for depth, name in enumerate(folders[:2]):
        if name.lower() in codes:
            rest = path.parts[: 1 + depth] + path.parts[2 + depth :]
            return name.lower(), PurePosixPath(*rest)
    return "", path


def _inside(source: PurePosixPath, folder: str) -> bool:
    parts = PurePosixPath(folder).parts
    return source.parts[: len(parts)] == parts and len(source.parts) > len(parts)


def one_language_paths(
    sources: tuple[PurePosixPath, ...], config: Config
) -> tuple[PurePosixPath, ...]:
    """Content paths without their languages, sorted and each once: what the site-wide
    guesses (main sections, `_index.md` folders, dialect) look at."""
    if not config.languages:
        return sources
    return tuple(sorted({split_language(s, config)[1] for s in sources}, key=str))


def content_folders(config: Config) -> tuple[str, ...]:
    """Folders besides content/ that hold pages (a `contentDir` outside it)."""
    return tuple(
        sorted(
            {
                lang.content_dir
                for lang in config.languages
                if lang.content_dir
                and lang.content_dir != "content"
                and not lang.content_dir.startswith("content/")
            }
        )
    )


def within_content_dirs(sources: Sources, config: Config) -> tuple[Sources, list[Notice]]:
    """When every language names its `contentDir`, Hugo reads content/ only there: a folder
    of a language left out of the settings (`content/ru/`, its block commented out) is not
    built, with one notice per such folder."""
    dirs = [lang.content_dir.strip("/") for lang in config.languages]
    if not dirs or not all(dirs) or "content" in dirs:
        return sources, []
    inside = tuple(PurePosixPath(d) for d in dirs)

    def kept(path: PurePosixPath) -> bool:
        return path.parts[:1] != ("content",) or any(
            path.parts[: len(d.parts)] == d.parts for d in inside
        )

    paths = [*sources.content, *(f.source for f in sources.content_files)]
    left = sorted({PurePosixPath(*p.parts[:2]) for p in paths if not kept(p) and len(p.parts) > 2})
    notices = [
        Notice(
            "in no language's `contentDir` (every language names its own): not built, as in Hugo",
            folder,
        )
        for folder in left
    ]
    return (
        replace(
            sources,
            content=tuple(p for p in sources.content if kept(p)),
            content_files=tuple(f for f in sources.content_files if kept(f.source)),
        ),
        notices,
    )


def translation_key(path: PurePosixPath) -> str:
    """Hugo links translations by path: `content/posts/a.md`, `a.fr.md` and, with
    contentDirs, `content/fr/posts/a.md` all give "posts/a"; a bundle is its folder."""
    rel = path.relative_to("content").with_suffix("")
    if rel.name == "index" and len(rel.parts) > 1:
        rel = rel.parent
    return str(rel)


def language(config: Config, code: str) -> Language | None:
    return next((lang for lang in config.languages if lang.code == code), None)
