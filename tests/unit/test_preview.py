"""serve's preview (commands/preview.py): a saved post's page rendered against the last good
build must be the very bytes the rebuild then writes, and there must be no preview when only
a rebuild can show the page right (a new address, a held-back post, a file that is no post)."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

import pytest

from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.commands.preview import Previewer
from mentorblog.produce import NO_HOOKS

SITES = Path(__file__).resolve().parents[1] / "sites"
PINNED = PurePosixPath("content/posts/pinned.md")


def _copy(name: str, tmp_path: Path) -> Path:
    site = tmp_path / name
    shutil.copytree(SITES / name, site, ignore=shutil.ignore_patterns("expected*"))
    return site


def _build(site: Path, out: Path) -> BuildResult:
    return build(BuildOptions(source=site, destination=out, jobs=1))


def _previewer(result: BuildResult) -> Previewer:
    assert result.loaded is not None
    previewer = Previewer(result.loaded, NO_HOOKS, None, minify=False)
    previewer.warm()
    return previewer


def _edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_body_edit_previews_the_bytes_the_rebuild_writes(tmp_path: Path) -> None:
    site, out = _copy("hugo", tmp_path), tmp_path / "out"
    previewer = _previewer(_build(site, out))
    _edit(site / PINNED, "First.", "First, after an edit.")
    made = previewer.preview(PINNED)
    assert made is not None
    assert made.urls == ("/posts/pinned/",)
    assert list(made.files) == ["posts/pinned/index.html"]
    assert b"First, after an edit." in made.files["posts/pinned/index.html"]
    _build(site, out)
    assert made.files["posts/pinned/index.html"] == (out / "posts/pinned/index.html").read_bytes()


def test_a_previewer_reused_after_a_content_rebuild_gives_the_same_bytes(tmp_path: Path) -> None:
    site, out = _copy("hugo", tmp_path), tmp_path / "out"
    first = _previewer(_build(site, out))
    _edit(site / PINNED, "First.", "Once.")
    result = _build(site, out)
    assert result.loaded is not None
    again = Previewer(result.loaded, NO_HOOKS, first, minify=False)
    assert again.environment is first.environment
    _edit(site / PINNED, "Once.", "Twice.")
    made = again.preview(PINNED)
    assert made is not None
    _build(site, out)
    assert made.files["posts/pinned/index.html"] == (out / "posts/pinned/index.html").read_bytes()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('title: "Pinned: start here"', 'title: "Pinned"\nslug: moved-elsewhere'),  # address
        ("weight: 1", "weight: 1\ndraft: true"),  # held back
        ("weight: 1", "weight: [1"),  # broken: the rebuild shows the error
    ],
    ids=["new-address", "now-a-draft", "broken-front-matter"],
)
def test_no_preview_when_only_a_rebuild_can_show_it(tmp_path: Path, old: str, new: str) -> None:
    site, out = _copy("hugo", tmp_path), tmp_path / "out"
    previewer = _previewer(_build(site, out))
    _edit(site / PINNED, old, new)
    assert previewer.preview(PINNED) is None


def test_no_preview_of_files_that_are_not_published_posts(tmp_path: Path) -> None:
    site, out = _copy("hugo", tmp_path), tmp_path / "out"
    previewer = _previewer(_build(site, out))
    assert previewer.preview(PurePosixPath("content/posts/future.md")) is None  # held back
    assert previewer.preview(PurePosixPath("content/posts/absent.md")) is None
    assert previewer.preview(PurePosixPath("site.yaml")) is None


def test_a_translated_post_previews_in_its_language(tmp_path: Path) -> None:
    site, out = _copy("multilingual", tmp_path), tmp_path / "out"
    result = _build(site, out)
    assert result.loaded is not None
    previewer = _previewer(result)
    pages = result.loaded.site.pages
    page = next(
        p
        for p in pages.values()
        if p.lang and p.lang != result.loaded.site.config.default_language and p.kind == "post"
    )
    file = site / str(page.source)
    text = file.read_text(encoding="utf-8")
    last = text.rstrip().splitlines()[-1]
    file.write_text(text.rstrip() + "\n\nUne phrase ajoutée.\n", encoding="utf-8")
    made = previewer.preview(page.source)
    assert made is not None, last
    ((path, data),) = made.files.items()
    assert "Une phrase ajoutée." in data.decode()
    _build(site, out)
    assert data == (out / path).read_bytes()


def test_a_bundle_with_a_cover_and_photos_beside_it_previews_its_edit(tmp_path: Path) -> None:
    """Collect resolves a bundle's relative cover to the file beside it: the preview gives
    the edited page that same cover, and the photos the image stage published."""
    site, out = _copy("photos", tmp_path), tmp_path / "out"
    previewer = _previewer(_build(site, out))
    source = PurePosixPath("content/posts/whiteboard/index.md")
    _edit(site / str(source), "one worry each.", "one worry each, and one hope.")
    made = previewer.preview(source)
    assert made is not None
    ((path, data),) = made.files.items()
    assert b"one hope." in data
    assert b"<picture" in data
    _build(site, out)
    assert data == (out / path).read_bytes()


def test_a_new_cover_waits_for_the_rebuild(tmp_path: Path) -> None:
    site, out = _copy("photos", tmp_path), tmp_path / "out"
    previewer = _previewer(_build(site, out))
    source = PurePosixPath("content/posts/whiteboard/index.md")
    _edit(site / str(source), "image: whiteboard.jpg", "image: sticky-notes.jpg")
    assert previewer.preview(source) is None
