"""The build cache: what is expensive to redo, keyed by content, settings and version.

Parsed pages are kept by the hash of the file's bytes and the settings that shape them; their
long texts are in the site's store (core/store.py, the `packs/` folder here), which this
module prunes with the index. The outputs of the last build are kept with what each read, for
reuse. Deleting the folder only makes the next build cold."""

from __future__ import annotations

import base64
import contextlib
import copyreg
import fcntl
import functools
import gc
import hashlib
import io
import json
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Set
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import IO, Any, ClassVar, TypeVar

from mentorblog import __version__
from mentorblog.core import installed
from mentorblog.core.errors import BuildError
from mentorblog.core.model import StoredText
from mentorblog.core.paths import posix_path
from mentorblog.core.sealing import SALT_BYTES, new_salt
from mentorblog.core.store import PACKS

_INDEX = "pages"  # the parsed-page index: a folder of 16 shards (save_index)
_SHARDS = "0123456789abcdef"  # a shard per first digit of a file key
_V = TypeVar("_V")
_OLD_INDEX = "pages.pickle"  # the index of mentorblog before the shards
_FORMAT = 5  # bump when what the cache stores changes shape
# In the parsed-page index, for a file that was held back (draft, future, expired, private):
# only its key, so the next build knows to read its front matter alone.
HELD = "held"
# For a file held back as a draft whatever the time (load._is_plain_draft): its key and that
# one word, so the next build without --buildDrafts counts it without reading it at all.
DRAFT = "draft"
# The Cache Directory Tagging Specification's file: backup tools skip a folder holding it,
# and it tells a build that a non-empty cache folder is its own.
TAG = "CACHEDIR.TAG"
_TAG_TEXT = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# This is the build cache of mentorblog; deleting it only makes the next build "
    b"slower.\n"
)
# serve: the server's own folder (commands/serve.py); unchanged.json: output/unchanged.py;
# sources.pickle: output/source_state.py
_OURS = {
    TAG,
    _INDEX,
    _OLD_INDEX,
    PACKS,
    "outputs.pickle",  # output/records.py
    "recent-outputs.pickle",
    "previous-output",  # SPARE
    "previous-output-partial",  # SPARE_PARTIAL: removed by prepare_folder
    "serve",
    "unchanged.json",
    "sources.pickle",
    "fragments",  # output/fragments.py
    "related.pickle",  # output/related_memo.py
    "plan.pickle",  # output/collect_memo.py
    "plan-keys.pickle",
}
# from tempfile.mkstemp when saving
_TEMP_PREFIXES = ("pages-", "outputs-", "unchanged-", "sources-", "related-", "planning-")


def check_folder(folder: Path, root: Path) -> None:
    """Refuse a `cacheDir` whose files a build would overwrite or delete: a folder that is or
    holds the site, the home folder or the current folder, an input folder, or an existing
    folder that holds anything but a build cache."""
    where = folder.resolve()
    site = root.resolve()
    shown = str(folder)
    try:
        home: Path | None = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        home = None
    for other, what in (
        (site, "the site"),
        (home, "your home folder"),
        (Path.cwd().resolve(), "the current folder"),
    ):
        if other is not None and other.is_relative_to(where):
            raise BuildError(
                f"`cacheDir`: refusing to keep the build cache in {shown}: it is "
                f"or contains {what}",
                "site.yaml",
            )
    for source_dir in ("content", "layouts", "static", "archetypes"):
        if where.is_relative_to(site / source_dir):
            raise BuildError(
                f"`cacheDir`: refusing to keep the build cache in {source_dir}/, which is input",
                "site.yaml",
            )
    if where.is_dir():
        names = {entry.name for entry in os.scandir(where)}
        foreign = sorted(n for n in names - _OURS if not n.startswith(_TEMP_PREFIXES))
        if foreign and TAG not in names:
            raise BuildError(
                f"`cacheDir`: {shown} holds files that are not a mentorblog build "
                f"cache ({foreign[0]}, ...); a build replaces and deletes files "
                "there, so choose a new or empty folder",
                "site.yaml",
            )
    elif where.exists():
        raise BuildError(f"`cacheDir`: {shown} exists and is not a folder", "site.yaml")


