"""Images end to end, on tests/sites/photos (phone photos with GPS positions, made by its
make_images.py): no location survives in any output file, every image a page offers exists,
the build is the same with one worker or several and warm or cold, and the settings and
the file system's odd corners do what they say."""

from __future__ import annotations

import io
import os
import shutil
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from images import GPS_IFD, has_gps, photo
from outputs import tree
from PIL import Image

from mentorblog.build import BuildOptions, build
from mentorblog.cli import main
from mentorblog.images import encode

PHOTOS = Path(__file__).parent / "sites" / "photos"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
# What make_images.py planted besides the GPS position: none of it may be published.
PLANTED = (b"PhoneMaker", b"Phone 12", b"taken at home", b"Photographer", b"52,31")


def site_copy(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(PHOTOS, site, ignore=shutil.ignore_patterns("expected*", ".mentorblog-cache"))
    return site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("photos") / "public"
    build(BuildOptions(source=PHOTOS, destination=out, use_cache=False), now=NOW)
    return out


def test_the_fixture_photos_do_carry_location_data() -> None:
    """So the test below proves something: the inputs hold GPS, XMP, IPTC and comments."""
    inputs = [p for p in PHOTOS.rglob("*.jpg")  # not the golden outputs (expected*/)
              if not p.relative_to(PHOTOS).parts[0].startswith(("expected", ".mentorblog-cache"))]
    assert len(inputs) == 5
    for path in inputs:
        data = path.read_bytes()
        assert Image.open(path).getexif().get_ifd(GPS_IFD), path
        assert all(planted in data for planted in PLANTED[:3]), path


def test_no_gps_tag_survives_in_any_output_file(built: Path) -> None:
    files = [p for p in built.rglob("*") if p.is_file()]
    rasters = [p for p in files if p.suffix in (".jpg", ".png", ".webp", ".avif", ".gif")]
    assert len(rasters) > 25  # the originals and their copies
    for path in files:
        data = path.read_bytes()
        for planted in PLANTED:
            assert planted not in data, (path, planted)
        if path in rasters:
            assert not has_gps(data), path
            im = Image.open(path)
            exif = im.getexif()
            assert not exif.get_ifd(GPS_IFD), path
            assert set(exif) <= {0x0112}, (path, dict(exif))  # an orientation at most
            assert not {"xmp", "comment", "photoshop"} & set(im.info), (path, im.info.keys())


class Offered(HTMLParser):
    """Every address an <img> or <source> offers, with the width it claims."""

    def __init__(self) -> None:
        super().__init__()
        self.candidates: list[tuple[str, int | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag not in ("img", "source"):
            return
        if values.get("src"):
            self.candidates.append((str(values["src"]), None))
        for candidate in (values.get("srcset") or "").split(","):
            if candidate.strip():
                url, width = candidate.split()
                self.candidates.append((url, int(width.removesuffix("w"))))


def test_every_image_offered_exists_with_the_width_it_claims(built: Path) -> None:
    checked = 0
    for page in built.rglob("*.html"):
        parser = Offered()
        parser.feed(page.read_text(encoding="utf-8"))
        for url, width in parser.candidates:
            if url.startswith("http"):
                continue
            path = built / unquote(url).lstrip("/")
            assert path.is_file(), (page, url)
            if width is not None:
                assert Image.open(path).width == width, (page, url)
            checked += 1
    assert checked > 80


def test_orientation_is_applied_so_the_whiteboard_stands_upright(built: Path) -> None:
    """Stored 640x480 lying on its side with orientation 6: shown 480x640."""
    html = (built / "posts" / "whiteboard" / "index.html").read_text(encoding="utf-8")
    assert 'width="480" height="640"' in html
    copy = next((built / "posts" / "whiteboard").glob("whiteboard-400w.*.webp"))
    assert Image.open(copy).size == (400, 533)


def test_animations_pass_with_every_frame_and_without_their_comment(built: Path) -> None:
    source = Image.open(PHOTOS / "content" / "posts" / "whiteboard" / "waving.gif")
    published = Image.open(built / "posts" / "whiteboard" / "waving.gif")
    assert source.info["comment"] and "comment" not in published.info
    assert published.n_frames == source.n_frames == 3
    for n in range(3):
        source.seek(n)
        published.seek(n)
        assert published.convert("RGB").tobytes() == source.convert("RGB").tobytes()
        assert published.info["duration"] == source.info["duration"]
    assert published.info["loop"] == source.info["loop"]
    assert not list((built / "posts" / "whiteboard").glob("waving-*"))  # no copies
    assert (built / "favicon.svg").read_bytes().startswith(b"<svg")


def test_one_worker_or_two_warm_or_cold_the_same_bytes(tmp_path: Path) -> None:
    site = site_copy(tmp_path)
    build(BuildOptions(source=site, destination=tmp_path / "one", jobs=1), now=NOW)
    shutil.rmtree(site / ".mentorblog-cache")
    build(BuildOptions(source=site, destination=tmp_path / "two", jobs=2), now=NOW)
    warm = build(BuildOptions(source=site, destination=tmp_path / "two", jobs=2), now=NOW)
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    assert warm.rendered == 0


def test_a_warm_build_encodes_nothing_and_an_edit_reads_no_image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = site_copy(tmp_path)
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, jobs=1), now=NOW)

    def no_work(*_: object) -> None:
        raise AssertionError("an image was read again")

    monkeypatch.setattr(encode, "process_chunk", no_work)
    images = sorted(p for p in out.rglob("*") if p.suffix in (".jpg", ".webp", ".avif"))
    states = [(p.stat().st_ino, p.stat().st_mtime_ns) for p in images]
    post = site / "content" / "posts" / "meetup.md"
    post.write_text(post.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    build(BuildOptions(source=site, destination=out, jobs=1), now=NOW)
    assert "One more line" in (out / "posts" / "meetup" / "index.html").read_text()
    assert [(p.stat().st_ino, p.stat().st_mtime_ns) for p in images] == states  # kept


def test_a_replaced_photo_is_published_anew_and_equals_a_clean_build(tmp_path: Path) -> None:
    site = site_copy(tmp_path)
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out), now=NOW)
    before = (out / "posts" / "meetup" / "index.html").read_text()
    (site / "static" / "images" / "meetup.jpg").write_bytes(photo(900, 600, seed=42))
    build(BuildOptions(source=site, destination=out), now=NOW)
    after = (out / "posts" / "meetup" / "index.html").read_text()
    assert after != before and 'width="900" height="600"' in after
    build(BuildOptions(source=site, destination=tmp_path / "clean", use_cache=False), now=NOW)
    assert tree(out) == tree(tmp_path / "clean")


