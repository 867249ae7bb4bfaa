"""Write the site into a temporary folder beside the destination, then swap it in.

A failed or killed build leaves the previous output as it was; nothing outside the
destination (and our own temporary folders beside it) is ever written or deleted. Every
output carries a marker file, so a build replaces only a folder an earlier build wrote."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from mentorblog.core.errors import BuildError
from mentorblog.core.model import StaticFile

_RANDOM = re.compile(r"[^-]+")
_TMP = ".mentorblog-tmp-"
_OLD = ".mentorblog-old-"
MARKER = ".mentorblog-output"  # in every output folder; a build replaces only such folders
_MARKER_TEXT = (
    b"This folder was written by `mentorblog build`. Every build replaces all of it;\n"
    b"mentorblog refuses to replace a non-empty folder that lacks this file.\n"
)
_INPUT_DIRS = ("content", "layouts", "static", "archetypes")
LOCK_WAIT = 30.0  # seconds a build waits for another one writing the same output


def check_destination(
    destination: Path, root: Path, cache: Path | None = None, shown: str | None = None
) -> Path:
    """Refuse destinations where swapping in a new site would destroy the author's files:
    the filesystem root, a folder that is or holds the home folder, the site, the current
    folder or the build cache, an input folder, another site, and any non-empty folder
    that no mentorblog build wrote (it has no marker file)."""
    dest = destination.expanduser().resolve()
    site = root.resolve()
    shown = shown or str(destination)

    def refuse(why: str) -> BuildError:
        return BuildError(f"refusing to use {shown} as the output folder: {why}")

    if dest == Path(dest.anchor):
        raise refuse("it is the filesystem root")
    home = _home()
    if home is not None and home.is_relative_to(dest):
        raise refuse("it is or contains your home folder")
    if dest == site or site.is_relative_to(dest):
        raise refuse("it holds the site itself; pick a folder such as `public`")
    if Path.cwd().resolve().is_relative_to(dest):
        raise refuse("it is or contains the current folder; pick a folder such as `public`")
    for source_dir in _INPUT_DIRS:
        if dest.is_relative_to(site / source_dir):
            raise BuildError(f"refusing to write the site into {source_dir}/, which is input")
    if cache is not None:
        cache = cache.resolve()
        if cache.is_relative_to(dest) or dest.is_relative_to(cache):
            raise refuse("it is, holds or lies inside the build cache (`cacheDir`)")
    if (dest / "site.yaml").exists():
        raise refuse("it contains a site.yaml, so it looks like a site, not a build output")
    if dest.exists() and not dest.is_dir():
        raise refuse("it exists and is not a folder")
    if dest.is_dir() and not is_output(dest):
        raise refuse(
            f"it is not empty and no mentorblog build wrote it (it has no {MARKER} "
            "file), and a build replaces the whole folder. Choose a new or empty "
            "folder, or delete this one yourself if nothing in it is needed"
        )
    return dest


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, KeyError, OSError):  # no HOME and no password entry
        return None


def is_output(folder: Path) -> bool:
    """True for an empty folder or one a mentorblog build wrote (it holds the marker)."""
    try:
        with os.scandir(folder) as entries:
            names = {e.name for e in entries}
    except OSError:
        return False
    return not names or (
        MARKER in names and os.path.isfile(folder / MARKER) and not os.path.islink(folder / MARKER)
    )


def mark(folder: Path) -> None:
    """Write the marker that lets later builds replace this folder."""
    (folder / MARKER).unlink(missing_ok=True)
    (folder / MARKER).write_bytes(_MARKER_TEXT)


_LOCK = ".mentorblog-lock-"


def output_lock(dest: Path) -> Path:
    """The lock file of one destination, beside it like the temporary folders; it exists
    only while a build holds it."""
    return dest.parent / (_LOCK + dest.name)


@contextmanager
def locked(
    folders: Sequence[Path], files: Sequence[Path], busy: str, wait: float = LOCK_WAIT
) -> Iterator[None]:
    """Hold an exclusive flock on each folder (the folder itself: the build cache, which is
    ours and stays in place) and on each lock file (removed again at the end) for the whole
    block. Another build holding one makes this one wait up to `wait` seconds, then stop
    with `busy`. Where a file system has no locks, none is taken."""
    deadline = time.monotonic() + wait
    with ExitStack() as stack:
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
            stack.callback(os.close, fd)
            _take(fd, deadline, busy)
        for path in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(_lock_file(path, deadline, busy))
        yield


_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


@contextmanager
def _lock_file(path: Path, deadline: float, busy: str) -> Iterator[None]:
    """flock on a file that is removed when the lock is released. A build that waited on a
    file the holder has since removed opens the new one: the lock is held only when the
    locked file is still the one at `path`."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _CLOEXEC, 0o644)
        try:
            locks = _take(fd, deadline, busy)
            if not locks or os.stat(path).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    try:
        yield
    finally:
        if locks:
            path.unlink(missing_ok=True)  # still holding it: nobody can take this one
        os.close(fd)


