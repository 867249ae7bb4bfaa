"""The image store in the build cache (`images/`): processed files named by their key (made
by the workers, encode.py) and an index from a file's state to what was made of it, so a
build whose images did not change stats them and reads none.

`build` prunes the store: what no build used for `KEEP` builds in a row goes, so switching
between a build with drafts and one without does not encode their images again every time.
`serve` and `check` never prune; they keep their index in memory."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from mentorblog.images.jobs import Result, all_stored, result_data, result_from

KEEP = 3  # builds an unused result survives
_FORMAT = 1
_INDEX = "index.json"
_STALE_TEMP = 3600  # seconds: a temporary file this old is a killed worker's


class ImageCache:
    """The store and its index; one per build (and one for all of a `serve`'s builds)."""

    def __init__(
        self, folder: Path | None = None, *, prune: bool = False, make: bool = True
    ) -> None:
        self.folder = folder  # None until `bind`: the site's cache is known from site.yaml
        self.prune = prune
        self.make = make  # False (`check`): the site's cache only if a build already made it
        self._entries: dict[str, tuple[Result, int]] | None = None  # key -> (result, used)
        self._generation = 0
        self._used: set[str] = set()
        self._changed = False

    def bind(self, folder: Path) -> None:
        """Use the store in `folder` (for `serve` and `check`, once site.yaml is read)."""
        if folder != self.folder:
            self.folder = folder
            self._entries = None

    @property
    def store(self) -> Path:
        assert self.folder is not None, "ImageCache used before bind()"
        return self.folder

    def lookup(self, key: str) -> Result | None:
        """What a file in this state gave before, if all its files are still stored."""
        entry = self._index().get(key)
        if entry is None or not all_stored(self.store, entry[0]):
            return None
        self._used.add(key)
        return entry[0]

    def remember(self, key: str, result: Result) -> None:
        entries = self._index()
        if key not in entries or entries[key][0] != result:
            entries[key] = (result, self._generation)
            self._changed = True
        self._used.add(key)

    def save(self) -> None:
        """Write the index when it changed (and, for `build`, prune the store)."""
        entries = self._index()
        if not self._changed:
            return
        self._generation += 1
        for key in self._used:
            if key in entries:
                entries[key] = (entries[key][0], self._generation)
        for key in [k for k, (_, used) in entries.items() if used <= self._generation - KEEP]:
            del entries[key]
        data = {
            "format": _FORMAT,
            "generation": self._generation,
            "entries": {k: [result_data(r), used] for k, (r, used) in sorted(entries.items())},
        }
        self.store.mkdir(parents=True, exist_ok=True)
        tmp = self.store / f".tmp-{os.getpid()}-{_INDEX}"
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.store / _INDEX)
        self._changed = False
        self._used = set()  # a serve keeps this cache for its next build
        if self.prune:
            self._prune({r for r, _ in entries.values()})

    def _index(self) -> dict[str, tuple[Result, int]]:
        if self._entries is None:
            self._entries = {}
            try:
                data = json.loads((self.store / _INDEX).read_bytes())
                if data.get("format") != _FORMAT:
                    raise ValueError
                self._generation = int(data["generation"])
                for key, (raw, used) in data["entries"].items():
                    result = result_from(raw)
                    if result is not None:
                        self._entries[key] = (result, int(used))
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                self._entries = {}
        return self._entries

    def _prune(self, results: set[Result]) -> None:
        """Delete every stored file no kept result names (a file linked into an output
        stays there: only the store's name goes)."""
        keep = {_INDEX}
        for result in results:
            keep.add(result.key + ".json")
            keep.update(s.key + s.ext for s in (result.original, *result.copies) if s)
        now = time.time()
        with os.scandir(self.store) as folders:
            for folder in folders:
                if not folder.is_dir(follow_symlinks=False) or len(folder.name) != 2:
                    continue
                with os.scandir(folder.path) as files:
                    for entry in files:
                        if entry.name in keep or not entry.is_file(follow_symlinks=False):
                            continue
                        young = now - entry.stat().st_mtime < _STALE_TEMP
                        if entry.name.startswith(".tmp-") and young:
                            continue  # another process may be writing it
                        os.unlink(entry.path)
