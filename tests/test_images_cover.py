"""PaperMod's cover settings, as built pages show them: `cover.responsiveImages` (a
`<picture>` of resized copies, or the original alone), `cover.hiddenInList` and
`cover.hiddenInSingle`, each set on the page or for the whole site under `params.cover`, the
page's value winning; and which image a page fetches first when its cover is hidden."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from images import photo

from mentorblog.build import BuildOptions, build

NOW = datetime(2026, 1, 1, tzinfo=UTC)
FIGURE = '<figure class="entry-cover">'


def built(tmp_path: Path, cover: str, params: str = "") -> tuple[str, str]:
    """(the post's page, the home page) of a site whose one post has `cover` settings."""
    site = tmp_path / "site"
    bundle = site / "content" / "posts" / "walk"
    bundle.mkdir(parents=True)
    (site / "site.yaml").write_text(
        "title: Covers\nbaseURL: https://example.org/\nimages:\n  widths: [200, 400]\n"
        + (f"params:\n  cover:\n{params}" if params else "")
    )
    (bundle / "cover.jpg").write_bytes(photo(640, 480, seed=1))
    (bundle / "body.jpg").write_bytes(photo(600, 400, seed=2))
    (bundle / "index.md").write_text(
        "---\ntitle: Walk\ndate: 2024-03-01\ncover:\n  image: cover.jpg\n  alt: The path\n"
        + cover
        + "---\n\nWords.\n\n![The river](body.jpg)\n"
    )
    out = tmp_path / "public"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    return (out / "posts/walk/index.html").read_text(), (out / "index.html").read_text()


def cover_of(html: str) -> str | None:
    """The cover figure's markup, None when the page shows no cover."""
    if FIGURE not in html:
        return None
    return html.split(FIGURE, 1)[1].split("</figure>", 1)[0]


def test_by_default_the_cover_is_a_picture_fetched_first_on_both_pages(tmp_path: Path) -> None:
    single, home = built(tmp_path, "")
    for html in (single, home):
        cover = cover_of(html)
        assert cover is not None and cover.startswith("\n  <picture>")
        assert 'type="image/webp"' in cover and "cover-200w." in cover
        assert 'width="640" height="480"' in cover and 'fetchpriority="high"' in cover
    body = single.split("</figure>", 1)[1]
    assert 'alt="The river"' in body and "fetchpriority" not in body  # the cover came first


@pytest.mark.parametrize(
    ("cover", "params"),
    [
        ("  responsiveImages: false\n", ""),  # on the page
        ("", "    responsiveImages: false\n"),  # for the whole site
    ],
)
def test_responsive_images_false_shows_the_original_alone(
    tmp_path: Path, cover: str, params: str
) -> None:
    single, home = built(tmp_path, cover, params)
    for html in (single, home):
        shown = cover_of(html)
        assert shown is not None
        assert "<picture>" not in shown and "srcset" not in shown and "-200w." not in shown
        assert 'src="/posts/walk/cover.jpg"' in shown
        assert 'width="640" height="480"' in shown  # still no layout shift
    # The body's images are not the cover's business: still resized.
    assert "body-200w." in single


def test_the_pages_responsive_images_beats_the_sites(tmp_path: Path) -> None:
    single, _ = built(tmp_path, "  responsiveImages: true\n", "    responsiveImages: false\n")
    shown = cover_of(single)
    assert shown is not None and "<picture>" in shown


@pytest.mark.parametrize(
    ("cover", "params"),
    [("  hiddenInList: true\n", ""), ("", "    hiddenInList: true\n")],
)
def test_hidden_in_list_hides_it_on_lists_only(tmp_path: Path, cover: str, params: str) -> None:
    single, home = built(tmp_path, cover, params)
    assert cover_of(home) is None and "cover-200w." not in home
    assert cover_of(single) is not None


@pytest.mark.parametrize(
    ("cover", "params"),
    [("  hiddenInSingle: true\n", ""), ("", "    hiddenInSingle: true\n")],
)
def test_hidden_in_single_hides_it_on_its_page_and_the_body_image_comes_first(
    tmp_path: Path, cover: str, params: str
) -> None:
    single, home = built(tmp_path, cover, params)
    assert cover_of(single) is None and "cover-200w." not in single
    assert cover_of(home) is not None
    river = single.split('alt="The river"', 1)[1].split(">", 1)[0]
    assert 'fetchpriority="high"' in river and "lazy" not in river


def test_the_pages_hidden_in_single_beats_the_sites(tmp_path: Path) -> None:
    single, _ = built(tmp_path, "  hiddenInSingle: false\n", "    hiddenInSingle: true\n")
    assert cover_of(single) is not None


def test_hidden_hides_it_everywhere_unless_a_specific_setting_says_otherwise(
    tmp_path: Path,
) -> None:
    single, home = built(tmp_path, "  hidden: true\n")
    assert cover_of(single) is None and cover_of(home) is None
    single, home = built(tmp_path / "b", "  hidden: true\n  hiddenInList: false\n")
    assert cover_of(single) is None and cover_of(home) is not None
