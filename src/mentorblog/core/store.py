"""The site's store: append-only pack files that hold the long texts of pages (html, plain
text, search terms), so the planned Site stays small while every text stays reachable.

A parse worker appends each body to its own pack (`PackWriter`) and keeps a `StoredText`
(pack, offset, length) in the page's Content; whoever renders reads it back through
`PackReader.read`, which takes a text as it is or where it is stored. The packs live in the
build cache (`Site.store`), so a warm build keeps them and renders nothing twice."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO

from mentorblog.core.model import StoredText, Text

PACKS = "packs"  # the store's folder inside the build cache
# Opening a file of the build cache never follows a link there: the cache may come from
# storage others can write to (CI), and a pack linked to any file of the machine would put
# that file's bytes into the published site.
NO_LINKS = getattr(os, "O_NOFOLLOW", 0)


def open_cached(path: Path, flags: int = os.O_RDONLY, mode: int = 0o644) -> int:
    """`os.open` of a file of the build cache, refusing a symbolic link (OSError)."""
    return os.open(path, flags | NO_LINKS | getattr(os, "O_CLOEXEC", 0), mode)


class PackWriter:
    """Appends texts to this process's pack file; one writer per worker."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=".pack", dir=folder)
        self._file: IO[bytes] = os.fdopen(handle, "wb")
        self._name = Path(name).name
        self._offset = 0

    def add(self, text: str) -> StoredText:
        data = text.encode()
        self._file.write(data)
        stored = StoredText(self._name, self._offset, len(data))
        self._offset += len(data)
        return stored

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()


class PackReader:
    """Reads stored texts back; keeps the pack files it has opened."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder
        self._open: dict[str, IO[bytes]] = {}

    def read(self, text: Text) -> str:
        """The text itself: `text` when it is one, else its bytes from the store."""
        if isinstance(text, str):
            return text
        handle = self._open.get(text.pack)
        if handle is None:
            if self._folder is None:
                raise ValueError(f"{text} is stored, and this site names no store")
            fd = open_cached(self._folder / text.pack)
            handle = self._open[text.pack] = os.fdopen(fd, "rb")
        handle.seek(text.offset)
        return handle.read(text.length).decode()

    def close(self) -> None:
        for handle in self._open.values():
            handle.close()
        self._open.clear()
