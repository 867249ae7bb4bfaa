"""Languages: site.yaml's `languages:` block (Hugo's keys), which language a file is in, the
addresses each language's pages and lists get (checked against Hugo 0.168 on a small site:
`/fr/posts/a/`, the default language at the root, `/en/` leading there, a `url:` kept as
written, aliases under the language's folder, a sitemap index at the root) and translations."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pytest

from mentorblog.build import BuildOptions, build
from mentorblog.core.errors import BuildError
from mentorblog.read.config import load_config
from mentorblog.read.languages import prefix, split_language, translation_key

NOW = datetime(2026, 1, 1, tzinfo=UTC)

CONFIG = """\
title: Site
baseURL: https://example.org/
languages:
  en: {languageName: English, weight: 1}
  fr: {languageName: Français, weight: 2, title: Le site, params: {description: Bonjour}}
  fa: {languageName: فارسی, weight: 3}
  de: {languageName: Deutsch, weight: 4, disabled: true}
"""


def site(tmp_path: Path, config: str = CONFIG, **files: str) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "site.yaml").write_text(config)
    for name, text in files.items():
        path = tmp_path / name.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return tmp_path


def test_languages_are_read_with_hugo_keys(tmp_path: Path) -> None:
    config = load_config(site(tmp_path)).config
    assert [lang.code for lang in config.languages] == ["en", "fr", "fa", "de"]
    fr = config.languages[1]
    assert (fr.name, fr.title, fr.direction) == ("Français", "Le site", "ltr")
    assert config.languages[2].direction == "rtl"  # Farsi is right to left unless told
    assert config.languages[3].disabled
    assert config.default_language == "en"
    assert not config.default_language_in_subdir


def test_default_language_must_be_one_of_them(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as err:
        load_config(site(tmp_path, CONFIG + "defaultContentLanguage: it\n"))
    assert "'it' is not one of `languages`" in str(err.value)
    assert err.value.file == PurePosixPath("site.yaml")


def test_bad_direction_names_its_key(tmp_path: Path) -> None:
    bad = CONFIG.replace("weight: 3}", "weight: 3, languageDirection: up}")
    with pytest.raises(BuildError) as err:
        load_config(site(tmp_path, bad))
    assert "languageDirection" in str(err.value)


@pytest.mark.parametrize(
    ("path", "lang", "shape"),
    [
        ("content/posts/a.md", "en", "content/posts/a.md"),
        ("content/posts/a.fr.md", "fr", "content/posts/a.md"),
        ("content/_index.fa.md", "fa", "content/_index.md"),
        ("content/posts/b/index.fr.md", "fr", "content/posts/b/index.md"),
        ("content/posts/v1.2.md", "en", "content/posts/v1.2.md"),  # `.2` is no language
    ],
)
def test_language_from_file_name(tmp_path: Path, path: str, lang: str, shape: str) -> None:
    config = load_config(site(tmp_path)).config
    assert split_language(PurePosixPath(path), config) == (lang, PurePosixPath(shape))


def test_language_from_content_dir(tmp_path: Path) -> None:
    text = CONFIG.replace("weight: 2,", "weight: 2, contentDir: content/fr,")
    config = load_config(site(tmp_path, text)).config
    assert split_language(PurePosixPath("content/fr/posts/a.md"), config) == (
        "fr",
        PurePosixPath("content/posts/a.md"),
    )


def test_translation_key_is_the_path_and_a_bundle_its_folder() -> None:
    assert translation_key(PurePosixPath("content/posts/a.md")) == "posts/a"
    assert translation_key(PurePosixPath("content/posts/b/index.md")) == "posts/b"


def test_prefix(tmp_path: Path) -> None:
    config = load_config(site(tmp_path)).config
    assert prefix(config, "en") == ""
    assert prefix(config, "fr") == "/fr"
    sub = load_config(site(tmp_path, CONFIG + "defaultContentLanguageInSubdir: true\n")).config
    assert prefix(sub, "en") == "/en"


POSTS = {
    "content__posts__a.md": (
        "---\ntitle: A\ndate: 2024-01-01\ntags: [one]\naliases: [/old-a/]\n---\na\n"
    ),
    "content__posts__a.fr.md": (
        "---\ntitle: A fr\ndate: 2024-01-01\ntags: [un]\naliases: [/old-fr/]\n---\na\n"
    ),
    "content__posts__b.fa.md": "---\ntitle: B fa\ndate: 2024-01-02\nurl: /custom-b/\n---\nb\n",
    "content__posts__c.de.md": "---\ntitle: C de\ndate: 2024-01-02\n---\nc\n",
    "content__posts__bundle__index.md": "---\ntitle: Bundle\ndate: 2024-01-03\n---\nx\n",
    "content__posts__bundle__index.fr.md": "---\ntitle: Bundle fr\ndate: 2024-01-03\n---\nx\n",
    "content__posts__bundle__pic.txt": "img\n",
    "content___index.fa.md": "---\ntitle: خانه\n---\n",
    # a `url` without a leading slash is under the language's folder (PaperMod's archives)
    "content__archives.md": "---\ntitle: Archives\nlayout: archives\nurl: archives/\n---\n",
    "content__archives.fr.md": "---\ntitle: Archives\nlayout: archives\nurl: archives\n---\n",
}


def built(tmp_path: Path, config: str = CONFIG) -> Path:
    root = site(tmp_path / "site", config, **POSTS)
    build(BuildOptions(source=root, destination=tmp_path / "out", jobs=1), now=NOW)
    return tmp_path / "out"


def test_addresses_as_hugo_writes_them(tmp_path: Path) -> None:
    out = built(tmp_path)
    # Every file Hugo 0.168 wrote for this site (with list and single layouts).
    for path in [
        "custom-b/index.html",  # a `url:` is taken as written
        "archives/index.html",
        "fr/archives/index.html",  # ... under the language's folder when it is relative
        "en/index.html",  # leads to the root
        "en/sitemap.xml",
        "fa/index.html",
        "fa/index.xml",
        "fa/posts/index.html",
        "fa/sitemap.xml",
        "fa/tags/index.html",
        "fr/index.html",
        "fr/old-fr/index.html",  # aliases go under the language's folder
        "fr/posts/a/index.html",
        "fr/posts/bundle/index.html",
        "fr/tags/un/index.html",
        "fr/tags/un/index.xml",
        "index.html",
        "old-a/index.html",
        "posts/a/index.html",
        "posts/bundle/index.html",
        "posts/bundle/pic.txt",
        "sitemap.xml",
        "tags/one/index.html",
    ]:
        assert (out / path).is_file(), path
    assert not (out / "de").exists()  # a disabled language is not built
    assert not (out / "posts/c/index.html").exists()
    assert not (out / "fr/tags/one").exists()  # terms are per language
    index = (out / "sitemap.xml").read_text()
    assert "<sitemapindex" in index
    for code in ("en", "fr", "fa"):
        assert f"https://example.org/{code}/sitemap.xml" in index
    assert 'url=https://example.org/"' in (out / "en/index.html").read_text()


def test_sitemap_lists_translations(tmp_path: Path) -> None:
    text = (built(tmp_path) / "fr/sitemap.xml").read_text()
    assert '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/posts/a/"/>' in text
    assert "https://example.org/posts/a/</loc>" not in text  # only French pages


def test_default_language_in_subdir(tmp_path: Path) -> None:
    out = built(tmp_path, CONFIG + "defaultContentLanguageInSubdir: true\n")
    assert (out / "en/posts/a/index.html").is_file()
    assert 'url=https://example.org/en/"' in (out / "index.html").read_text()
    assert (out / "robots.txt").is_file()


@pytest.mark.parametrize("subdir", [False, True])
def test_a_languages_own_404_page_and_the_sites_robots_txt_are_published(
    tmp_path: Path, subdir: bool
) -> None:
    config = CONFIG + ("defaultContentLanguageInSubdir: true\n" if subdir else "")
    root = site(tmp_path / "site", config, **POSTS)
    for path, text in (("robots.txt", "User-agent: *\n"), ("fr/404.html", "<p>Perdu</p>\n")):
        (root / "static" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "static" / path).write_text(text)
    build(BuildOptions(source=root, destination=tmp_path / "out", jobs=1), now=NOW)
    assert (tmp_path / "out/robots.txt").read_text() == "User-agent: *\n"
    assert (tmp_path / "out/fr/404.html").read_text() == "<p>Perdu</p>\n"
    assert "<html" in (tmp_path / "out" / ("en/404.html" if subdir else "404.html")).read_text()


def test_same_file_in_two_languages_is_no_collision(tmp_path: Path) -> None:
    # Before languages, `a.md` and `a.fr.md` both wrote posts/a/index.html.
    out = built(tmp_path)
    assert "A fr" in (out / "fr/posts/a/index.html").read_text()
    assert "A fr" not in (out / "posts/a/index.html").read_text()


THEME_LANGUAGES = "en fr es de pt it nl fa ar zh ja ko ru tr hi id".split()


def test_theme_speaks_every_language_with_every_key() -> None:
    from mentorblog.read.labels import theme_i18n

    keys = None
    for code in THEME_LANGUAGES:
        import yaml

        data = yaml.safe_load((theme_i18n() / f"{code}.yaml").read_text())
        keys = keys or set(data)
        assert set(data) == keys, code


def test_labels_site_override_fallback_and_plurals(tmp_path: Path) -> None:
    from mentorblog.read.labels import labels_for
    from mentorblog.render.i18n import translate

    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n/fr.yaml").write_text("toc: Sommaire\n")
    fr = labels_for(tmp_path, "fr")
    assert translate(fr, "toc", None, {}) == "Sommaire"  # the site's word wins
    assert translate(fr, "home", None, {}) == "Accueil"
    assert translate(labels_for(tmp_path, "pt-br"), "home", None, {}) == "Início"  # base language
    assert translate(labels_for(tmp_path, "sw"), "home", None, {}) == "Home"  # English under all
    ru = labels_for(tmp_path, "ru")
    assert translate(ru, "reading_time", 1, {}) == "1 минута чтения"
    assert translate(ru, "reading_time", 3, {}) == "3 минуты чтения"
    assert translate(ru, "reading_time", 5, {}) == "5 минут чтения"
    assert translate(fr, "part_of", None, {"part": 2, "total": 5}) == "Partie 2 sur 5"


def test_pages_speak_their_language(tmp_path: Path) -> None:
    out = built(tmp_path)
    fr = (out / "fr/posts/a/index.html").read_text()
    assert "Aller au contenu" in fr
    assert "1 janvier 2024" in fr  # Babel's French date
    fa = (out / "fa/index.html").read_text()
    assert '<html lang="fa" dir="rtl">' in fa
    assert "/css/languages." in fa
    en = (out / "posts/a/index.html").read_text()
    assert '<html lang="en" dir="ltr">' in en
    assert 'hreflang="fr" href="https://example.org/fr/posts/a/"' in en
    assert 'hreflang="x-default" href="https://example.org/posts/a/"' in en
    assert '<meta property="og:locale:alternate" content="fr">' in en
    assert 'class="also-in">Also in: <a href="/fr/posts/a/"' in en
    # The switcher: this page in French, Farsi's home (no Farsi version of it).
    assert '<a href="/fr/posts/a/" hreflang="fr" lang="fr">Français</a>' in en
    assert '<a href="/fa/" hreflang="fa" lang="fa" dir="rtl">فارسی</a>' in en


def test_language_taxonomies_and_relative_aliases(tmp_path: Path) -> None:
    """PaperMod's example site: each language names its own taxonomies (`tag: FRtags`) and
    a translated post's relative alias stays under that language's folder."""
    config = CONFIG.replace("title: Le site,", "title: Le site, taxonomies: {tag: FRtags},")
    root = site(
        tmp_path / "site",
        config,
        **{
            "content__posts__a.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [one]\n---\na\n",
            "content__posts__a.fr.md": (
                "---\ntitle: A fr\ndate: 2024-01-01\nFRtags: [Un]\naliases: [old-a]\n---\na\n"
            ),
            "content__search.md": "---\ntitle: Search\nlayout: search\n---\n",
            "content__search.fr.md": "---\ntitle: Chercher\nlayout: search\n---\n",
        },
    )
    build(BuildOptions(source=root, destination=tmp_path / "out", jobs=1), now=NOW)
    out = tmp_path / "out"
    assert (out / "fr/frtags/un/index.html").is_file()
    assert (out / "fr/posts/old-a/index.html").is_file()
    assert not (out / "fr/fr").exists()
    assert (out / "tags/one/index.html").is_file()
    # The search page's way round it without JavaScript leads to this language's tags.
    assert '<a href="/fr/frtags/">étiquettes</a>' in (out / "fr/search/index.html").read_text()
    assert 'or the <a href="/tags/">tags</a>' in (out / "search/index.html").read_text()


def test_check_lists_missing_translations_and_crossed_links(tmp_path: Path) -> None:
    from mentorblog.commands.check import check_site

    posts = dict(POSTS)
    posts["content__posts__a.fr.md"] = (
        "---\ntitle: A fr\ndate: 2024-01-01\n---\nVoir [le paquet](/posts/bundle/).\n"
    )
    root = site(tmp_path / "site", CONFIG, **posts)
    result = check_site(BuildOptions(source=root, jobs=1), now=NOW)
    shown = [f"{n.file}: {n.message}" for n in result.warnings]
    assert "content/posts/a.md: has no translation in فارسی (fa)" in shown
    assert "content/posts/b.fa.md: has no translation in English (en), Français (fr)" in shown
    assert (
        "content/posts/a.fr.md: links to /posts/bundle/, a page in another language (en); "
        "its version in this page's language is /fr/posts/bundle/"
    ) in shown
    # The switcher and "also in" links say hreflang: they are meant to cross.
    assert not [s for s in shown if "a page in another language" in s and "a.fr.md" not in s]


def test_import_hugo_carries_every_language(tmp_path: Path) -> None:
    """A Hugo site in two languages, one with its own content folder and i18n override,
    imported and built: both languages at Hugo's addresses, the override in use."""
    from mentorblog.cli import main

    old = site(
        tmp_path / "old",
        "title: Old\nbaseURL: https://example.org/\ndefaultContentLanguage: en\n"
        "languages:\n  en: {weight: 1, languageName: English}\n"
        "  pt: {weight: 2, languageName: Português, contentDir: content-pt, title: Velho}\n",
        **{
            "content__posts__a.md": "---\ntitle: A\ndate: 2024-01-01\n---\na\n",
            "content-pt__posts__a.md": "---\ntitle: A pt\ndate: 2024-01-01\n---\na\n",
            "i18n__pt.yaml": "skip_to_content: Ir já ao texto\n",
        },
    )
    (old / "site.yaml").rename(old / "hugo.yaml")
    new = tmp_path / "new"
    assert main(["import", "hugo", str(old), "-s", str(new)]) == 0
    assert main(["build", "-s", str(new), "-d", str(tmp_path / "out"), "--jobs", "1"]) == 0
    pt = (tmp_path / "out/pt/posts/a/index.html").read_text()
    assert "A pt" in pt and "Velho" in pt
    assert "Ir já ao texto" in pt  # the site's i18n/pt.yaml
    assert (tmp_path / "out/posts/a/index.html").is_file()


