"""images/encode.py: one image checked, stripped, resized and encoded into the store."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from images import gif_animation, has_gps, photo, picture, png_photo
from PIL import Image

from mentorblog.images import encode
from mentorblog.images.encode import MAX_PIXELS, copy_plan, process
from mentorblog.images.jobs import Failure, Job, Result, stored_path

QUALITY = (("jpeg", 82), ("webp", 80), ("avif", 60))


def job(tmp_path: Path, data: bytes, widths: tuple[int, ...] = (160, 320), *,
        formats: tuple[str, ...] = ("avif", "webp"), keep: bool = False,
        name: str = "a.jpg") -> Job:
    origin = tmp_path / name
    origin.parent.mkdir(parents=True, exist_ok=True)
    origin.write_bytes(data)
    return Job(str(origin), widths, formats, QUALITY, keep, str(tmp_path / "store"))


def ok(outcome: Result | Failure) -> Result:
    assert isinstance(outcome, Result), outcome
    return outcome


def read(tmp_path: Path, result: Result, which: int | None = None) -> bytes:
    stored = result.original if which is None else result.copies[which]
    assert stored is not None
    return stored_path(tmp_path / "store", stored).read_bytes()


def test_copy_plan_never_enlarges_and_adds_the_original_width() -> None:
    assert copy_plan(1000, (360, 720, 1080), ("avif", "webp"), "jpeg") == [
        ("avif", 1000), ("avif", 720), ("avif", 360),
        ("webp", 1000), ("webp", 720), ("webp", 360),
        ("jpeg", 720), ("jpeg", 360),  # the original itself stands for 1000 in its format
    ]
    assert copy_plan(4000, (360, 720), ("webp",), "jpeg") == [
        ("webp", 720), ("webp", 360), ("jpeg", 720), ("jpeg", 360)]
    assert copy_plan(200, (360,), ("webp",), "png") == [("webp", 200)]
    assert copy_plan(500, (), ("webp",), "jpeg") == []
    # a static GIF's copies are PNGs (GIF would lose colours); a WebP's fallback is WebP
    assert copy_plan(300, (100, 400), ("webp",), "gif") == [
        ("webp", 300), ("webp", 100), ("png", 300), ("png", 100)]
    assert copy_plan(300, (100,), ("avif", "webp"), "webp") == [("avif", 100), ("webp", 100)]


def test_a_phone_photo_becomes_copies_and_a_clean_original(tmp_path: Path) -> None:
    result = ok(process(job(tmp_path, photo(640, 480), (160, 320, 1000))))
    assert (result.width, result.height, result.format) == (640, 480, "jpeg")
    made = [(c.format, c.width, c.height) for c in result.copies if c.format != "avif"]
    assert made == [("webp", 640, 480), ("webp", 320, 240), ("webp", 160, 120),
                    ("jpeg", 320, 240), ("jpeg", 160, 120)]
    # This small, smooth picture is lighter in WebP than in AVIF (whose container alone is a
    # few hundred bytes): an AVIF copy is made only where it beats the WebP.
    size = {(c.format, c.width): c.size for c in result.copies}
    assert all(size[("avif", w)] < size[("webp", w)] for f, w in size if f == "avif")
    assert all(size[("webp", w)] < size[("jpeg", w)] for w in (160, 320))
    assert result.original is not None
    copies = range(len(result.copies))
    for data in [read(tmp_path, result), *(read(tmp_path, result, i) for i in copies)]:
        assert not has_gps(data)
        assert b"PhoneMaker" not in data and b"taken at home" not in data
    for i, copy in enumerate(result.copies):
        im = Image.open(io.BytesIO(read(tmp_path, result, i)))
        assert im.size == (copy.width, copy.height)
        assert im.format.lower() == copy.format
        assert copy.size < result.original.size  # never larger than what it replaces


def test_orientation_is_applied_to_copies_and_kept_on_the_original(tmp_path: Path) -> None:
    """A photo taken upright: stored 640x480 lying on its side, shown 480x640."""
    result = ok(process(job(tmp_path, photo(640, 480, orientation=6), (120,))))
    assert (result.width, result.height) == (480, 640)
    assert all(c.height > c.width for c in result.copies)
    copy = Image.open(io.BytesIO(read(tmp_path, result, 0)))
    assert copy.size == (120, 160) and not copy.getexif()
    original = Image.open(io.BytesIO(read(tmp_path, result)))
    assert dict(original.getexif()) == {0x0112: 6}


def test_a_second_job_for_the_same_bytes_decodes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ok(process(job(tmp_path, photo(320, 240))))

    def fail(*_: object) -> None:
        raise AssertionError("decoded again")

    monkeypatch.setattr(encode, "_process", fail)
    again = job(tmp_path, photo(320, 240), name="renamed.jpg")  # same bytes, other file
    assert ok(process(again)) == first


def test_a_deleted_store_file_is_made_again(tmp_path: Path) -> None:
    first = ok(process(job(tmp_path, photo(320, 240))))
    path = stored_path(tmp_path / "store", first.copies[0])
    path.unlink()
    assert ok(process(job(tmp_path, photo(320, 240)))) == first
    assert path.is_file()


def test_a_copy_larger_than_the_original_is_left_out(tmp_path: Path) -> None:
    """A 1-bit noise PNG: resizing turns it grey, and its PNG copies would be far bigger."""
    out = io.BytesIO()
    Image.effect_noise((400, 300), 90).convert("1").save(out, "PNG")
    data = out.getvalue()
    result = ok(process(job(tmp_path, data, (100, 200), formats=("webp",), name="n.png")))
    assert result.original is None  # nothing to remove: published as it is
    assert all(c.size < len(data) for c in result.copies)
    made = {(c.format, c.width) for c in result.copies}
    assert ("png", 200) not in made  # grey noise at 200 x 150 outweighs the 1-bit original
    assert ("webp", 200) in made


def test_png_with_metadata_and_alpha(tmp_path: Path) -> None:
    data = png_photo(alpha=True)
    result = ok(process(job(tmp_path, data, (100,), formats=("webp",), name="p.png")))
    assert result.original is not None and not has_gps(read(tmp_path, result))
    webp = Image.open(io.BytesIO(read(tmp_path, result, 0)))
    assert webp.format == "WEBP" and webp.mode == "RGBA"


def test_an_animated_gif_keeps_its_frames_and_loses_its_comment(tmp_path: Path) -> None:
    result = ok(process(job(tmp_path, gif_animation(), (20,), name="a.gif")))
    assert result.animated and result.copies == ()
    assert (result.width, result.height) == (40, 30)
    assert result.original is not None
    published = Image.open(io.BytesIO(read(tmp_path, result)))
    assert published.n_frames == 3 and "comment" not in published.info


def test_a_truncated_animation_fails(tmp_path: Path) -> None:
    data = gif_animation(200, 150)
    assert isinstance(process(job(tmp_path, data[: len(data) - 60], name="a.gif")), Failure)


@pytest.mark.parametrize("mode", ["CMYK", "P", "LA", "I;16", "L", "1"])
def test_every_image_mode_gets_copies(tmp_path: Path, mode: str) -> None:
    im = picture(200, 100).convert("RGB").convert(mode)
    out = io.BytesIO()
    fmt = "JPEG" if mode in ("CMYK", "L") else "PNG"
    im.save(out, fmt)
    result = ok(process(job(tmp_path, out.getvalue(), (50,), formats=("webp",),
                            name="m." + fmt.lower())))
    assert {c.format for c in result.copies} >= {"webp"}


@pytest.mark.parametrize("fmt", ["WEBP", "GIF", "TIFF"])
def test_other_formats_lose_their_metadata_too(tmp_path: Path, fmt: str) -> None:
    im = picture(120, 90)
    out = io.BytesIO()
    if fmt == "GIF":
        im.convert("P").save(out, "GIF", comment=b"taken at home")
    else:
        exif = Image.Exif()
        exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.5)}
        im.save(out, fmt, exif=exif.tobytes())
    result = ok(process(job(tmp_path, out.getvalue(), (60,), formats=("webp",),
                            name="x." + fmt.lower())))
    assert result.original is not None
    clean = read(tmp_path, result)
    assert not has_gps(clean) and b"taken at home" not in clean


def test_a_bmp_named_jpg_is_published_as_it_is_with_copies(tmp_path: Path) -> None:
    """A Windows bitmap saved as `thumb.jpg` (Hugo decodes it, browsers show it): read,
    published unchanged (a bitmap holds no metadata), its copies PNG and WebP."""
    out = io.BytesIO()
    picture(120, 90).convert("P").save(out, "BMP")
    result = ok(process(job(tmp_path, out.getvalue(), (60,), formats=("webp",),
                            name="thumb.jpg")))
    assert (result.width, result.height, result.format) == (120, 90, "bmp")
    assert result.original is None
    assert [(c.format, c.width) for c in result.copies] == [("webp", 60), ("png", 60)]


def test_keep_metadata_keeps_the_original_and_exif_in_copies(tmp_path: Path) -> None:
    result = ok(process(job(tmp_path, photo(320, 240, orientation=6), (100,), keep=True)))
    assert result.original is None
    copy = Image.open(io.BytesIO(read(tmp_path, result, 0)))
    assert copy.getexif().get_ifd(0x8825)  # the author asked for it
    assert copy.getexif().get(0x0112, 1) == 1  # already upright


def test_truncated_and_unreadable_files_fail_with_a_reason(tmp_path: Path) -> None:
    data = photo(640, 480)
    truncated = process(job(tmp_path, data[: len(data) // 2]))
    assert isinstance(truncated, Failure) and "truncated" in truncated.message
    garbage = process(job(tmp_path, b"this is not an image"))
    assert garbage == Failure("Pillow cannot tell what format it is in", unknown_format=True)
    assert not truncated.unknown_format  # an image, damaged: never copied as it is
    # a real blog's 527 images were Git LFS pointers: say so, and how to get the images
    pointer = process(job(tmp_path, b"version https://git-lfs.github.com/spec/v1\n"
                                    b"oid sha256:4d7a\nsize 12345\n"))
    assert isinstance(pointer, Failure) and "`git lfs pull`" in pointer.message
    missing = Job(str(tmp_path / "gone.jpg"), (), (), QUALITY, False, str(tmp_path / "s"))
    assert isinstance(process(missing), Failure)


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    """A PNG that declares 20,000 x 20,000 pixels in a few hundred bytes."""
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")
    assert len(out.getvalue()) < 100_000
    outcome = process(job(tmp_path, out.getvalue(), name="bomb.png"))
    assert isinstance(outcome, Failure)
    assert "megapixels" in outcome.message or "too large" in outcome.message
    assert MAX_PIXELS < 20_000 * 20_000


def test_a_huge_jpeg_decodes_reduced(tmp_path: Path) -> None:
    """A JPEG of more pixels than MAX_PIXELS is fine when its copies need few of them."""
    out = io.BytesIO()
    Image.new("RGB", (8000, 6000), (10, 20, 30)).save(out, "JPEG", quality=50)
    assert MAX_PIXELS < 8000 * 6000
    result = ok(process(job(tmp_path, out.getvalue(), (400,), formats=("webp",))))
    assert (result.width, result.height) == (8000, 6000)


def test_copies_are_the_same_bytes_every_time(tmp_path: Path) -> None:
    a = ok(process(job(tmp_path / "a", photo(300, 200))))
    b = ok(process(job(tmp_path / "b", photo(300, 200))))
    assert a == b
    for i in range(len(a.copies)):
        assert read(tmp_path / "a", a, i) == read(tmp_path / "b", b, i)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(min_size=1, max_size=16), st.integers(min_value=0, max_value=6000))
def test_a_damaged_photo_fails_or_is_published_without_metadata(
    tmp_path: Path, noise: bytes, at: int
) -> None:
    original = photo(160, 120)
    at = min(at, len(original))
    data = original[:at] + noise + original[at + len(noise) :]
    outcome = process(job(tmp_path, data, (80,), formats=("webp",)))
    if isinstance(outcome, Result):
        files = [read(tmp_path, outcome, i) for i in range(len(outcome.copies))]
        if outcome.original is not None:
            files.append(read(tmp_path, outcome))
        for published in files:
            assert b"PhoneMaker" not in published and b"taken at home" not in published
            assert not has_gps(published)


def test_a_modern_copy_no_smaller_than_the_fallback_of_its_width_is_left_out(
    tmp_path: Path,
) -> None:
    """WebP at quality 100 against JPEG at 10: the WebP copies would outweigh the JPEG copies
    of the same width, so they are not made (markup.py offers the JPEG in their place)."""
    origin = tmp_path / "a.jpg"
    origin.write_bytes(photo(640, 480))
    quality = (("jpeg", 10), ("webp", 100), ("avif", 60))
    result = ok(process(Job(str(origin), (160, 320), ("webp",), quality, False,
                            str(tmp_path / "store"))))
    made = {(c.format, c.width): c.size for c in result.copies}
    assert {w for f, w in made if f == "jpeg"} == {160, 320}
    assert not [w for f, w in made if f == "webp"], made
    # With the usual qualities every WebP copy is smaller than the JPEG of its width.
    usual = ok(process(job(tmp_path / "b", photo(640, 480), (160, 320), formats=("webp",))))
    sizes = {(c.format, c.width): c.size for c in usual.copies}
    assert {w for f, w in sizes if f == "webp"} == {160, 320}
    for (fmt, width), size in sizes.items():
        if fmt == "webp":
            assert size < sizes[("jpeg", width)]


def test_an_avif_copy_no_smaller_than_the_webp_of_its_width_is_left_out(tmp_path: Path) -> None:
    """AVIF at quality 100 against WebP at 10: a browser that reads AVIF reads WebP, so the
    heavier AVIF copies are not made, while the WebP copies still beat the JPEG ones."""
    origin = tmp_path / "a.jpg"
    origin.write_bytes(photo(640, 480))
    quality = (("jpeg", 95), ("webp", 10), ("avif", 100))
    result = ok(process(Job(str(origin), (160, 320), ("avif", "webp"), quality, False,
                            str(tmp_path / "store"))))
    made = {(c.format, c.width): c.size for c in result.copies}
    assert sorted(made) == [("jpeg", 160), ("jpeg", 320), ("webp", 160), ("webp", 320)]
    assert made[("webp", 160)] < made[("jpeg", 160)]
    assert [c.format for c in result.copies] == ["webp", "webp", "jpeg", "jpeg"]  # best first
