"""Pages -> Site for a site in several languages, as Hugo builds one: each language is a
complete site of its own (home, sections, taxonomies, feeds, search, sitemap, 404) under
its folder (`/fr/`; the default language at the root unless `defaultContentLanguageInSubdir`),
planned by `collect_site` with that language's settings. The merged Site holds every output,
each naming the language whose Site renders it, and which pages translate which."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import PurePosixPath

from mentorblog.core import kinds
from mentorblog.core.model import (
    Config,
    Language,
    MenuItem,
    Output,
    Page,
    Site,
    Sources,
    StaticFile,
)
from mentorblog.plan import fallbacks
from mentorblog.plan.collect import collect_site, yield_to_own_files
from mentorblog.plan.collisions import check_collisions
from mentorblog.plan.related import RelatedPosts, related_posts
from mentorblog.read import languages, sitedata


def language_config(config: Config, lang: Language) -> Config:
    """The site's settings as one language sees them: its title, params, menu, taxonomies."""
    lang_prefix = languages.prefix(config, lang.code)
    menu = lang.menu if lang.menu is not None else config.menu
    return replace(
        config,
        lang=lang.code,
        lang_prefix=lang_prefix,
        direction=lang.direction,
        language=lang.locale if lang.locale != lang.code or not config.languages else lang.code,
        title=lang.title or config.title,
        description=lang.description or config.description,
        params=lang.params or config.params,
        menu=tuple(_menu_item(item, lang_prefix) for item in menu),
        taxonomies=lang.taxonomies or config.taxonomies,
        labels=lang.labels or config.labels,
        data=sitedata.language_data(config.data, config.default_language, lang.code),
    )


def _menu_item(item: MenuItem, lang_prefix: str) -> MenuItem:
    """A menu address under the language's folder, as PaperMod's `absLangURL` makes it."""
    if not lang_prefix or not item.url.startswith("/") or item.url.startswith(lang_prefix + "/"):
        return item
    return replace(item, url=lang_prefix + item.url)


def collect_languages(
    config: Config,
    pages: Sequence[Page],
    found: Sources,
    now: datetime,
    drafts: int = 0,
    related: RelatedPosts = related_posts,
) -> Site:
    """The site's pages and the files discover `found`, planned by `collect_site`: once per
    language and merged; a site with one language is planned as before. `drafts`: drafts
    of a site with one language held back without being read (load.py), to count;
    `related`: as `collect_site` takes it."""
    content_files, static, assets = found.content_files, found.static, found.assets
    one = single_language(config, pages)
    if one is not None:
        own_config, kept = one
        return collect_site(own_config, kept, content_files, static, now, assets, drafts, related)
    assert not drafts, "a multilingual site's drafts are read"
    built = languages.enabled(config)
    bundles: dict[str, set[PurePosixPath]] = {}
    for page in pages:
        if page.source.stem.split(".")[0] in ("index", "_index") and len(page.source.parts) > 2:
            bundles.setdefault(page.lang, set()).add(page.source.parent)
    planned = fallbacks.with_fallbacks(config, pages)
    subs: dict[str, Site] = {}
    for lang in built:
        is_default = lang.code == config.default_language
        mine = [p for code, p in planned if code == lang.code]
        own = bundles.get(lang.code, set())
        others = set().union(*(v for k, v in bundles.items() if k != lang.code)) - own
        files = [
            f
            for f in content_files
            if _under(f.source, own) or (is_default and not _under(f.source, others))
        ]
        subs[lang.code] = collect_site(
            language_config(config, lang),
            mine,
            files,
            static if is_default else (),
            now,
            assets,
            related=related,
        )
    return _merged(config, subs)


def single_language(config: Config, pages: Sequence[Page]) -> tuple[Config, list[Page]] | None:
    """For a site of one language, the settings and pages `collect_site` plans it from (a
    single `languages:` entry's settings over the site's, the pages of that language or of
    none); None for a multilingual site."""
    if languages.is_multilingual(config):
        return None
    built = languages.enabled(config)
    if built:
        config = language_config(config, built[0])
    codes = {lang.code for lang in built} | {""}
    return config, [p for p in pages if p.lang in codes]


def _under(path: PurePosixPath, folders: set[PurePosixPath]) -> bool:
    return any(folder in path.parents for folder in folders)


