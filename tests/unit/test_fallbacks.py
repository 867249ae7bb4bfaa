"""plan/fallbacks.py: which languages get a copy of a page, at which address, and what the
copy says about itself."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from hypothesis import given
from hypothesis import strategies as st

from mentorblog.core.model import UNLISTED, Config, Language, Page
from mentorblog.plan.fallbacks import switch_versions, with_fallbacks

CONFIG = Config(
    root=Path("."),
    title="T",
    base_url="https://example.org/",
    languages=(Language("en", weight=1), Language("de", weight=2), Language("fr", weight=3)),
    default_language="en",
    localize_links=True,
)


def page(lang: str, url: str, key: str = "", **kw: object) -> Page:
    values: dict[str, object] = {
        "source": PurePosixPath(f"content/{lang}{url.strip('/') or 'index'}.md"),
        "kind": "page",
        "section": "",
        "body_line": 1,
        "title": url,
        "url": url,
        "output_path": url.strip("/") + "/index.html",
        "layout": "page",
        "body": "",
        "lang": lang,
        "translation_key": key or f"url:{url.removeprefix('/' + lang)}",
    }
    values.update(kw)
    return Page(**values)  # type: ignore[arg-type]


def planned(pages: list[Page], config: Config = CONFIG) -> set[tuple[str, str, str]]:
    return {(code, p.url, p.fallback_for) for code, p in with_fallbacks(config, pages)}


def test_each_language_lacking_a_page_gets_the_default_languages_text() -> None:
    found = planned([page("en", "/about/"), page("de", "/de/about/")])
    assert found == {
        ("en", "/about/", ""),
        ("de", "/de/about/", ""),
        ("fr", "/fr/about/", "/about/"),
    }


def test_a_page_only_in_another_language_falls_back_everywhere_even_at_the_root() -> None:
    found = planned([page("de", "/de/nur/")])
    assert found == {
        ("de", "/de/nur/", ""),
        ("en", "/nur/", "/de/nur/"),
        ("fr", "/fr/nur/", "/de/nur/"),
    }


def test_lang_exclusive_keeps_a_page_and_its_copies_to_the_languages_named() -> None:
    found = planned([page("en", "/meetup/", only_languages=("en", "fr"))])
    assert found == {("en", "/meetup/", ""), ("fr", "/fr/meetup/", "/meetup/")}
    # not in its own language: only the copies it allows
    found = planned([page("en", "/x/", only_languages=("fr",))])
    assert found == {("fr", "/fr/x/", "/x/")}


def test_a_copy_never_takes_an_address_a_page_of_that_language_has() -> None:
    found = planned([page("en", "/a/"), page("de", "/de/a/", key="id:other")])
    assert ("de", "/de/a/", "/a/") not in found and ("de", "/de/a/", "") in found


def test_no_copies_on_a_hugo_site_nor_of_redirects_or_hidden_pages() -> None:
    hugo = Config(**{**{f: getattr(CONFIG, f) for f in ("root", "title", "base_url")}})
    assert planned([page("en", "/a/")], hugo) == {("en", "/a/", "")}
    assert planned([page("en", "/r/", redirect_to="/a/")]) == {("en", "/r/", "")}
    assert planned([page("en", "/s/", visibility="shared")]) == {("en", "/s/", "")}
    assert ("fr", "/fr/u/", "/u/") in planned([page("en", "/u/", visibility=UNLISTED)])


def test_a_copy_points_search_engines_at_its_original_and_stays_out_of_lists() -> None:
    copy = next(p for c, p in with_fallbacks(CONFIG, [page("en", "/about/")]) if c == "fr")
    assert copy.lang == "en" and copy.output_path == "fr/about/index.html"
    assert copy.canonical_url == "https://example.org/about/"
    assert not copy.is_listed and not copy.in_sitemap and copy.search_hidden
    assert copy.hidden_in_rss and copy.aliases == () and copy.sessions == ()


def test_the_switcher_leads_to_copies_and_real_versions_alike() -> None:
    by_language: dict[str, list[Page]] = {}
    for code, p in with_fallbacks(CONFIG, [page("en", "/a/"), page("de", "/de/a/")]):
        by_language.setdefault(code, []).append(p)
    found = switch_versions(by_language)
    versions = (("en", "/a/"), ("de", "/de/a/"), ("fr", "/fr/a/"))
    assert found == {"/a/": versions, "/de/a/": versions, "/fr/a/": versions}
    lonely = switch_versions({"en": [page("en", "/b/")], "de": [page("de", "/de/b/")]})
    assert lonely == {}  # translations without copies are Site.translations' business


def test_other_addresses_of_a_page_id_lead_to_the_languages_version() -> None:
    pages = [page("en", "/contact/", key="id:c"), page("de", "/de/kontakt/", key="id:c")]
    aliases = {(code, p.url): p.aliases for code, p in with_fallbacks(CONFIG, pages)}
    assert aliases == {
        ("en", "/contact/"): ("/kontakt/",),
        ("de", "/de/kontakt/"): ("/de/contact/",),
        ("fr", "/fr/contact/"): ("/fr/kontakt/",),
    }


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["en", "de", "fr"]),
            st.sampled_from(["a", "b", "c", "d"]),  # the page's address, without its folder
            st.sampled_from(["", "id:x", "id:y"]),  # a page_id, or none (paired by address)
            st.sets(st.sampled_from(["en", "de", "fr"])),  # lang-exclusive
        ),
        max_size=8,
        # one page per address and per page_id in a language
        unique_by=(lambda t: (t[0], t[1]), lambda t: (t[0], t[2] or t[1])),
    )
)
def test_every_language_gets_each_page_once_and_never_over_a_real_one(
    written: list[tuple[str, str, str, set[str]]],
) -> None:
    folder = {"en": "", "de": "/de", "fr": "/fr"}
    pages = [
        page(lang, f"{folder[lang]}/{path}/", key or f"url:/{path}/", only_languages=tuple(only))
        for lang, path, key, only in written
    ]
    planned = with_fallbacks(CONFIG, pages)
    real = {(p.lang, p.url): p for p in pages}
    kept = {key for key, p in real.items() if not p.only_languages or p.lang in p.only_languages}
    urls = [(code, p.url) for code, p in planned]
    assert len(urls) == len(set(urls))  # one page per address and language
    for code, p in planned:
        assert p.url.startswith(folder[code] + "/")
        if p.fallback_for:
            original = real[(p.lang, p.fallback_for)]
            assert not original.only_languages or code in original.only_languages
            assert (code, p.url) not in kept  # a copy never takes a real page's place
            mine = [q for q in pages if q.lang == code and q.translation_key == p.translation_key]
            assert all(q.only_languages and code not in q.only_languages for q in mine)
        else:
            assert not p.only_languages or code in p.only_languages
    for q in pages:  # in every language it allows, itself or a version, unless taken
        if (q.lang, q.url) not in kept and not q.only_languages:
            continue
        for code in q.only_languages or ("en", "de", "fr"):
            has_version = any(
                c == code and p.translation_key == q.translation_key for c, p in planned
            )
            address = folder[code] + q.url[len(folder[q.lang]) :]
            assert has_version or (code, address) in urls, (code, q.url)  # one file there


def test_a_language_the_default_version_excludes_falls_back_to_another_version() -> None:
    pages = [page("en", "/a/", only_languages=("en",)), page("de", "/de/a/")]
    assert planned(pages) == {("en", "/a/", ""), ("de", "/de/a/", ""), ("fr", "/fr/a/", "/de/a/")}
