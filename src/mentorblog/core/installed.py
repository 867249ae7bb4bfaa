"""Which version of a library is installed, read from the names of the `.dist-info`
folders on `sys.path` (`Jinja2-3.1.6.dist-info`: the installers' naming that PEP 427 and
the packaging specifications fix), as `importlib.metadata` finds them first.

Every build asks (the build cache's code digest names the rendering libraries' versions,
and the precompiled theme is matched to Jinja's), and `importlib.metadata` costs ~20 ms a
process to import and ask nine times, a tenth of a build's start. A library found by
another kind of metadata only (an `.egg-info` of an old `setup.py develop`) is looked up
with `importlib.metadata` after all, so the answer never differs from its answer but for
speed."""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path

_SUFFIX = ".dist-info"


@functools.cache
def _dist_infos() -> dict[str, tuple[str, Path]]:
    """Normalised name -> (version, its `.dist-info` folder), the first one on the path
    winning."""
    found: dict[str, tuple[str, Path]] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith(_SUFFIX):
                continue
            project, sep, version = name[: -len(_SUFFIX)].partition("-")
            if sep and version:
                found.setdefault(normalised(project), (version, Path(entry or ".", name)))
    return found


@functools.cache
def _elsewhere() -> frozenset[str]:
    """Normalised names of projects with `.egg-info` or `.egg-link` metadata on the path:
    what `_dist_infos` cannot read, so `importlib.metadata` answers for them."""
    found = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, dot, kind = name.rpartition(".")
            if dot and kind in ("egg-info", "egg-link"):
                found.add(normalised(stem.partition("-")[0]))
    return frozenset(found)


def normalised(project: str) -> str:
    """A project's name as the packaging specifications compare it."""
    return re.sub(r"[-_.]+", "_", project).lower()


def version(project: str) -> str | None:
    """The installed version of `project` (as pip names it), None when it is not installed."""
    key = normalised(project)
    if key in _elsewhere():
        return _from_metadata(project)
    found = _dist_infos().get(key)
    return found[0] if found is not None else None


def location(project: str) -> Path | None:
    """The folder `project` is installed in (where its `.dist-info` folder is), None when
    it is not installed from a `.dist-info`."""
    key = normalised(project)
    found = _dist_infos().get(key)
    return found[1].parent if found is not None and key not in _elsewhere() else None


def _from_metadata(project: str) -> str | None:
    from importlib import metadata  # only for metadata `_dist_infos` cannot read

    try:
        return metadata.version(project)
    except metadata.PackageNotFoundError:
        return None
