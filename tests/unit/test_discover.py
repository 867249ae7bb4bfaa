"""discover._walk: every visible file under a folder, from one listing per folder; links are
known from the listing, checked when not followed, and a linked folder is read only when
following links."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.read.discover import _walk


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for name in (
        "content/b/deep/post.md",
        "content/a.md",
        "content/.hidden.md",
        "content/draft.md~",
        "content/_posts/2024-01-02-x.md",
        "content/_own/y.md",
        "content/.well-known/z.txt",
        "content/inside/c.md",
    ):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("x")
    (site / "content" / "linked").symlink_to(site / "content" / "inside", target_is_directory=True)
    (site / "content" / "alias.md").symlink_to(site / "content" / "a.md")
    (site / "content" / "broken.md").symlink_to(site / "content" / "nowhere.md")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    (site / "content" / ".leak").symlink_to(secret)  # hidden: never read, never refused
    return site


def _names(found: list[tuple[object, str]]) -> list[str]:
    return [str(rel) for rel, _ in found]


def test_visible_files_sorted_links_known_from_the_listing(tmp_path: Path) -> None:
    site = _site(tmp_path)
    found = _walk(site, "content", False)
    assert _names(found) == [
        "content/_posts/2024-01-02-x.md",
        "content/a.md",
        "content/alias.md",
        "content/b/deep/post.md",
        "content/broken.md",
        "content/inside/c.md",
    ]
    assert dict((str(r), o) for r, o in found)["content/a.md"] == str(site / "content" / "a.md")
    with_include = _names(_walk(site, "content", False, (".well-known", "_own")))
    assert {"content/.well-known/z.txt", "content/_own/y.md"} <= set(with_include)


def test_a_linked_folder_is_read_only_when_following_links(tmp_path: Path) -> None:
    site = _site(tmp_path)
    assert "content/linked/c.md" not in _names(_walk(site, "content", False))
    assert "content/linked/c.md" in _names(_walk(site, "content", True))


def test_a_visible_link_out_of_the_site_is_refused(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "content" / "b" / "leak.md").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(BuildError, match="outside the site"):
        _walk(site, "content", False)
    assert "content/b/leak.md" in _names(_walk(site, "content", True))
