"""A Hugo site moved in: `content/` (page bundles included) and `static/` as they are, the
site configuration (`hugo.toml`, `hugo.yaml`, `config.toml`, ... and `config/_default/`)
into `site.yaml`."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from mentorblog.core import urls
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import lookup, norm
from mentorblog.importers import Plan
from mentorblog.importers.bundle_terms import taxonomy_names, term_index_pages
from mentorblog.importers.configfile import (
    ConfigDraft,
    ConfigFile,
    Translation,
    dump_site_yaml,
    merge_settings,
    output_folder,
    read_config,
    translate_params,
)
from mentorblog.importers.files import (
    has_front_matter,
    is_markdown,
    math_from_templates,
    read_page,
    stand_in_layouts,
    tag_notices,
    unknown_layout,
    walk,
)
from mentorblog.read.discover import POST_FOLDERS, is_html_page, opens_with_front_matter
from mentorblog.read.sitedata import DATA_SUFFIXES

CONFIG_NAMES = tuple(
    f"{stem}.{ext}" for stem in ("hugo", "config") for ext in ("toml", "yaml", "yml", "json")
)
_CONFIG_SUFFIXES = (".toml", ".yaml", ".yml", ".json")
_FOLDER_ROLES = {
    "layouts": "a Hugo template (Go templates); mentorblog's layouts are Jinja templates: "
    "rewrite it under layouts/ if you need it",
    "assets": "a Hugo Pipes asset; not processed (put plain css, js or images in static/)",
    "data": "a data file of a kind mentorblog does not read (it reads YAML, JSON and TOML); "
    "not copied",
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
_OTHER_FORMATS = (".org", ".adoc", ".asciidoc", ".rst", ".pandoc", ".pdc")


def plan_hugo(source: Path, *, skip: Path | None = None) -> Plan:
    config, notices = _read_config(source)
    languages = _language_codes(config.data)
    codes = tuple(languages)
    # A language's `contentDir` outside content/ holds pages too.
    tops = {"content"} | {
        str(_get(block, "contentdir")).strip("/").split("/")[0]
        for block in (_get(config.data, "languages") or {}).values()
        if isinstance(block, dict) and _get(block, "contentdir")
    }

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
    bundles = _leaf_bundles(found, languages[0], codes, tops)
    copies: list[tuple[PurePosixPath, PurePosixPath]] = []
    layouts: dict[str, list[tuple[PurePosixPath, bool]]] = {}
    resources: list[tuple[PurePosixPath, str, dict[str, Any]]] = []
    resource_bundles: dict[PurePosixPath, PurePosixPath] = {}
    page_fronts: list[tuple[str, dict[str, Any]]] = []
    dated: list[PurePosixPath] = []  # `2024-03-21-hello.md`, whose address Hugo keeps whole
    assets: list[PurePosixPath] = []
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
        elif top == "i18n":
            copies.append((rel, rel))  # the site's own words, Hugo's format as it is
        elif top in tops:
            language = _language_of(rel)
            if (bundle := _bundle_holding(rel, bundles, languages[0], codes)) is not None:
                front = read_page(source, rel)[0]
                resources.append((rel, _term_language(language, languages[0], codes), front))
                resource_bundles[rel] = bundle
            elif is_html_page(rel) and opens_with_front_matter(source / rel):
                # A page written in html: mentorblog reads it as Hugo does (shortcodes run).
                front, body, problems, body_line = read_page(source, rel)
                page_fronts.append((_term_language(language, languages[0], codes), front))
                notices.extend(problems)
                notices.extend(tag_notices(rel, body, body_line, liquid=False))
                copies.append((rel, _without_language(rel, language, languages[0], found)))
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
                    front, body, problems, body_line = read_page(source, rel)
                    page_fronts.append((_term_language(language, languages[0], codes), front))
                    notices.extend(problems)
                    notices.extend(tag_notices(rel, body, body_line, liquid=False))
                    if name := unknown_layout(front):
                        in_posts = len(rel.parts) > 2 and rel.parts[1] in ("posts", "post", "blog")
                        layouts.setdefault(name, []).append((rel, in_posts))
                    if _keeps_dated_name(rel, front):
                        dated.append(_without_language(rel, language, languages[0], found))
                copies.append((rel, _without_language(rel, language, languages[0], found)))
        elif rel.parts[:2] == ("layouts", "shortcodes"):
            notices.append(
                Notice(
                    "a Hugo shortcode (Go template); write it again as a Jinja "
                    f"template at {rel} for mentorblog to use it",
                    rel,
                )
            )
        elif top == "assets":
            assets.append(rel)
        elif top == "data" and rel.suffix.lower() in DATA_SUFFIXES:
            copies.append((rel, rel))  # `site.data` in layouts, as `.Site.Data` in Hugo's
        elif top in _FOLDER_ROLES:
            notices.append(Notice(_FOLDER_ROLES[top], rel))
        else:
            notices.append(Notice("not part of what Hugo publishes; not copied", rel))
    covers = cover_assets(assets, (front for _, front in page_fronts))
    taken = {dst for _, dst in copies}
    for rel in assets:
        if rel in covers and PurePosixPath("static", *rel.parts[1:]) not in taken:
            copies.append((rel, PurePosixPath("static", *rel.parts[1:])))  # static/ wins
        else:
            notices.append(Notice(_FOLDER_ROLES["assets"], rel))
    term_writes, kept_terms = term_index_pages(
        resources, page_fronts, (dst for _, dst in copies), taxonomy_names(config.data)
    )
    notices.extend(
        _resource_notice(rel, b, kept_terms.get(rel, [])) for rel, b in resource_bundles.items()
    )
    writes, layout_notices = stand_in_layouts(layouts)
    writes = [*writes, *term_writes]
    notices.extend(layout_notices)
    values, config_notices = translate_hugo(config)
    notices.extend(config_notices)
    _keep_dated_addresses(values, config, dated)
    if math := math_from_templates(source, found, ("layouts",), values):
        notices.append(math)
    if norm(_get(config.data, "sectionpagesmenu") or "") == "main":
        values["menu"] = _section_pages_menu(source, config, codes[0], found, copies, values)
    hidden = _underscore_folders(dst for _, dst in copies)
    if hidden:
        # Hugo publishes `content/posts/_acm/x.md`; mentorblog reads a folder starting with
        # `_` only when `include` names it, as Jekyll does (a real blog lost 220 posts).
        values["include"] = [*values.get("include", ()), *hidden]
    if not any(is_markdown(dst) for _, dst in copies):
        notices.append(Notice("no Markdown posts or pages found", PurePosixPath("content/")))
    if any(lookup(front, "permalink") and not lookup(front, "url") for _, front in page_fronts):
        # Jekyll's `permalink` left in a post: Hugo ignores it, and with `dialect: hugo`
        # mentorblog does too (else it reads the file as Jekyll's and moves it there).
        values["dialect"] = "hugo"
    origin = ", ".join(
        [
            str(config.name),
            *(
                f"config/{env}/"
                for env in ("_default", "production")
                if (source / "config" / env).is_dir()
                and not str(config.name).startswith(f"config/{env}")
            ),
        ]
    )
    return Plan(tuple(copies), dump_site_yaml(values, origin), tuple(notices), tuple(writes))


def _keeps_dated_name(rel: PurePosixPath, front: Mapping[str, Any]) -> bool:
    """A page whose file name starts with a date and whose address Hugo makes from the
    whole name: no `slug` or `url` of its own (a bundle's `index.md` is named by its
    folder, which mentorblog keeps whole)."""
    return (
        rel.stem not in ("_index", "index")
        and urls.split_dated_name(rel.stem)[0] is not None
        and lookup(front, "slug") is None
        and lookup(front, "url") is None
    )


def _keep_dated_addresses(
    values: dict[str, Any], config: ConfigFile, dated: list[PurePosixPath]
) -> None:
    """Hugo publishes `content/posts/2024-03-21-hello.md` at /posts/2024-03-21-hello/
    unless `[frontmatter] date` reads `:filename` (which also drops the date from the
    address); mentorblog reads the date from such a name and leaves it out of the address.
    Each such page gets a scoped default `slug` of its whole name in site.yaml, so it keeps
    its address and its file stays untouched; not in a section with a `permalinks`
    pattern, whose `:slug` Hugo fills from the title."""
    frontmatter = _get(config.data, "frontmatter")
    reads_name = isinstance(frontmatter, dict) and any(
        ":filename" in str(v) for k, v in frontmatter.items() if norm(k) == "date"
    )
    patterns = values.get("permalinks") or {}
    scoped = []
    for rel in dated if not reads_name else []:
        inside = PurePosixPath(*rel.parts[1:])
        if len(inside.parts) > 1 and isinstance(patterns, dict) and inside.parts[0] in patterns:
            continue
        scoped.append({"scope": {"path": inside.as_posix()}, "values": {"slug": rel.stem}})
    if scoped:
        values["defaults"] = [*values.get("defaults", []), *scoped]


def _underscore_folders(copied: Iterable[PurePosixPath]) -> list[str]:
    """The folders below content/ (or a language's contentDir) whose name starts with `_`,
    each as its path below that folder, for `include`."""
    found: set[str] = set()
    for dst in copied:
        folders = dst.parts[1:-1]
        for depth, name in enumerate(folders):
            if name.startswith("_") and name not in POST_FOLDERS:
                found.add("/".join(folders[: depth + 1]))
    return sorted(found)


def _read_config(source: Path) -> tuple[ConfigFile, list[Notice]]:
    """The settings `hugo build` publishes with: the root config file, then `config/_default/`
    and `config/production/` (the environment `hugo build` uses) merged over it, each file
    placed by its name as Hugo's configuration directory rules say (`params.toml` is
    `params`, `menus.en.toml` is `languages.en.menus`, `languages.en.toml` is `languages.en`)."""
    notices: list[Notice] = []
    present = [n for n in CONFIG_NAMES if (source / n).is_file()]
    folders = [source / "config" / env for env in ("_default", "production")]
    folders = [f for f in folders if f.is_dir()]
    if not present and not folders:
        raise BuildError(
            "has no hugo.toml, hugo.yaml, hugo.json or config.toml/.yaml/.json "
            "(nor config/_default/); is this a Hugo site?",
            ".",
        )
    for extra in present[1:]:
        notices.append(Notice(f"Hugo reads {present[0]} instead; not used", PurePosixPath(extra)))
    merged = ConfigDraft()
    if present:
        root = read_config(source / present[0], PurePosixPath(present[0]))
        merged.add(root, (), None)
        name = root.name
    else:
        name = PurePosixPath(f"config/{folders[0].name}/")
    for folder in folders:
        for path in _config_files(folder):
            rel = PurePosixPath(path.relative_to(source).as_posix())
            merged.add(read_config(path, rel), *_placement(path.name))
    config = source / "config"
    for path in sorted(config.iterdir(), key=lambda p: p.name) if config.is_dir() else ():
        if path.is_dir() and path.name not in ("_default", "production"):
            notices.append(
                Notice(
                    f"settings for the `{path.name}` environment; `hugo build` publishes with "
                    "`production`, so only config/_default/ and config/production/ are "
                    "carried over",
                    PurePosixPath(f"config/{path.name}/"),
                )
            )
    lines = {
        k: line
        for k, (file, line) in merged.origins.items()
        if "." not in k and file == name and line is not None
    }
    return ConfigFile(name, _without_merge(merged.data), lines, dict(merged.origins)), notices


def _without_merge(value: Any) -> Any:
    """Hugo's config with its `_merge` keys left out: they say how Hugo merges a block with
    the theme's (`_merge = "shallow"`), and read as settings they made a taxonomy of one
    (a bogus /shallow/ list on a real blog)."""
    if isinstance(value, dict):
        return {k: _without_merge(v) for k, v in value.items() if str(k).lower() != "_merge"}
    if isinstance(value, list):
        return [_without_merge(v) for v in value]
    return value


def _config_files(folder: Path) -> list[Path]:
    """Config files under `folder` in the order Hugo's walk merges them: names sorted byte by
    byte within each folder, a subfolder's files at the subfolder's place."""
    found: list[Path] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name.encode()):
        if path.is_dir() and not path.is_symlink():
            found.extend(_config_files(path))
        elif path.is_file() and path.suffix.lower() in _CONFIG_SUFFIXES:
            found.append(path)
    return found


def _placement(filename: str) -> tuple[tuple[str, ...], str | None]:
    """Where a file of the config folder goes, and the one key it may wrap its settings in:
    `hugo.toml`/`config.toml` at the top; `params.toml` under `params` (also when it holds
    only a `[params]` table); `X.LANG.toml` under `languages.LANG`, or under its `menus` or
    `params` for `menus.LANG`/`params.LANG`."""
    stem = filename.rsplit(".", 1)[0]
    if stem in ("hugo", "config"):
        return (), None
    base, _, language = stem.rpartition(".")
    if not base:
        return (stem,), stem
    if base in ("menu", "menus"):
        return ("languages", language, "menus"), base
    if base == "params":
        return ("languages", language, "params"), base
    return ("languages", language), base


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


def _leaf_bundles(
    found: list[PurePosixPath],
    default: str,
    codes: tuple[str, ...] = (),
    tops: set[str] | None = None,
) -> set[PurePosixPath]:
    """Folders of content/ that are Hugo leaf bundles: they hold an `index.md` (or
    `index.<default language>.md`), or an `index.html`, which Hugo reads as a page too (a
    real blog's `extra/index.html` over folders with a `README.MD` each)."""
    return {
        rel.parent
        for rel in found
        if rel.parts[0] in (tops or {"content"})
        and len(rel.parts) > 2
        and (
            _is_bundle_index(rel, default, codes) or rel.name.lower() in ("index.html", "index.htm")
        )
    }


def _is_bundle_index(rel: PurePosixPath, default: str, codes: tuple[str, ...] = ()) -> bool:
    """`index.md`, or `index.<language>.md` for a language of the site."""
    return is_markdown(rel) and rel.stem in (
        "index",
        f"index.{default}",
        *(f"index.{c}" for c in codes),
    )


def _bundle_holding(
    rel: PurePosixPath, bundles: set[PurePosixPath], default: str, codes: tuple[str, ...] = ()
) -> PurePosixPath | None:
    """The leaf bundle a Markdown file is a resource of (None for the bundle's own index, or
    a file in no bundle). Hugo reads every other content file inside a leaf bundle, at any
    depth, as a resource of that bundle, not as a page: also `index.de.md` when `de` is no
    language of the site."""
    if not is_markdown(rel):
        return None
    for folder in reversed(rel.parents):
        if folder in bundles and not (
            folder == rel.parent and _is_bundle_index(rel, default, codes)
        ):
            return folder
    return None


_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg")


def cover_assets(
    assets: list[PurePosixPath], fronts: Iterable[Mapping[str, Any]]
) -> set[PurePosixPath]:
    """Images in `assets/` that a page's `cover.image` names (`images/bg.webp` for
    `assets/images/bg.webp`): PaperMod reads a cover that is not in the page's bundle from
    the site's resources, published at that path, so the import puts them in `static/`,
    where mentorblog finds a cover that is not beside its page. Other assets stay behind."""
    named = set()
    for front in fronts:
        cover = lookup(front, "cover")
        image = lookup(cover, "image") if isinstance(cover, Mapping) else None
        if isinstance(image, str) and image.strip() and "://" not in image:
            named.add(image.strip().lstrip("/"))
    return {
        rel
        for rel in assets
        if rel.suffix.lower() in _IMAGE_SUFFIXES and "/".join(rel.parts[1:]) in named
    }


def _resource_notice(
    rel: PurePosixPath, bundle: PurePosixPath, term_pages: list[PurePosixPath]
) -> Notice:
    kept = (
        "; the term pages Hugo writes for its front matter are kept by "
        + ", ".join(str(p) for p in term_pages)
        if term_pages
        else ""
    )
    return Notice(
        f"a page resource of the leaf bundle {bundle}/ (beside or below its index.md): Hugo "
        f"publishes no page for it; not copied{kept}",
        rel,
    )


def _term_language(language: str | None, default: str, codes: tuple[str, ...]) -> str:
    """The language suffix a page's terms belong to: "" for the default language and for a
    suffix that names no language of the site (Hugo reads that file as the default's)."""
    return language if language in codes and language != default else ""


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


# A language's own settings mentorblog reads (read/languages.py), as Hugo spells them.
_LANGUAGE_KEYS = {
    norm(k): k
    for k in (
        "languageName languageCode weight title params menus menu contentDir "
        "languageDirection disabled description taxonomies"
    ).split()
}


def _language_blocks(
    languages: Mapping[str, Any], codes: list[str], t: Translation
) -> dict[str, Any]:
    """Every language's block, the default one first, with the keys mentorblog reads; a
    site with several languages keeps them all (menus, params, titles, folders)."""
    blocks: dict[str, Any] = {}
    for code in codes:
        raw = next((v for k, v in languages.items() if str(k) == code), None)
        block = raw if isinstance(raw, dict) else {}
        kept = {
            _LANGUAGE_KEYS[norm(k)]: copy.deepcopy(v)  # no YAML anchors in site.yaml
            for k, v in block.items()
            if norm(k) in _LANGUAGE_KEYS
        }
        for key in [k for k in kept if norm(k) in ("menu", "menus")]:
            menu = _main_menu(t, kept.pop(key), f"languages.{code}.{key}", report=code != codes[0])
            if menu:
                kept["menu"] = menu
        blocks[code] = kept
    return blocks


def _get(block: Mapping[str, Any], name: str) -> Any:
    return lookup(block, name)


# -- hugo.toml -> site.yaml ------------------------------------------------------------------

_DIRECT = {
    "title": "title",
    "baseurl": "base_url",
    "languagecode": "language",
    "locale": "language",
    "copyright": "copyright",
    "timezone": "timezone",
    "summarylength": "summary_length",
    "hascjklanguage": "has_cjk_language",
    "enableemoji": "enable_emoji",
    "builddrafts": "build_drafts",
    "buildfuture": "build_future",
    "buildexpired": "build_expired",
    "uglyurls": "ugly_urls",
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
    "defaultcontentlanguageinsubdir",
    "sectionpagesmenu",
    "outputs",
    "theme",
    "enablerobotstxt",
    "languagename",
    "label",
    "weight",
}
# Hugo reads its settings through spf13/cast: "20" is a number, "true" a boolean.
_NUMBERS = {"summarylength"}
_FLAGS = {
    "hascjklanguage",
    "enableemoji",
    "builddrafts",
    "buildfuture",
    "buildexpired",
    "uglyurls",
}


def _typed(n: str, value: Any) -> Any:
    """A setting as Hugo reads it. `summaryLength = 0` gives the first paragraph in Hugo;
    mentorblog's 1 does the same (whole blocks until that many words)."""
    if n in _NUMBERS and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value)
    if n in _NUMBERS and isinstance(value, int) and not isinstance(value, bool):
        return max(value, 1)
    if n in _FLAGS and isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return value


