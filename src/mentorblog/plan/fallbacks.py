"""jekyll-polyglot's fallback pages and `lang-exclusive`, before each language is planned.

Polyglot builds every language as a whole site: a page a language has no version of is
written in that language's folder all the same, with the content of the version it has
(the default language's first, else the first language by weight), so `/fr/about/` exists
when only `/about/` was written, and a switcher or a localized link never leads nowhere.
`lang-exclusive: [en, fr]` builds a page in those languages only.

A fallback here keeps the language its text is in (`Page.lang`, shown as `lang` on its
article), is rendered by the language whose folder it is in (its menu, labels and
switcher), and tells search engines the truth: its canonical address is the original's,
and it is in no list, feed, sitemap or search index, and no translation (hreflang, "also
in") names it; only the switcher leads to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from mentorblog.core import urls
from mentorblog.core.model import PUBLIC, UNLISTED, Config, Page
from mentorblog.read import languages


def with_fallbacks(config: Config, pages: Sequence[Page]) -> list[tuple[str, Page]]:
    """(language planned in, page): `pages` in their own languages but where `lang-exclusive`
    keeps them out, and, on a polyglot site, a fallback copy of each page in every language
    that lacks it."""
    built = [lang.code for lang in languages.enabled(config)]
    kept = [(p.lang, p) for p in pages if not p.only_languages or p.lang in p.only_languages]
    if not config.localize_links or len(built) < 2:
        return kept
    groups: dict[str, dict[str, Page]] = {}
    for page in pages:
        if page.kind != "section" and page.lang in built:
            groups.setdefault(page.translation_key, {}).setdefault(page.lang, page)
    taken = {(code, p.url) for code, p in kept}
    copies: list[tuple[str, Page]] = []
    for versions in groups.values():
        # The default language's version first, then the others by weight, as polyglot
        # lets the default one win over any other it met before.
        order = sorted(versions, key=lambda c: (c != config.default_language, built.index(c)))
        for code in built:
            here = versions.get(code)
            if here is not None and (not here.only_languages or code in here.only_languages):
                continue  # it has its own version
            for c in order:  # the first version allowed there whose address is free
                source = versions[c]
                if not _can_fall_back(source) or (
                    source.only_languages and code not in source.only_languages
                ):
                    continue
                copy = _fallback(config, source, code)
                if (code, copy.url) not in taken:
                    taken.add((code, copy.url))
                    copies.append((code, copy))
                    break
    return _page_id_redirects(config, kept + copies, taken)


def _page_id_redirects(
    config: Config, planned: list[tuple[str, Page]], taken: set[tuple[str, str]]
) -> list[tuple[str, Page]]:
    """Polyglot (with jekyll-redirect-from) sends the other addresses of a `page_id` to the
    version a language has: /de/contact/ leads to /de/kontakt/, /kontakt/ to /contact/."""
    paths: dict[str, set[str]] = {}
    for code, page in planned:
        if page.translation_key.startswith("id:") and not page.fallback_for:
            paths.setdefault(page.translation_key, set()).add(_unprefixed(config, code, page.url))
    if not paths:
        return planned
    claimed = taken | {(code, alias) for code, page in planned for alias in page.aliases}
    found: list[tuple[str, Page]] = []
    for code, page in planned:
        own = _unprefixed(config, code, page.url)
        extra: list[str] = []
        for path in sorted(paths.get(page.translation_key, set()) - {own}):
            url = languages.prefix(config, code) + path
            if (code, url) not in claimed:
                claimed.add((code, url))
                extra.append(url)
        found.append((code, replace(page, aliases=(*page.aliases, *extra)) if extra else page))
    return found


def _unprefixed(config: Config, code: str, url: str) -> str:
    folder = languages.prefix(config, code)
    return url[len(folder) :] if folder and url.startswith(folder + "/") else url


def _can_fall_back(page: Page) -> bool:
    """A page with a file of its own that every reader may see; not a redirect."""
    return page.is_rendered and not page.redirect_to and page.visibility in (PUBLIC, UNLISTED)


def _fallback(config: Config, source: Page, code: str) -> Page:
    """`source` under language `code`'s folder, at the address polyglot writes it to."""
    url = languages.prefix(config, code) + _unprefixed(config, source.lang, source.url)
    return replace(
        source,
        url=url,
        output_path=urls.output_path(url),
        aliases=(),
        fallback_for=source.url,
        only_languages=(),
        canonical_url=source.canonical_url or config.base_url.rstrip("/") + source.url,
        is_listed=False,
        in_sitemap=False,
        search_hidden=True,
        hidden_in_home_list=True,
        hidden_in_rss=True,
        # The journal, the ledger of commitments and reply threads count the original.
        sessions=(),
        commitments=(),
        closures=(),
        in_reply_to="",
    )


def switch_versions(
    by_language: Mapping[str, Sequence[Page]],
) -> dict[str, tuple[tuple[str, str], ...]]:
    """url -> every (language, url) of its page, fallbacks included, for the pages that
    have a fallback somewhere: where the switcher leads."""
    groups: dict[str, dict[str, str]] = {}
    with_copy: set[str] = set()
    for code, pages in by_language.items():
        for page in pages:
            if page.kind == "section" or not page.is_rendered:
                continue
            groups.setdefault(page.translation_key, {}).setdefault(code, page.url)
            if page.fallback_for:
                with_copy.add(page.translation_key)
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for key in sorted(with_copy):
        versions = tuple(groups[key].items())
        for _, url in versions:
            found[url] = versions
    return found
