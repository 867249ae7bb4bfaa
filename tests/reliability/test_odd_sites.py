"""Large and odd sites build correctly; symlinks leading outside the site are refused, and
so are named pipes, which a build would wait on forever."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build
from mentorblog.core.errors import BuildError

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


@pytest.mark.parametrize("where", ["content/posts/pipe.md", "content/page.html",
                                   "static/pipe.txt", "content/posts/linked.md",
                                   "layouts/shortcodes/box.html", "layouts/partials/header.html"])
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path, where: str) -> None:
    """Reading a named pipe waits until something writes to it: the build would hang in CI.
    It stops at once naming the file, exit 1 (in a process of its own, so a build that waits
    fails the test instead of hanging it). A link to a pipe inside the site too, and a pipe
    among the layouts: a shortcode's is read before any page, a partial's by Jinja."""
    site = new_site(tmp_path / "site")
    (site / "content" / "posts").mkdir()
    (site / "content" / "posts" / "ok.md").write_text("---\ntitle: Ok\n---\nFine.\n")
    (site / "static").mkdir()
    pipe = site / where
    pipe.parent.mkdir(parents=True, exist_ok=True)
    if where.endswith("linked.md"):
        os.mkfifo(site / "hidden-pipe")
        pipe.symlink_to(site / "hidden-pipe")
    else:
        os.mkfifo(pipe)
    run = subprocess.run([sys.executable, "-m", "mentorblog", "build", "-s", str(site), "-q"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr.startswith(f"error: {where}: is a named pipe, a socket or a device")
    assert "Traceback" not in run.stderr


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


def test_ten_thousand_posts(tmp_path: Path) -> None:
    """Every post, list page, tag, journey and feed of a 10,000-post journal is there and
    right; then an unchanged rebuild reuses everything. (Time and memory are bench/'s job.)"""
    import xml.etree.ElementTree as ET

    site = new_site(tmp_path / "site")
    (site / "site.yaml").write_text("title: Big\nbaseURL: https://example.org/\n"
                                    "author: Ana\npagination:\n  pagerSize: 10\n")
    posts = site / "content" / "posts"
    posts.mkdir()
    for i in range(10_000):
        day = 1 + i % 28
        (posts / f"p{i:05}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2000-{1 + i // 28 % 12:02}-{day:02}T{i % 24:02}:00:00Z\n"
            f"tags: [t{i % 50}, everywhere]\nseries: s{i % 100}\n"
            f"session: {{minutes: {i % 90}, with: P{i % 300}}}\n---\nBody of post {i}.\n")
    out = tmp_path / "out"
    first = build(BuildOptions(source=site, destination=out), now=NOW)
    assert first.files == first.rendered + first.kept
    pages = list((out / "posts").glob("p*/index.html"))
    assert len(pages) == 10_000
    assert (out / "page" / "1000" / "index.html").is_file()
    assert not (out / "page" / "1001").exists()
    assert len([p for p in (out / "tags").iterdir() if p.is_dir()]) == 51
    assert len([p for p in (out / "series").iterdir() if p.is_dir()]) == 100
    journey = (out / "series" / "s7" / "index.html").read_text()
    assert journey.count('class="journey-part"') == 100
    journal = (out / "journal" / "index.html").read_text()
    assert "<strong>10,000 sessions</strong> logged"  # Babel's digits in journal
    assert "with <strong>300 people</strong>" in journal
    sitemap = ET.parse(out / "sitemap.xml").getroot()
    assert len(sitemap) > 10_000
    feed = ET.parse(out / "authors" / "ana" / "index.xml").getroot()
    assert feed.tag == "rss"
    again = build(BuildOptions(source=site, destination=out), now=NOW)
    assert again.rendered == 0 and again.kept == again.files


def _link_out(site: Path, outside: Path, where: str) -> None:
    """Put a link at `where` in the site that leads to `outside` (a file or a folder)."""
    secret_file = outside / "secret.txt"
    secret_file.write_text("SECRETSECRET")
    folder = outside / "folder"
    (folder / "partials").mkdir(parents=True)
    (folder / "partials" / "footer.html").write_text("SECRETSECRET")
    (folder / "posts").mkdir()
    (folder / "posts" / "leak.md").write_text("---\ntitle: Leak\n---\nSECRETSECRET\n")
    (folder / "secret.css").write_text("SECRETSECRET")
    target = site / where
    target.parent.mkdir(parents=True, exist_ok=True)
    if where == "content":
        shutil.rmtree(target)
    if where in ("layouts", "content", "static", "layouts/partials"):
        target.symlink_to(folder / "partials" if where == "layouts/partials" else folder,
                          target_is_directory=True)
    elif where == "site.yaml":
        (outside / "site.yaml").write_text("title: SECRETSECRET\nbaseURL: https://e.org/\n")
        target.unlink()
        target.symlink_to(outside / "site.yaml")
    else:
        target.symlink_to(secret_file)


@pytest.mark.parametrize("where", [
    "layouts/partials/footer.html", "layouts/partials", "layouts", "layouts/post.html",
    "layouts/shortcodes/note.html", "content", "static", "site.yaml"])
def test_a_link_out_of_the_site_anywhere_is_refused(tmp_path: Path, where: str) -> None:
    """`ln -s /etc/passwd layouts/partials/footer.html` used to publish the file on every
    page; links out of layouts/, out of content/ itself and site.yaml are refused too."""
    site = new_site(tmp_path / "site")
    (site / "content" / "posts").mkdir()
    (site / "content" / "posts" / "a.md").write_text(
        "---\ntitle: A\ndate: 2024-01-01\n---\n{{< note >}}x{{< /note >}}\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    _link_out(site, outside, where)
    with pytest.raises(BuildError, match="outside the site") as caught:
        make(site, tmp_path)
    assert str(caught.value.file) == where
    assert not (tmp_path / "out").exists()


def test_a_layout_folder_linked_inside_the_site_is_followed_and_tracked(tmp_path: Path) -> None:
    """A partials folder linked to another folder of the site works, and an edit there
    renders again the pages that use it (the build cache used to miss it)."""
    site = new_site(tmp_path / "site")
    (site / "content" / "posts").mkdir()
    (site / "content" / "posts" / "a.md").write_text("---\ntitle: A\ndate: 2024-01-01\n---\nHi\n")
    shared = site / "shared" / "partials"
    shared.mkdir(parents=True)
    (shared / "extend_head.html").write_text('<meta name="x-mark" content="one">\n')
    (site / "layouts").mkdir()
    (site / "layouts" / "partials").symlink_to(shared, target_is_directory=True)
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out), now=NOW)
    assert 'content="one"' in (out / "posts" / "a" / "index.html").read_text()
    (shared / "extend_head.html").write_text('<meta name="x-mark" content="two">\n')
    build(BuildOptions(source=site, destination=out), now=NOW)
    assert 'content="two"' in (out / "posts" / "a" / "index.html").read_text()
    assert 'content="two"' in (out / "index.html").read_text()


def test_a_link_loop_in_layouts_ends(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site")
    (site / "layouts" / "partials").mkdir(parents=True)
    (site / "layouts" / "partials" / "again").symlink_to(site / "layouts",
                                                         target_is_directory=True)
    out = make(site, tmp_path)
    assert (out / "index.html").is_file()