def _author(t: Translation, key: str, value: Any) -> None:
    """Hugo's `author` table (`[author] name = ...`, as Congo and Blowfish ship it in
    `languages.en.toml`): its name is the site's author; the rest is the theme's."""
    if isinstance(value, str) and value.strip():
        t.values.setdefault("author", value)
        return
    if isinstance(value, dict):
        name = _get(value, "name")
        if isinstance(name, str) and name.strip():
            t.values.setdefault("author", name)
        for other in value:
            if norm(other) != "name":
                t.skip(
                    f"{key}.{other}",
                    "the theme shows only the author's name; not carried over",
                    key,
                )
        if name:
            return
    t.skip(key, "has no `name`; not carried over")


_PERMALINK_TOKENS = {":slugorfilename": ":slug", ":slugorcontentbasename": ":slug"}


def translate_hugo(config: ConfigFile) -> tuple[dict[str, Any], list[Notice]]:
    """Hugo's settings as mentorblog's canonical site.yaml keys. The default language's own
    block (`languages.en`) is merged over the top level first, as Hugo does."""
    t = Translation(config)
    data = dict(config.data)
    origins = dict(config.origins)
    codes = _language_codes(data)
    languages = _get(data, "languages")
    if isinstance(languages, dict) and languages:
        language = next(k for k in languages if str(k) == codes[0])
        if len(codes) > 1:
            t.values["languages"] = _language_blocks(languages, codes, t)
            t.values["default_language"] = codes[0]
            if _get(data, "defaultcontentlanguageinsubdir") is True:
                t.values["default_language_in_subdir"] = True
        block = languages[language] if isinstance(languages[language], dict) else {}
        here = f"languages.{language}".lower()
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
                params = _get(data, "params")
                merged = dict(params) if isinstance(params, dict) else {}
                merge_settings(merged, value)
                put("params", merged)
                for name in value:
                    moved = origins.get(f"{here}.params.{name}".lower())
                    if moved:
                        origins[f"params.{name}".lower()] = moved
            elif norm(key) in ("languagedirection", "direction", "contentdir", "disabled"):
                if len(codes) == 1:
                    t.skip(
                        f"languages.{language}.{key}",
                        "one language: not needed; not carried over",
                        "languages",
                    )
            else:
                put(key, value)
                moved = origins.get(f"{here}.{key}".lower())
                if moved:
                    origins[str(key).lower()] = moved
        if not _get(data, "languagecode") and not _get(data, "locale"):
            data["languageCode"] = str(language)
        t.source = ConfigFile(config.name, data, config.lines, origins)
    for key, value in data.items():
        n = norm(key)
        if n == "publishdir":
            output_folder(t, key, value)
        elif n == "taxonomies" and isinstance(value, dict):
            t.values["taxonomies"] = _taxonomies(t, key, value)
        elif n == "indexes" and isinstance(value, dict) and not _get(data, "taxonomies"):
            # Hugo's first name for `taxonomies`, which it still reads (a real blog's
            # `topics` lost its pages).
            t.values["taxonomies"] = _taxonomies(t, key, value)
        elif n == "outputformats" and isinstance(value, dict):
            _output_formats(t, key, value)
        elif n == "uglyurls" and not isinstance(_typed(n, value), bool):
            t.skip(key, "only `true` or `false` (for every section) is read; not carried over")
        elif n in _FLAGS and not isinstance(_typed(n, value), bool):
            t.skip(key, f"{value!r} is not `true` or `false`; not carried over")
        elif n in _DIRECT:
            t.values[_DIRECT[n]] = _typed(n, value)
        elif n == "sectionpagesmenu" and norm(value or "") != "main":
            t.skip(key, "the theme shows one menu (main); not carried over")
        elif n == "description" and "languages" in t.values:
            pass  # the default language's, kept in its block of `languages`
        elif n == "author":
            _author(t, key, value)
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