POLYGLOT = """\
title: Diario
url: https://example.org
languages: ["en", "es"]
default_lang: en
exclude_from_localization: ["assets"]
permalink: /:year/:title/
"""


def polyglot_site(root: Path) -> Path:
    return site(
        root,
        POLYGLOT,
        **{
            "content___posts__2024-01-05-first-call.md": (
                "---\nlayout: post\ntitle: First call\nlang: en\n---\nHello.\n"
            ),
            "content___posts__es__2024-01-05-first-call.md": (
                "---\nlayout: post\ntitle: Primera llamada\nlang: es\n---\nHola.\n"
            ),
            "content__about.md": "---\ntitle: About\npermalink: /about/\nlang: en\n---\nMe.\n",
            "content__acerca.md": ("---\ntitle: Acerca\npermalink: /about/\nlang: es\n---\nYo.\n"),
        },
    )


def test_jekyll_polyglot_site_builds_in_both_languages(tmp_path: Path) -> None:
    """jekyll-polyglot: `languages` as a list, `default_lang`, each page's `lang:`, and
    pages of the same address in two languages are translations of each other."""
    root = polyglot_site(tmp_path / "site")
    config = load_config(root).config
    assert [(lang.code, lang.name) for lang in config.languages] == [
        ("en", "English"),
        ("es", "Español"),
    ]
    assert config.unlocalized == ("assets",) and config.localize_links  # read, not warned
    assert not [n.message for n in load_config(root).notices if "localization" in n.message]
    build(BuildOptions(source=root, destination=tmp_path / "out", jobs=1), now=NOW)
    out = tmp_path / "out"
    es = (out / "es/2024/first-call/index.html").read_text()
    assert "Primera llamada" in es and '<html lang="es" dir="ltr">' in es
    assert "English" in es and 'href="/2024/first-call/"' in es  # linked by address
    assert "Acerca" in (out / "es/about/index.html").read_text()
    assert 'href="/es/about/" hreflang="es"' in (out / "about/index.html").read_text()