def _take(fd: int, deadline: float, busy: str) -> bool:
    """Wait for an exclusive flock on `fd`; False where the file system has none."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as err:
            if err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False  # no locks here (some network file systems): go on without
            if time.monotonic() >= deadline:
                raise BuildError(busy) from None
            time.sleep(0.1)


def _siblings(dest: Path, prefix: str) -> list[Path]:
    """Our temporary folders for exactly this destination: `<prefix><name>-<random>`, where
    mkdtemp's random part has no `-`, so `public-2`'s folders never match `public`."""
    if not dest.parent.is_dir():
        return []
    start = prefix + dest.name + "-"
    return sorted(
        p
        for p in dest.parent.iterdir()
        if p.name.startswith(start) and _RANDOM.fullmatch(p.name[len(start) :])
    )


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


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)


def create_file(tmp: Path, rel: str, data: bytes) -> FileState:
    """Write one output under the temporary folder (also from worker processes) with the
    fewest system calls: making 14,000 files is a third of the render stage at 10,000
    posts. Returns the file's state."""
    fd = _new_file(tmp, rel)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        st = os.fstat(fd)
    finally:
        os.close(fd)
    return _state(st)


def create_file_from(tmp: Path, rel: str, parts: Iterable[bytes]) -> FileState:
    """`create_file` for an output made in parts, each written as it comes, so that the
    whole is never held in memory (`/index.json`: 66 MB at 10,000 posts). When making a
    part fails, the file goes, and the error goes on."""

    def fill(fd: int) -> None:
        with open(fd, "wb", buffering=_PART_BUFFER, closefd=False) as f:
            for part in parts:
                f.write(part)

    return _filled(tmp, rel, fill)


_PART_BUFFER = 1 << 18  # bytes gathered before a write: /index.json's entries are ~7 kB


def create_file_spliced(
    tmp: Path, rel: str, old: int, size: int, edits: Sequence[tuple[int, int, bytes]]
) -> FileState:
    """`create_file` for a file made of the old file `old` (a descriptor, `size` bytes) with
    `edits` made (render/splice.py: offset, length, new bytes, in the file's order): the
    bytes between the edits are copied by the kernel (`copy_file_range`), not read into
    this process (a feed of 13 MB at 10,000 posts, several per edit)."""

    def fill(fd: int) -> None:
        done = 0
        for offset, length, data in [*edits, (size, 0, b"")]:
            _copy_range(old, fd, done, offset - done)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            done = offset + length

    return _filled(tmp, rel, fill)


def _filled(tmp: Path, rel: str, fill: Callable[[int], None]) -> FileState:
    """A new file filled by `fill` (given its descriptor), and its state; when filling it
    fails, the file goes, and the error goes on."""
    fd = _new_file(tmp, rel)
    try:
        fill(fd)
        st = os.fstat(fd)
    except BaseException:
        os.close(fd)
        os.unlink(os.path.join(tmp, rel))
        raise
    os.close(fd)
    return _state(st)


def _copy_range(source: int, target: int, offset: int, count: int) -> None:
    """`count` bytes of `source` from `offset`, appended to `target`, in the kernel where it
    can; read and written here where it cannot (another file system, an old kernel)."""
    while count > 0:
        try:
            copied = os.copy_file_range(source, target, count, offset)
        except OSError:
            copied = 0
        if copied <= 0:
            data = os.pread(source, min(count, 1 << 20), offset)
            if not data:
                raise OSError(f"{count} bytes missing at {offset}: the file was cut")
            view = memoryview(data)
            while view:
                view = view[os.write(target, view) :]
            copied = len(data)
        offset += copied
        count -= copied