def _taxonomies(t: Translation, key: str, value: Mapping[str, Any]) -> dict[str, Any]:
    """`[taxonomies]` as written, but for an entry whose plural is not text: a setting
    written below the table in a TOML file (`hasCJKLanguage = true`) belongs to it there,
    and Hugo made a `/true/` taxonomy of it."""
    kept: dict[str, Any] = {}
    for singular, plural in value.items():
        if isinstance(plural, str) and plural.strip():
            kept[singular] = plural
        else:
            t.skip(
                f"{key}.{singular}",
                f"is {plural!r}, not the plural of a taxonomy (a setting written below "
                "`[taxonomies]` in TOML belongs to that table); not carried over",
                key,
            )
    return kept


def _unused(n: str) -> str:
    reasons = {
        "minify": "use `mentorblog build --minify`; not carried over",
        "googleanalytics": "mentorblog loads nothing from other hosts; not carried over",
        "disqusshortname": "no comment provider is built in; put its snippet in "
        "layouts/partials/comments.html",
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
                t.skip(
                    f"permalinks.{key}",
                    "not a kind of page mentorblog knows; not carried over",
                    "permalinks",
                )
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


def _host(url: object) -> str:
    """The host of a full address without `www.` (`github.com`), else ""."""
    found = re.match(r"(?:https?:)?//(?:www\.)?([^/:?#\s]+)", str(url or ""))
    return found.group(1) if found else ""


def _section_pages_menu(
    source: Path,
    config: ConfigFile,
    default: str,
    found: Iterable[PurePosixPath],
    copies: Iterable[tuple[PurePosixPath, PurePosixPath]],
    values: Mapping[str, Any],
) -> list[dict[str, Any]]:
    """The menu with `sectionPagesMenu`'s entries: the default language's top sections,
    inside its `contentDir` (`content/en`) when it has one."""
    blocks = _get(config.data, "languages")
    block = (
        next((b for k, b in blocks.items() if str(k) == default), None)
        if isinstance(blocks, dict)
        else None
    )
    own = _get(block, "contentdir") if isinstance(block, dict) else None
    folder = PurePosixPath(str(own or "content").strip("/"))
    depth = len(folder.parts)
    titles = {
        rel.parts[depth]: str(lookup(read_page(source, rel)[0], "title") or "")
        for rel in found
        if len(rel.parts) == depth + 2
        and rel.parts[:depth] == folder.parts
        and rel.stem == "_index"
        and is_markdown(rel)
    }
    inside = [
        PurePosixPath("content", *dst.parts[depth:])
        for _, dst in copies
        if dst.parts[:depth] == folder.parts
    ]
    return section_menu(list(values.get("menu") or []), inside, titles)


def section_menu(
    menu: list[dict[str, Any]], copied: Iterable[PurePosixPath], titles: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Hugo's `sectionPagesMenu = "main"`: an entry for each top folder of content/ that
    holds a page, named by its `_index.md` title (`titles`, by folder), else the folder as
    mentorblog titles it; after the entries written, none twice. A folder holding an
    `index.md` is a page's bundle (`about/index.md`), not a section."""
    copied = list(copied)
    bundles = {dst.parts[1] for dst in copied if len(dst.parts) == 3 and dst.stem == "index"}
    folders = sorted(
        {
            dst.parts[1]
            for dst in copied
            if len(dst.parts) > 2
            and dst.parts[0] == "content"
            and is_markdown(dst)
            and not dst.parts[1].startswith((".", "_"))
        }
    )
    taken = {str(entry.get("url", "")).strip("/") for entry in menu}
    added = [
        {
            "name": titles.get(folder) or folder.replace("-", " ").replace("_", " ").title(),
            "url": f"/{folder}/",
        }
        for folder in folders
        if folder not in taken and folder not in bundles
    ]
    return [*menu, *sorted(added, key=lambda entry: str(entry["name"]).casefold())]


def _menus(t: Translation, block: object, where: str) -> None:
    menu = _main_menu(t, block, where)
    if menu:
        t.values["menu"] = menu


def _main_menu(
    t: Translation, block: object, where: str, *, report: bool = True
) -> list[dict[str, Any]] | None:
    """Hugo's `main` menu as mentorblog's entries (a page's `pageRef` as its url); entries
    it cannot show (no name or no url, such as Congo's search button; nested ones) and other
    menus are reported, unless `report` is off (the default language's block, reported
    once at the top level)."""
    if not isinstance(block, dict):
        return None
    menu: list[dict[str, Any]] | None = None
    if not report:
        t = Translation(t.source)  # a scratch report, dropped
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
            shown = next(
                (str(e[k]).strip() for k in ("name", "title") if str(e.get(k) or "").strip()),
                _host(url),  # Blowfish's icon-only entry (`pre = "github"`): the site's name
            )
            if e.get("parent"):
                t.skip(
                    f"{where}.{name}: {e.get('name')}",
                    "nested menu entries are not shown; not carried over",
                    where,
                )
                continue
            if not url or not shown:
                t.skip(
                    f"{where}.{name}: {e.get('identifier') or url or 'an entry'}",
                    "has no name or no url (a theme's own entry, such as a search button); "
                    "not carried over",
                    where,
                )
                continue
            item: dict[str, Any] = {"name": shown, "url": url}
            if e.get("weight") is not None:
                item["weight"] = e["weight"]
            if e.get("identifier"):
                item["identifier"] = e["identifier"]
            menu.append(item)
    return menu


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


def _output_formats(t: Translation, key: str, block: Mapping[str, Any]) -> None:
    """`[outputFormats.RSS] baseName = "atom"` published the site's feed at /atom.xml (in
    the folder its `path` names): the feed is written there too (`feeds.also_at`), so its
    readers keep getting posts. The other formats, and the sections' and tags' feeds under
    that name, are not."""
    for name, fmt in block.items():
        base = _get(fmt, "basename") if isinstance(fmt, dict) else None
        folder = _get(fmt, "path") if isinstance(fmt, dict) else None
        if norm(name) == "rss" and isinstance(base, str):
            if base.strip() in ("", "index") and not folder:
                continue  # Hugo's own name: the feeds are where mentorblog writes them
            under = folder.strip().strip("/") + "/" if isinstance(folder, str) else ""
            path, problem = urls.feed_address(under + base.strip() + ".xml")
            if problem is not None:
                t.skip(f"{key}.{name}", f"{base!r}: {problem} (not carried over)", key)
                continue
            t.nested("feeds", "also_at", [path])
            t.skip(
                f"{key}.{name}",
                f"the site's feed is written at /{path} too; the sections' and tags' feeds "
                "only at their index.xml",
                key,
            )
            continue
        t.skip(f"{key}.{name}", _unused(norm(key)), key)


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