def _merged(config: Config, subs: dict[str, Site]) -> Site:
    default = config.default_language
    translations = _translations(subs)
    switch = fallbacks.switch_versions(
        {
            code: [p for key, p in sub.pages.items() if not key.startswith("section:")]
            for code, sub in subs.items()
        }
    )
    outputs: list[Output] = []
    for code, sub in subs.items():
        for output in sub.outputs:
            if output.kind == kinds.SITEMAP and not sub.config.lang_prefix:
                # Hugo keeps the root for the sitemap index: the default language's
                # sitemap goes in its folder even when its pages are at the root.
                folder = languages.folder_name(config, code)
                output = replace(output, path=f"{folder}/sitemap.xml", url=f"/{folder}/sitemap.xml")
            outputs.append(replace(output, lang=code))
    outputs.append(Output("sitemap.xml", "/sitemap.xml", kinds.SITEMAP_INDEX, "sitemapindex.xml"))
    if config.default_language_in_subdir:
        # The root leads to the default language, as Hugo's root redirect does.
        outputs.append(
            Output(
                "index.html",
                "/",
                kinds.ALIAS,
                "alias.html",
                target=languages.prefix(config, default) + "/",
                lang=default,
            )
        )
        if not any(o.path == "robots.txt" for o in outputs):
            outputs.append(
                Output("robots.txt", "/robots.txt", kinds.ROBOTS, "robots.txt", lang=default)
            )
    else:
        folder = languages.folder_name(config, default)
        outputs.append(
            Output(
                f"{folder}/index.html",
                f"/{folder}/",
                kinds.ALIAS,
                "alias.html",
                target="/",
                lang=default,
            )
        )
    static: dict[str, StaticFile] = {}
    for sub in subs.values():
        for f in sub.static:
            static.setdefault(f.path, f)
    files = tuple(static.values())
    # A language's own `static/fr/404.html`, the root's `robots.txt`: the site's files win.
    outputs = list(yield_to_own_files(outputs, files))
    check_collisions(outputs, files)
    pages: dict[str, Page] = {}
    for code, sub in subs.items():
        for key, page in sub.pages.items():
            if key.startswith("section:") and code != default:
                key = f"section:{code}:{key[len('section:') :]}"
            pages[key] = page
    skipped: Counter[str] = Counter()
    for sub in subs.values():
        skipped.update(sub.skipped)
    first = subs[default]
    return Site(
        config=config,
        pages=pages,
        posts=tuple(url for sub in subs.values() for url in sub.posts),
        sections=first.sections,
        taxonomies=first.taxonomies,
        outputs=tuple(outputs),
        static=files,
        neighbours={k: v for sub in subs.values() for k, v in sub.neighbours.items()},
        skipped=dict(skipped),
        assets=first.assets,
        notices=tuple(n for sub in subs.values() for n in sub.notices),
        related={k: v for sub in subs.values() for k, v in sub.related.items()},
        by_language={
            code: replace(
                sub,
                translations=translations,
                elsewhere=_elsewhere(config, subs, code),
                fallbacks=switch,
            )
            for code, sub in subs.items()
        },
        translations=translations,
        fallbacks=switch,
    )


def _elsewhere(config: Config, subs: Mapping[str, Site], code: str) -> tuple[str, ...]:
    """The page urls of every other language, where links are localized (polyglot)."""
    if not config.localize_links:
        return ()
    return tuple(
        sorted({p.url for other, sub in subs.items() if other != code for p in sub.pages.values()})
    )


def language_site(site: Site, code: str) -> Site:
    """The Site that renders language `code`'s outputs: its own, with what the stages after
    collect made for the merged site (images, assets, sealed store, readers) handed down."""
    return replace(
        site.by_language[code],
        images=site.images,
        assets=site.assets,
        store=site.store,
        reader_keys=site.reader_keys,
    )


def _translations(subs: Mapping[str, Site]) -> dict[str, tuple[tuple[str, str], ...]]:
    """url -> every version of it, in language order: pages with one translation key (their
    path, or `translationKey`), and the lists each language has alike (home, sections,
    taxonomies, terms), as Hugo links them. A page in one language only has none."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for code, sub in subs.items():
        for key, page in sub.pages.items():
            if key.startswith("section:") or page.is_rendered is False or page.fallback_for:
                continue  # a fallback is not a translation (plan/fallbacks.py)
            groups.setdefault(("page", page.translation_key), []).append((code, page.url))
        for output in sub.outputs:
            if output.kind not in ("home", "section", "terms", "term", "journal"):
                continue
            if output.pager is not None and output.pager.number != 1:
                continue
            section = output.section or "" if output.kind == "section" else ""
            name = (output.kind.name, section, output.taxonomy or "", output.term or "")
            groups.setdefault(("list", "\0".join(name)), []).append((code, output.url))
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for members in groups.values():
        if len({code for code, _ in members}) < 2:
            continue
        first: dict[str, str] = {}
        for code, url in members:
            first.setdefault(code, url)  # two pages of one language: the first by path
        versions = tuple(first.items())
        for _, url in members:
            found[url] = versions
    return found


def language_names(config: Config) -> tuple[tuple[str, str, str, str], ...]:
    """(code, name, locale, home url) of every language built, by weight."""
    return tuple(
        (lang.code, lang.name, lang.locale, languages.prefix(config, lang.code) + "/")
        for lang in languages.enabled(config)
    )
