"""The image stage, between collect and render: every raster image the site publishes loses
its metadata, every one a page shows gets resized copies, and the site's static files and
its image table (`Site.images`, which the render stage reads) say so.

Encoding runs in worker processes (`run`, the build's pool) and lands in the image store
(store.py), keyed on the image's bytes and the settings; a file whose state the store's index
knows is not even read, so a build whose images did not change encodes and decodes nothing."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import replace

from mentorblog.core.errors import BuildError, Notice, raise_all
from mentorblog.core.model import ImageCopy, PublishedImage, Site, StaticFile
from mentorblog.images.jobs import PIPELINE, Failure, Job, Result, Stored, stored_path
from mentorblog.images.markup import SHOWN, fallback_format
from mentorblog.images.refs import Usage, is_raster, usages
from mentorblog.images.store import ImageCache

Outcome = Result | Failure
Worker = Callable[[list[Job]], list[Outcome]]
Runner = Callable[[Worker, list[list[Job]]], list[list[Outcome]]]


def in_process(worker: Worker, chunks: list[list[Job]]) -> list[list[Outcome]]:
    """A runner without worker processes (tests, `--jobs 1`)."""
    return [worker(chunk) for chunk in chunks]


def publish_images(site: Site, cache: ImageCache, run: Runner = in_process) -> Site:
    """The site with its images processed: static files point at the store's files (for
    images that lost metadata, and for each copy), and `Site.images` describes them."""
    settings = site.config.images
    if settings is None:
        return site
    files: dict[str, StaticFile] = {}
    for f in site.static:
        if is_raster(f.path):
            files[f.path] = f  # a path given twice: the later file is the one published
    if not files:
        return site
    wanted = usages(site, settings)
    spec = repr(
        (PIPELINE, _pillow_version(), settings.formats, settings.quality, settings.keep_metadata)
    )
    results: dict[str, Result] = {}
    todo: list[tuple[str, str, Job]] = []  # (path, index key, job)
    for path in sorted(files):
        f = files[path]
        usage = wanted.get(path, Usage(()))
        job = Job(
            str(f.origin),
            usage.widths,
            settings.formats,
            settings.quality,
            settings.keep_metadata,
            str(cache.store),
        )
        key = _state_key(f, usage.widths, spec)
        known = cache.lookup(key) if key else None
        if known is not None:
            results[path] = known
        else:
            todo.append((path, key, job))
    plain: list[Notice] = []
    if todo:
        from mentorblog.images.encode import process_chunk  # Pillow, only when needed

        todo.sort(key=lambda t: (-_size(t[2].origin), t[0]))  # the longest first
        outcomes = [o for chunk in run(process_chunk, [[job] for _, _, job in todo]) for o in chunk]
        errors: list[BuildError] = []
        for (path, key, _), outcome in zip(todo, outcomes, strict=True):
            shown = wanted.get(path)
            if isinstance(outcome, Failure) and outcome.unknown_format and not _shown(shown):
                # Not an image at all, and no page shows it: a file like any other, as
                # Jekyll and Hugo copy it (a CTF download named `k3y.png` stopped a build).
                plain.append(
                    Notice(f"not an image ({outcome.message}); copied as it is", files[path].source)
                )
                del files[path]
            elif isinstance(outcome, Failure):
                errors.append(_error(files[path], shown, outcome.message))
            else:
                results[path] = outcome
                if key:
                    cache.remember(key, outcome)
        raise_all(errors, "image errors")
    published = _published(site, files, results, wanted, cache)
    return replace(published, notices=published.notices + tuple(plain)) if plain else published


def _shown(usage: Usage | None) -> bool:
    """Whether a page (or a setting) shows the image."""
    return usage is not None and usage.source is not None


def _published(
    site: Site,
    files: dict[str, StaticFile],
    results: dict[str, Result],
    wanted: dict[str, Usage],
    cache: ImageCache,
) -> Site:
    store = cache.store
    table: dict[str, PublishedImage] = {}
    replaced: dict[str, StaticFile] = {}
    added: list[StaticFile] = []
    for path in sorted(results):
        f, result = files[path], results[path]
        if result.original is not None:
            replaced[path] = StaticFile(
                stored_path(store, result.original), path, f.source, link=True
            )
        original_size = result.original.size if result.original else _size(str(f.origin))
        copies: list[ImageCopy] = []
        for stored in result.copies:
            copy = copy_path(path, stored)
            copies.append(ImageCopy(copy, stored.width, stored.height, stored.format, stored.size))
            added.append(StaticFile(stored_path(store, stored), copy, f.source, link=True))
        usage = wanted.get(path)
        fallback = fallback_format(result.format)
        if (
            copies
            and usage
            and usage.widths
            and result.width <= max(usage.widths)
            and result.format in SHOWN
            and not any(c.format == fallback and c.width == result.width for c in copies)
        ):
            # The original itself is the widest candidate in its own format (a browser
            # shows it: not a TIFF), unless a copy in the fallback format already is (a
            # GIF's or BMP's PNG copy at full width: one width twice is no srcset).
            copies.append(
                ImageCopy(path, result.width, result.height, result.format, original_size)
            )
        table[path] = PublishedImage(
            path,
            f.source,
            result.width,
            result.height,
            result.format,
            original_size,
            _ordered(copies),
            result.animated,
        )
    static = tuple(
        replaced.get(f.path, f) if files.get(f.path) is f else f for f in site.static
    ) + tuple(added)
    _check_paths(site, added)
    return replace(site, static=static, images=table)


def copy_path(original: str, stored: Stored) -> str:
    """`posts/a/photo.jpg` -> `posts/a/photo-720w.3f2a9c1d4e.webp`: beside the original,
    named by width and by content (a changed photo gets new addresses, so no reader's
    browser shows the old one from its cache)."""
    folder, _, name = original.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    copy = f"{stem}-{stored.width}w.{stored.key[:10]}{stored.ext}"
    return f"{folder}/{copy}" if folder else copy


def _ordered(copies: Sequence[ImageCopy]) -> tuple[ImageCopy, ...]:
    rank = {"avif": 0, "webp": 1}
    return tuple(sorted(copies, key=lambda c: (rank.get(c.format, 2), c.width, c.path)))


def _check_paths(site: Site, added: Sequence[StaticFile]) -> None:
    """A copy's name never replaces a file the site publishes."""
    taken = {o.path.casefold(): o.source for o in site.outputs}
    taken.update({f.path.casefold(): f.source for f in site.static})
    errors = []
    for f in added:
        other = taken.get(f.path.casefold())
        if other is not None:
            errors.append(
                BuildError(
                    f"a resized copy of this image would be published as {f.path!r}, which "
                    f"{other or 'another output'} already writes; rename one of them",
                    f.source,
                )
            )
        taken[f.path.casefold()] = f.source
    raise_all(errors, "image errors")


def _error(f: StaticFile, usage: Usage | None, message: str) -> BuildError:
    """At the Markdown line (or setting) that shows the image, else at the image itself."""
    if usage is not None and _shown(usage):
        return BuildError(
            f"image {f.source} is not a readable image: {message}", usage.source, usage.line
        )
    return BuildError(f"not a readable image: {message}", f.source)


def _state_key(f: StaticFile, widths: tuple[int, ...], spec: str) -> str:
    """The file by where it is and its state (size, times, inode), with what is asked of
    it: known to the index, it need not be read. "" when it cannot be stat'ed."""
    try:
        st = os.stat(f.origin)
    except OSError:
        return ""
    text = repr(
        (str(f.origin), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, widths, spec)
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _size(origin: str) -> int:
    try:
        return os.stat(origin).st_size
    except OSError:
        return 0


def _pillow_version() -> str:
    """Pillow's version without loading its image code (25 ms)."""
    import PIL

    return str(PIL.__version__)
