"""One image, processed in a worker process: read, checked, its metadata removed, resized
and encoded into the image store (store.py). Everything here is keyed on the file's bytes
and the settings, so a job whose files are all in the store does no decoding at all.

The work is done with Pillow. Its limits are ours too: an image is refused (an error naming
the file) before decoding when it holds more pixels than `MAX_PIXELS` would take to decode,
and a truncated or corrupt file fails while decoding, never silently."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import re
import warnings
from pathlib import Path

import PIL
from PIL import Image, ImageOps, UnidentifiedImageError, features

from mentorblog.images import strip
from mentorblog.images.jobs import (
    PIPELINE,
    Failure,
    Job,
    Result,
    Stored,
    all_stored,
    result_data,
    result_from,
)
from mentorblog.images.markup import fallback_format

MAX_BYTES = 256 * 1024 * 1024  # no published image file is larger; refused unread
MAX_PIXELS = 40_000_000  # decoded at once (RGBA: 160 MB); a JPEG decodes reduced first
# Pillow's format -> ours. MPO is a JPEG with more pictures after its end (phones write them
# as .jpg): only the first is published, the rest goes with the metadata.
FORMATS = {
    "JPEG": "jpeg",
    "MPO": "jpeg",
    "PNG": "png",
    "WEBP": "webp",
    "GIF": "gif",
    "AVIF": "avif",
    "TIFF": "tiff",
    "BMP": "bmp",
}
# Pillow's readers we trust (an MPO file is opened by the JPEG reader). BMP is read for a
# file named .jpg that holds one (a Congo site has one): Hugo decodes it, browsers show it.
_OPENED = ["JPEG", "PNG", "WEBP", "GIF", "AVIF", "TIFF", "BMP"]
EXTENSIONS = {"jpeg": ".jpg", "png": ".png", "webp": ".webp", "avif": ".avif"}
_SAVE = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "avif": "AVIF"}
_SWAPS_AXES = (5, 6, 7, 8)  # EXIF orientations that turn the picture by 90 degrees


@functools.cache
def codec_versions() -> str:
    """The encoders' versions: a Pillow with another libwebp makes other bytes."""
    names = ("jpg", "webp", "avif", "zlib")
    return ",".join(f"{n}={features.version(n)}" for n in names) + f",pillow={PIL.__version__}"