def test_keep_metadata_publishes_originals_as_they_are(tmp_path: Path) -> None:
    site = site_copy(tmp_path)
    config = site / "site.yaml"
    config.write_text(config.read_text().replace("images:\n", "images:\n  keep_metadata: true\n"))
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1), now=NOW)
    original = site / "static" / "images" / "meetup.jpg"
    assert (tmp_path / "out" / "images" / "meetup.jpg").read_bytes() == original.read_bytes()


def test_images_false_copies_every_file_and_changes_no_tag(tmp_path: Path) -> None:
    site = site_copy(tmp_path)
    config = site / "site.yaml"
    config.write_text(config.read_text().replace("images:\n  widths: [200, 400]\n",
                                                 "images: false\n"))
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1), now=NOW)
    out = tmp_path / "out"
    assert (out / "images" / "meetup.jpg").read_bytes() == (
        site / "static" / "images" / "meetup.jpg").read_bytes()
    html = (out / "posts" / "meetup" / "index.html").read_text()
    assert "<picture>" not in html and not list(out.rglob("*.webp"))


def test_a_symlinked_image_leaving_the_site_is_not_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = site_copy(tmp_path)
    secret = tmp_path / "outside.jpg"
    secret.write_bytes(photo(100, 80, seed=5))
    (site / "static" / "images" / "linked.jpg").symlink_to(secret)
    post = site / "content" / "posts" / "meetup.md"
    post.write_text(post.read_text() + "\n![linked](/images/linked.jpg)\n")
    assert main(["build", "-q", "-s", str(site), "-d", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == ("error: static/images/linked.jpg: is a symbolic link to "
                                       "a place outside the site; refusing to follow it\n")
    assert not (tmp_path / "out").exists()


def test_an_image_path_out_of_the_site_stays_as_written(tmp_path: Path) -> None:
    site = site_copy(tmp_path)
    post = site / "content" / "posts" / "meetup.md"
    post.write_text(post.read_text() + '\n<img src="../../../../../../etc/hostname.jpg" alt="x">\n')
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1), now=NOW)
    html = (tmp_path / "out" / "posts" / "meetup" / "index.html").read_text()
    assert '<img src="../../../../../../etc/hostname.jpg" alt="x">' in html


