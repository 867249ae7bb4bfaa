"""Drafts, future, expired and unpublished posts leave no trace in any output; searchHidden
posts stay out of the search index only."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorblog.build import BuildOptions, build

NOW = datetime(2026, 1, 1, tzinfo=UTC)
HIDDEN = {
    "draft": "draft: true",
    "unpublished": "published: false",
    "future": "date: 2099-05-05T10:00:00+00:00",
    "scheduled": "publishDate: 2099-01-01",
    "expired": "expiryDate: 2020-01-01",
}


def make_site(root: Path) -> Path:
    posts = root / "content" / "posts"
    (posts / "bundle-draft").mkdir(parents=True)
    (root / "site.yaml").write_text(
        "title: Leak test\nbaseURL: https://example.org/\nShowPostNavLinks: true\n"
        "pagination:\n  pagerSize: 2\n")
    for i in range(5):
        (posts / f"visible-{i}.md").write_text(
            f"---\ntitle: Visible {i}\ndate: 2024-0{i + 1}-01\ntags: [shared, v{i}]\n"
            f"categories: [open]\nseries: [s]\n---\nOrdinary text {i}.\n")
    for name, line in HIDDEN.items():
        date = "" if "date" in line.lower() and "expiry" not in line.lower() else \
            "date: 2024-03-15\n"
        (posts / f"{name}.md").write_text(
            f"---\ntitle: Secretword{name.title()}\n{date}{line}\ntags: [shared, tag{name}]\n"
            f"categories: [cat{name}]\naliases: [/old-{name}/]\n---\n"
            f"Bodysecret{name} text that must never be published.\n")
    (posts / "bundle-draft" / "index.md").write_text(
        "---\ntitle: SecretwordBundle\ndate: 2024-02-02\ndraft: true\n---\nBodysecretbundle\n")
    (posts / "bundle-draft" / "photo-secretbundle.txt").write_text("private file")
    (posts / "hidden-from-search.md").write_text(
        "---\ntitle: Searchhiddenpost\ndate: 2024-02-20\nsearchHidden: true\n---\n"
        "Searchhiddenbody appears on its page.\n")
    return root


def all_text(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(errors="replace")
            for p in out.rglob("*") if p.is_file()}


def test_unpublished_posts_leave_no_trace(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    result = build(BuildOptions(source=site, destination=tmp_path / "out", use_cache=False),
                   now=NOW)
    assert result.skipped == {"drafts": 3, "future": 2, "expired": 1}
    files = all_text(tmp_path / "out")
    for name in [*HIDDEN, "bundle"]:
        needles = [f"Secretword{name.title()}", f"Bodysecret{name}", f"/posts/{name}/",
                   f"old-{name}", f"tag{name}", f"cat{name}", "secretbundle"]
        for path, text in files.items():
            for needle in needles:
                assert needle.lower() not in text.lower(), f"{needle!r} leaked into {path}"
        assert not any(name in path for path in files if "visible" not in path), name
    # Five visible posts share the tag, two per page: exactly three pages, none for the rest.
    assert "tags/shared/page/3/index.html" in files
    assert "tags/shared/page/4/index.html" not in files
    assert "page/3/index.html" in files and "page/4/index.html" not in files


def test_search_hidden_posts_are_everywhere_but_the_search_index(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    build(BuildOptions(source=site, destination=tmp_path / "out", use_cache=False), now=NOW)
    files = all_text(tmp_path / "out")
    search_files = {p: t for p, t in files.items()
                    if (p.endswith(".json") and not p.endswith("feed.json"))
                    or p.startswith(("search/", "_search"))}
    assert search_files, "no search index written"
    for path, text in search_files.items():
        assert "Searchhidden" not in text, f"searchHidden post in {path}"
    assert "Searchhiddenpost" in files["posts/hidden-from-search/index.html"]
    assert "Searchhiddenpost" in files["index.xml"]
    assert "Searchhiddenpost" in files["feed.json"]  # a feed, like index.xml
    assert "Searchhidden" not in files["llms.txt"]
    assert "Searchhiddenpost" in files["sitemap.xml"] or \
        "hidden-from-search" in files["sitemap.xml"]
