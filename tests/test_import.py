"""`mentorblog import` end to end: a site shaped like `jekyll new` makes and a PaperMod site
are imported, their posts arrive byte for byte, the new site builds, every address the old
site published still exists, what was left behind is listed, and nothing is overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorblog.cli import main

FIXTURES = Path(__file__).parent / "sites" / "import"
JEKYLL = FIXTURES / "jekyll-default"
HUGO = FIXTURES / "hugo-papermod"

# Old file -> its place in the new site, for every file that must arrive unchanged.
WELCOME = "_posts/2024-03-04-welcome-to-the-journal.markdown"
JEKYLL_COPIES = {
    WELCOME: f"content/{WELCOME}",
    "_posts/2024-04-12-first-session.md": "content/_posts/2024-04-12-first-session.md",
    "_drafts/asking-for-feedback.md": "content/_drafts/asking-for-feedback.md",
    "about.markdown": "content/about.markdown",
    "contact.md": "content/contact.md",
    "index.markdown": "content/_index.markdown",
    "assets/images/whiteboard.png": "static/assets/images/whiteboard.png",
    "CNAME": "static/CNAME",
    "_data/mentors.yml": "data/mentors.yml",  # site.data.mentors in a layout of one's own
}
HUGO_COPIES = {
    p: p
    for p in (
        "content/posts/first-meeting.md",
        "content/posts/second-meeting.md",
        "content/posts/career-map/index.md",
        "content/posts/career-map/map.png",
        "content/posts/custom-address.md",
        "content/posts/unfinished.md",
        "content/archives.md",
        "content/search.md",
        "static/images/profile.png",
        "i18n/en.yaml",  # the site's own words: Hugo's format, read as it is
        "data/mentees.yaml",  # site.data.mentees, as Hugo's .Site.Data.mentees
    )
}

# What the old sites published, written down from how Jekyll 4 (minima, jekyll-feed,
# jekyll-redirect-from) and Hugo (PaperMod) lay out these files.
JEKYLL_URLS = [
    "/",
    "/mentoring/update/2024/03/04/welcome-to-the-journal.html",  # date style, categories
    "/sessions/first/",  # the post's own permalink
    "/first-session/",  # redirect_from
    "/2024/04/12/first-session.html",  # redirect_from
    "/about/",  # permalink: /about/
    "/contact.html",  # a page without permalink under the `date` style
    "/feed.xml",  # jekyll-feed
    "/atom.xml",  # the site's own feed template, kept from the theme it had before minima
    "/404.html",
    "/assets/images/whiteboard.png",
    "/CNAME",
]
JEKYLL_ABSENT = [
    "/asking-for-feedback.html",
    "/_drafts/",
    "/drafts-notes.txt",
    "/Gemfile",
    "/_includes/note.html",
    "/index/",
]
HUGO_URLS = [
    "/",
    "/page/2/",  # pagerSize 2
    # permalinks posts: /:year/:month/:slug/, where :slug is the title without a slug (the
    # addresses Hugo 0.168 writes for this site)
    "/2024/02/first-meeting-what-do-you-want-from-this/",
    "/2024/03/second-meeting-the-first-small-win/",
    "/2024/04/drawing-a-career-map/",  # a page bundle
    "/2024/04/drawing-a-career-map/map.png",  # its image
    "/page/1/",  # Hugo's redirect to the first page of a list
    "/posts/page/1/",
    "/mentoring/",  # url
    "/old/first-meeting/",  # aliases
    "/posts/second-meeting/",  # aliases
    "/posts/",
    "/posts/index.xml",
    "/archives/",
    "/search/",
    "/tags/",
    "/tags/goals/",
    "/tags/goals/index.xml",
    "/journeys/",  # permalinks taxonomy: series: /journeys/
    "/journeys/starting-out/",  # permalinks term: series: /journeys/:slug/
    "/categories/",
    "/index.xml",
    "/index.json",  # outputs.home JSON
    "/sitemap.xml",
    "/robots.txt",  # enableRobotsTXT
    "/404.html",
    "/images/profile.png",
]
HUGO_ABSENT = ["/2024/05/unfinished/", "/posts/unfinished/", "/css/extended/custom.css", "/themes/",
               "/series/"]


def output_file(root: Path, url: str) -> Path:
    return root / (url.lstrip("/") + "index.html" if url.endswith("/") else url.lstrip("/"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def jekyll_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    target = tmp_path / "journal"
    code, out, err = run(capsys, "import", "jekyll", str(JEKYLL), "-s", str(target))
    assert (code, err) == (0, "")
    return target, out


@pytest.fixture
def hugo_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    target = tmp_path / "journal"
    code, out, err = run(capsys, "import", "hugo", str(HUGO), "-s", str(target))
    assert (code, err) == (0, "")
    return target, out


@pytest.mark.parametrize(
    ("fixture", "old", "copies"),
    [("jekyll_site", JEKYLL, JEKYLL_COPIES), ("hugo_site", HUGO, HUGO_COPIES)],
)
def test_files_arrive_byte_for_byte_and_nothing_else(
    fixture: str, old: Path, copies: dict[str, str], request: pytest.FixtureRequest
) -> None:
    target, _ = request.getfixturevalue(fixture)
    written = snapshot(target)
    for origin, new in copies.items():
        assert written.pop(new) == (old / origin).read_bytes(), new
    assert list(written) == ["site.yaml"]


@pytest.mark.parametrize(
    ("fixture", "present", "absent"),
    [("jekyll_site", JEKYLL_URLS, JEKYLL_ABSENT), ("hugo_site", HUGO_URLS, HUGO_ABSENT)],
)
def test_every_old_address_exists_after_a_build(
    fixture: str,
    present: list[str],
    absent: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    target, _ = request.getfixturevalue(fixture)
    out = tmp_path / "public"
    code, stdout, err = run(capsys, "build", "-s", str(target), "-d", str(out), "--jobs", "1")
    assert code == 0, err
    # The translated settings are all understood (the fixtures' example.org addresses are
    # rightly called example addresses: that warning is about the value, not the key).
    assert [line for line in err.splitlines()
            if "site.yaml" in line and "is an example address" not in line] == []
    assert "skipped 1 drafts" in stdout
    missing = [url for url in present if not output_file(out, url).is_file()]
    assert missing == []
    assert [url for url in absent if output_file(out, url).exists()] == []


def test_jekyll_redirects_and_pages(
    jekyll_site: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, _ = jekyll_site
    out = tmp_path / "public"
    assert run(capsys, "build", "-s", str(target), "-d", str(out), "--jobs", "1")[0] == 0
    redirect = (out / "first-session" / "index.html").read_text(encoding="utf-8")
    assert 'content="0; url=https://mentee.example.org/journal/sessions/first/"' in redirect
    contact = (out / "contact.html").read_text(encoding="utf-8")
    assert "Write to me at mentee@example.org." in contact
    home = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="/journal/contact.html"' in home  # minima's header: pages with a title


def test_jekyll_report_names_what_was_left_behind(jekyll_site: tuple[Path, str]) -> None:
    _, out = jekyll_site
    lines = out.splitlines()
    report = [
        line.removeprefix("not carried over: ")
        for line in lines
        if line.startswith("not carried over: ")
    ]
    named = sorted(line.split(":")[0] for line in report)
    assert named == [
        "404.html",
        "Gemfile",
        "_config.yml",
        "_includes/note.html",
        "_posts/2024-04-12-first-session.md",
        "assets/main.scss",
    ]
    assert (
        "_posts/2024-04-12-first-session.md:15: `{% include %}`: a Liquid tag of the "
        "old site's plugins or theme, which mentorblog cannot run; the build leaves the tag out "
        "and shows what it wraps" in report
    )
    # jekyll-archives' pages are mentorblog's term pages (none enabled here: it makes none)
    assert not any("jekyll-archives" in line for line in report)
    assert any("`theme`: 'minima'" in line for line in report)
    assert lines[-1].startswith("Imported 9 files from ")
    assert "6 things not carried over" in lines[-1]


def test_hugo_report_names_what_was_left_behind(hugo_site: tuple[Path, str]) -> None:
    target, out = hugo_site
    report = [
        line.removeprefix("not carried over: ")
        for line in out.splitlines()
        if line.startswith("not carried over: ")
    ]
    files = sorted(line.split(":")[0] for line in report if not line.startswith("hugo.yaml"))
    assert files == [
        "archetypes/default.md",
        "assets/css/extended/custom.css",
        "layouts/partials/extend_head.html",
        "layouts/shortcodes/callout.html",
        "themes/PaperMod",
    ]
    settings = sorted(line.split("`")[1] for line in report if line.startswith("hugo.yaml:"))
    assert settings == [  # enableEmoji is carried over (enable_emoji)
        "markup.highlight.noClasses",
        "menu.footer",
        "minify",
        "params.analyticsCode",
        "theme",
    ]
    assert not (target / "themes").exists() and not (target / "layouts").exists()


def test_hugo_settings_arrive(hugo_site: tuple[Path, str]) -> None:
    from mentorblog.read.config import load_config

    target, _ = hugo_site
    loaded = load_config(target)
    config = loaded.config
    assert loaded.notices == ()
    assert (config.title, config.base_url, config.language) == (
        "Office hours",
        "https://mentor.example.net/",
        "en-gb",
    )
    assert ("series", "series") in config.taxonomies
    assert config.enable_emoji  # enableEmoji: true
    assert [m.url for m in config.menu] == ["/archives/", "/search/", "/tags/"]
    assert config.params["showreadingtime"] is True
    assert config.params["edit" + "post"] == {
        "URL": "https://git.example.org/rita/office-hours/content",
        "Text": "Suggest a change",
        "appendFilePath": True,
    }


@pytest.mark.parametrize(("generator", "old"), [("jekyll", JEKYLL), ("hugo", HUGO)])
def test_a_second_import_is_refused_and_changes_nothing(
    generator: str, old: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "journal"
    assert run(capsys, "import", generator, str(old), "-s", str(target))[0] == 0
    (target / "content" / "mine.md").write_text("---\ntitle: Mine\n---\n", encoding="utf-8")
    before = snapshot(target)
    code, out, err = run(capsys, "import", generator, str(old), "-s", str(target))
    assert code == 1 and out == ""
    assert err == (
        f"error: content: already exists in the new site's folder "
        f"({target.resolve().as_posix()}); import only into an empty folder, "
        "nothing was written\n"
    )
    assert snapshot(target) == before


def test_import_into_the_current_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "new" / ".git").mkdir(parents=True)  # hidden files do not count
    monkeypatch.chdir(tmp_path / "new")
    code, out, _ = run(capsys, "import", "hugo", str(HUGO))
    assert code == 0 and (tmp_path / "new" / "site.yaml").is_file()
    assert out.splitlines()[-1].endswith(
        "into ./; 10 things not carried over (listed above, "
        "files named as in the old site). Next: mentorblog "
        "build -s ."
    )


def test_a_target_inside_the_old_site_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README promises an import changes nothing in the old site; writing the new site
    into one of its folders did."""
    old = tmp_path / "old"
    (old / "_posts").mkdir(parents=True)
    (old / "_posts" / "2024-01-01-a.md").write_text("---\ntitle: A\n---\nA\n", encoding="utf-8")
    (old / "new").mkdir()
    before = snapshot(old)
    for target in (old / "new", old / "not-yet" / "there"):
        code, _, err = run(capsys, "import", "jekyll", str(old), "-s", str(target))
        assert code == 1 and "lies inside the old site" in err, err
        assert snapshot(old) == before
    assert not (old / "not-yet").exists()