def test_a_broken_image_fails_the_build_and_keeps_the_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = site_copy(tmp_path)
    out = tmp_path / "out"
    assert main(["build", "-q", "-s", str(site), "-d", str(out)]) == 0
    before = tree(out)
    data = (site / "static" / "images" / "meetup.jpg").read_bytes()
    (site / "static" / "images" / "meetup.jpg").write_bytes(data[: len(data) // 3])
    capsys.readouterr()
    assert main(["build", "-q", "-s", str(site), "-d", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: content/posts/meetup.md:10: image static/images/meetup.jpg "
                          "is not a readable image: image file is truncated")
    assert "Traceback" not in err
    assert tree(out) == before


def test_the_store_holds_no_file_a_later_build_forgot(tmp_path: Path) -> None:
    """Removing the photos: after a few builds the store keeps none of their files."""
    site = site_copy(tmp_path)
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, jobs=1), now=NOW)
    store = site / ".mentorblog-cache" / "images"
    assert len(list(store.rglob("*.webp"))) > 5
    for path in (site / "content").rglob("*"):
        if path.suffix in (".jpg", ".png", ".gif"):
            path.unlink()
    shutil.rmtree(site / "static" / "images")
    for n in range(4):
        post = site / "content" / "posts" / "meetup.md"
        post.write_text(f"---\ntitle: Now {n}\n---\nNo photos.\n")
        (site / "site.yaml").write_text((site / "site.yaml").read_text().replace(
            "    image: /images/ana.jpg\n", ""))
        (site / "static" / "images").mkdir(exist_ok=True)
        (site / "static" / "images" / f"tiny{n}.png").write_bytes(_png(n))
        build(BuildOptions(source=site, destination=out, jobs=1), now=NOW)
    assert not list(store.rglob("*.webp")) and not list(store.rglob("*.avif"))
    assert os.path.isfile(store / "index.json")


def _png(n: int) -> bytes:
    out = io.BytesIO()
    im = Image.new("RGB", (4, 4), (n * 30, 0, 0))
    exif = Image.Exif()
    exif[0x010F] = "Maker"
    im.save(out, "PNG", exif=exif.tobytes())
    return out.getvalue()


def test_the_profile_photo_is_a_picture_for_its_box_fetched_first(tmp_path: Path) -> None:
    """PaperMod's profile mode: the home page's photo gets copies for its box (120 px at 1x
    and 2x, besides the author photo's 64 to 192 px; the 240 px original stands for 2x in
    JPEG), keeps the box's size, and comes first."""
    site = site_copy(tmp_path)
    config = site / "site.yaml"
    config.write_text(
        config.read_text()
        + "params:\n  profileMode:\n    enabled: true\n    imageUrl: images/ana.jpg\n"
        "    imageTitle: Ana at the board\n"
    )
    out = tmp_path / "public"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    home = (out / "index.html").read_text()
    shown = home.split('<section class="profile">', 1)[1].split("</picture>", 1)[0]
    # (no AVIF copy of so small a photo is lighter than its WebP: WebP is the best source)
    webp = shown.split('<source type="image/webp" srcset="', 1)[1].split('"', 1)[0]
    assert [c.split()[-1] for c in webp.split(", ")] == ["64w", "120w", "128w", "192w", "240w"]
    assert 'sizes="120px"' in shown and "/images/ana.jpg 240w" in shown
    img = shown.split("<img ", 1)[1]
    assert 'class="profile-image"' in img and 'alt="Ana at the board"' in img
    assert 'width="120" height="120"' in img and 'fetchpriority="high"' in img
    for name in ("ana-120w.", "ana-240w."):
        assert list((out / "images").glob(name + "*.webp")), name


def test_an_svg_is_published_byte_for_byte_and_its_tag_is_left_alone(tmp_path: Path) -> None:
    site = site_copy(tmp_path)
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        b"<metadata>drawn at home, 52.52 N 13.40 E</metadata>"
        b'<rect width="40" height="20" fill="#369"/></svg>\n'
    )
    (site / "content/posts/whiteboard/arrows.svg").write_bytes(svg)
    post = site / "content/posts/whiteboard/index.md"
    post.write_text(post.read_text() + "\n![Two arrows](arrows.svg)\n")
    out = tmp_path / "public"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    assert (out / "posts/whiteboard/arrows.svg").read_bytes() == svg
    assert not list((out / "posts/whiteboard").glob("arrows-*"))
    html = (out / "posts/whiteboard/index.html").read_text()
    assert '<p><img src="arrows.svg" alt="Two arrows" /></p>' in html


