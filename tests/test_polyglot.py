"""jekyll-polyglot sites, read as polyglot builds them (tests/sites/polyglot) and brought in
by `import jekyll`: `languages` as a list, `default_lang`, `lang:`, `lang_from_path`,
`exclude_from_localization`, and relativized links."""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pytest

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
    # /en-only/ has no German version: its English page, not an address that is not there
    assert german == ["/de/about/", "/en-only/", "/images/dot.svg"]
    french = body_links(out / "fr" / "2025" / "01" / "05" / "first-talk.html")
    assert french == ["/about/", "https://example.net/about/"]  # no French /about/


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
    assert err.startswith("error: site.yaml:10: `exclude_from_localization`: must list")
