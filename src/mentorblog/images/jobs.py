"""What the main process sends the image workers and what they send back (no Pillow here:
a build whose images are all cached never loads it)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

PIPELINE = 3  # bump when what is made from the same bytes and settings changes


@dataclass(frozen=True, slots=True)
class Job:
    """One image file and what to make of it."""

    origin: str  # absolute path of the file
    widths: tuple[int, ...]  # copies asked for (none: only published without metadata)
    formats: tuple[str, ...]  # modern formats of the copies, besides the fallback's
    quality: tuple[tuple[str, int], ...]
    keep_metadata: bool
    store: str  # the image store's folder


@dataclass(frozen=True, slots=True)
class Stored:
    """A file in the store, by its key."""

    key: str
    ext: str
    size: int
    format: str = ""
    width: int = 0
    height: int = 0


@dataclass(frozen=True, slots=True)
class Result:
    key: str  # of the bytes and the job's settings: names the result's record in the store
    digest: str  # of the file's bytes
    width: int  # as shown: EXIF orientation applied
    height: int
    format: str  # "jpeg", "png", ...
    animated: bool
    original: Stored | None  # the original without metadata; None: published as it is
    copies: tuple[Stored, ...]  # resized, best format first, then by width


@dataclass(frozen=True, slots=True)
class Failure:
    message: str  # what is wrong with the file: "image file is truncated (...)"
    # No image format Pillow knows starts the file (a download named `.png`, say): nothing
    # in it is an image's metadata, so when no page shows it, it is copied as it is.
    unknown_format: bool = False


def result_data(result: Result) -> dict[str, object]:
    """As JSON holds it (the store's records, the index)."""
    return asdict(result)


def result_from(data: object) -> Result | None:
    """A result read back; None for anything of another shape (an older version's)."""
    try:
        assert isinstance(data, dict)
        original = data["original"]
        return Result(
            str(data["key"]),
            str(data["digest"]),
            int(data["width"]),
            int(data["height"]),
            str(data["format"]),
            bool(data["animated"]),
            Stored(**original) if original else None,
            tuple(Stored(**c) for c in data["copies"]),
        )
    except (AssertionError, KeyError, TypeError, ValueError):
        return None


def stored_path(store: Path, stored: Stored) -> Path:
    # One string parsed once: joining Paths part by part cost a warm build of 500 photos
    # (8,500 stored files) a tenth of a second.
    return Path(f"{store}/{stored.key[:2]}/{stored.key}{stored.ext}")


def all_stored(store: Path, result: Result) -> bool:
    """Every file of the result is still in the store (another build may have pruned it)."""
    folder = str(store)
    return all(
        os.path.isfile(f"{folder}/{s.key[:2]}/{s.key}{s.ext}")
        for s in (result.original, *result.copies)
        if s is not None
    )
