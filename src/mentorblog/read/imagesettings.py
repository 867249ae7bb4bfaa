"""site.yaml `images:` -> ImageSettings (or None for `images: false`).

At the top level `images:` holding a mapping, `true` or `false` is the image pipeline; a list
or one address is PaperMod's `images` (the pictures of social cards), read with the theme's
params (read/config.py decides which before calling this)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from mentorblog.core.errors import BuildError
from mentorblog.core.model import ImageSettings

KNOWN_FORMATS = ("avif", "webp")  # the modern formats copies can be made in, best first
LOSSY = ("jpeg", "webp", "avif")  # the formats `quality` applies to
_KEYS = {
    "widths": "widths",
    "formats": "formats",
    "quality": "quality",
    "keepmetadata": "keep_metadata",
    "sizes": "sizes",
    "sizelimit": "size_limit",
}
MAX_WIDTH = 8192  # wider copies are of no use on any screen, and cost memory to make
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2}

Fail = Callable[[str, str], BuildError]  # (key as shown, message) -> the error to raise
Warn = Callable[[str, str], None]  # (key as shown, message)


def image_settings(value: object, fail: Fail, warn: Warn) -> ImageSettings | None:
    """`true`/nothing: the defaults; `false`: no image processing at all."""
    if value is False:
        return None
    if value is True or value is None:
        return ImageSettings()
    if not isinstance(value, Mapping):
        raise fail("images", "must be a mapping such as {widths: [360, 720]}, or false")
    settings = ImageSettings()
    for key, item in value.items():
        name = _KEYS.get(str(key).replace("_", "").replace("-", "").lower())
        shown = f"images.{key}"
        if name is None:
            close = difflib.get_close_matches(str(key), list(_KEYS.values()), n=1, cutoff=0.6)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            warn(shown, f"unknown setting `{shown}` is ignored{hint}")
        elif name == "widths":
            settings = replace(settings, widths=_widths(item, shown, fail))
        elif name == "formats":
            settings = replace(settings, formats=_formats(item, shown, fail, warn))
        elif name == "quality":
            settings = replace(settings, quality=_quality(item, shown, fail))
        elif name == "keep_metadata":
            if not isinstance(item, bool):
                raise fail(shown, f"must be true or false, not {item!r}")
            settings = replace(settings, keep_metadata=item)
        elif name == "sizes":
            if not isinstance(item, str) or not item.strip() or "<" in item or '"' in item:
                raise fail(
                    shown, 'must be a `sizes` value such as "(min-width: 50rem) 48rem, 100vw"'
                )
            settings = replace(settings, sizes=" ".join(item.split()))
        else:
            settings = replace(settings, size_limit=_size(item, shown, fail))
    return settings


def _widths(value: object, key: str, fail: Fail) -> tuple[int, ...]:
    items = value if isinstance(value, list) else [value]
    widths = set()
    for item in items:
        if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= MAX_WIDTH:
            raise fail(
                key,
                f"must list widths in pixels from 1 to {MAX_WIDTH}, "
                f"such as [360, 720, 1080], not {item!r}",
            )
        widths.add(item)
    if not widths:
        raise fail(key, "must list at least one width, such as [720]")
    return tuple(sorted(widths))


def _formats(value: object, key: str, fail: Fail, warn: Warn) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    found: list[str] = []
    for item in items:
        name = str(item).strip().lower() if isinstance(item, str) else ""
        if name not in KNOWN_FORMATS:
            raise fail(
                key,
                f"unknown format {item!r} (known: {', '.join(KNOWN_FORMATS)}; "
                "the original's format is always kept as the fallback)",
            )
        if name == "avif" and not can_write("avif"):
            warn(
                key,
                f"`{key}`: the installed Pillow cannot write AVIF, so no AVIF copies "
                "are made (Pillow 11.3 and later can)",
            )
            continue
        if name not in found:
            found.append(name)
    return tuple(sorted(found, key=KNOWN_FORMATS.index))


def _quality(value: object, key: str, fail: Fail) -> tuple[tuple[str, int], ...]:
    defaults = dict(ImageSettings().quality)
    if isinstance(value, Mapping):
        given = {}
        for name, number in value.items():
            fmt = "jpeg" if str(name).lower() in ("jpg", "jpeg") else str(name).lower()
            if fmt not in LOSSY:
                raise fail(key, f"`{name}`: quality is set for {', '.join(LOSSY)} only")
            given[fmt] = _percent(number, f"{key}.{name}", fail)
        return tuple({**defaults, **given}.items())
    number = _percent(value, key, fail)
    return tuple((fmt, number) for fmt in defaults)


def _percent(value: object, key: str, fail: Fail) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
        raise fail(key, f"must be a whole number from 1 to 100, not {value!r}")
    return value


def _size(value: object, key: str, fail: Fail) -> int:
    """Bytes, as a number or with a unit: 1000000, "1MB", "800 KB", "1.5MiB"."""
    text = str(value).strip() if not isinstance(value, bool) else ""
    match = _SIZE.fullmatch(text)
    if not match:
        raise fail(key, f"must be a size such as 1MB or 500KB, not {value!r}")
    return int(float(match[1]) * _UNITS[(match[2] or "").lower()])


def can_write(fmt: str) -> bool:
    """Whether the installed Pillow encodes `fmt` (AVIF needs Pillow 11.3's wheels or a
    build with libavif). Imported only when asked: Pillow costs 25 ms to load."""
    from PIL import features

    return bool(features.check({"avif": "avif", "webp": "webp"}.get(fmt, fmt)))
