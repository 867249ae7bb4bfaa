"""A Hugo site moved in: `content/` (page bundles included) and `static/` as they are, the
site configuration (`hugo.toml`, `hugo.yaml`, `config.toml`, ... and `config/_default/`)
into `site.yaml`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from mentorblog.config import norm
from mentorblog.errors import BuildError, Notice
from mentorblog.importers import Plan
from mentorblog.importers.configfile import (
    ConfigFile,
    Translation,
    dump_site_yaml,
    output_folder,
    read_config,
    translate_params,
)
from mentorblog.importers.files import has_front_matter, is_markdown, read_front_matter, walk

CONFIG_NAMES = tuple(
    f"{stem}.{ext}" for stem in ("hugo", "config") for ext in ("toml", "yaml", "yml", "json")
)
_CONFIG_SUFFIXES = (".toml", ".yaml", ".yml", ".json")
_FOLDER_ROLES = {
    "layouts": "a Hugo template (Go templates); mentorblog's layouts are Jinja templates: "
    "rewrite it under layouts/ if you need it",
    "assets": "a Hugo Pipes asset; not processed (put plain css, js or images in static/)",
    "data": "a data file; mentorblog has no `site.Data`",
    "i18n": "a translation table; mentorblog builds one language",
    "archetypes": "a Hugo archetype (Go template); mentorblog's archetypes are Jinja "
    "templates in archetypes/",
}
_WHOLE_FOLDERS = {
    "themes": "a Hugo theme; its templates are not copied: mentorblog's own theme renders the "
    "site and reads PaperMod's settings",
    "public": "Hugo's output; not copied",
    "resources": "Hugo's cache of generated files; not copied",
    "node_modules": "not copied",
}
_OTHER_FORMATS = (".html", ".htm", ".org", ".adoc", ".asciidoc", ".rst", ".pandoc", ".pdc")


def plan_hugo(source: Path, *, skip: Path | None = None) -> Plan:
    config, notices = _read_config(source)
    languages = _language_codes(config.data)
    others = languages[1:]

    def prune(rel: PurePosixPath) -> bool:
        if rel.name.startswith("."):
            return True
        if len(rel.parts) == 2 and rel.parts[0] == "themes":
            notices.append(Notice(_WHOLE_FOLDERS["themes"], rel))
            return True
        if len(rel.parts) == 1 and rel.name in _WHOLE_FOLDERS and rel.name != "themes":
            notices.append(Notice(_WHOLE_FOLDERS[rel.name], rel))
            return True
        return len(rel.parts) == 1 and rel.name == "config"

    found, walk_notices = walk(source, skip, prune)
    notices.extend(walk_notices)
    copies: list[tuple[PurePosixPath, PurePosixPath]] = []
    for rel in found:
        top = rel.parts[0]
        if rel.name.startswith("."):
            continue
        if len(rel.parts) == 1 or top == "themes":
            if rel.name not in CONFIG_NAMES:
                notices.append(Notice("not part of what Hugo publishes; not copied", rel))
            continue
        if top == "static":
            copies.append((rel, rel))
        elif top == "content":
            language = _language_of(rel)
            if language in others:
                notices.append(
                    Notice(
                        f"written in `{language}`; mentorblog builds one "
                        f"language ({languages[0]}), so it is not copied",
                        rel,
                    )
                )
            elif rel.suffix.lower() in _OTHER_FORMATS and has_front_matter(
                source / rel, jekyll=False
            ):
                notices.append(
                    Notice(
                        f"Hugo content in {rel.suffix} is not read by mentorblog "
                        "(only Markdown); not copied",
                        rel,
                    )
                )
            else:
                if is_markdown(rel):
                    notices.extend(read_front_matter(source, rel)[1])
                copies.append((rel, _without_language(rel, language, languages[0], found)))
        elif rel.parts[:2] == ("layouts", "shortcodes"):
            notices.append(
                Notice(
                    "a Hugo shortcode (Go template); write it again as a Jinja "
                    f"template at {rel} for mentorblog to use it",
                    rel,
                )
            )
        elif top in _FOLDER_ROLES:
            notices.append(Notice(_FOLDER_ROLES[top], rel))
        else:
            notices.append(Notice("not part of what Hugo publishes; not copied", rel))
    values, config_notices = translate_hugo(config)
    notices.extend(config_notices)
    if not any(is_markdown(dst) for _, dst in copies):
        notices.append(Notice("no Markdown posts or pages found", PurePosixPath("content/")))
    return Plan(tuple(copies), dump_site_yaml(values, str(config.name)), tuple(notices))


def _read_config(source: Path) -> tuple[ConfigFile, list[Notice]]:
    """The root config file, with `config/_default/` merged over it as Hugo does."""
    notices: list[Notice] = []
    present = [n for n in CONFIG_NAMES if (source / n).is_file()]
    folder = source / "config" / "_default"
    if not present and not folder.is_dir():
        raise BuildError(
            "has no hugo.toml, hugo.yaml, hugo.json or config.toml/.yaml/.json "
            "(nor config/_default/); is this a Hugo site?",
            ".",
        )
    config = (
        read_config(source / present[0], PurePosixPath(present[0]))
        if present
        else ConfigFile(PurePosixPath("config/_default/"), {}, {})
    )
    for name in present[1:]:
        notices.append(Notice(f"Hugo reads {present[0]} instead; not used", PurePosixPath(name)))
    data = dict(config.data)
    if folder.is_dir():
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            rel = PurePosixPath("config/_default") / path.name
            if path.suffix.lower() not in _CONFIG_SUFFIXES or not path.is_file():
                continue
            part = read_config(path, rel).data
            key, _, language = path.stem.partition(".")
            if key in ("hugo", "config"):
                data.update(part)
            elif language:
                data.setdefault("languages", {}).setdefault(language, {})[key] = part
            else:
                data[key] = part
    for path in sorted((source / "config").glob("*")):
        if path.is_dir() and path.name != "_default":
            notices.append(
                Notice(
                    "settings for another environment; only config/_default/ is carried over",
                    PurePosixPath(f"config/{path.name}/"),
                )
            )
    return ConfigFile(config.name, data, config.lines), notices


def _language_codes(data: Mapping[str, Any]) -> list[str]:
    """The default language first, then the others (by weight, as Hugo orders them)."""
    languages = _get(data, "languages")
    if not isinstance(languages, dict) or not languages:
        return [str(_get(data, "defaultcontentlanguage") or "en")]
    default = _get(data, "defaultcontentlanguage")

    def order(code: str) -> tuple[int, int, str]:
        block = languages[code] if isinstance(languages[code], dict) else {}
        weight = _get(block, "weight")
        return (code != default, weight if isinstance(weight, int) else 0, code)

    return sorted((str(k) for k in languages), key=order)


def _language_of(rel: PurePosixPath) -> str | None:
    """`about.fr.md` -> "fr" (Hugo's translation by file name)."""
    match = re.fullmatch(r".+\.([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]+)?)", rel.stem)
    return match.group(1) if match and is_markdown(rel) else None


def _without_language(
    rel: PurePosixPath, language: str | None, default: str, found: list[PurePosixPath]
) -> PurePosixPath:
    """`about.en.md` in the default language -> `about.md` (and `_index.en.md` ->
    `_index.md`), so it keeps Hugo's address and role; the text is not touched."""
    if language != default:
        return rel
    plain = rel.with_name(rel.stem.removesuffix(f".{language}") + rel.suffix)
    return rel if plain in found else plain


def _get(block: Mapping[str, Any], name: str) -> Any:
    return next((v for k, v in block.items() if norm(k) == name), None)


# -- hugo.toml -> site.yaml ------------------------------------------------------------------

_DIRECT = {
    "title": "title",
    "baseurl": "base_url",
    "languagecode": "language",
    "copyright": "copyright",
    "timezone": "timezone",
    "summarylength": "summary_length",
    "hascjklanguage": "has_cjk_language",
    "builddrafts": "build_drafts",
    "buildfuture": "build_future",
    "buildexpired": "build_expired",
    "taxonomies": "taxonomies",
    "mainsections": "main_sections",
}
_HANDLED = {
    "params",
    "menu",
    "menus",
    "permalinks",
    "pagination",
    "paginate",
    "paginatepath",
    "services",
    "rsslimit",
    "markup",
    "languages",
    "defaultcontentlanguage",
    "outputs",
    "theme",
    "enablerobotstxt",
    "languagename",
    "weight",
}
_PERMALINK_TOKENS = {":slugorfilename": ":slug", ":slugorcontentbasename": ":slug"}


def translate_hugo(config: ConfigFile) -> tuple[dict[str, Any], list[Notice]]:
    """Hugo's settings as mentorblog's canonical site.yaml keys. The default language's own
    block (`languages.en`) is merged over the top level first, as Hugo does."""
    t = Translation(config)
    data = dict(config.data)
    codes = _language_codes(data)
    languages = _get(data, "languages")
    if isinstance(languages, dict) and languages:
        language = next(k for k in languages if str(k) == codes[0])
        for code in codes[1:]:
            t.skip(
                f"languages.{code}",
                f"mentorblog builds one language; only `{codes[0]}` is carried over",
                "languages",
            )
        block = languages[language] if isinstance(languages[language], dict) else {}
        spelled: dict[str, list[str]] = {}  # every spelling of a key, found in one pass
        for existing in data:
            spelled.setdefault(norm(existing), []).append(existing)

        def put(key: str, value: Any) -> None:
            """Replace a setting whatever its spelling (`languageCode` vs `languagecode`)."""
            for old in spelled.pop(norm(key), []):
                data.pop(old, None)
            data[key] = value
            spelled[norm(key)] = [key]

        for key, value in block.items():
            if norm(key) == "params" and isinstance(value, dict):
                merged = dict(_get(data, "params") or {})
                merged.update(value)
                put("params", merged)
            elif norm(key) in ("languagedirection", "contentdir", "disabled"):
                t.skip(
                    f"languages.{language}.{key}", "not supported; not carried over", "languages"
                )
            else:
                put(key, value)
        if not _get(data, "languagecode"):
            data["languageCode"] = str(language)
    for key, value in data.items():
        n = norm(key)
        if n == "publishdir":
            output_folder(t, key, value)
        elif n in _DIRECT:
            t.values[_DIRECT[n]] = value
        elif n not in _HANDLED:
            t.skip(key, _unused(n))
    if not _get(data, "languagecode") and _get(data, "defaultcontentlanguage"):
        t.values["language"] = _get(data, "defaultcontentlanguage")
    if "title" not in t.values:
        t.values["title"] = "My mentoring journal"
        t.skip("title", "missing; site.yaml has a placeholder title")
    if not str(t.values.get("base_url") or "").startswith(("http://", "https://")):
        t.skip(
            "baseURL",
            f"is {t.values.get('base_url')!r}; site.yaml uses "
            "https://example.org/ until you set `base_url` to the site's address",
        )
        t.values["base_url"] = "https://example.org/"
    theme = _get(data, "theme")
    if theme:
        t.skip(
            "theme",
            f"{theme!r} is not copied: mentorblog's own theme renders the site and "
            "reads PaperMod's settings",
        )
    _pagination(t, data)
    _permalinks(t, _get(data, "permalinks"))
    menu_key = next((k for k in data if norm(k) in ("menu", "menus")), "menu")
    _menus(t, data.get(menu_key), menu_key)
    _services(t, data)
    _markup(t, _get(data, "markup"))
    _outputs(t, _get(data, "outputs"))
    params = _get(data, "params")
    if isinstance(params, dict):
        translate_params(t, params, "params")
    if t.params:
        t.values["params"] = t.params
    return t.values, t.notices


def _unused(n: str) -> str:
    reasons = {
        "minify": "use `mentorblog build --minify`; not carried over",
        "enableemoji": "emoji shortcodes such as :smile: are not converted; not carried over",
        "googleanalytics": "mentorblog loads nothing from other hosts; not carried over",
        "disqusshortname": "no comment provider is built in; put its snippet in "
        "layouts/partials/comments.html",
        "uglyurls": "mentorblog writes /posts/x/ addresses, not /posts/x.html: old addresses "
        "change unless each post sets `url`",
        "module": "Hugo modules are not supported; not carried over",
    }
    return reasons.get(n, "not used by mentorblog; not carried over")


def _pagination(t: Translation, data: Mapping[str, Any]) -> None:
    per_page = _get(data, "paginate")
    path = _get(data, "paginatepath")
    block = _get(data, "pagination")
    for key, value in block.items() if isinstance(block, dict) else ():
        if norm(key) == "pagersize":
            per_page = value
        elif norm(key) == "path":
            path = value
        elif norm(key) != "disablealiases":
            t.skip(f"pagination.{key}", "not carried over", "pagination")
    if per_page is not None:
        t.nested("pagination", "per_page", per_page)
    if path is not None:
        t.nested("pagination", "path", path)


def _permalinks(t: Translation, block: object) -> None:
    """Page patterns by section, and the list-page patterns (`term`, `taxonomy`, `section`
    blocks, or a top-level key naming a taxonomy) that mentorblog reads the same way."""
    if not isinstance(block, dict):
        return
    result: dict[str, object] = {}
    for key, value in block.items():
        if isinstance(value, dict):
            if norm(key) not in ("page", "term", "taxonomy", "section"):
                t.skip(f"permalinks.{key}", "not a kind of page mentorblog knows; not carried "
                       "over", "permalinks")
                continue
            result[str(key)] = {str(k): _hugo_tokens(str(v)) for k, v in value.items()}
        else:
            result[str(key)] = _hugo_tokens(str(value))
    if result:
        t.values["permalinks"] = result


def _hugo_tokens(pattern: str) -> str:
    for old, new in _PERMALINK_TOKENS.items():
        pattern = pattern.replace(old, new)
    return pattern


def _menus(t: Translation, block: object, where: str) -> None:
    if not isinstance(block, dict):
        return
    for name, entries in block.items():
        if norm(name) != "main":
            t.skip(f"{where}.{name}", "the theme shows one menu (main); not carried over", where)
            continue
        menu = []
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            e = {norm(k): v for k, v in entry.items()}
            url = e.get("url") or e.get("pageref")
            if e.get("parent"):
                t.skip(
                    f"{where}.{name}: {e.get('name')}",
                    "nested menu entries are not shown; not carried over",
                    where,
                )
                continue
            item: dict[str, Any] = {"name": e.get("name") or e.get("title"), "url": url}
            if e.get("weight") is not None:
                item["weight"] = e["weight"]
            if e.get("identifier"):
                item["identifier"] = e["identifier"]
            menu.append(item)
        if menu:
            t.values["menu"] = menu


def _services(t: Translation, data: Mapping[str, Any]) -> None:
    if _get(data, "rsslimit") is not None:
        t.nested("feeds", "limit", _get(data, "rsslimit"))
    services = _get(data, "services")
    for key, value in services.items() if isinstance(services, dict) else ():
        limit = _get(value, "limit") if norm(key) == "rss" and isinstance(value, dict) else None
        if limit is not None:
            t.nested("feeds", "limit", limit)
        else:
            t.skip(f"services.{key}", "not carried over", "services")


def _markup(t: Translation, block: object) -> None:
    for path, value in _leaves(block, "markup"):
        if norm(path) == norm("markup.goldmark.renderer.unsafe"):
            t.values["raw_html"] = value
        else:
            t.skip(
                path,
                "mentorblog's Markdown and Pygments settings are fixed; not carried over",
                "markup",
            )


def _outputs(t: Translation, block: object) -> None:
    for path, value in _leaves(block, "outputs"):
        formats = {str(v).lower() for v in (value if isinstance(value, list) else [value])}
        if formats - {"html", "rss", "json"}:
            t.skip(
                path,
                "mentorblog writes html, RSS, Atom and /index.json; other output "
                "formats are not carried over",
                "outputs",
            )


def _leaves(block: object, prefix: str) -> list[tuple[str, object]]:
    if not isinstance(block, dict):
        return [(prefix, block)] if block is not None and prefix.count(".") else []
    found: list[tuple[str, object]] = []
    for key, value in block.items():
        found.extend(_leaves(value, f"{prefix}.{key}"))
    return found
