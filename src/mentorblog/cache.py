"""The build cache: what is expensive to redo, keyed by content, settings and version.

Rendered html lives in append-only pack files (one per worker per build) so the main process
never holds every page's html: it keeps a small reference (pack, offset, length) and the render
stage reads each body when it writes that page. Parsed pages are kept by the hash of the file's
bytes and the settings that shape them. Deleting the folder only makes the next build cold."""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import IO

from mentorblog import __version__

_INDEX = "pages.pickle"
_PACKS = "packs"
_FORMAT = 1  # bump when what the cache stores changes shape


@dataclass(frozen=True, slots=True)
class HtmlRef:
    """Where one page's rendered html is stored."""

    pack: str
    offset: int
    length: int


def settings_key(*parts: object) -> str:
    """A key for everything that changes what a file parses and renders to, including the
    shape of the cached classes, so an upgrade never unpickles an old layout, and mentorblog's
    own code, so an edited checkout (or a release that forgot to bump the version) never
    serves html an older renderer made."""
    text = repr((_FORMAT, __version__, _code_digest(), _model_shape(), parts))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


@functools.cache
def _code_digest() -> str:
    """The bytes of every module of the package (~40 small files, read once per process)."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0")
        digest.update(module.read_bytes())
    return digest.hexdigest()


def _model_shape() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from mentorblog import model

    classes = (model.Page, model.Content, model.Cover, model.Heading, model.LinkRef, HtmlRef)
    return tuple((c.__name__, tuple(f.name for f in fields(c))) for c in classes)


def file_key(data: bytes, settings: str) -> str:
    return hashlib.sha256(data + settings.encode()).hexdigest()[:32]


class PackWriter:
    """Appends html bodies to this process's pack file; one writer per worker."""

    def __init__(self, folder: Path) -> None:
        (folder / _PACKS).mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=".pack",
                                        dir=folder / _PACKS)
        self._file: IO[bytes] = os.fdopen(handle, "wb")
        self._name = Path(name).name
        self._offset = 0

    def add(self, html: str) -> HtmlRef:
        data = html.encode()
        self._file.write(data)
        ref = HtmlRef(self._name, self._offset, len(data))
        self._offset += len(data)
        return ref

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()


class PackReader:
    """Reads html bodies back; keeps the pack files it has opened."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder / _PACKS
        self._open: dict[str, IO[bytes]] = {}

    def read(self, ref: HtmlRef) -> str:
        handle = self._open.get(ref.pack)
        if handle is None:
            handle = self._open[ref.pack] = open(self._folder / ref.pack, "rb")  # noqa: SIM115
        handle.seek(ref.offset)
        return handle.read(ref.length).decode()

    def close(self) -> None:
        for handle in self._open.values():
            handle.close()
        self._open.clear()


def load_index(folder: Path, settings: str) -> dict[str, object]:
    """Parsed pages of the previous build ({file key: page}), or {} when stale or absent."""
    try:
        with open(folder / _INDEX, "rb") as f:
            stored_settings, pages = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            ImportError):
        return {}
    if stored_settings != settings or not isinstance(pages, dict):
        return {}
    packs = folder / _PACKS
    return {k: v for k, v in pages.items() if _refs_exist(v, packs)}


def _refs_exist(page: object, packs: Path) -> bool:
    content = getattr(page, "content", None)
    ref = getattr(content, "html_ref", None)
    return ref is None or (packs / ref.pack).is_file()


def save_index(folder: Path, settings: str, pages: dict[str, object]) -> None:
    """Write the index atomically, then drop pack files no live page refers to."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix="pages-", dir=folder)
    with os.fdopen(handle, "wb") as f:
        pickle.dump((settings, pages), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / _INDEX)
    live = {getattr(getattr(p, "content", None), "html_ref", None) for p in pages.values()}
    live_packs = {ref.pack for ref in live if isinstance(ref, HtmlRef)}
    packs = folder / _PACKS
    if packs.is_dir():
        for pack in packs.iterdir():
            if pack.name not in live_packs:
                pack.unlink(missing_ok=True)


def remove_packs(folder: Path, names: Iterable[str]) -> None:
    for name in names:
        (folder / _PACKS / name).unlink(missing_ok=True)


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
