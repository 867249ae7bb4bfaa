"""jekyll-polyglot's relativized links: on a page in another language than the default,
a root-relative link to the site (`[menu](/menu/)`) leads to that language's version
(`/fr/menu/`), as polyglot rewrites it, so readers stay in their language. Links into a
folder of `exclude_from_localization` (`/images/a.png`), links already in a language's
folder and links to other sites are left as written. Every such link is a placeholder
(`lang` ref, plan/xrefs.py) decided once every page is known, the default language's too:
a fallback copy of a page (plan/fallbacks.py) leads to the pages of the language it is
built in, as polyglot's do, and a link whose page has no version there keeps its written
address."""

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
    return folder + href if localizable(href, folders, unlocalized) else href


def localizable(href: str, folders: Sequence[str], unlocalized: Sequence[str]) -> bool:
    """A root-relative link to the site, in no language's folder nor an excluded one."""
    if not href.startswith("/") or href.startswith("//"):
        return False
    path = href.split("?", 1)[0].split("#", 1)[0]
    first = path.lstrip("/").split("/", 1)[0]
    if any(path == f or path.startswith(f + "/") for f in folders):
        return False
    return not (
        first and any(first == name or path.lstrip("/").startswith(name) for name in unlocalized)
    )


def localized_links_rule(state: StateCore) -> None:
    env = state.env if isinstance(state.env, dict) else {}
    folder = env.get("language_folder")
    if not isinstance(folder, str):
        return  # not a polyglot site
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
            if localizable(href, tuple(folders.values()), unlocalized):
                localized = folder + href
                line = env.get("line", 1) + expansion.body_line(token.map[0] if token.map else 0)
                child.attrSet("href", expansion.add_ref("lang", localized + SEPARATOR + href, line))