def test_missing_old_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "import", "hugo", str(tmp_path / "nowhere"), "-s", str(tmp_path / "new")
    )
    assert code == 1
    assert err == f"error: {(tmp_path / 'nowhere').as_posix()}: no such folder\n"


def test_help_lists_import(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "import" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "jekyll" in capsys.readouterr().out


@pytest.mark.parametrize(("gemfile", "summary"), [(False, "1 file from"), (True, "2 files from")])
def test_the_summary_counts_in_words_that_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gemfile: bool, summary: str
) -> None:
    """"1 thing not carried over", never "1 things"; the same for the files copied."""
    old = tmp_path / "old"
    (old / "_posts").mkdir(parents=True)
    (old / "_config.yml").write_text("title: Small\nurl: https://small.example.org\n")
    (old / "_posts" / "2024-01-01-a.md").write_text("---\nlayout: post\ntitle: A\n---\nHi\n")
    if gemfile:
        (old / "Gemfile").write_text("source 'https://rubygems.org'\n")
        (old / "about.md").write_text("---\ntitle: About\n---\nMe.\n")
    code, out, _ = run(capsys, "import", "jekyll", str(old), "-s", str(tmp_path / "new"))
    last = out.splitlines()[-1]
    assert code == 0 and summary in last, last
    assert ("; 1 thing not carried over (listed above" in last) is gemfile, last
    assert ("; 0 things not carried over. Next" in last) is not gemfile, last


