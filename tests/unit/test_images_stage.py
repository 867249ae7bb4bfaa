"""images/stage.py and images/store.py: the site's images published through the store."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pytest
from images import has_gps, photo, png

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Config, Content, ImageRef, ImageSettings, Page, Site, StaticFile
from mentorblog.images import encode, stage
from mentorblog.images.stage import publish_images
from mentorblog.images.store import KEEP, ImageCache
from mentorblog.plan.collect import collect_site

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SETTINGS = ImageSettings(widths=(100, 200), formats=("webp",))


def site_with(tmp_path: Path, files: dict[str, bytes], shown: dict[str, int],
              settings: ImageSettings | None = SETTINGS) -> Site:
    """`files`: output path -> bytes (under static/); `shown`: src -> Markdown line of one
    post that shows them."""
    static = []
    for path, data in files.items():
        origin = tmp_path / "static" / path
        origin.parent.mkdir(parents=True, exist_ok=True)
        origin.write_bytes(data)
        static.append(StaticFile(origin, path, PurePosixPath("static") / path))
    post = Page(
        source=PurePosixPath("content/posts/a.md"), kind="post", section="posts",
        body_line=5, title="A", url="/posts/a/", output_path="posts/a/index.html",
        layout="post", body="", date=NOW,
        content=Content("", "", "", False, "", (), 0, 0,
                        images=tuple(ImageRef(src, line, "x") for src, line in shown.items())),
    )
    config = Config(root=tmp_path, title="t", base_url="https://example.org/", images=settings)
    return collect_site(config, [post], [], static, NOW)


def test_images_shown_get_copies_and_every_image_loses_its_metadata(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"img/shown.jpg": photo(400, 300),
                                "img/only-published.jpg": photo(300, 200, seed=2),
                                "img/plain.png": png()},
                     {"/img/shown.jpg": 7})
    cache = ImageCache(tmp_path / "cache", prune=True)
    published = publish_images(site, cache)
    table = published.images
    assert set(table) == {"img/shown.jpg", "img/only-published.jpg", "img/plain.png"}
    shown = table["img/shown.jpg"]
    assert (shown.width, shown.height, shown.format) == (400, 300, "jpeg")
    assert [(c.format, c.width) for c in shown.copies] == [
        ("webp", 100), ("webp", 200), ("jpeg", 100), ("jpeg", 200)]
    assert table["img/only-published.jpg"].copies == ()  # no page shows it
    by_path = {f.path: f for f in published.static}
    for c in shown.copies:
        assert c.path.startswith("img/shown-") and by_path[c.path].link
        assert Path(by_path[c.path].origin).is_relative_to(tmp_path / "cache")
    for path in ("img/shown.jpg", "img/only-published.jpg"):
        f = by_path[path]
        assert f.link and not has_gps(Path(f.origin).read_bytes())
    plain = by_path["img/plain.png"]
    assert not plain.link and plain.origin == tmp_path / "static" / "img" / "plain.png"


def test_the_original_is_a_candidate_when_it_is_no_wider_than_asked(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"a.jpg": photo(150, 100)}, {"/a.jpg": 7})
    image = publish_images(site, ImageCache(tmp_path / "cache")).images["a.jpg"]
    assert [(c.format, c.width, c.path) for c in image.copies if c.format == "jpeg"] == [
        ("jpeg", 100, image.copies[2].path), ("jpeg", 150, "a.jpg")]


def test_a_second_build_reads_no_image(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = site_with(tmp_path, {"a.jpg": photo(400, 300)}, {"/a.jpg": 7})
    first = ImageCache(tmp_path / "cache", prune=True)
    made = publish_images(site, first)
    first.save()

    def no_work(*_: object) -> None:
        raise AssertionError("an image was processed again")

    monkeypatch.setattr(encode, "process_chunk", no_work)
    again = publish_images(site, ImageCache(tmp_path / "cache", prune=True), no_work)
    assert again == made


def test_a_changed_image_is_processed_again(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"a.jpg": photo(400, 300)}, {"/a.jpg": 7})
    cache = ImageCache(tmp_path / "cache")
    before = publish_images(site, cache).images["a.jpg"]
    (tmp_path / "static" / "a.jpg").write_bytes(photo(400, 300, seed=9))
    after = publish_images(site, cache).images["a.jpg"]
    assert {c.path for c in before.copies}.isdisjoint(c.path for c in after.copies)


def test_a_broken_image_is_an_error_at_the_line_that_shows_it(tmp_path: Path) -> None:
    data = photo(400, 300)
    site = site_with(tmp_path, {"a.jpg": data[: len(data) // 2], "b.png": b"not a png",
                                "c.jpg": data[: len(data) // 3]},
                     {"/a.jpg": 9, "/b.png": 10})
    with pytest.raises(ExceptionGroup) as caught:
        publish_images(site, ImageCache(tmp_path / "cache"))
    errors = sorted(str(e) for e in caught.value.exceptions)
    assert errors[1].startswith(
        "content/posts/a.md:9: image static/a.jpg is not a readable image: image file is "
        "truncated")
    assert errors[0] == ("content/posts/a.md:10: image static/b.png is not a readable image: "
                         "Pillow cannot tell what format it is in")
    # A damaged image no page shows is not published either: its metadata cannot be checked.
    assert errors[2].startswith("static/c.jpg: not a readable image: ")
    assert all(isinstance(e, BuildError) for e in caught.value.exceptions)


def test_a_file_no_page_shows_in_no_image_format_is_copied_as_it_is(tmp_path: Path) -> None:
    """Jekyll and Hugo copy a file named `.png` that is no image (a real blog's CTF
    download, `k3y.png`); it held no image's metadata to remove, so it is published as it
    is, with a warning, not stopping the build."""
    site = site_with(tmp_path, {"k3y.png": b"\x13\x37 ciphertext, not a picture",
                                "a.jpg": photo(400, 300)}, {"/a.jpg": 9})
    done = publish_images(site, ImageCache(tmp_path / "cache"))
    plain = next(f for f in done.static if f.path == "k3y.png")
    assert plain.origin == tmp_path / "static" / "k3y.png" and not plain.link
    assert "k3y.png" not in done.images and "a.jpg" in done.images
    assert [(str(n.file), n.message) for n in done.notices] == [
        ("static/k3y.png",
         "not an image (Pillow cannot tell what format it is in); copied as it is")]


def test_images_false_publishes_files_as_they_are(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"a.jpg": photo()}, {"/a.jpg": 7}, settings=None)
    assert publish_images(site, ImageCache(tmp_path / "cache")) is site


def test_a_copy_never_replaces_a_file_of_the_site(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"a.jpg": photo(400, 300)}, {"/a.jpg": 7})
    made = publish_images(site, ImageCache(tmp_path / "cache")).images["a.jpg"]
    clash = made.copies[0].path
    (tmp_path / "static" / clash).write_bytes(png())  # the author's own file
    crowded = replace(site, static=(*site.static, StaticFile(
        tmp_path / "static" / clash, clash, PurePosixPath("static") / clash)))
    with pytest.raises(ExceptionGroup) as caught:
        publish_images(crowded, ImageCache(tmp_path / "cache"))
    assert f"would be published as {clash!r}, which static/{clash} already writes" in str(
        caught.value.exceptions[0])


def test_pruning_keeps_recent_results_and_never_an_output_file(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"a.jpg": photo(400, 300)}, {"/a.jpg": 7})
    cache = ImageCache(tmp_path / "cache", prune=True)
    old = publish_images(site, cache)
    cache.save()
    old_file = next(Path(f.origin) for f in old.static if f.link and f.path != "a.jpg")
    published = tmp_path / "public-copy"
    os.link(old_file, published)  # as the build links it into its output
    for seed in range(2, 2 + KEEP):  # the photo changes with every build
        (tmp_path / "static" / "a.jpg").write_bytes(photo(400, 300, seed=seed))
        publish_images(site, cache)
        cache.save()
        assert old_file.exists() == (seed < 1 + KEEP)
    assert published.read_bytes()  # the output's link is untouched
    kept = {p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()}
    assert len([n for n in kept if n.endswith(".json") and n != "index.json"]) == KEEP


def test_stage_sends_the_largest_images_first(tmp_path: Path) -> None:
    site = site_with(tmp_path, {"small.jpg": photo(100, 80), "big.jpg": photo(600, 400)},
                     {"/small.jpg": 7, "/big.jpg": 8})
    order: list[str] = []

    def run(worker: stage.Worker, chunks: list[list[stage.Job]]) -> list[list[stage.Outcome]]:
        order.extend(Path(job.origin).name for chunk in chunks for job in chunk)
        return stage.in_process(worker, chunks)

    publish_images(site, ImageCache(tmp_path / "cache"), run)
    assert order == ["big.jpg", "small.jpg"]
