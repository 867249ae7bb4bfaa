"""Write the site into a temporary folder beside the destination, then swap it in.

A failed or killed build leaves the previous output as it was; nothing outside the
destination (and our own temporary folders beside it) is ever written or deleted."""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mentorblog.errors import BuildError
from mentorblog.model import StaticFile

_RANDOM = re.compile(r"[^-]+")
_TMP = ".mentorblog-tmp-"
_OLD = ".mentorblog-old-"


def check_destination(destination: Path, root: Path) -> Path:
    """Refuse destinations where swapping in a new site would destroy the author's files."""
    dest = destination.expanduser().resolve()
    site = root.resolve()
    home = Path.home().resolve()
    if dest == Path(dest.anchor) or dest == home:
        raise BuildError(f"refusing to use {destination} as the output folder: it is "
                         "the filesystem root or your home folder")
    if dest == site or site.is_relative_to(dest):
        raise BuildError(f"refusing to use {destination} as the output folder: it holds the "
                         "site itself; pick a folder such as `public`")
    for source_dir in ("content", "layouts", "static"):
        if dest.is_relative_to(site / source_dir):
            raise BuildError(f"refusing to write the site into {source_dir}/, which is input")
    if (dest / "site.yaml").exists():
        raise BuildError(f"refusing to use {destination} as the output folder: it contains a "
                         "site.yaml, so it looks like a site, not a build output")
    return dest


def _siblings(dest: Path, prefix: str) -> list[Path]:
    """Our temporary folders for exactly this destination: `<prefix><name>-<random>`, where
    mkdtemp's random part has no `-`, so `public-2`'s folders never match `public`."""
    if not dest.parent.is_dir():
        return []
    start = prefix + dest.name + "-"
    return sorted(p for p in dest.parent.iterdir() if p.name.startswith(start)
                  and _RANDOM.fullmatch(p.name[len(start):]))


def recover(dest: Path) -> None:
    """Undo what a build killed mid-swap left behind, and remove its temporary folders."""
    old = _siblings(dest, _OLD)
    if not dest.exists() and old:
        old[-1].rename(dest)
        old = old[:-1]
    for leftover in (*old, *_siblings(dest, _TMP)):
        shutil.rmtree(leftover, ignore_errors=True)


def begin(dest: Path) -> Path:
    """Clean up after a killed build, then make the temporary folder the new site goes into."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        recover(dest)
        return Path(tempfile.mkdtemp(prefix=_TMP + dest.name + "-", dir=dest.parent))
    except OSError as err:
        raise BuildError(f"cannot prepare the output folder {dest}: {err.strerror}") from None


_FOLDERS_MADE: set[str] = set()  # by this process; a stale entry only costs a retry
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)


def create_file(tmp: Path, rel: str, data: bytes) -> FileState:
    """Write one output under the temporary folder (also from worker processes) with the
    fewest system calls: making 14,000 files is a third of the render stage at 10,000
    posts. Returns the file's state."""
    path = os.path.join(tmp, rel)
    folder = os.path.dirname(path)
    if folder not in _FOLDERS_MADE:
        os.makedirs(folder, exist_ok=True)
        if len(_FOLDERS_MADE) > 1 << 16:  # `serve` builds into a new folder every time
            _FOLDERS_MADE.clear()
        _FOLDERS_MADE.add(folder)
    try:
        fd = os.open(path, _NEW_FILE, 0o666)
    except FileNotFoundError:  # the folder went away since (another build in this process)
        os.makedirs(folder, exist_ok=True)
        fd = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        st = os.fstat(fd)
    finally:
        os.close(fd)
    return _state(st)


def copy_files(tmp: Path, files: Sequence[StaticFile]) -> None:
    made: set[Path] = set()
    for f in files:
        target = tmp / f.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        shutil.copyfile(f.origin, target)


@contextmanager
def staged(dest: Path, recycle: Path | None = None) -> Iterator[Path]:
    """The temporary folder to build the site in: swapped in when the block succeeds, removed
    (leaving the previous output as it was) when anything in it fails.

    With `recycle` (a folder on the same file system, in the build cache): the folder found
    there becomes the temporary folder, so its files and folders need not be made again, and
    the output that is swapped out is moved there for the next build instead of deleted."""
    tmp = begin(dest)
    if recycle is not None and recycle.is_dir() and not recycle.is_symlink():
        try:
            os.rename(recycle, tmp)  # onto the empty folder begin() made
        except OSError:
            shutil.rmtree(recycle, ignore_errors=True)
    try:
        yield tmp
        os.chmod(tmp, 0o755)
        _swap(tmp, dest, recycle)
    except OSError as err:
        abort(tmp)
        raise BuildError(f"cannot write the site to {dest}: {err.strerror or err}; the previous "
                         "output was left as it was") from None
    except BaseException:
        abort(tmp)
        raise


