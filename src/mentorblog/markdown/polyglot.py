"""jekyll-polyglot's relativized links: on a page in another language than the default,
a root-relative link to the site (`[menu](/menu/)`) leads to that language's version
(`/fr/menu/`), as polyglot rewrites it, so readers stay in their language. Links into a
folder of `exclude_from_localization` (`/images/a.png`), links already in a language's
folder and links to other sites are left as written. Polyglot builds a missing page again
from the default language's; mentorblog does not, so a link whose page has no version in
the language keeps its default-language address: the link is a placeholder (`lang` ref,
plan/xrefs.py) decided once every page is known."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markdown_it.rules_core import StateCore

from mentorblog.core.model import Config
from mentorblog.markdown import bodytags
from mentorblog.read import languages

SEPARATOR = "\n"  # between the localized and the written address in a `lang` ref


def language_folders(config: Config) -> tuple[tuple[str, str], ...]:
    """(code, "/fr") of each language with its own folder, when the site localizes links."""
    if not config.localize_links:
        return ()
    found = ((lang.code, languages.prefix(config, lang.code)) for lang in config.languages)
    return tuple((code, folder) for code, folder in found if folder)


def localize(href: str, folder: str, folders: Sequence[str], unlocalized: Sequence[str]) -> str:
    """`href` in the language whose pages live under `folder` ("/fr")."""
    if not href.startswith("/") or href.startswith("//"):
        return href
    path = href.split("?", 1)[0].split("#", 1)[0]
    first = path.lstrip("/").split("/", 1)[0]
    if any(path == f or path.startswith(f + "/") for f in folders):
        return href
    if first and any(first == name or path.lstrip("/").startswith(name) for name in unlocalized):
        return href
    return folder + href


def localized_links_rule(state: StateCore) -> None:
    env = state.env if isinstance(state.env, dict) else {}
    folder = env.get("language_folder")
    if not folder:
        return
    folders: Mapping[str, str] = env.get("language_folders", {})
    unlocalized = env.get("unlocalized", ())
    expansion = env.get("shortcodes")
    if not isinstance(expansion, bodytags.Expansion):
        return
    for token in state.tokens:
        for child in token.children or ():
            href = child.attrGet("href") if child.type == "link_open" else None
            if not isinstance(href, str):
                continue
            localized = localize(href, folder, tuple(folders.values()), unlocalized)
            if localized != href:
                line = env.get("line", 1) + expansion.body_line(token.map[0] if token.map else 0)
                child.attrSet("href", expansion.add_ref("lang", localized + SEPARATOR + href, line))
