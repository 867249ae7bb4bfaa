"""images/strip.py: metadata out of JPEG and PNG files, every pixel kept."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from images import GPS_IFD, gif_animation, has_gps, iptc_segment, photo, picture, png, png_photo
from PIL import Image

from mentorblog.images.strip import strip_gif, strip_jpeg, strip_png, strip_webp


def pixels(data: bytes) -> bytes:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im.tobytes()


def test_a_phone_photo_loses_exif_xmp_iptc_and_comment_but_no_pixel() -> None:
    original = photo()
    assert has_gps(original)
    stripped = strip_jpeg(original)
    assert stripped is not None
    im = Image.open(io.BytesIO(stripped))
    assert not has_gps(stripped)
    assert dict(im.getexif()) == {}
    assert not ({"exif", "xmp", "comment", "photoshop"} & set(im.info))
    assert [marker for marker, _ in im.applist] == ["APP0"]  # JFIF only
    assert b"Photographer" not in stripped and b"taken at home" not in stripped
    assert pixels(stripped) == pixels(original)
    assert len(stripped) < len(original)


def test_orientation_stays_as_the_only_exif_tag() -> None:
    original = photo(orientation=6)
    stripped = strip_jpeg(original, 6)
    assert stripped is not None
    im = Image.open(io.BytesIO(stripped))
    assert dict(im.getexif()) == {0x0112: 6}
    assert not im.getexif().get_ifd(GPS_IFD)
    assert [marker for marker, _ in im.applist] == ["APP0", "APP1"]  # JFIF stays first
    assert pixels(stripped) == pixels(original)


def test_a_second_picture_after_the_end_goes_with_its_exif() -> None:
    original = photo(trailer=True)
    stripped = strip_jpeg(original)
    assert stripped is not None
    assert stripped.endswith(b"\xff\xd9") and stripped.count(b"\xff\xd8") == 1
    assert not has_gps(stripped)


def test_icc_profile_and_adobe_segments_are_kept() -> None:
    im = Image.new("RGB", (16, 16), (200, 10, 10))
    out = io.BytesIO()
    im.save(out, "JPEG", icc_profile=b"\0" * 200)
    stripped = strip_jpeg(out.getvalue())
    assert stripped is not None
    assert Image.open(io.BytesIO(stripped)).info.get("icc_profile") == b"\0" * 200
    cmyk = io.BytesIO()
    Image.new("CMYK", (16, 16), (0, 50, 90, 10)).save(cmyk, "JPEG")
    kept = strip_jpeg(cmyk.getvalue())
    assert kept is not None and pixels(kept) == pixels(cmyk.getvalue())


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xd8",
        b"GIF89a",
        photo()[:-2],  # no end-of-image marker
        photo()[:200],  # cut inside a segment
        b"\xff\xd8\xff\xe1\x00\x01",  # a length below its own two bytes
        b"\xff\xd8\x00\x00",
    ],
    ids=["empty", "soi-only", "not-jpeg", "no-eoi", "cut", "bad-length", "no-marker"],
)
def test_a_file_not_laid_out_as_a_jpeg_is_left_to_pillow(data: bytes) -> None:
    assert strip_jpeg(data) is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=64), st.integers(min_value=0, max_value=4000))
def test_damaged_jpegs_never_crash(noise: bytes, at: int) -> None:
    """Bytes overwritten anywhere: None, or a file framed as a JPEG (whether it holds no
    metadata is checked by reading it back, see test_images_encode)."""
    original = photo(160, 120)
    at = min(at, len(original))
    stripped = strip_jpeg(original[:at] + noise + original[at + len(noise) :])
    if stripped is not None:
        assert stripped.startswith(b"\xff\xd8") and stripped.endswith(b"\xff\xd9")


def test_iptc_alone_is_found_and_dropped() -> None:
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG")
    data = out.getvalue()
    data = data[:2] + iptc_segment() + data[2:]
    stripped = strip_jpeg(data)
    assert stripped is not None and b"Photographer" not in stripped


def test_png_loses_text_and_exif_chunks_but_no_pixel() -> None:
    original = png_photo(alpha=True)
    assert has_gps(original)
    stripped = strip_png(original)
    assert stripped is not None
    assert not has_gps(stripped)
    im = Image.open(io.BytesIO(stripped))
    assert "Comment" not in im.info and not im.getexif()
    assert pixels(stripped) == pixels(original)


def test_png_without_metadata_is_unchanged_and_trailing_bytes_go() -> None:
    plain = png()
    assert strip_png(plain) == plain
    assert strip_png(plain + b"secret") == plain


@pytest.mark.parametrize("data", [b"", png()[:-12], png()[:30], b"\x89PNG\r\n\x1a\nxxxx"])
def test_a_broken_png_is_left_to_pillow(data: bytes) -> None:
    assert strip_png(data) is None


def test_an_unknown_critical_png_chunk_is_left_to_pillow() -> None:
    plain = png()
    chunk = (0).to_bytes(4, "big") + b"ZZZZ" + b"\0\0\0\0"
    assert strip_png(plain[:33] + chunk + plain[33:]) is None


def test_gif_loses_comments_and_xmp_but_keeps_frames_delays_and_loop() -> None:
    original = gif_animation()
    xmp = b"\x21\xff\x0bXMP DataXMP" + b"\x05GPS52" + b"\x00"
    trailer_at = original.rindex(b"\x3b")
    with_xmp = original[:trailer_at] + xmp + original[trailer_at:] + b"after the end"
    stripped = strip_gif(with_xmp)
    assert stripped is not None
    assert b"made at home" not in stripped and b"XMP" not in stripped
    assert stripped.endswith(b"\x3b")
    before, after = Image.open(io.BytesIO(original)), Image.open(io.BytesIO(stripped))
    assert after.n_frames == before.n_frames == 3 and after.info["loop"] == 0
    for n in range(3):
        before.seek(n)
        after.seek(n)
        assert after.convert("RGB").tobytes() == before.convert("RGB").tobytes()


@pytest.mark.parametrize("cut", [5, 13, 40, -2])
def test_a_cut_gif_is_left_to_pillow(cut: int) -> None:
    assert strip_gif(gif_animation()[:cut]) is None


def test_webp_loses_exif_and_xmp_and_their_flags() -> None:
    frames = [picture(60, 40, seed=n) for n in range(3)]
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (52.0, 31.0, 12.5)}
    out = io.BytesIO()
    frames[0].save(out, "WEBP", save_all=True, append_images=frames[1:], duration=80,
                   exif=exif.tobytes(), xmp=b"<x>GPS</x>", icc_profile=b"p" * 99)
    stripped = strip_webp(out.getvalue())
    assert stripped is not None and not has_gps(stripped) and b"EXIF" not in stripped
    im = Image.open(io.BytesIO(stripped))
    assert im.n_frames == 3 and im.info["icc_profile"] == b"p" * 99
    assert stripped[20] & 0x0C == 0  # the VP8X flags say so too
    assert int.from_bytes(stripped[4:8], "little") == len(stripped) - 8


@pytest.mark.parametrize("data", [b"", b"RIFF\xff\xff\x00\x00WEBP", b"RIFF\x04\x00\x00\x00WEBX"])
def test_a_broken_webp_is_left_to_pillow(data: bytes) -> None:
    assert strip_webp(data) is None
