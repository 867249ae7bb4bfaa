"""Large and odd sites build correctly; symlinks leading outside the site are refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build
from mentorblog.errors import BuildError

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def new_site(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Odd\nbaseURL: https://example.org/\n")
    return root


def make(site: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    return out


def test_a_site_with_no_posts_at_all(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    out = make(site, tmp_path)
    assert (out / "index.html").is_file()
    assert (out / "index.xml").is_file() and (out / "sitemap.xml").is_file()
    assert (out / "tags" / "index.html").is_file()


def test_a_post_with_no_body(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    (site / "content" / "posts").mkdir()
    (site / "content" / "posts" / "empty.md").write_text(
        "---\ntitle: Only a title\ndate: 2024-01-01\nShowReadingTime: true\nShowToc: true\n---\n")
    out = make(site, tmp_path)
    html = (out / "posts" / "empty" / "index.html").read_text()
    assert "Only a title" in html
    assert 'class="toc"' not in html and "0 min" not in html


def test_two_thousand_tags_and_a_tag_on_every_post(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    posts = site / "content" / "posts"
    posts.mkdir()
    for i in range(200):
        tags = ", ".join(["everywhere"] + [f"t{i * 10 + k}" for k in range(10)])
        (posts / f"p{i}.md").write_text(f"---\ntitle: P{i}\ndate: 2024-01-01\n"
                                        f"tags: [{tags}]\n---\nText {i}.\n")
    out = make(site, tmp_path)
    tag_dirs = [p for p in (out / "tags").iterdir() if p.is_dir()]
    assert len(tag_dirs) == 2001
    assert (out / "tags" / "everywhere" / "page" / "20" / "index.html").is_file()
    assert not (out / "tags" / "everywhere" / "page" / "21").exists()


def test_a_five_megabyte_post(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    (site / "content" / "posts").mkdir()
    paragraph = "We met again and talked about feedback, goals and patience. " * 20 + "\n\n"
    body = paragraph * (5_000_000 // len(paragraph))
    (site / "content" / "posts" / "huge.md").write_text(
        "---\ntitle: Huge\ndate: 2024-01-01\nShowWordCount: true\n---\n" + body)
    out = make(site, tmp_path)
    html = (out / "posts" / "huge" / "index.html").read_text()
    assert html.count("<p>") >= 4000
    assert len((out / "index.html").read_text()) < 100_000  # the list shows a summary only


def test_symlink_to_outside_the_site_is_refused(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: Secret\n---\nprivate\n")
    (site / "content" / "leak.md").symlink_to(secret)
    with pytest.raises(BuildError, match="outside the site"):
        make(site, tmp_path)
    assert not (tmp_path / "out").exists()


def test_symlinked_static_folder_outside_is_refused(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "id_rsa").write_text("key")
    (site / "static").mkdir()
    (site / "static" / "files").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(BuildError, match="outside the site"):
        make(site, tmp_path)


def test_symlink_inside_the_site_is_followed(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    (site / "content" / "posts").mkdir()
    real = site / "content" / "posts" / "real.md"
    real.write_text("---\ntitle: Real\ndate: 2024-01-01\n---\nHello.\n")
    (site / "static").mkdir()
    (site / "static" / "notes.txt").write_text("notes")
    (site / "static" / "alias.txt").symlink_to(site / "static" / "notes.txt")
    out = make(site, tmp_path)
    assert (out / "alias.txt").read_text() == "notes"
