"""`check` on a multilingual site: posts that miss a translation, and links in one
language's page that lead to another language's page although a version in the page's own
language exists (a link copied from the original into its translation)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Protocol
from urllib.parse import unquote, urljoin, urlsplit

from mentorblog.core.errors import Notice
from mentorblog.core.model import Site
from mentorblog.read import languages


class _Link(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def hreflang(self) -> bool: ...


def missing_translations(site: Site) -> list[Notice]:
    """One warning per post that some built language lacks, naming those languages."""
    if not site.by_language:
        return []
    built = languages.enabled(site.config)
    found: list[Notice] = []
    for code, sub in site.by_language.items():
        for url in sub.posts:
            page = sub.pages[url]
            have = {lang for lang, _ in site.translations.get(url, ())} | {code}
            missing = [f"{lang.name} ({lang.code})" for lang in built if lang.code not in have]
            if missing:
                found.append(
                    Notice("has no translation in " + ", ".join(missing), page.source, None)
                )
    return sorted(found, key=lambda n: str(n.file))


def crossed_languages(site: Site, links: Mapping[str, Sequence[_Link]]) -> list[Notice]:
    """Links without `hreflang` from a page to another language's page that has a version
    in the page's own language: a warning naming the address to use instead."""
    if not site.by_language:
        return []
    owner = {o.path: (o.lang, o.page_url) for o in site.outputs if o.kind == "page" and o.lang}
    lang_of = {page.url: page.lang for key, page in site.pages.items() if ":" not in key}
    base = site.config.base_url
    base_path = site.config.base_path
    found: list[Notice] = []
    for path, page_links in sorted(links.items()):
        if path not in owner:
            continue
        code, page_url = owner[path]
        if page_url is None:
            continue
        source = site.pages[page_url].source
        for link in page_links:
            if link.hreflang or link.kind != "broken link":
                continue
            target = urlsplit(urljoin(base + page_url.lstrip("/"), link.url.strip()))
            if target.geturl().startswith(base) is False and target.netloc:
                continue
            rel = "/" + unquote(target.path)[len(base_path) :]
            other = lang_of.get(rel)
            if other is None or other == code:
                continue
            mine = dict(site.translations.get(rel, ())).get(code)
            if mine is not None:
                found.append(
                    Notice(
                        f"links to {rel}, a page in another language ({other}); its version "
                        f"in this page's language is {mine}",
                        PurePosixPath(str(source)),
                        None,
                    )
                )
    return found