def test_import_jekyll_carries_polyglot_settings(tmp_path: Path) -> None:
    from mentorblog.cli import main

    old = polyglot_site(tmp_path / "old")
    (old / "site.yaml").rename(old / "_config.yml")
    for path in sorted((old / "content").rglob("*.md")):
        target = old / path.relative_to(old / "content")
        target.parent.mkdir(parents=True, exist_ok=True)
        path.rename(target)
    new = tmp_path / "new"
    assert main(["import", "jekyll", str(old), "-s", str(new)]) == 0
    assert main(["build", "-s", str(new), "-d", str(tmp_path / "out"), "--jobs", "1"]) == 0
    assert "Primera llamada" in (tmp_path / "out/es/2024/first-call/index.html").read_text()


def test_a_folder_in_no_languages_content_dir_is_not_built(tmp_path: Path) -> None:
    """A real blog set `contentDir` for each of its languages and commented out a third
    (`ru`), whose folder stayed: Hugo builds nothing of it; mentorblog published /ru/."""
    config = (
        "title: Site\nbaseURL: https://example.org/\nlanguages:\n"
        "  en: {weight: 1, contentDir: content/en}\n"
        "  fr: {weight: 2, contentDir: content/fr}\n"
    )
    root = site(
        tmp_path / "site",
        config,
        **{
            "content/en/posts/a.md": "---\ntitle: A\ndate: 2024-01-02\n---\nA\n",
            "content/fr/posts/b.md": "---\ntitle: B\ndate: 2024-01-02\n---\nB\n",
            "content/ru/search.md": "---\ntitle: Поиск\nlayout: search\n---\n",
            "content/ru/_index.md": "---\ntitle: Привет\n---\n",
        },
    )
    result = build(BuildOptions(source=root, destination=tmp_path / "out", jobs=1), now=NOW)
    assert not (tmp_path / "out" / "ru").exists()
    assert (tmp_path / "out" / "posts" / "a" / "index.html").is_file()
    assert [str(n) for n in result.notices if "contentDir" in n.message] == [
        "content/ru: in no language's `contentDir` (every language names its own): not built, "
        "as in Hugo"
    ]
