"""`mentorblog import jekyll|hugo PATH`: move an existing site in.

Posts, pages and assets are copied byte for byte (mentorblog reads both dialects as they
are), the configuration becomes `site.yaml`, and everything else is reported. Planning
reads the old site and decides every file first; only then is anything written, into a
staging folder inside the target that is renamed into place at the end."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from mentorblog.core.errors import BuildError, Notice
from mentorblog.read.config import CONFIG_FILE

DIALECTS = ("jekyll", "hugo")


@dataclass(frozen=True, slots=True)
class Plan:
    """What an import will write. `copies` map a file of the old site to its place in the
    new one; `notices` name what could not be carried over, each at its file in the old site."""

    copies: tuple[tuple[PurePosixPath, PurePosixPath], ...]
    site_yaml: str
    notices: tuple[Notice, ...]
    # Files the import writes itself (stand-in layouts, pages mentorblog makes instead).
    writes: tuple[tuple[PurePosixPath, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    target: Path
    copied: int
    notices: tuple[Notice, ...]


def plan_import(dialect: str, source: Path, *, skip: Path | None = None) -> Plan:
    """Read the old site and decide everything; writes nothing. `skip` is a folder inside
    the old site that must not be read (the target, when it lies there)."""
    if dialect not in DIALECTS:
        raise BuildError(f"unknown generator {dialect!r} (known: {', '.join(DIALECTS)})")
    if not source.exists():
        raise BuildError("no such folder", ".")
    if not source.is_dir():
        raise BuildError("is not a folder; give the old site's folder", ".")
    try:
        with os.scandir(source) as entries:
            next(entries, None)
    except OSError as err:
        raise BuildError(f"cannot be read: {err.strerror}", ".") from None
    if dialect == "jekyll":
        from mentorblog.importers.jekyll import plan_jekyll

        return plan_jekyll(source, skip=skip)
    from mentorblog.importers.hugo import plan_hugo

    return plan_hugo(source, skip=skip)


def import_site(dialect: str, source: Path, target: Path) -> ImportResult:
    """Copy the old site at `source` into the new, empty site folder `target`."""
    given = PurePosixPath(source.as_posix())
    source, target = source.resolve(), target.resolve()
    if target == source or source.is_relative_to(target):
        raise BuildError(
            "the new site's folder cannot be the old site or contain it; "
            "import into a new, empty folder",
            target.as_posix(),
        )
    if target.is_relative_to(source):  # writing there would change the old site
        raise BuildError(
            "the new site's folder lies inside the old site, and an import changes nothing "
            "in the old site; import into a new, empty folder outside it",
            target.as_posix(),
        )
    _check_empty(target)
    try:
        plan = plan_import(dialect, source)
    except BuildError as err:  # name the old site's files the way the user named the old site
        if err.file is None or err.file.is_absolute():
            raise
        where = given if err.file == PurePosixPath(".") else given / err.file
        raise BuildError(err.message, where, err.line) from None
    write_plan(plan, source, target)
    return ImportResult(target, len(plan.copies), plan.notices)


def _check_empty(target: Path) -> None:
    """Never overwrite: the target must be new or hold nothing but hidden files (.git)."""
    if not target.exists():
        return
    if not target.is_dir():
        raise BuildError(
            "exists and is not a folder; import into a new, empty folder", target.as_posix()
        )
    taken = sorted(e.name for e in os.scandir(target) if not e.name.startswith("."))
    if taken:
        raise BuildError(
            f"already exists in the new site's folder ({target.as_posix()}); "
            "import only into an empty folder, nothing was written",
            taken[0],
        )


def write_plan(plan: Plan, source: Path, target: Path) -> None:
    """Stage everything in a hidden folder inside the target, then rename it into place."""
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".mentorblog-import-", dir=target))
    try:
        (stage / CONFIG_FILE).write_text(plan.site_yaml, encoding="utf-8")
        for rel, text in plan.writes:
            dest = stage / rel
            if not dest.resolve().is_relative_to(stage.resolve()) or ".." in rel.parts:
                raise BuildError("would be written outside the new site; not imported", rel)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8")
        for origin, rel in plan.copies:
            dest = stage / rel
            if not dest.resolve().is_relative_to(stage.resolve()) or ".." in rel.parts:
                raise BuildError("would be written outside the new site; not imported", origin)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / origin, dest)
        _check_empty(target)
        for entry in sorted(os.listdir(stage)):
            os.rename(stage / entry, target / entry)
    except OSError as err:
        raise BuildError(f"could not be written: {err.strerror}", err.filename) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        if created and not any(target.iterdir()):
            target.rmdir()
