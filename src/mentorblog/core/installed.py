"""Which version of a library is installed, read from the names of the `.dist-info`
folders on `sys.path` (`Jinja2-3.1.6.dist-info`: the naming the packaging specifications
fix for pip, uv, Poetry and conda installs), the first one winning as in
`importlib.metadata`.

Every build asks (the build cache's code digest names the rendering libraries' versions,
and the precompiled theme is matched to Jinja's), and `importlib.metadata` costs ~20 ms a
process to import and ask nine times, a tenth of a build's start. Whatever the names
cannot answer for is asked of `importlib.metadata` after all: a project with `.egg-info`,
`.egg-link` or `.egg` metadata, any project when an archive (a zip) is on the path, and a
`.dist-info` folder without its METADATA file."""

from __future__ import annotations

import functools
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

_SUFFIX = ".dist-info"
_OTHER_KINDS = (".egg-info", ".egg-link", ".egg")  # metadata this module does not read


@dataclass(frozen=True, slots=True)
class _Found:
    """What the folders on `sys.path` hold, listed once a process."""

    dist_infos: dict[str, tuple[str, Path]]  # normalised name -> (version, its folder)
    elsewhere: frozenset[str]  # names with metadata of `_OTHER_KINDS`
    opaque: bool  # an archive on the path (a zip, a zipped egg): only importlib reads it


@functools.cache
def _found() -> _Found:
    """Every `.dist-info` folder name on the path, the first one of a project winning; the
    projects whose metadata is of another kind; and whether some entry is an archive."""
    dist_infos: dict[str, tuple[str, Path]] = {}
    elsewhere: set[str] = set()
    opaque = False
    for entry in sys.path:
        folder = entry or "."
        own = _other_kind(os.path.basename(folder))  # the path entry is an egg itself
        if own is not None:
            elsewhere.add(own)
        try:
            names = os.listdir(folder)
        except OSError:
            opaque = opaque or os.path.isfile(folder)
            continue
        for name in names:
            if name.lower().endswith(_SUFFIX):
                project, sep, version = name[: -len(_SUFFIX)].partition("-")
                if sep and version:
                    dist_infos.setdefault(normalised(project), (version, Path(folder, name)))
            elif (other := _other_kind(name)) is not None:
                elsewhere.add(other)
    return _Found(dist_infos, frozenset(elsewhere), opaque)


def _other_kind(name: str) -> str | None:
    """The normalised project of an `.egg-info`, `.egg-link` or `.egg` name, else None."""
    lower = name.lower()
    for suffix in _OTHER_KINDS:
        if lower.endswith(suffix):
            return normalised(name[: -len(suffix)].partition("-")[0])
    return None


def normalised(project: str) -> str:
    """A project's name as the packaging specifications compare it."""
    return re.sub(r"[-_.]+", "_", project).lower()


def version(project: str) -> str | None:
    """The installed version of `project` (as pip names it), None when it is not installed."""
    readable, entry = _dist_info(project)
    if not readable:
        return _from_metadata(project)
    return entry[0] if entry is not None else None


def location(project: str) -> Path | None:
    """The folder `project` is installed in (where its `.dist-info` folder is), None when
    it is not installed from a readable `.dist-info`."""
    readable, entry = _dist_info(project)
    return entry[1].parent if readable and entry is not None else None


def _dist_info(project: str) -> tuple[bool, tuple[str, Path] | None]:
    """Whether the folder names alone answer for `project`, and its `.dist-info` (version,
    folder) if any. They do not when metadata of another kind names it or an archive is on
    the path, nor when its folder holds no METADATA (an interrupted install leaves such a
    folder, which importlib.metadata passes over)."""
    found = _found()
    key = normalised(project)
    if found.opaque or key in found.elsewhere:
        return False, None
    entry = found.dist_infos.get(key)
    if entry is not None and not os.path.isfile(entry[1] / "METADATA"):
        return False, None
    return True, entry


def _from_metadata(project: str) -> str | None:
    from importlib import metadata  # only for metadata the folder names cannot answer for

    try:
        return metadata.version(project)
    except metadata.PackageNotFoundError:
        return None
