"""images/refs.py: which images pages show, and what an image address means."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pytest

from mentorblog.core.model import (
    AuthorProfile,
    Config,
    Content,
    Cover,
    ImageRef,
    ImageSettings,
    Page,
    StaticFile,
)
from mentorblog.images.refs import box_widths, is_raster, resolve, usages
from mentorblog.plan.collect import collect_site

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("src", "page", "base", "expected"),
    [
        ("photo.jpg", "/posts/a/", "/", "posts/a/photo.jpg"),
        ("./photo.jpg", "/posts/a/", "/", "posts/a/photo.jpg"),
        ("../b/photo.jpg", "/posts/a/", "/", "posts/b/photo.jpg"),
        ("photo.jpg", "/2021/12/10/slug.html", "/", "2021/12/10/photo.jpg"),
        ("/images/x.png", "/posts/a/", "/", "images/x.png"),
        ("/blog/images/x.png", "/posts/a/", "/blog/", "images/x.png"),  # Markdown's, prefixed
        ("/images/x.png", "/posts/a/", "/blog/", "images/x.png"),  # raw html, as written
        ("my%20photo.jpg?v=2#top", "/p/", "/", "p/my photo.jpg"),
        ("../../../../etc/passwd.jpg", "/posts/a/", "/", "etc/passwd.jpg"),  # clamped at root
        ("/../x.jpg", "/", "/", "x.jpg"),
        ("https://example.org/a.jpg", "/", "/", None),
        ("//cdn.example.org/a.jpg", "/", "/", None),
        ("data:image/png;base64,AAAA", "/", "/", None),
        ("javascript:alert(1)", "/", "/", None),
        ("", "/", "/", None),
        ("#frag", "/", "/", None),
        ("folder/", "/", "/", None),
        ("a\\..\\b.jpg", "/", "/", None),
    ],
)
def test_resolve(src: str, page: str, base: str, expected: str | None) -> None:
    assert resolve(src, page, base) == expected


def test_raster_names() -> None:
    assert is_raster("a/B.JPG") and is_raster("x.webp") and is_raster("y.avif")
    assert not is_raster("icon.svg") and not is_raster("doc.pdf") and not is_raster("jpg")


def page(url: str, images: tuple[ImageRef, ...] = (), cover: str = "", **extra: object) -> Page:
    slug = url.strip("/").replace("/", "-") or "home"
    return Page(
        source=PurePosixPath(f"content/{slug}/index.md"),
        kind="post",
        section="posts",
        body_line=4,
        title=slug,
        url=url,
        output_path=url.lstrip("/") + "index.html",
        layout="post",
        body="",
        date=NOW,
        cover=Cover(cover) if cover else None,
        key_lines={"cover": 3},
        content=Content("", "", "", False, "", (), 0, 0, images=images),
        **extra,  # type: ignore[arg-type]
    )


def test_usages_collect_body_cover_author_and_profile_photos(tmp_path: Path) -> None:
    settings = ImageSettings(widths=(360, 720))
    config = Config(
        root=tmp_path,
        title="t",
        base_url="https://example.org/",
        profiles=(AuthorProfile("Ana", image="/people/ana.jpg"),),
        params={"profilemode": {"enabled": True, "imageUrl": "me.png", "imageWidth": 100}},
        images=settings,
    )
    pages = [
        page("/posts/a/", (ImageRef("a.jpg", 9, "A"), ImageRef("/shared.jpg", 12, None),
                           ImageRef("icon.svg", 13, ""))),
        page("/posts/b/", (ImageRef("/shared.jpg", 20, "S"),), cover="cover.webp"),
    ]
    site = collect_site(config, pages, [], [], NOW)
    found = usages(site, settings)
    assert set(found) == {"posts/a/a.jpg", "shared.jpg", "posts/b/cover.webp",
                          "people/ana.jpg", "me.png"}  # the SVG is no raster image
    assert found["posts/a/a.jpg"].widths == (360, 720)
    assert (found["posts/a/a.jpg"].source, found["posts/a/a.jpg"].line) == (
        PurePosixPath("content/posts-a/index.md"), 9)
    assert found["shared.jpg"].line == 12  # the first page that shows it, in url order
    assert found["posts/b/cover.webp"].line == 3  # the cover's front-matter line
    assert found["people/ana.jpg"].widths == box_widths(64) == (64, 128, 192)
    assert found["me.png"].widths == (100, 200, 300)
    assert found["me.png"].source == PurePosixPath("site.yaml")


def test_one_image_shown_twice_gets_the_widths_of_both_uses(tmp_path: Path) -> None:
    settings = ImageSettings(widths=(500,))
    config = Config(root=tmp_path, title="t", base_url="https://example.org/",
                    profiles=(AuthorProfile("Ana", image="ana.jpg"),), images=settings)
    site = collect_site(config, [page("/p/", (ImageRef("/ana.jpg", 5, "Ana"),))], [], [], NOW)
    assert usages(site, settings)["ana.jpg"].widths == (64, 128, 192, 500)


def test_profile_photo_only_when_profile_mode_is_on(tmp_path: Path) -> None:
    settings = ImageSettings()
    config = Config(root=tmp_path, title="t", base_url="https://example.org/",
                    params={"profilemode": {"enabled": False, "imageUrl": "me.png"}})
    site = collect_site(config, [], [], [], NOW)
    assert usages(site, settings) == {}


def test_a_bundle_cover_is_found_where_collect_resolved_it(tmp_path: Path) -> None:
    settings = ImageSettings()
    config = Config(root=tmp_path, title="t", base_url="https://example.org/")
    bundle = replace(page("/posts/walk/", cover="walk"), source=PurePosixPath(
        "content/posts/walk/index.md"))
    photo = StaticFile(tmp_path / "walk.jpg", "content/posts/walk/walk.jpg",
                       PurePosixPath("content/posts/walk/walk.jpg"))
    site = collect_site(config, [bundle], [photo], [], NOW)
    assert set(usages(site, settings)) == {"posts/walk/walk.jpg"}