def test_gif_and_tiff_images_in_a_post_build_into_pictures_browsers_show(tmp_path: Path) -> None:
    """Two real blogs with a logo GIF in a post failed to build (the GIF, standing as the
    widest candidate among its PNG copies, had no <source> type). A GIF may be offered in the
    <img>; a TIFF, which only Safari shows, never is, only its copies."""
    site = tmp_path / "site"
    (site / "content/posts").mkdir(parents=True)
    (site / "static/media").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    # Flat colour: a PNG of it at full width is no smaller than the GIF.
    Image.new("RGB", (1400, 300), (200, 30, 30)).save(site / "static/media/logo.gif")
    Image.effect_noise((900, 600), 60).convert("RGB").save(site / "static/media/scan.tif")
    # A Windows bitmap named .jpg: its PNG copy at full width is always the smaller.
    Image.effect_noise((700, 300), 40).convert("RGB").save(site / "static/media/pic.jpg", "BMP")
    frames = [Image.new("RGB", (600, 200), (i * 50, 10, 10)) for i in range(3)]
    frames[0].save(
        site / "static/media/anim.gif", save_all=True, append_images=frames[1:], duration=90
    )
    (site / "content/posts/a.md").write_text(
        "---\ntitle: A\ndate: 2024-01-02\n---\n\n![Logo](/media/logo.gif)\n\n"
        "![Scan](/media/scan.tif)\n\n![Moving](/media/anim.gif)\n\n![Bitmap](/media/pic.jpg)\n"
    )
    out = tmp_path / "public"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    html = (out / "posts/a/index.html").read_text()
    logo = html[html.index("<picture>") : html.index("</picture>")]
    assert "/media/logo.gif 1400w" in logo.split("<img", 1)[1]
    assert 'type="image/gif"' not in html
    scan = html[html.index("<picture>", html.index("</picture>")) :]
    scan = scan[: scan.index("</picture>")]
    assert "scan.tif" not in scan and ".png" in scan.split("<img", 1)[1]
    assert '<img src="/media/anim.gif"' in html  # an animation as it is, every frame
    with Image.open(out / "media/anim.gif") as moving:
        assert moving.n_frames == 3
    for srcset in html.split('srcset="')[1:]:  # one width once in each list of candidates
        widths = [c.split()[1] for c in srcset.split('"', 1)[0].split(", ")]
        assert len(widths) == len(set(widths)), srcset
    parser = Offered()
    parser.feed(html)
    assert len(parser.candidates) > 8
    for found, width in parser.candidates:
        with Image.open(out / unquote(found).lstrip("/")) as shown:
            assert shown.format in ("PNG", "GIF", "WEBP", "AVIF", "JPEG"), found
            assert width is None or shown.width == width, found
