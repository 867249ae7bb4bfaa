"""jekyll-polyglot sites, read as polyglot builds them (tests/sites/polyglot) and brought in
by `import jekyll`: `languages` as a list, `default_lang`, `lang:`, `lang_from_path`,
`exclude_from_localization`, relativized links, fallback pages, `page_id`, `lang-exclusive`,
`data/<lang>/` and polyglot's other settings. The addresses were checked against Jekyll 4.3
running polyglot's own code on a site of the same pattern."""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pytest
from outputs import tree

from mentorblog.build import BuildOptions, build
from mentorblog.cli import main
from mentorblog.core.model import Config, Language
from mentorblog.markdown.polyglot import localize
from mentorblog.read.languages import split_language

SITE = Path(__file__).parent / "sites" / "polyglot"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("polyglot") / "public"
    build(BuildOptions(source=SITE, destination=folder, jobs=1, use_cache=False), now=NOW)
    return folder


def body_links(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    content = html[html.index('class="post-content') :]
    content = content[: content.index("</div>")]
    return re.findall(r'(?:href|src)="([^"]*)"', content)


def test_lang_from_path_puts_a_page_in_the_language_of_its_first_or_second_folder(
    out: Path,
) -> None:
    german = out / "de" / "2025" / "01" / "05" / "first-talk.html"  # _posts/de/...
    assert 'lang="de"' in german.read_text(encoding="utf-8")
    about = (out / "de" / "about" / "index.html").read_text(encoding="utf-8")  # de/about.md
    assert 'lang="de"' in about and "Über" in about
    assert not (out / "de" / "de").exists()


def test_pages_of_one_address_are_translations_as_polyglot_links_them(out: Path) -> None:
    english = (out / "2025" / "01" / "05" / "first-talk.html").read_text(encoding="utf-8")
    for code, url in (
        ("de", "/de/2025/01/05/first-talk.html"),
        ("fr", "/fr/2025/01/05/first-talk.html"),
    ):
        assert f'hreflang="{code}" href="https://example.org{url}"' in english


def test_links_lead_to_the_pages_language_but_excluded_folders_and_missing_pages(
    out: Path,
) -> None:
    english = body_links(out / "2025" / "01" / "05" / "first-talk.html")
    assert english == ["/about/", "/de/about/", "/images/dot.svg", "/images/dot.svg"]
    german = body_links(out / "de" / "2025" / "01" / "05" / "first-talk.html")
    # /en-only/ has no German version, but its fallback is at /de/en-only/, as in polyglot
    assert german == ["/de/about/", "/de/en-only/", "/images/dot.svg"]
    french = body_links(out / "fr" / "2025" / "01" / "05" / "first-talk.html")
    assert french == ["/fr/about/", "https://example.net/about/"]  # /about/'s fallback


def test_localize_leaves_other_sites_language_folders_and_excluded_paths() -> None:
    folders = ("/de", "/fr")
    assert localize("/menu/#x", "/fr", folders, ()) == "/fr/menu/#x"
    assert localize("/", "/fr", folders, ()) == "/fr/"
    assert localize("/de/menu/", "/fr", folders, ()) == "/de/menu/"
    assert localize("//cdn.example.org/a.js", "/fr", folders, ()) == "//cdn.example.org/a.js"
    assert localize("https://example.org/", "/fr", folders, ()) == "https://example.org/"
    assert localize("/images/a.png", "/fr", folders, ("images",)) == "/images/a.png"
    assert localize("/css-extra/a.css", "/fr", folders, ("css",)) == "/css-extra/a.css"
    assert localize("relative/", "/fr", folders, ()) == "relative/"


def test_split_language_with_lang_from_path() -> None:
    config = Config(
        root=Path("."),
        title="T",
        base_url="https://example.org/",
        languages=(Language("en"), Language("de")),
        default_language="en",
        lang_from_path=True,
    )
    split = lambda p: split_language(PurePosixPath(p), config)  # noqa: E731
    assert split("content/de/about.md") == ("de", PurePosixPath("content/about.md"))
    assert split("content/_posts/de/a.md") == ("de", PurePosixPath("content/_posts/a.md"))
    assert split("content/a/b/de/a.md") == ("en", PurePosixPath("content/a/b/de/a.md"))
    assert split("content/about.de.md") == ("de", PurePosixPath("content/about.md"))
    off = dataclasses.replace(config, lang_from_path=False)
    assert split_language(PurePosixPath("content/de/about.md"), off)[0] == "en"


def test_import_jekyll_carries_a_polyglot_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old"
    (old / "_posts" / "de").mkdir(parents=True)
    (old / "de").mkdir()
    (old / "_i18n").mkdir()
    (old / "_config.yml").write_text(
        'title: J\nurl: https://journal.example.com\nlanguages: ["en", "de"]\n'
        'default_lang: "en"\nexclude_from_localization: ["images"]\nlang_from_path: true\n'
        "plugins: [jekyll-polyglot]\n",
        encoding="utf-8",
    )
    (old / "_posts" / "de" / "2025-01-05-a.md").write_text(
        "---\ntitle: A\n---\nSiehe [über](/about/).\n", encoding="utf-8"
    )
    (old / "about.md").write_text("---\ntitle: About\npermalink: /about/\n---\nA.\n")
    (old / "de" / "about.md").write_text(
        "---\ntitle: Über\npermalink: /about/\n---\nÜ.\n", encoding="utf-8"
    )
    (old / "_i18n" / "de.yml").write_text("hello: Hallo\n", encoding="utf-8")
    new = tmp_path / "new"
    assert main(["import", "-s", str(new), "jekyll", str(old)]) == 0
    printed = capsys.readouterr().out
    assert "jekyll-polyglot" not in printed  # its work is built in
    assert "lang_from_path" not in printed and "exclude_from_localization" not in printed
    assert "_i18n/de.yml: the old layouts' own words" in printed
    config = (new / "site.yaml").read_text(encoding="utf-8")
    assert "lang_from_path: true" in config and "exclude_from_localization:\n- images" in config
    assert "Über" not in config  # the German page is not in the (default language's) menu
    public = tmp_path / "public"
    build(BuildOptions(source=new, destination=public, jobs=1), now=NOW)
    german = (public / "de" / "2025" / "01" / "05" / "a.html").read_text(encoding="utf-8")
    assert 'href="/de/about/"' in german and (public / "de" / "about" / "index.html").is_file()


def test_exclude_from_localization_must_name_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected*"))
    config = site / "site.yaml"
    config.write_text(config.read_text().replace('["images"]', "[[1]]"))
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: site.yaml:13: `exclude_from_localization`: must list")


def html_pages(out: Path) -> set[str]:
    return {"/" + p.relative_to(out).as_posix() for p in out.rglob("*.html")}


def test_every_language_has_every_page_as_polyglot_writes_them(out: Path) -> None:
    pages = html_pages(out)
    for path in (
        "/fr/about/index.html",  # English text, no French version
        "/de/en-only/index.html",
        "/fr/en-only/index.html",
        "/fr/contact/index.html",  # page_id contact: German has /de/kontakt/, French nothing
        "/nur-deutsch/index.html",  # only in German: the default language repeats it too
        "/fr/nur-deutsch/index.html",
        "/fr/meetup/index.html",  # lang-exclusive: [en, fr]
        "/de/welcome/index.html",
    ):
        assert path in pages
    assert "/de/meetup/index.html" not in pages  # lang-exclusive
    for path in ("/de/contact/index.html", "/kontakt/index.html"):  # a version of their own
        assert "Write to us" not in (out / path.lstrip("/")).read_text(encoding="utf-8")


def test_a_fallback_tells_the_truth_about_its_language(out: Path) -> None:
    html = (out / "fr" / "about" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in html  # the French site's menu and labels
    assert '<article class="post h-entry" lang="en">' in html  # the text it repeats
    assert '<link rel="canonical" href="https://example.org/about/">' in html
    assert 'hreflang="fr"' not in html.split("</head>")[0]  # not a translation
    switch = html[html.index('class="lang-switch"') :]
    switch = switch[: switch.index("</ul>")]
    assert 'href="/about/"' in switch and 'href="/de/about/"' in switch
    german = (out / "nur-deutsch" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in german and '<article class="post h-entry" lang="de">' in german
    english = (out / "en-only" / "index.html").read_text(encoding="utf-8")
    assert 'href="/fr/en-only/" hreflang="fr"' in english  # the switcher leads to it
    assert 'rel="alternate" hreflang="fr"' not in english  # hreflang names translations only


def test_a_fallbacks_links_lead_to_the_language_it_is_built_in(out: Path) -> None:
    assert body_links(out / "about" / "index.html") == ["/contact/"]
    assert body_links(out / "fr" / "about" / "index.html") == ["/fr/contact/"]  # a fallback
    assert body_links(out / "de" / "about" / "index.html") == []
    french = body_links(out / "fr" / "2025" / "01" / "05" / "first-talk.html")
    assert french[0] == "/fr/about/"


def test_fallbacks_are_in_no_list_feed_sitemap_or_search_index(out: Path) -> None:
    for name in ("sitemap.xml", "index.xml", "feed.xml", "index.json", "index.html"):
        text = (out / "fr" / name).read_text(encoding="utf-8")
        assert "/fr/en-only/" not in text and "/fr/nur-deutsch/" not in text, name
        assert "<loc>https://example.org/fr/about/</loc>" not in text
        assert "<link>https://example.org/fr/about/</link>" not in text
    assert "https://example.org/nur-deutsch/" not in (out / "en" / "sitemap.xml").read_text()


def test_page_id_pairs_translations_whose_addresses_differ(out: Path) -> None:
    english = (out / "contact" / "index.html").read_text(encoding="utf-8")
    assert 'hreflang="de" href="https://example.org/de/kontakt/"' in english
    german = (out / "de" / "kontakt" / "index.html").read_text(encoding="utf-8")
    assert 'hreflang="en" href="https://example.org/contact/"' in german
    assert 'class="also-in"' in german and 'href="/contact/"' in german
    # as polyglot with jekyll-redirect-from: the other addresses lead to the language's page
    for path, target in (
        ("de/contact", "/de/kontakt/"),
        ("kontakt", "/contact/"),
        ("fr/kontakt", "/fr/contact/"),  # to the fallback French readers have
    ):
        html = (out / path / "index.html").read_text(encoding="utf-8")
        assert f'url=https://example.org{target}"' in html, path


def test_data_of_a_language_is_laid_over_the_sites(out: Path) -> None:
    def greeting(path: str) -> str:
        html = (out / path / "welcome" / "index.html").read_text(encoding="utf-8")
        return re.findall(r'class="greeting">([^<]*)', html)[0]

    assert greeting(".") == "Hello! Good morning / Good evening"
    assert greeting("de") == "Hallo! Guten Morgen / Good evening"  # a key it lacks: the rest
    assert greeting("fr") == "Bonjour! Good morning / Good evening"


def test_polyglot_settings_that_change_nothing_here_are_accepted_in_silence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected*"))
    config = site / "site.yaml"
    config.write_text(
        config.read_text()
        + "fallback_canonical_to_default_lang: true\nlang_vars: [locale]\n"
        + "localize_redirects: true\n"
    )
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "parallel_localization" not in err and "fallback_canonical" not in err
    assert "`lang_vars`: names Liquid layouts read" in err
    assert "`localize_redirects`: Netlify `_redirects` rules" in err


def test_lang_exclusive_names_languages_of_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected*"))
    page = site / "content" / "meetup.md"
    page.write_text(page.read_text().replace("[en, fr]", "[en, it]"))
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: content/meetup.md:5: `lang-exclusive`: 'it' is not one of")


def test_import_carries_data_folders_and_polyglot_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old"
    (old / "_data" / "fr").mkdir(parents=True)
    (old / "_posts").mkdir()
    (old / "_config.yml").write_text(
        'title: J\nurl: https://journal.example.com\nlanguages: ["en", "fr"]\n'
        "default_lang: en\nparallel_localization: false\nlang_vars: [locale]\n"
        "description: {en: A journal, fr: Un journal}\n",
        encoding="utf-8",
    )
    (old / "_data" / "strings.yml").write_text("hello: Hello\n", encoding="utf-8")
    (old / "_data" / "fr" / "strings.yml").write_text("hello: Bonjour\n", encoding="utf-8")
    (old / "_data" / "people.csv").write_text("name\nAda\n", encoding="utf-8")
    new = tmp_path / "new"
    assert main(["import", "-s", str(new), "jekyll", str(old)]) == 0
    printed = capsys.readouterr().out
    assert (new / "data" / "fr" / "strings.yml").read_text() == "hello: Bonjour\n"
    assert (new / "data" / "strings.yml").is_file() and not (new / "data" / "people.csv").exists()
    assert "_data/people.csv: a data file of a kind mentorblog does not read" in printed
    assert "parallel_localization" not in printed
    assert "`lang_vars`: names Liquid layouts read the language by" in printed
    assert "description: A journal\n" in (new / "site.yaml").read_text(encoding="utf-8")
    assert "`description`: one text per language: the default language's (en)" in printed


def test_a_polyglot_language_folder_is_named_as_its_code_is_written(tmp_path: Path) -> None:
    """polyglot writes `pt-BR` pages to /pt-BR/ (Hugo would lowercase the folder)."""
    site = tmp_path / "site"
    (site / "content" / "pt-BR").mkdir(parents=True)
    (site / "site.yaml").write_text(
        'title: T\nurl: https://example.org\nlanguages: ["en", "pt-BR"]\ndefault_lang: en\n'
        "lang_from_path: true\n"
    )
    (site / "content" / "about.md").write_text(
        "---\ntitle: About\npermalink: /about/\n---\nSee [the posts](/about/#more).\n"
    )
    (site / "content" / "pt-BR" / "about.md").write_text(
        "---\ntitle: Sobre\npermalink: /about/\n---\nVeja [mais](/about/#more).\n",
        encoding="utf-8",
    )
    (site / "content" / "only.md").write_text("---\ntitle: Only\npermalink: /only/\n---\nO.\n")
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, jobs=1, use_cache=False), now=NOW)
    portuguese = out / "pt-BR" / "about" / "index.html"
    assert body_links(portuguese) == ["/pt-BR/about/#more"]
    assert '<html lang="pt-br"' in portuguese.read_text(encoding="utf-8")
    assert (out / "pt-BR" / "only" / "index.html").is_file()  # its fallback
    assert (out / "pt-BR" / "sitemap.xml").is_file() and not (out / "pt-br").exists()


@pytest.mark.parametrize(
    ("path", "old", "new"),
    [
        ("data/de/strings.yml", "hello: Hallo", "hello: Servus"),  # the data a layout reads
        ("content/de/kontakt.md", "page_id: contact", "page_id: kontakt"),  # no pair now
        ("content/meetup.md", "[en, fr]", "[en, de]"),  # another language's fallback
        ("content/de/about.md", "title: Über", "title: Über uns"),
    ],
)
def test_an_edit_then_a_warm_build_equals_a_clean_build(
    tmp_path: Path, path: str, old: str, new: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected*"))
    warm = tmp_path / "warm"
    build(BuildOptions(source=site, destination=warm, jobs=1), now=NOW)
    file = site / path
    file.write_text(file.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    build(BuildOptions(source=site, destination=warm, jobs=1), now=NOW)
    clean = tmp_path / "clean"
    build(BuildOptions(source=site, destination=clean, jobs=1, use_cache=False), now=NOW)
    assert tree(warm) == tree(clean)
