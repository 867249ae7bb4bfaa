"""Output reuse: a build takes unchanged outputs from the previous one, and whatever was edited
in between, the result equals a clean build of the edited site."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from outputs import tree

from mentorblog import search
from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.core.theme import theme_dir
from mentorblog.search import terms as search_terms
from mentorblog.workers import FORKS

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 1, 1, tzinfo=UTC)
EXTRA_POSTS = 40  # with the example site, enough outputs for the parallel render path


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The example site (series, bundles, sections, search, archives) plus generated posts."""
    root = tmp_path / "site"
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copy(ROOT / "site.yaml", root / "site.yaml")
    if (ROOT / "static").is_dir():
        shutil.copytree(ROOT / "static", root / "static")
    posts = root / "content" / "posts"
    for i in range(EXTRA_POSTS):
        (posts / f"extra-{i:02d}.md").write_text(
            f"---\ntitle: Extra {i}\ndate: 2024-02-{1 + i % 28:02d}T10:00:00Z\n"
            f"tags: [t{i % 5}, Shared{', Pair' if i < 2 else ''}]\n---\n\n"
            f"Body of extra post {i}, about goals.\n\n"
            f"## Part {i}\n\nMore words.\n")
    return root


def run(site: Path, out: Path, jobs: int = 1) -> BuildResult:
    return build(BuildOptions(source=site, destination=out, jobs=jobs), now=NOW)


def clean(site: Path, tmp_path: Path, name: str) -> dict[str, bytes]:
    """The edited site built from nothing: a copy without its cache, into a new folder."""
    copy = tmp_path / f"clean-{name}"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns(".mentorblog-cache", "public"))
    build(BuildOptions(source=copy, destination=tmp_path / f"clean-out-{name}", jobs=1,
                       use_cache=False), now=NOW)
    return tree(tmp_path / f"clean-out-{name}")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


def post(site: Path, n: int) -> Path:
    return site / "content" / "posts" / f"extra-{n:02d}.md"


def theme_layout(name: str) -> str:
    return (theme_dir() / "layouts" / name).read_text()


