"""The build cache keeps nothing of what a build left out. CI often uploads the cache to
shared storage, so after a build without -D/-F/-E no byte of a draft, future, expired or
unpublished post (title, body, rendered html, bundle files, address) may remain in the
cache folder or in the output, whatever earlier builds stored there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build

NOW = datetime(2026, 1, 1, tzinfo=UTC)
LATER = datetime(2027, 6, 1, tzinfo=UTC)  # the "expiring" post has expired by then
HELD_BACK = {
    "draft": "draft: true",
    "unpublished": "published: false",
    "future": "date: 2026-09-09T10:00:00+00:00",
    "scheduled": "publishDate: 2026-08-01",
    "expired": "expiryDate: 2020-01-01",
}


def make_site(root: Path, posts: int = 6) -> Path:
    folder = root / "content" / "posts"
    (folder / "bundle-draft").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Cache leaks\nbaseURL: https://example.org/\n"
                                    "ShowPostNavLinks: true\n")
    for i in range(posts):
        (folder / f"visible-{i}.md").write_text(
            f"---\ntitle: Visible {i}\ndate: 2024-{1 + i % 12:02}-01\ntags: [shared]\n---\n"
            f"Ordinary text {i}.\n")
    for name, line in HELD_BACK.items():
        date = "" if line.startswith("date") else "date: 2024-03-15\n"
        (folder / f"zz-{name}.md").write_text(
            f"---\ntitle: Needletitle{name}\n{date}{line}\ntags: [needletag{name}]\n"
            f"aliases: [/needlealias-{name}/]\n---\nNeedlebody{name} must stay private.\n")
    (folder / "bundle-draft" / "index.md").write_text(
        "---\ntitle: Needletitlebundle\ndate: 2024-02-02\ndraft: true\n---\nNeedlebodybundle\n")
    (folder / "bundle-draft" / "needlefile.txt").write_text("Needlebundlefile contents")
    return root


def needles(names: list[str]) -> list[bytes]:
    found = []
    for name in names:
        found += [f"Needletitle{name}".encode(), f"Needlebody{name}".encode(),
                  f"needletag{name}".encode(), f"needlealias-{name}".encode(),
                  f"zz-{name}".encode()]
    return found


def leaks(folder: Path, words: list[bytes]) -> list[str]:
    """Every file under `folder` holding one of `words`, in any case."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes().lower()
            found += [f"{path.relative_to(folder)}: {w.decode()}" for w in words
                      if w.lower() in data]
    return found


def run(site: Path, out: Path, now: datetime = NOW, **flags: bool) -> None:
    build(BuildOptions(source=site, destination=out, jobs=1, **flags), now=now)


def test_the_needles_are_found_where_they_are_published(tmp_path: Path) -> None:
    """The search itself works: a -D -F -E build publishes every needle."""
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    run(site, out, drafts=True, future=True, expired=True)
    published = leaks(out, [*needles([*HELD_BACK, "bundle"]), b"Needlebundlefile"])
    assert any("Needletitledraft" in line for line in published)
    assert any("needlefile.txt: Needlebundlefile" in line for line in published)
    assert leaks(site / ".mentorblog-cache", needles(["draft"]))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_plain_build_after_a_build_with_everything_leaves_nothing(tmp_path: Path,
                                                                    jobs: int) -> None:
    site = make_site(tmp_path / "site", posts=6 if jobs == 1 else 140)
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, drafts=True, future=True, expired=True,
                       jobs=jobs), now=NOW)
    build(BuildOptions(source=site, destination=out, jobs=jobs), now=NOW)
    words = [*needles([*HELD_BACK, "bundle"]), b"Needlebundlefile"]
    assert leaks(site / ".mentorblog-cache", words) == []
    assert leaks(out, words) == []
    assert not list(out.rglob("needlefile.txt"))


def test_a_plain_build_never_stores_what_it_leaves_out(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    run(site, out)
    run(site, out)  # and a second, recycling the first
    words = [*needles([*HELD_BACK, "bundle"]), b"Needlebundlefile"]
    assert leaks(site / ".mentorblog-cache", words) == []
    assert leaks(out, words) == []


def test_a_post_made_a_draft_leaves_the_cache(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    post = site / "content" / "posts" / "visible-2.md"
    post.write_text("---\ntitle: Needletitlelater\ndate: 2024-03-01\n---\nNeedlebodylater\n")
    run(site, out)
    run(site, out)
    assert leaks(site / ".mentorblog-cache", [b"Needlebodylater"])  # stored while published
    post.write_text("---\ntitle: Needletitlelater\ndate: 2024-03-01\ndraft: true\n---\n"
                    "Needlebodylater\n")
    run(site, out)
    words = [b"Needletitlelater", b"Needlebodylater"]
    assert leaks(site / ".mentorblog-cache", words) == []
    assert leaks(out, words) == []


def test_a_post_that_expired_since_leaves_the_cache(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    (site / "content" / "posts" / "expiring.md").write_text(
        "---\ntitle: Needletitleexpiring\ndate: 2024-03-01\nexpiryDate: 2027-01-01\n---\n"
        "Needlebodyexpiring\n")
    run(site, out)
    assert leaks(out, [b"Needlebodyexpiring"])
    run(site, out, now=LATER)
    words = [b"Needletitleexpiring", b"Needlebodyexpiring"]
    assert leaks(site / ".mentorblog-cache", words) == []
    assert leaks(out, words) == []


def test_a_deleted_post_leaves_the_cache(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    post = site / "content" / "posts" / "visible-3.md"
    post.write_text("---\ntitle: Regretted\ndate: 2024-03-01\n---\nNeedleregretted\n")
    run(site, out)
    post.unlink()
    run(site, out)
    assert leaks(site / ".mentorblog-cache", [b"Needleregretted", b"Regretted"]) == []


def test_a_failed_plain_build_still_leaves_nothing_in_the_parsed_pages(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    run(site, out, drafts=True)
    (site / "content" / "posts" / "broken.md").write_text("---\ntitle: [unclosed\n---\n")
    with pytest.raises(ExceptionGroup):
        run(site, out)
    cache = site / ".mentorblog-cache"
    assert leaks(cache / "packs", needles(["draft"])) == []
    assert leaks(cache, [b"Needlebodydraft"]) == []


def test_a_draft_published_with_a_warning_leaves_no_text_once_held_back(tmp_path: Path) -> None:
    """A page stored with a warning (an undated post) is read back from the cache like any
    other, so when it is held back later its text in the packs is cleared: a shard the
    cache could not read kept it there."""
    site = make_site(tmp_path / "site")
    (site / "content" / "posts" / "zz-undated.md").write_text(
        "---\ntitle: Needletitleundated\ndraft: true\n---\nNeedlebodyundated stays private.\n"
    )
    out = tmp_path / "out"
    run(site, out, drafts=True)
    assert leaks(site / ".mentorblog-cache", [b"Needlebodyundated"])
    run(site, out)
    assert leaks(site / ".mentorblog-cache", [b"Needlebodyundated", b"Needletitleundated"]) == []