def abort(tmp: Path) -> None:
    shutil.rmtree(tmp, ignore_errors=True)


def write_site(dest: Path, rendered: Iterable[tuple[str, bytes]],
               files: Sequence[StaticFile]) -> int:
    """Write every output and copy every file, then swap the result in; returns bytes written."""
    total = 0
    with staged(dest) as tmp:
        for rel, data in rendered:
            create_file(tmp, rel, data)
            total += len(data)
        copy_files(tmp, files)
    return total


def _swap(tmp: Path, dest: Path, recycle: Path | None = None) -> None:
    if dest.exists() or dest.is_symlink():
        if not dest.is_dir() or dest.is_symlink():
            raise BuildError(f"the output folder {dest} exists and is not a folder")
        if _exchange(tmp, dest):
            _retire(tmp, recycle)  # tmp now holds the previous output
            return
        old = Path(tempfile.mkdtemp(prefix=_OLD + dest.name + "-", dir=dest.parent))
        old.rmdir()
        dest.rename(old)
        tmp.rename(dest)
        _retire(old, recycle)
    else:
        tmp.rename(dest)


def _retire(old: Path, recycle: Path | None) -> None:
    """Keep the previous output for the next build to recycle, or delete it."""
    if recycle is not None:
        try:
            recycle.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(recycle, ignore_errors=True)
            os.rename(old, recycle)
            return
        except OSError:
            pass  # another file system: the next build starts from an empty folder
    shutil.rmtree(old, ignore_errors=True)


# -- reusing files of the previous output ---------------------------------------------------------

FileState = tuple[int, int, int]  # size, mtime_ns, inode: a file nobody changed keeps all three


def file_state(path: Path) -> FileState | None:
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return _state(st) if stat.S_ISREG(st.st_mode) else None


def _state(st: os.stat_result) -> FileState:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


@dataclass(frozen=True, slots=True)
class Tree:
    """What a folder holds: regular files with their state, folders, and anything else
    (links, sockets), all relative and "/"-separated."""

    files: dict[str, FileState]
    folders: set[str]
    others: set[str]


def scan(root: Path) -> Tree:
    files: dict[str, FileState] = {}
    folders: set[str] = set()
    others: set[str] = set()
    stack = [("", str(root))]
    while stack:
        rel, path = stack.pop()
        try:
            entries = list(os.scandir(path))
        except OSError:
            continue
        for entry in entries:
            name = rel + entry.name
            if entry.is_dir(follow_symlinks=False):
                folders.add(name)
                stack.append((name + "/", entry.path))
            elif entry.is_file(follow_symlinks=False):
                files[name] = _state(entry.stat(follow_symlinks=False))
            else:
                others.add(name)
    return Tree(files, folders, others)


def parent_folders(paths: Iterable[str]) -> set[str]:
    folders: set[str] = set()
    for path in paths:
        cut = path.rfind("/")
        while cut > 0:
            folder = path[:cut]
            if folder in folders:
                break
            folders.add(folder)
            cut = path.rfind("/", 0, cut)
    return folders


def prune(root: Path, tree: Tree, keep: Set[str], folders: Set[str]) -> None:
    """Delete what `root` holds beyond the files in `keep` and the `folders`."""
    wanted = folders
    for name in tree.others | {f for f in tree.files if f not in keep}:
        (root / name).unlink(missing_ok=True)
    for name in sorted((d for d in tree.folders if d not in wanted), key=len, reverse=True):
        shutil.rmtree(root / name, ignore_errors=True)


def link_or_copy(source: Path, target: Path) -> bool:
    """A hard link to the previous output's file (those never change in place), or a copy
    where links are impossible; True when linked."""
    try:
        os.link(source, target)
        return True
    except FileNotFoundError:
        if target.parent.is_dir():
            raise
        target.parent.mkdir(parents=True, exist_ok=True)
        return link_or_copy(source, target)
    except OSError:
        shutil.copy2(source, target)
        return False


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE), so a build
    killed at any moment leaves either the old site or the new one in place, never neither.
    False where the call is missing; the caller then renames twice."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(result == 0)