EDITS: list[tuple[str, Callable[[Path], None]]] = [
    ("post body", lambda s: edit(post(s, 3), "about goals.", "about goals and doubts.")),
    ("title", lambda s: edit(post(s, 4), "title: Extra 4\n", "title: Extra four\n")),
    ("tags", lambda s: edit(post(s, 5), "tags: [t0, Shared]", "tags: [t1, brand-new]")),
    ("date", lambda s: edit(post(s, 6), "date: 2024-02-07", "date: 2019-05-07")),
    ("draft", lambda s: edit(post(s, 7), "---\ntitle", "---\ndraft: true\ntitle")),
    ("undraft", lambda s: edit(post(s, 7), "---\ndraft: true\ntitle", "---\ntitle")),
    ("layout", lambda s: (s / "layouts").mkdir(exist_ok=True) or (
        s / "layouts" / "post.html").write_text(
        theme_layout("post.html").replace('<article class="post h-entry"',
                                          '<article class="post h-entry" data-own="1"'))),
    ("partial", lambda s: (s / "layouts" / "partials").mkdir(parents=True, exist_ok=True) or (
        s / "layouts" / "partials" / "footer.html").write_text(
        theme_layout("partials/footer.html") + "<!-- own footer -->\n")),
    ("layout removed", lambda s: (s / "layouts" / "post.html").unlink()),
    ("site.yaml", lambda s: edit(s / "site.yaml", "title: ", "title: Renamed — ")),
    ("static file", lambda s: (s / "static").mkdir(exist_ok=True) or (
        s / "static" / "notes.txt").write_text("static one\n")),
    ("static edit", lambda s: (s / "static" / "notes.txt").write_text("static two\n")),
    ("delete a post", lambda s: post(s, 8).unlink()),
    ("add a post", lambda s: (s / "content" / "posts" / "added.md").write_text(
        "---\ntitle: Added\ndate: 2025-06-01\ntags: [t2]\n---\n\nA new one.\n")),
    ("featured", lambda s: edit(post(s, 9), "---\ntitle", "---\nfeatured: true\ntitle")),
    # post 0 is older than post 1, so its spelling is the one post 1's page shows
    ("tag spelling", lambda s: edit(post(s, 0), "Pair]", "PAIR]")),
    # the mentoring-journal features: the journal page, a journey, an author and a profile
    ("session", lambda s: edit(post(s, 10), "---\ntitle", "---\nsession: {minutes: 25}\ntitle")),
    ("series", lambda s: edit(post(s, 11), "---\ntitle", "---\nseries: [First year]\ntitle")),
    ("co-author", lambda s: edit(post(s, 12), "---\ntitle", "---\nauthor: [Ana, Dee]\ntitle")),
    ("profile", lambda s: edit(s / "site.yaml", "role: mentee", "role: mentor")),
    ("private note", lambda s: edit(post(s, 13), "More words.", "::: private\nHidden.\n:::")),
    # commitments and replies: a closure's note shows on the post that made the item and on
    # /commitments/; a new reply is listed under the original and counted in every list
    ("commitment closed", lambda s: edit(post(s, 14), "---\ntitle: Extra 14\ndate: 2024-02-15",
                                         "---\ndone: [{id: letter-in-a-year, note: Sent.}]\n"
                                         "title: Extra 14\ndate: 2025-06-15")),
    ("commitment made", lambda s: edit(post(s, 15), "---\ntitle",
                                       "---\ncommitments: [{id: new-one, text: Try it}]\ntitle")),
    ("reply", lambda s: edit(post(s, 16), "---\ntitle",
                             "---\nin_reply_to: /posts/pairing-on-code/\ntitle")),
    ("reply moved", lambda s: edit(post(s, 16), "/posts/pairing-on-code/", "/goals/")),
    # sections and terms beyond the posts: a new section with a tagged page in it, a section
    # that is only an _index.md, a term's own _index.md moving the term, its title changing
    ("note in a new section", lambda s: write(s / "content" / "notes" / "n1.md",
                                              "---\ntitle: N1\ntags: [t2]\n---\n\nA note.\n")),
    ("section of an _index.md", lambda s: write(s / "content" / "library" / "_index.md",
                                                "---\ntitle: Library\n---\n\nBooks.\n")),
    # (only the slug first: the term keeps its name, every page linking to it must follow)
    ("term index", lambda s: write(s / "content" / "tags" / "t2" / "_index.md",
                                   "---\nslug: tee-two\n---\n\nAbout t2.\n")),
    ("term index title", lambda s: edit(s / "content" / "tags" / "t2" / "_index.md",
                                        "---\nslug", "---\ntitle: Tee 2\nslug")),
    ("nested section", lambda s: write(s / "content" / "notes" / "deep" / "_index.md",
                                       "---\ntitle: Deep notes\n---\n")),
    ("note untagged", lambda s: edit(s / "content" / "notes" / "n1.md", "tags: [t2]\n", "")),
]


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_every_kind_of_edit_then_rebuild_equals_a_clean_build(site: Path,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run(site, out, jobs=2)
    assert first.rendered == first.files and first.kept == 0
    for name, change in EDITS:
        change(site)
        result = run(site, out, jobs=2 if name in ("site.yaml", "layout") else 1)
        assert tree(out) == clean(site, tmp_path, name.replace(" ", "-")), name
        assert 0 < result.rendered < result.files, name


def test_a_build_with_nothing_changed_renders_and_writes_nothing(site: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(site, out, jobs=2)
    before = {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    again = run(site, out, jobs=2)
    assert again.rendered == 0
    assert again.kept == again.files == len(before) - 1  # all but the output's marker file
    assert {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()} == before


def test_one_post_edit_renders_only_what_shows_that_post(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(site, out)
    page = out / "posts" / "extra-03" / "index.html"
    unrelated = out / "posts" / "extra-20" / "index.html"  # far in time, other tags
    inodes = (page.stat().st_ino, unrelated.stat().st_ino)
    edit(post(site, 3), "about goals.", "about goals and doubts.")
    result = run(site, out)
    # the post, its two neighbours, the lists, tag pages and feeds that show it, the search
    # files, the sitemap: a few dozen of several hundred
    assert 0 < result.rendered <= 40 < result.files
    assert "goals and doubts" in page.read_text()
    assert page.stat().st_ino != inodes[0]
    assert unrelated.stat().st_ino == inodes[1]  # linked from the previous output
    assert tree(out) == clean(site, tmp_path, "one")


def test_changing_a_partial_renders_only_the_outputs_whose_layouts_include_it(
        site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(site, out)
    (site / "layouts" / "partials").mkdir(parents=True)
    (site / "layouts" / "partials" / "post_nav.html").write_text(
        theme_layout("partials/post_nav.html") + "<!-- nav -->\n")
    result = run(site, out)
    posts = len(list((site / "content" / "posts").glob("*.md")))
    assert 0 < result.rendered < result.files - posts  # not the lists, feeds or search files
    assert "<!-- nav -->" in (out / "posts" / "extra-03" / "index.html").read_text()
    assert tree(out) == clean(site, tmp_path, "partial")


def test_files_changed_or_added_in_the_output_are_put_right(site: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(site, out)
    run(site, out)  # now the cache also keeps the output before last, to recycle
    (out / "posts" / "extra-01" / "index.html").write_text("tampered")
    (out / "stray.txt").write_text("not ours")
    (out / "stray-folder").mkdir()
    result = run(site, out)
    assert result.rendered == 1
    assert tree(out) == clean(site, tmp_path, "fixed")
    assert not (out / "stray-folder").exists()


def test_deleting_the_cache_or_the_output_only_makes_the_build_cold(site: Path,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(site, out)
    shutil.rmtree(out)
    assert run(site, out).kept == 0
    shutil.rmtree(site / ".mentorblog-cache")
    result = run(site, out)
    assert result.kept == 0 and result.rendered == result.files
    assert tree(out) == clean(site, tmp_path, "cold")


def test_another_destination_does_not_reuse_this_one(site: Path, tmp_path: Path) -> None:
    run(site, tmp_path / "a")
    other = run(site, tmp_path / "b")
    assert other.kept == 0
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_the_search_index_is_rendered_from_the_terms_the_parse_stage_stored(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run(site, tmp_path / "a", jobs=2)
    stored = tree(tmp_path / "a")
    assert any(p.startswith("search-index/t/") for p in stored)

    def no_tokenising(*args: object) -> None:
        raise AssertionError("render tokenised a page's text again")

    monkeypatch.setattr(search_terms, "doc_terms", no_tokenising)
    run(site, tmp_path / "b", jobs=2)  # another folder: everything is rendered again
    assert tree(tmp_path / "b") == stored


def test_no_search_page_no_tokenising_and_adding_one_equals_a_clean_build(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Terms are made only for a site that may show the search box; a search page added
    later makes the next build parse again with them."""
    search_page = (site / "content" / "search.md").read_text()
    (site / "content" / "search.md").unlink()
    for path in (site / "content").rglob("*.md"):  # nothing else may ask for search
        path.write_text(path.read_text().replace("search", "look-up"))
    original = search_terms.doc_terms

    def no_tokenising(*args: object) -> None:
        raise AssertionError("a site without a search page was tokenised")

    monkeypatch.setattr(search_terms, "doc_terms", no_tokenising)
    out = tmp_path / "out"
    run(site, out)
    assert not (out / "search-index").exists()
    monkeypatch.setattr(search_terms, "doc_terms", original)
    (site / "content" / "search.md").write_text(search_page)
    result = run(site, out, jobs=2)
    assert result.reused == 0  # the parse key changed: every page is parsed again
    assert tree(out) == clean(site, tmp_path, "search-added")
    assert (out / "search-index" / "manifest.json").is_file()


def test_a_search_page_the_bytes_do_not_show_still_gets_its_index(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guess read from the bytes is only a shortcut: when it says no and a search page
    appears, the index tokenises the stored text and comes out the same, link placeholders
    left out as the parse stage leaves them."""
    (site / "content" / "posts" / "linking.md").write_text(
        "---\ntitle: Linking\ndate: 2024-03-01\n---\n\nSee "
        '{{< relref "extra-01.md" >}} and [the other]({{< relref "extra-02.md" >}}).\n')
    run(site, tmp_path / "a", jobs=2)
    monkeypatch.setattr(search, "may_name_search", lambda data: False)
    run(site, tmp_path / "b", jobs=2)
    assert tree(tmp_path / "b") == tree(tmp_path / "a")


def test_a_path_two_files_write_is_never_written_through_a_link(site: Path,
                                                               tmp_path: Path) -> None:
    """The theme's favicon.svg and a content file of the same path are both copied; the
    second copy must not land in the live site's file through a hard link."""
    (site / "content" / "favicon.svg").write_text("<svg>mine</svg>\n")
    out = tmp_path / "out"
    run(site, out)
    run(site, out)
    held = tmp_path / "held.svg"
    os.link(out / "favicon.svg", held)  # the live file's inode, whatever its name becomes
    before = held.read_bytes()
    run(site, out)
    assert held.read_bytes() == before
    assert tree(out) == clean(site, tmp_path, "favicon")


def test_one_post_edited_again_and_again_equals_a_clean_build_each_time(
        site: Path, tmp_path: Path) -> None:
    """An author's steady state: the same post saved over and over, body and title. Each
    build reuses the records the one before wrote (whose dependencies the fingerprints find
    by object), and each equals a clean build; the feeds carry every edit."""
    out = tmp_path / "out"
    run(site, out, jobs=2)
    steps = [("about goals.", "about goals, once."), ("goals, once.", "goals, twice."),
             ("title: Extra 3\n", "title: Extra three\n"), ("goals, twice.", "goals, thrice.")]
    for n, (old, new) in enumerate(steps):
        edit(post(site, 3), old, new)
        result = run(site, out, jobs=2 if n % 2 else 1)
        assert 0 < result.rendered < result.files, n
        assert tree(out) == clean(site, tmp_path, f"again-{n}"), n
    feed = (out / "index.xml").read_text()
    assert "Extra three" in feed and "Extra 3<" not in feed and "goals, thrice." in feed
    assert "Extra three" in (out / "tags" / "t3" / "index.xml").read_text()
    assert "Extra three" in (out / "index.json").read_text()


def test_a_scan_of_the_recycled_folder_serves_that_very_folder_only(tmp_path: Path) -> None:
    """An edit build scans the recycled folder early (`scan_folders`) and uses that scan for
    its temporary folder only when the temporary folder is the recycled one, renamed."""
    from mentorblog.output.reuse import scan_folders

    spare = tmp_path / "spare"
    (spare / "a").mkdir(parents=True)
    (spare / "a" / "x.html").write_text("x")
    out = tmp_path / "out"
    out.mkdir()
    (out / "y.html").write_text("y")
    scanned = scan_folders(out, spare)
    assert scanned.output is not None and set(scanned.output.files) == {"y.html"}
    assert scanned.spare is not None and set(scanned.spare.files) == {"a/x.html"}
    moved = tmp_path / "tmp"
    spare.rename(moved)
    assert scanned.spare_at(moved) is scanned.spare
    (tmp_path / "other").mkdir()
    assert scanned.spare_at(tmp_path / "other") is None
    assert scanned.spare_at(tmp_path / "gone") is None
    (tmp_path / "link").symlink_to(moved)
    assert scan_folders(out, tmp_path / "link").spare is None
    assert scan_folders(out, tmp_path / "no" / "such-folder").spare is None  # cannot be made
    assert scan_folders(tmp_path / "no-output", moved).output is None


@pytest.mark.skipif(not FORKS, reason="the recycled folder is made early only by a forked scan")
def test_the_first_edit_after_a_cold_build_finds_its_recycled_folder_made(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold build leaves no recycled folder. With two jobs, the next build makes it while
    it loads the site (the forked scan links every output file into it), so take_kept
    links nothing; the output is a clean build's, and the recycled folder afterwards holds
    only files the new output shares (the edited post's old page is gone from it)."""
    from mentorblog.output import reuse

    out = tmp_path / "out"
    run(site, out, jobs=2)
    spare = site / ".mentorblog-cache" / "previous-output"
    assert not spare.exists()
    linked: list[Path] = []
    real = reuse.link_or_copy

    def counted(source: Path, target: Path) -> bool:
        linked.append(target)
        return real(source, target)

    monkeypatch.setattr(reuse, "link_or_copy", counted)
    edit(post(site, 3), "about goals.", "about goals and doubts.")
    result = run(site, out, jobs=2)
    assert linked == []
    assert 0 < result.rendered < result.kept
    assert tree(out) == clean(site, tmp_path, "first-edit")
    page = out / "posts" / "extra-03" / "index.html"
    assert "doubts" in page.read_text()
    recycled = spare / "posts" / "extra-03" / "index.html"
    assert not recycled.exists() or recycled.stat().st_ino == page.stat().st_ino
    for path in spare.rglob("*"):
        if path.is_file() and path.name != ".mentorblog-output":  # written anew each build
            assert path.stat().st_ino == (out / path.relative_to(spare)).stat().st_ino
    assert not (site / ".mentorblog-cache" / "previous-output-partial").exists()


def test_a_recycled_folder_that_cannot_be_linked_is_not_made(tmp_path: Path) -> None:
    """Where hard links fail, the half-made folder goes and the build links as before."""
    from mentorblog.output import reuse

    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "a" / "x.html").write_text("x")
    spare = tmp_path / "cache" / "previous-output"
    spare.parent.mkdir()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no links here")

    original = os.link
    os.link = refuse  # type: ignore[assignment]
    try:
        scanned = reuse.scan_folders(out, spare)
    finally:
        os.link = original
    assert scanned.spare is None and not spare.exists()
    assert not (spare.parent / "previous-output-partial").exists()
    made = reuse.scan_folders(out, spare)
    assert made.spare is not None and set(made.spare.files) == {"a/x.html"}
    assert (spare / "a" / "x.html").stat().st_ino == (out / "a" / "x.html").stat().st_ino
    assert made.spare_at(spare) is made.spare


@pytest.mark.skipif(not FORKS, reason="the recycled folder is made early only by a forked scan")
def test_a_failed_build_leaves_no_recycled_folder_it_made(site: Path, tmp_path: Path) -> None:
    """The scan that makes the recycled folder for the first edit after a cold build links
    the whole output as it was: a post this build holds back, a file someone put there.
    Only a build that succeeds trims it to what it publishes; one that fails removes it,
    and the related posts it stored too (a half-made folder goes with the next build)."""
    out = tmp_path / "out"
    run(site, out, jobs=2)
    (out / "notes-for-me.txt").write_text("mine")
    edit(post(site, 3), "---\ntitle", "---\ndraft: true\ntitle")
    edit(post(site, 4), "title: Extra 4\n", "title: [broken\n")
    cache_folder = site / ".mentorblog-cache"
    with pytest.raises(ExceptionGroup):
        run(site, out, jobs=2)
    assert not (cache_folder / "previous-output").exists()
    assert not (cache_folder / "previous-output-partial").exists()
    assert not (cache_folder / "related.pickle").exists()
    assert (out / "posts" / "extra-03" / "index.html").exists()  # the output as it was
    (cache_folder / "previous-output-partial" / "posts").mkdir(parents=True)  # a killed one's
    edit(post(site, 4), "title: [broken\n", "title: Extra 4\n")
    run(site, out, jobs=1)
    assert not (cache_folder / "previous-output-partial").exists()
    assert not (out / "posts" / "extra-03").exists()


def test_a_link_planted_where_the_recycled_folder_is_made_is_never_followed(
    tmp_path: Path,
) -> None:
    """The build cache may come from storage others can write to: a symbolic link at the
    half-made recycled folder's name (to a folder that holds something precious) makes the
    scan give up the recycled folder, and the next build removes the link, never what it
    points to."""
    from mentorblog.output import cache, reuse

    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "a" / "x.html").write_text("x")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "previous-output-partial").symlink_to(precious)
    scanned = reuse.scan_folders(out, folder / "previous-output")
    assert scanned.spare is None and not (folder / "previous-output").exists()
    assert sorted(p.name for p in precious.iterdir()) == ["keep.txt"]
    cache.prepare_folder(folder)
    assert not os.path.lexists(folder / "previous-output-partial")
    assert (precious / "keep.txt").read_text() == "mine"
