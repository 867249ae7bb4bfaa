"""images/markup.py: `<picture>` markup, and a page's `<img>` tags swapped for it."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import PurePosixPath

from hypothesis import given
from hypothesis import strategies as st

from mentorblog.core.model import ImageCopy, PublishedImage
from mentorblog.images.markup import picture, replace_images

SIZES = "(min-width: 44.5rem) 42rem, calc(100vw - 2rem)"


def image(copies: bool = True) -> PublishedImage:
    made = (
        (
            ImageCopy("p/a-360w.k1.avif", 360, 270, "avif", 10),
            ImageCopy("p/a-720w.k2.avif", 720, 540, "avif", 20),
            ImageCopy("p/a-360w.k3.webp", 360, 270, "webp", 11),
            ImageCopy("p/a-720w.k4.webp", 720, 540, "webp", 21),
            ImageCopy("p/a-360w.k5.jpg", 360, 270, "jpeg", 30),
            ImageCopy("p/a-720w.k6.jpg", 720, 540, "jpeg", 60),
            ImageCopy("p/a-1200w.k7.jpg", 1200, 900, "jpeg", 90),
        )
        if copies
        else ()
    )
    return PublishedImage("p/a.jpg", PurePosixPath("content/p/a.jpg"), 4000, 3000, "jpeg", 900,
                          made)


def url(path: str) -> str:
    return "/blog/" + path


def test_a_picture_offers_each_format_with_widths_and_keeps_the_box() -> None:
    html = picture(image(), "a.jpg", url, attrs=[("src", "a.jpg"), ("alt", "A walk")],
                   sizes=SIZES)
    assert html == (
        '<picture>'
        # (no AVIF or WebP copy at 1200 px: as if left out for outweighing the JPEG's)
        '<source type="image/avif" srcset="/blog/p/a-360w.k1.avif 360w, '
        '/blog/p/a-720w.k2.avif 720w, /blog/p/a-1200w.k7.jpg 1200w" '
        'sizes="(min-width: 44.5rem) 42rem, calc(100vw - 2rem)">'
        '<source type="image/webp" srcset="/blog/p/a-360w.k3.webp 360w, '
        '/blog/p/a-720w.k4.webp 720w, /blog/p/a-1200w.k7.jpg 1200w" '
        'sizes="(min-width: 44.5rem) 42rem, calc(100vw - 2rem)">'
        '<img src="/blog/p/a-720w.k6.jpg" alt="A walk" srcset="/blog/p/a-360w.k5.jpg 360w, '
        '/blog/p/a-720w.k6.jpg 720w, /blog/p/a-1200w.k7.jpg 1200w" '
        'sizes="(min-width: 44.5rem) 42rem, calc(100vw - 2rem)" width="4000" height="3000" '
        'loading="lazy" decoding="async">'
        '</picture>'
    )


def test_the_first_image_is_fetched_first_and_not_lazily() -> None:
    html = picture(image(), "a.jpg", url, attrs=[("alt", "")], sizes=SIZES, eager=True)
    assert 'loading="eager" fetchpriority="high"' in html and "lazy" not in html


def test_without_copies_an_img_with_its_size() -> None:
    html = picture(image(copies=False), "a.jpg", url, attrs=[("alt", "x")], sizes=SIZES)
    assert html == ('<img src="/blog/p/a.jpg" alt="x" width="4000" height="3000" '
                    'loading="lazy" decoding="async">')
    off = picture(image(), "a.jpg", url, attrs=[("alt", "x")], sizes=SIZES, responsive=False)
    assert off.startswith('<img src="/blog/p/a.jpg"') and "srcset" not in off


def test_an_unknown_image_keeps_its_address_as_the_old_cover_did() -> None:
    html = picture(None, "/p/pic.svg", url, attrs=[("alt", "A small square")], sizes=SIZES)
    assert html == '<img src="/p/pic.svg" alt="A small square" loading="lazy" decoding="async">'


def test_the_authors_attributes_win() -> None:
    html = picture(image(), "a.jpg", url, sizes=SIZES, attrs=[
        ("src", "a.jpg"), ("alt", "A"), ("width", "300"), ("class", "small"),
        ("loading", "eager"), ("title", 'say "hi"')])
    assert 'width="300"' in html and 'height="225"' in html  # the image's shape
    assert 'sizes="300px"' in html  # a box narrower than the text column
    assert 'class="small"' in html and 'title="say &quot;hi&quot;"' in html
    assert html.count("loading=") == 1 and "decoding" not in html


def test_a_comma_in_a_name_does_not_break_srcset() -> None:
    odd = PublishedImage("a,b.jpg", PurePosixPath("a,b.jpg"), 10, 10, "jpeg", 1,
                         (ImageCopy("a,b 5w.webp", 5, 5, "webp", 1),))
    html = picture(odd, "a,b.jpg", url, sizes="5px")
    assert 'srcset="/blog/a%2Cb%205w.webp 5w"' in html


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def tags(html: str) -> list[str]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_replace_images_swaps_only_the_tags_it_is_given_markup_for() -> None:
    html = (
        '<p>One <img src="a.jpg" alt="A" /> and\n'
        '<img\n  src="b.svg">, then <code>&lt;img src="c.jpg"&gt;</code></p>\n'
        '<picture><img src="d.jpg"></picture><img src="e.jpg" srcset="e2.jpg 2x">\n'
        '<!-- <img src="f.jpg"> --><script>"<img src=g.jpg>"</script><IMG SRC="h.jpg">'
    )
    seen: list[tuple[str, bool]] = []

    def replace(src: str, attrs: object, first: bool) -> str | None:
        seen.append((src, first))
        return None if src.endswith(".svg") else f"[{src}]"

    out = replace_images(html, replace)
    assert seen == [("a.jpg", True), ("b.svg", False), ("h.jpg", False)]
    assert out == html.replace('<img src="a.jpg" alt="A" />', "[a.jpg]").replace(
        '<IMG SRC="h.jpg">', "[h.jpg]")


def test_the_first_flag_goes_to_the_first_image_replaced() -> None:
    firsts = []

    def replace(src: str, attrs: object, first: bool) -> str | None:
        firsts.append(first)
        return "x" if src != "skip.jpg" else None

    replace_images('<img src="skip.jpg"><img src="a.jpg"><img src="b.jpg">', replace)
    assert firsts == [True, True, False]


@given(st.text(alphabet='<>"\'= /imgsrcaltx\n&;#', max_size=80))
def test_any_html_comes_back_unchanged_where_nothing_is_replaced(html: str) -> None:
    assert replace_images(html, lambda *_: None) == html


@given(st.lists(st.sampled_from(["<p>", "</p>", "text\n", '<img src="a.jpg">',
                                 '<img src="b.jpg" alt="b"/>', "<br>", "&amp;"]), max_size=12))
def test_every_img_is_replaced_in_place(parts: list[str]) -> None:
    html = "".join(parts)
    out = replace_images(html, lambda src, attrs, first: f"<picture>{src}</picture>")
    expected = "".join(
        f"<picture>{'a.jpg' if 'a.jpg' in p else 'b.jpg'}</picture>" if p.startswith("<img")
        else p for p in parts)
    assert out == expected
    assert tags(out).count("img") == 0


def test_a_width_missing_in_a_modern_format_is_offered_in_the_fallbacks() -> None:
    """encode.py leaves out a WebP copy that is no smaller than the JPEG of its width; the
    WebP source then offers that JPEG, so the browser still finds every width there."""
    copies = (
        ImageCopy("a-360w.webp", 360, 270, "webp", 900),
        ImageCopy("a-360w.jpg", 360, 270, "jpeg", 1000),
        ImageCopy("a-720w.jpg", 720, 540, "jpeg", 2000),
    )
    shown = PublishedImage("a.jpg", PurePosixPath("static/a.jpg"), 720, 540, "jpeg", 2000,
                           copies)
    html = picture(shown, "a.jpg", url, attrs=[("alt", "x")], sizes=SIZES)
    source = html.split('<source type="image/webp" srcset="', 1)[1].split('"', 1)[0]
    assert source == "/blog/a-360w.webp 360w, /blog/a-720w.jpg 720w"


def test_a_width_missing_in_avif_is_offered_in_webp_before_the_fallback() -> None:
    copies = (
        ImageCopy("a-360w.avif", 360, 270, "avif", 800),
        ImageCopy("a-360w.webp", 360, 270, "webp", 900),
        ImageCopy("a-720w.webp", 720, 540, "webp", 1500),
        ImageCopy("a-360w.jpg", 360, 270, "jpeg", 1000),
        ImageCopy("a-720w.jpg", 720, 540, "jpeg", 2000),
    )
    shown = PublishedImage("a.jpg", PurePosixPath("static/a.jpg"), 720, 540, "jpeg", 2000,
                           copies)
    html = picture(shown, "a.jpg", url, attrs=[("alt", "x")], sizes=SIZES)
    source = html.split('<source type="image/avif" srcset="', 1)[1].split('"', 1)[0]
    assert source == "/blog/a-360w.avif 360w, /blog/a-720w.webp 720w"


def static_image(path: str, *copies: ImageCopy) -> PublishedImage:
    """An image of static/ whose original is its last copy (the widest, in its own format)."""
    original = copies[-1]
    return PublishedImage(
        path,
        PurePosixPath("static/" + path),
        original.width,
        original.height,
        original.format,
        original.size,
        copies,
    )


def test_a_gif_standing_among_its_png_copies_is_offered_in_the_img() -> None:
    """A GIF's copies are PNG (and the modern formats); where the PNG at full width came out
    larger than the GIF, the GIF itself is the widest candidate. It belongs in the <img>,
    which every browser shows it in, not in a <source> of a type it is not (a real blog with
    a logo GIF failed to build on it)."""
    gif = static_image(
        "media/logo.gif",
        ImageCopy("media/logo-720w.k1.webp", 720, 154, "webp", 900),
        ImageCopy("media/logo-360w.k2.png", 360, 77, "png", 1_000),
        ImageCopy("media/logo-720w.k3.png", 720, 154, "png", 2_000),
        ImageCopy("media/logo.gif", 1400, 300, "gif", 5_000),
    )
    html = picture(gif, "logo.gif", url, attrs=[("alt", "Logo")], sizes=SIZES)
    # (the widths WebP lacks offered from the <img>'s candidates, as for any image)
    assert (
        '<source type="image/webp" srcset="/blog/media/logo-360w.k2.png 360w, '
        '/blog/media/logo-720w.k1.webp 720w, /blog/media/logo.gif 1400w"' in html
    )
    assert 'type="image/gif"' not in html
    assert (
        'srcset="/blog/media/logo-360w.k2.png 360w, /blog/media/logo-720w.k3.png 720w, '
        '/blog/media/logo.gif 1400w"' in html
    )
    assert '<img src="/blog/media/logo-720w.k3.png"' in html


def test_a_format_browsers_cannot_show_is_never_a_candidate() -> None:
    tiff = static_image(
        "scan.tif",
        ImageCopy("scan-360w.k1.png", 360, 270, "png", 9_000),
        ImageCopy("scan.tif", 800, 600, "tiff", 90_000),
    )
    html = picture(tiff, "scan.tif", url, attrs=[("alt", "")], sizes=SIZES)
    assert "scan.tif" not in html and "tiff" not in html
    assert 'srcset="/blog/scan-360w.k1.png 360w"' in html