def prepare_folder(folder: Path) -> None:
    """Make the cache folder (tagged as a cache) and remove temporary files a killed build
    left there: they may hold the pages of an older build."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / TAG).is_file():
        (folder / TAG).write_bytes(_TAG_TEXT)
    for entry in os.scandir(folder):
        if entry.name.startswith(_TEMP_PREFIXES) and entry.is_file(follow_symlinks=False):
            os.unlink(entry.path)
        elif entry.name == SPARE_PARTIAL:  # the recycled folder a killed build was making
            remove_entry(Path(entry.path))


def remove_entry(path: Path) -> None:
    """A folder of the cache removed with what it holds, anything else there (a symbolic
    link someone planted, say) unlinked: never followed, and nothing when it is gone."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def replace_file(folder: Path, name: str, prefix: str, data: bytes) -> None:
    """`folder/name` replaced by `data` at once: written to a temporary file (`prefix`,
    one of `_TEMP_PREFIXES`) renamed over it, so no reader sees half of it; when writing
    fails, the temporary file goes."""
    handle, tmp = tempfile.mkstemp(prefix=prefix, dir=folder)
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        os.replace(tmp, folder / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def settings_key(*parts: object) -> str:
    """A key for everything that changes what a file parses and renders to, including the
    shape of the cached classes, so an upgrade never unpickles an old layout, and mentorblog's
    own code, so an edited checkout (or a release that forgot to bump the version) never
    serves html an older renderer made."""
    text = repr((_FORMAT, __version__, source_digest(), _model_shape(), parts))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


# The libraries whose version can change what a page renders to.
LIBRARIES = (
    "emoji",
    "jinja2",
    "markupsafe",
    "markdown-it-py",
    "mdit-py-plugins",
    "pygments",
    "pyyaml",
    "minify-html",
    "latex2mathml",
    "segno",
)


@functools.cache
def source_digest() -> str:
    """The bytes of every module of the package (~40 small files, read once per process) and
    the versions of the rendering libraries: a Pygments upgrade re-renders cached html too."""
    digest = hashlib.sha256()
    package = Path(__file__).parents[1]  # the mentorblog package, every folder of it
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0")
        digest.update(module.read_bytes())
    for name in LIBRARIES:
        digest.update(f"{name}={installed.version(name) or '-'}\0".encode())
    return digest.hexdigest()


def _model_shape() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from mentorblog.core import model

    classes = (
        model.Page,
        model.Content,
        model.Cover,
        model.Heading,
        model.LinkRef,
        model.StoredText,
        model.ImageRef,
    )
    return tuple((c.__name__, tuple(f.name for f in fields(c))) for c in classes)


def content_digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def file_key(digest: bytes, settings: str) -> str:
    """A parsed file's key: its content digest under the settings key."""
    return hashlib.sha256(digest + settings.encode()).hexdigest()[:32]


def _dump(value: object, file: IO[bytes]) -> None:
    with no_collections():
        _Pickler(file, protocol=pickle.HIGHEST_PROTOCOL).dump(value)


def dumps(value: object) -> bytes:
    """`value` pickled as the cache pickles (`_dump`), for `load_cached`."""
    out = io.BytesIO()
    _dump(value, out)
    return out.getvalue()


def _posix_path(text: str) -> PurePosixPath:
    """A path the cache stored as its text (core/paths.py: parsing 19,000 of them again
    took 0.05 s of an edit build at 10,000 posts). The cache may come from storage others
    can write to: any text is made as `PurePosixPath` makes it."""
    return posix_path(text)


def _reduce_path(path: PurePosixPath) -> tuple[Callable[[str], PurePosixPath], tuple[str]]:
    return _posix_path, (str(path),)


class _Pickler(pickle.Pickler):
    """The cache's pickler: a `PurePosixPath` as its text (`_posix_path`)."""

    dispatch_table: ClassVar[dict[type, Callable[..., Any]]] = {  # type: ignore[misc]
        **copyreg.dispatch_table,
        PurePosixPath: _reduce_path,
    }


def _load(file: IO[bytes]) -> Any:
    """A pickle of ours, read by an unpickler that can build only the classes the cache
    stores. The cache is often restored from CI storage others can write to, and a plain
    pickle can run any code; anything else here is an UnpicklingError (the cache is then
    ignored and written anew)."""
    with no_collections(keep=True):
        return _CacheUnpickler(file).load()


@contextmanager
def no_collections(keep: bool = False) -> Iterator[None]:
    """No garbage collection while a pickle is read or written: it makes no cyclic garbage,
    and the collector would only walk the growing heap again and again (an edit build of
    10,000 posts ran 11 full collections, 1.9 s, several while reading or writing the
    cache). Another thread's pause may end first: collections then simply resume.
    `keep`: what the block made lives on (a cache just read), so everything alive then is
    left out of every later collection (`gc.freeze`, as `workers.settle` does, until the
    next build's `unsettle`; also after a read that failed). Without it the first
    allocation after the pause walked every object the block made: at 10,000 posts, the
    page index's 16 shards cost 50-80 ms of collections as each was read, the fragment
    store's index 20-35 ms."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if paused:
            gc.enable()


# What reading a file of the cache may raise when it is damaged or not one of ours.
UNREADABLE = (
    OSError,
    pickle.UnpicklingError,
    EOFError,
    ValueError,
    TypeError,
    AttributeError,
    ImportError,
    IndexError,
)


def load_cached(file: IO[bytes]) -> Any:
    """One pickle of the cache's own classes (see `_load`), for the fragment store."""
    return _load(file)


def _zone_getattr(owner: object, name: str) -> object:
    """`getattr` as ZoneInfo's pickles use it, and for nothing else."""
    from zoneinfo import ZoneInfo

    if owner is ZoneInfo and name == "_unpickle":
        return ZoneInfo._unpickle  # type: ignore[attr-defined]
    raise pickle.UnpicklingError(f"getattr({owner!r}, {name!r}) is not allowed in the cache")


_ALLOWED = {
    "datetime": {"date", "datetime", "time", "timedelta", "timezone"},
    "zoneinfo": {"ZoneInfo"},
    "pathlib": {"PurePosixPath", "PosixPath"},
    "mentorblog.output.cache": {"_posix_path"},
    "mentorblog.output.records": {"OutputRecord", "OutputIndex", "Basis", "_Tail"},
    "mentorblog.render.splice": {"Spliced", "SplicedBlock"},  # checked before use: `fits`
    # A page's warnings (an undated post, ...): without it such a page's whole shard could
    # not be read, so its pages were parsed again and a held-back one's text never cleared.
    "mentorblog.core.errors": {"Notice"},
}


class _CacheUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name == "getattr":
            return _zone_getattr
        if module == "mentorblog.core.model":  # its frozen dataclasses and enums only
            from mentorblog.core import model

            found = getattr(model, name, None)
            if (
                isinstance(found, type)
                and (is_dataclass(found) or issubclass(found, Enum))
                and found.__module__ == "mentorblog.core.model"
            ):
                return found
        elif module == "mentorblog.render.deps":  # what outputs read: Dependency types only
            from mentorblog.render import deps

            found = getattr(deps, name, None)
            if isinstance(found, type) and issubclass(found, deps.Dependency):
                return found
        elif name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the cache")


def load_index(folder: Path, settings: str) -> tuple[dict[str, object], frozenset[str] | None]:
    """Parsed pages of the previous build ({file key: page}) from every shard kept under
    these settings, whose packs are all there; and the keys the shards hold (None when a
    shard is missing, unreadable or of other settings), for `save_index`."""
    pages: dict[str, object] = {}
    whole = True
    for shard in _SHARDS:
        try:
            with open(folder / _INDEX / f"{shard}.pickle", "rb") as f:
                stored_settings, part = _load(f)
        except UNREADABLE:
            whole = False
            continue
        if stored_settings == settings and isinstance(part, dict):
            pages.update(part)
        else:
            whole = False
    packs = folder / PACKS
    # A pack that is a link is none (the store opens no link: core/store.py).
    present = (
        {e.name for e in os.scandir(packs) if e.is_file(follow_symlinks=False)}
        if packs.is_dir()
        else set()
    )
    usable = {k: v for k, v in pages.items() if _refs_exist(v, present)}
    return usable, frozenset(pages) if whole else None


def _refs_exist(page: object, packs: set[str]) -> bool:
    return all(ref.pack in packs for ref in _refs(page))


def save_index(
    folder: Path,
    settings: str,
    pages: dict[str, object],
    dropped: Iterable[object] = (),
    previous: Set[str] | None = None,
) -> None:
    """Write the index, then drop pack files no live page refers to, and overwrite with
    zeros what `dropped` pages (in the index before, not now) stored in the packs that stay:
    a post made a draft, expired or deleted since must not stay in the cache, which CI often
    uploads. The index is 16 shards by the keys' first digit, each replaced atomically, and
    only those whose keys differ from `previous` (the keys the shards held, as `load_index`
    found them; None: write all) are written: a key names its value, so one edited post
    rewrites two shards of 16 (all 25 MB at 10,000 posts took 0.5 s). Any mix of old and new
    shards is a valid index."""
    (folder / _INDEX).mkdir(parents=True, exist_ok=True)
    parts = _by_shard(pages.items())
    held = _by_shard((k, None) for k in previous) if previous is not None else None
    for shard, part in parts.items():
        if held is not None and part.keys() == held[shard].keys():
            continue
        handle, tmp = tempfile.mkstemp(prefix="pages-", dir=folder)
        with os.fdopen(handle, "wb") as f:
            _dump((settings, part), f)
        os.replace(tmp, folder / _INDEX / f"{shard}.pickle")
    (folder / _OLD_INDEX).unlink(missing_ok=True)
    live_refs = {ref for p in pages.values() for ref in _refs(p)}
    live_packs = {ref.pack for ref in live_refs}
    packs = folder / PACKS
    if packs.is_dir():
        for pack in packs.iterdir():
            if pack.name not in live_packs:
                pack.unlink(missing_ok=True)
    dead: dict[str, list[StoredText]] = {}
    for page in dropped:
        for ref in _refs(page):
            if ref.pack in live_packs and ref not in live_refs:
                dead.setdefault(ref.pack, []).append(ref)
    for name, refs in sorted(dead.items()):
        try:
            with open(packs / name, "r+b") as handle_:
                for ref in refs:
                    handle_.seek(ref.offset)
                    handle_.write(bytes(ref.length))
        except OSError:
            (packs / name).unlink(missing_ok=True)  # then no page may use it: it goes


def _by_shard(items: Iterable[tuple[str, _V]]) -> dict[str, dict[str, _V]]:
    """Keys and values by the shard of the key's first digit, in one pass (sixteen passes
    over 10,000 pages cost an edit build 0.09 s); a key of no shard is in none."""
    parts: dict[str, dict[str, _V]] = {shard: {} for shard in _SHARDS}
    for key, value in items:
        part = parts.get(key[:1])
        if part is not None:
            part[key] = value
    return parts


def seed_index(source: Path, target: Path) -> bool:
    """Copy the parsed pages of the build cache `source` (the index and its packs) into the
    build cache `target` when it has none, or an older one (a build ran since the server
    last did, say after an upgrade): serve's first build then parses only the files whose
    parse the server's address, `env` or private notes change (load.py's keys). Done only
    while no build holds `source`, whose packs a build prunes and zeroes; a failed copy
    leaves a mix of shards, which is still a valid index."""
    if not (source / TAG).is_file() or _index_time(target) >= _index_time(source):
        return False
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if not (source / _INDEX).is_dir():
            return False
        for name in (PACKS, _INDEX):
            (target / name).mkdir(parents=True, exist_ok=True)
        if (source / PACKS).is_dir():
            for pack in os.scandir(source / PACKS):
                if pack.is_file(follow_symlinks=False):
                    shutil.copyfile(pack.path, target / PACKS / pack.name)
        for shard in os.scandir(source / _INDEX):  # the packs first: every ref finds its pack
            if shard.is_file(follow_symlinks=False):
                handle, tmp = tempfile.mkstemp(prefix="pages-", dir=target)
                os.close(handle)
                shutil.copyfile(shard.path, tmp)
                os.replace(tmp, target / _INDEX / shard.name)
        return True
    except OSError:  # busy (a build is running) or unreadable: the first build parses
        return False
    finally:
        os.close(fd)


def _index_time(folder: Path) -> int:
    """When the newest shard of a folder's index was written; -1 without one."""
    try:
        return max((e.stat().st_mtime_ns for e in os.scandir(folder / _INDEX)), default=-1)
    except OSError:
        return -1


def _refs(page: object) -> list[StoredText]:
    content = getattr(page, "content", None)
    found = (getattr(content, name, None) for name in ("html", "text", "terms"))
    return [ref for ref in found if isinstance(ref, StoredText)]


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


# -- outputs of the previous build ----------------------------------------------------------------

SPARE = "previous-output"  # the output before last, recycled as the next build's folder
SPARE_PARTIAL = SPARE + "-partial"  # the recycled folder being made (output/reuse.py)


SALTS_FILE = "reader-salts.json"


def reader_salts(folder: Path, ids: Iterable[str]) -> dict[str, bytes]:
    """Each reader's PBKDF2 salt: random when first needed, then kept here so the key a
    reader's browser remembers opens later builds too. Salts are not secret."""
    path = folder / SALTS_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = {}
    salts: dict[str, bytes] = {}
    if isinstance(stored, dict):
        for ident, value in stored.items():
            try:
                salt = base64.b64decode(str(value), validate=True)
            except ValueError:
                continue
            if len(salt) == SALT_BYTES:
                salts[str(ident)] = salt
    missing = [i for i in ids if i not in salts]
    if missing:
        for ident in missing:
            salts[ident] = new_salt()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".salts-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({k: base64.b64encode(v).decode("ascii") for k, v in salts.items()}, out)
        os.replace(tmp, path)
    return salts