def test_hugo_underscore_folders_are_published_and_merge_keys_are_no_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hugo publishes `content/posts/_acm/x.md` (checked with Hugo 0.168), where mentorblog
    reads a `_` folder only when `include` names it: a real blog lost 220 posts. Its config's
    `_merge = "shallow"` (how Hugo merges a block with the theme's) made a taxonomy."""
    old = tmp_path / "old"
    (old / "content/posts/_acm/_deep").mkdir(parents=True)
    (old / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "T"\n'
        '[taxonomies]\n_merge = "shallow"\ntag = "tags"\n[params]\n_merge = "deep"\n'
    )
    post = "---\ntitle: {}\ndate: 2020-01-0{}\n---\nText.\n"
    (old / "content/posts/_acm/x.md").write_text(post.format("X", 1))
    (old / "content/posts/_acm/_deep/y.md").write_text(post.format("Y", 2))
    (old / "content/posts/z.md").write_text(post.format("Z", 3))
    target = tmp_path / "journal"
    code, _, err = run(capsys, "import", "hugo", str(old), "-s", str(target))
    assert (code, err) == (0, "")
    settings = (target / "site.yaml").read_text()
    assert "_merge" not in settings and "shallow" not in settings
    assert "include:\n- posts/_acm\n- posts/_acm/_deep\n" in settings
    code, _, _ = run(capsys, "build", "-q", "-s", str(target), "-d", str(tmp_path / "out"))
    assert code == 0
    for url in ("/posts/_acm/x/", "/posts/_acm/_deep/y/", "/posts/z/"):
        assert output_file(tmp_path / "out", url).is_file(), url
    assert not (tmp_path / "out" / "shallow").exists()