def _new_file(tmp: Path, rel: str) -> int:
    """A new file's descriptor, open for writing; its folder is made when it is missing.
    Opened first, the folder made only when that fails: a render worker's outputs find their
    folders made already (`make_folders`), and a `mkdir`, even of a folder that is there,
    locks the folder it is made in (`posts/`, for every post) against the other workers."""
    path = os.path.join(tmp, rel)
    try:
        return os.open(path, _NEW_FILE, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return os.open(path, _NEW_FILE, 0o666)


def make_folders(tmp: Path, paths: Iterable[str]) -> None:
    """The folders of the files `paths` (relative to `tmp`), each made once, in the order
    of the files, for the render workers to find. At 10,000 posts a cold build makes 12,000
    of them; two workers making them in the same folder at once (`posts/`) waited on each
    other's locks, measured as twice the kernel time of one worker making them all. One
    process making them while the workers render keeps every `mkdir` out of their way. A
    folder that cannot be made is left to the worker, which then reports the error."""
    base = str(tmp) + "/"
    for folder in folders_of(paths):
        try:
            os.mkdir(base + folder)
        except FileExistsError:
            pass
        except OSError:
            return


def copy_files(tmp: Path, files: Sequence[StaticFile]) -> None:
    made: set[Path] = set()
    for f in files:
        target = tmp / f.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if f.link:  # a processed image: the cache's file never changes in place
            link_or_copy(f.origin, target)
        else:
            shutil.copyfile(f.origin, target)


Stale = Callable[[], tuple[Iterable[str], Iterable[str]]]  # -> (files, folders) to remove


@contextmanager
def staged(dest: Path, recycle: Path | None = None, stale: Stale | None = None) -> Iterator[Path]:
    """The temporary folder to build the site in: swapped in when the block succeeds, removed
    (leaving the previous output as it was) when anything in it fails.

    With `recycle` (a folder on the same file system, in the build cache): the folder found
    there becomes the temporary folder, so its files and folders need not be made again, and
    the output that is swapped out is moved there for the next build instead of deleted,
    keeping only the files the new output shares with it. `stale()`, called after the swap,
    may name the files and folders of the previous output that it does not share (a build
    knows them from its records); without it they are found by walking both folders."""
    tmp = begin(dest)
    if recycle is not None and recycle.is_dir() and not recycle.is_symlink():
        try:
            os.rename(recycle, tmp)  # onto the empty folder begin() made
        except OSError:
            shutil.rmtree(recycle, ignore_errors=True)
    try:
        yield tmp
        mark(tmp)
        os.chmod(tmp, 0o755)
        _swap(tmp, dest, recycle, stale)
    except OSError as err:
        abort(tmp)
        raise BuildError(
            f"cannot write the site to {dest}: {err.strerror or err}; the previous "
            "output was left as it was"
        ) from None
    except BaseException:
        abort(tmp)
        raise


def abort(tmp: Path) -> None:
    shutil.rmtree(tmp, ignore_errors=True)


def _swap(tmp: Path, dest: Path, recycle: Path | None = None, stale: Stale | None = None) -> None:
    if dest.exists() or dest.is_symlink():
        if not dest.is_dir() or dest.is_symlink():
            raise BuildError(f"the output folder {dest} exists and is not a folder")
        if _exchange(tmp, dest):
            _retire(tmp, recycle, dest, stale)  # tmp now holds the previous output
            return
        old = Path(tempfile.mkdtemp(prefix=_OLD + dest.name + "-", dir=dest.parent))
        old.rmdir()
        dest.rename(old)
        tmp.rename(dest)
        _retire(old, recycle, dest, stale)
    else:
        tmp.rename(dest)


def _retire(old: Path, recycle: Path | None, new: Path, stale: Stale | None) -> None:
    """Keep what the previous output shares with the new one for the next build to
    recycle, or delete it."""
    if recycle is not None:
        try:
            if stale is None:
                _keep_shared(old, new)
            else:
                files, folders = stale()
                for name in files:
                    (old / name).unlink(missing_ok=True)
                for name in folders:
                    shutil.rmtree(old / name, ignore_errors=True)
            recycle.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(recycle, ignore_errors=True)
            os.rename(old, recycle)
            return
        except OSError:
            pass  # another file system: the next build starts from an empty folder
    shutil.rmtree(old, ignore_errors=True)


def _keep_shared(old: Path, new: Path) -> None:
    """Delete every file of `old` that is not the very file (a hard link, same inode) at
    the same path in `new`, and every folder `new` lacks. The recycled folder lives in the
    build cache, which CI often uploads: it must hold nothing the new site does not publish
    (a post made a draft since, or the drafts of a `-D` build). Folder by folder, with the
    inodes `scandir` reads anyway, so it costs no stat per file."""
    stack = [(str(old), str(new))]
    while stack:
        here, there = stack.pop()
        try:
            with os.scandir(there) as entries:
                theirs = {e.name: e for e in entries}
        except OSError:
            theirs = {}
        with os.scandir(here) as entries:
            for entry in entries:
                other = theirs.get(entry.name)
                if entry.is_dir(follow_symlinks=False):
                    if other is not None and other.is_dir(follow_symlinks=False):
                        stack.append((entry.path, other.path))
                    else:
                        shutil.rmtree(entry.path)
                elif (
                    other is None
                    or not other.is_file(follow_symlinks=False)
                    or entry.inode() != other.inode()
                ):
                    os.unlink(entry.path)


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
    """Everything under `root` but its marker file, which every output has."""
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
            if name == MARKER:
                continue
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
    _walk_folders(paths, folders)
    return folders


def folders_of(paths: Iterable[str]) -> list[str]:
    """Each folder that holds one of the files `paths` once, parents first, in the order of
    the files."""
    order: list[str] = []
    _walk_folders(paths, set(), order)
    return order


def _walk_folders(paths: Iterable[str], seen: set[str], order: list[str] | None = None) -> None:
    """Add to `seen` the folders of `paths` it lacks, and to `order` too, parents first."""
    for path in paths:
        start = len(order) if order is not None else 0
        cut = path.rfind("/")
        while cut > 0:
            folder = path[:cut]
            if folder in seen:
                break
            seen.add(folder)
            if order is not None:
                order.append(folder)
            cut = path.rfind("/", 0, cut)
        if order is not None and len(order) - start > 1:
            order[start:] = order[start:][::-1]


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
    except OSError:  # no hard links here (another file system, a FUSE or SMB mount)
        target.parent.mkdir(parents=True, exist_ok=True)
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