def result_key(digest: str, job: Job) -> str:
    text = repr(
        (
            PIPELINE,
            codec_versions(),
            digest,
            job.widths,
            job.formats,
            job.quality,
            job.keep_metadata,
        )
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def process_chunk(jobs: list[Job]) -> list[Result | Failure]:
    """What a pool's worker runs: a few images, in order."""
    return [process(job) for job in jobs]


def process(job: Job) -> Result | Failure:
    """Read, check and process one image; its files go into the store."""
    try:
        with open(job.origin, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as err:
        return Failure(f"cannot open it ({err.strerror})")
    if len(data) > MAX_BYTES:
        return Failure(f"larger than {MAX_BYTES // 1024 // 1024} MB")
    digest = hashlib.sha256(data).hexdigest()
    key = result_key(digest, job)
    known = _stored_result(Path(job.store), key)
    if known is not None:
        return known
    try:
        with warnings.catch_warnings():
            # Pillow warns about damaged EXIF it then reads around; the picture is what
            # counts (and the EXIF is dropped anyway).
            warnings.simplefilter("ignore", UserWarning)
            result = _process(data, digest, key, job)
    except _Refused as refused:
        return Failure(str(refused))
    except Image.DecompressionBombError as err:
        found = re.search(r"\((\d+) pixels\)", str(err))  # Pillow's message names the size
        size = f"{int(found[1]) // 1_000_000} megapixels" if found else "too many pixels"
        return Failure(
            f"{size}, more than the {MAX_PIXELS // 1_000_000} megapixels mentorblog decodes "
            "(a decompression bomb?); make it smaller first"
        )
    except UnidentifiedImageError:
        if data.startswith(b"version https://git-lfs.github.com/spec/"):
            return Failure(
                "a Git LFS pointer, not the image itself: fetch the images with "
                "`git lfs pull` (in CI, check out with LFS)"
            )
        return Failure("Pillow cannot tell what format it is in", unknown_format=True)
    except Exception as err:  # Pillow's decoders raise many kinds for a broken file
        return Failure(_reason(err))
    _write(Path(job.store), key + ".json", json.dumps(result_data(result)).encode())
    return result


class _Refused(Exception):
    pass


def _reason(err: Exception) -> str:
    text = str(err).strip() or type(err).__name__
    return text if "truncated" in text else f"{text} (a damaged or truncated file?)"


def _open(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        # Pillow warns above 89 megapixels and refuses at twice that; MAX_PIXELS decides.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data), formats=_OPENED)


def _process(data: bytes, digest: str, key: str, job: Job) -> Result:
    im = _open(data)
    fmt = FORMATS[im.format or ""]
    raw_w, raw_h = im.size
    orientation = _orientation(im)
    swapped = orientation in _SWAPS_AXES
    width, height = (raw_h, raw_w) if swapped else (raw_w, raw_h)
    if getattr(im, "is_animated", False) and fmt != "jpeg":
        # Animations are published as they are, frames, delays and loops untouched, only
        # their metadata taken out (block by block); no copies are made of them.
        _check_frames(im)
        stored = None if job.keep_metadata else _published_animation(data, fmt)
        if stored is not None:
            _write(Path(job.store), stored[0].key + stored[0].ext, stored[1])
        kept = stored[0] if stored else None
        return Result(key, digest, width, height, fmt, True, kept, ())
    formats = tuple(f for f in job.formats if can_encode(f))  # AVIF needs Pillow >= 11.3
    plan = copy_plan(width, job.widths, formats, fmt)
    largest = max((w for _, w in plan), default=0)
    if fmt == "jpeg":
        # A JPEG decodes reduced by 2, 4 or 8 at once: no larger than the largest copy needs
        # (a file that is only checked decodes at an eighth, still reading every byte).
        want = (largest, max(1, round(height * largest / width))) if largest else (1, 1)
        im.draft(im.mode, (want[1], want[0]) if swapped else want)
    if im.size[0] * im.size[1] > MAX_PIXELS:
        raise _Refused(
            f"{raw_w} x {raw_h} pixels, more than the {MAX_PIXELS // 1_000_000} megapixels "
            "mentorblog decodes; make it smaller first"
        )
    im.load()  # a truncated or corrupt file fails here
    store = Path(job.store)
    original = None if job.keep_metadata else _published_original(data, im, fmt, orientation)
    if original is not None:
        _write(store, original[0].key + original[0].ext, original[1])
    published_size = original[0].size if original else len(data)
    copies = _copies(im, plan, digest, job, published_size, store, fmt) if plan else ()
    kept = original[0] if original else None
    return Result(key, digest, width, height, fmt, False, kept, copies)


def _check_frames(im: Image.Image) -> None:
    """Every frame decodes (a truncated animation fails here)."""
    frames = getattr(im, "n_frames", 1)
    if im.size[0] * im.size[1] > MAX_PIXELS:
        raise _Refused(
            f"{im.size[0]} x {im.size[1]} pixels, more than the "
            f"{MAX_PIXELS // 1_000_000} megapixels mentorblog decodes"
        )
    for n in range(frames):
        im.seek(n)
        im.load()


def _published_animation(data: bytes, fmt: str) -> tuple[Stored, bytes] | None:
    strippers = {"gif": strip.strip_gif, "png": strip.strip_png, "webp": strip.strip_webp}
    if fmt not in strippers:
        return None  # an animated AVIF: published untouched
    stripped = strippers[fmt](data)
    if stripped is None or not _is_clean(stripped, 1, fmt):
        raise _Refused("its metadata cannot be taken out without encoding the animation again")
    if stripped == data:
        return None
    key = hashlib.sha256(b"original\0" + stripped).hexdigest()[:32]
    return Stored(key, EXTENSIONS.get(fmt, ".gif"), len(stripped), fmt), stripped


def _orientation(im: Image.Image) -> int:
    value = im.getexif().get(0x0112, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def copy_plan(
    width: int, widths: tuple[int, ...], formats: tuple[str, ...], fmt: str
) -> list[tuple[str, int]]:
    """(format, width) of every copy, best format first: each asked-for width narrower than
    the original, and the original's own width when it is no wider than the widest asked
    for (in the modern formats; in its own format the original itself stands for it)."""
    if not widths:
        return []
    fallback = fallback_format(fmt)
    narrower = [w for w in sorted(set(widths), reverse=True) if w < width]
    full = [width] if width <= max(widths) else []
    plan = [(f, w) for f in formats if f != fallback for w in full + narrower]
    plan += [(fallback, w) for w in (narrower if fallback == fmt else full + narrower)]
    return plan


def _published_original(
    data: bytes, im: Image.Image, fmt: str, orientation: int
) -> tuple[Stored, bytes] | None:
    """The original without metadata; None when it has none to remove."""
    stripped: bytes | None = None
    if fmt == "jpeg":
        stripped = strip.strip_jpeg(data, orientation)
    elif fmt == "png" and orientation == 1:
        stripped = strip.strip_png(data)
    elif fmt == "webp" and orientation == 1:
        stripped = strip.strip_webp(data)
    elif fmt == "gif":
        stripped = strip.strip_gif(data)
    elif orientation == 1 and not _has_metadata(im, fmt):
        stripped = data
    if stripped is None or not _is_clean(stripped, orientation, fmt):
        stripped = _reencoded(data, fmt)
        if not _is_clean(stripped, 1, fmt):
            raise _Refused("it still held metadata after it was removed; please report this")
    if stripped == data:
        return None
    key = hashlib.sha256(b"original\0" + stripped).hexdigest()[:32]
    ext = EXTENSIONS.get(fmt, ".tif" if fmt == "tiff" else ".gif")
    return Stored(key, ext, len(stripped), fmt), stripped


def _has_metadata(im: Image.Image, fmt: str) -> bool:
    return fmt == "tiff" or any(
        im.info.get(k) for k in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop")
    )


# A TIFF's own tags (its pixels' layout) are no metadata; everything else of it is.
_TIFF_LAYOUT = frozenset(
    (
        256,
        257,
        258,
        259,
        262,
        266,
        273,
        277,
        278,
        279,
        282,
        283,
        284,
        296,
        317,
        320,
        322,
        323,
        324,
        325,
        338,
        339,
        530,
        531,
        532,
        34675,
    )
)


def _is_clean(data: bytes, orientation: int, fmt: str) -> bool:
    """Read back: no EXIF tag but the orientation, no XMP, IPTC or comment."""
    try:
        im = _open(data)
    except Exception:  # not readable back: the caller encodes it again instead
        return False
    exif = im.getexif()
    allowed = {0x0112} if orientation != 1 else set()
    if fmt == "tiff":
        allowed |= _TIFF_LAYOUT
    if set(exif) - allowed or exif.get_ifd(0x8825) or exif.get_ifd(0x8769):
        return False
    keys = ("xmp", "XML:com.adobe.xmp", "comment", "photoshop")
    if any(im.info.get(k) for k in keys) or (orientation == 1 and im.info.get("exif")):
        return False
    applist = getattr(im, "applist", [])
    return all(
        m in ("APP0", "APP2", "APP14") or (m == "APP1" and orientation != 1) for m, _ in applist
    )


def _reencoded(data: bytes, fmt: str) -> bytes:
    """The whole image decoded, turned upright and saved again without metadata: for
    formats and files the segment-level removal does not handle."""
    im = _open(data)
    im.load()
    upright = ImageOps.exif_transpose(im)
    icc = im.info.get("icc_profile")
    upright.info = {}
    out = io.BytesIO()
    if fmt == "jpeg":
        upright.save(out, "JPEG", quality=95, icc_profile=icc)
    elif fmt == "webp":
        lossless = data[12:16] == b"VP8L"
        upright.save(
            out, "WEBP", lossless=lossless, quality=100 if lossless else 90, icc_profile=icc
        )
    elif fmt == "gif":
        upright.save(out, "GIF")
    elif fmt == "tiff":
        upright.save(out, "TIFF", compression="tiff_lzw", icc_profile=icc)
    elif fmt == "avif" and can_encode("avif"):
        upright.save(out, "AVIF", quality=90, max_threads=1, icc_profile=icc)
    else:
        upright.save(out, "PNG", icc_profile=icc)
    return out.getvalue()


def can_encode(fmt: str) -> bool:
    return bool(features.check(fmt if fmt != "jpeg" else "jpg"))


def _copies(
    im: Image.Image,
    plan: list[tuple[str, int]],
    digest: str,
    job: Job,
    limit: int,
    store: Path,
    original_format: str,
) -> tuple[Stored, ...]:
    """Resize and encode; a copy that is not smaller than the published original is left
    out (the original then stands for it), and so is a copy that is not smaller than a
    copy of its width in a format ranked below it (an AVIF outweighing the WebP, a WebP
    outweighing the JPEG: the `<picture>` then offers the smaller one in its place,
    markup.py), so no browser fetches more bytes for a better format."""
    icc = im.info.get("icc_profile")
    upright = ImageOps.exif_transpose(im)
    if upright.mode not in ("RGB", "RGBA", "L"):
        alpha = upright.mode in ("LA", "PA", "La") or "transparency" in upright.info
        if upright.mode == "CMYK":
            icc = None  # a CMYK profile would describe the colours wrongly after converting
        upright = upright.convert("RGBA" if alpha else "RGB")
    upright.info = {}  # nothing of the original's metadata may ride along into a copy
    exif = _kept_exif(im) if job.keep_metadata else None
    quality = dict(job.quality)
    width, height = upright.size
    made: list[Stored] = []
    resized: dict[int, Image.Image] = {}
    settings = repr((PIPELINE, codec_versions(), hashlib.sha256(exif or b"").hexdigest()))
    rank = {step: n for n, step in enumerate(plan)}
    formats = list(dict.fromkeys(f for f, _ in plan))  # best first, the fallback last
    smallest: dict[int, int] = {}  # width -> the smallest file made so far at that width
    # The fallback first, the best format last: each copy must beat every file of a format
    # ranked below it at its width (a browser that reads AVIF reads WebP and JPEG too).
    # At the original's own width in its own format, the original is that file (`limit`).
    for fmt, w in sorted(plan, key=lambda step: -formats.index(step[0])):
        cap = min(limit, smallest.get(w, limit))
        h = max(1, round(height * w / width))
        spec = repr((digest, fmt, w, quality.get(fmt), settings))
        key = hashlib.sha256(spec.encode()).hexdigest()[:32]
        ext = EXTENSIONS[fmt]
        path = store / key[:2] / (key + ext)
        try:
            size = path.stat().st_size  # made before, for another page or path
        except FileNotFoundError:
            if w not in resized:
                resized[w] = (
                    upright
                    if (w, h) == upright.size
                    else upright.resize((w, h), Image.Resampling.LANCZOS, reducing_gap=3.0)
                )
            data = _encode(resized[w], fmt, quality.get(fmt, 80), icc, exif)
            size = len(data)
            if size >= cap:
                continue
            _write(store, key + ext, data)
        if size < cap:
            made.append(Stored(key, ext, size, fmt, w, h))
            smallest[w] = size
    made.sort(key=lambda stored: rank[(stored.format, stored.width)])  # as planned
    return tuple(made)


def _kept_exif(im: Image.Image) -> bytes | None:
    """`keep_metadata`: the original's EXIF, upright, for the copies too."""
    exif = im.getexif()
    if not exif:
        return None
    exif[0x0112] = 1
    return exif.tobytes()


def _encode(
    im: Image.Image, fmt: str, quality: int, icc: bytes | None, exif: bytes | None
) -> bytes:
    out = io.BytesIO()
    options: dict[str, object] = {}
    if icc:
        options["icc_profile"] = icc
    if exif:
        options["exif"] = exif
    if fmt == "jpeg":
        image = im.convert("RGB") if im.mode == "RGBA" else im
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True, **options)
    elif fmt == "png":
        im.save(out, "PNG", optimize=True, **options)
    elif fmt == "webp":
        im.save(out, "WEBP", quality=quality, method=4, **options)
    else:
        # One thread: libavif's output differs with the thread count (and so would copies
        # made on a machine with more cores); the workers keep the cores busy instead.
        im.save(out, "AVIF", quality=quality, speed=7, max_threads=1, **options)
    return out.getvalue()


def _stored_result(store: Path, key: str) -> Result | None:
    """A result made before whose files are all still in the store."""
    try:
        result = result_from(json.loads((store / key[:2] / (key + ".json")).read_bytes()))
    except (OSError, ValueError):
        return None
    if result is None or not all_stored(store, result):
        return None
    return result


def _write(store: Path, name: str, data: bytes) -> None:
    """Atomically, so a build killed halfway or another process writing the same file
    never leaves a partial one under a final name."""
    folder = store / name[:2]
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".tmp-{os.getpid()}-{name}"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, folder / name)


def without_metadata(data: bytes) -> bytes | None:
    """A raster image's bytes as the site publishes originals (no EXIF, GPS, XMP,
    comments), for shared posts, whose files travel inside the sealed page; None when the
    bytes are not an image Pillow reads."""
    try:
        with _open(data) as im:
            fmt = FORMATS[im.format or ""]
            found = _published_original(data, im, fmt, _orientation(im))
    except (_Refused, OSError, KeyError, ValueError, Image.DecompressionBombError):
        return None
    return data if found is None else found[1]
