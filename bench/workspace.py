"""The bench's folders and files: where everything goes (bench/.work/), venvs, running an
installer with its log, the synthetic corpora, fresh site folders, hashes of files and trees."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import venv
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / ".work"
LOGS = WORK / "logs"


class BenchError(Exception):
    """A failure that stops one measurement (or the whole run), with a message for people."""


def rel(path: Path) -> str:
    """A path as people read it: relative to the repository when it is inside it."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def count_files(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def tree_digest(folder: Path) -> str:
    """One hash of every file's relative path and bytes: equal digests, byte-identical trees."""
    h = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            h.update(str(path.relative_to(folder)).encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def copy_posts(src: Path, dst: Path) -> None:
    """Copy the corpus's *.md files into dst (real copies: the benchmark edits some of them)."""
    dst.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*.md")):
        shutil.copyfile(path, dst / path.name)


def file_hash(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


def run_install(cmd: list[str], log: Path, what: str, cwd: Path | None = None) -> None:
    print(f"  installing {what} (log {rel(log)})", flush=True)
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        out.write(f"$ {shlex.join(cmd)}\n".encode())
        out.flush()
        result = subprocess.run(
            cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
        )
    if result.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise BenchError(f"installing {what} failed (exit code {result.returncode}):\n{tail}")


def ensure_venv(folder: Path, requirements: list[str], what: str) -> Path:
    """A venv at `folder` with `requirements` installed (again when they change); its python."""
    python = folder / "bin" / "python"
    stamp = folder / ".bench-installed"
    wanted = "\n".join(requirements) + "\n"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    remove(folder)
    venv.EnvBuilder(with_pip=True).create(folder)
    log = LOGS / f"install-{folder.name}.log"
    run_install([str(python), "-m", "pip", "install", "-q", *requirements], log, what)
    stamp.write_text(wanted)
    return python


def corpus(script: Path, flavor: str, n: int, seed: int) -> Path:
    """The corpus of n posts in `flavor`: generated once, kept while the generator is unchanged."""
    folder = WORK / "corpus" / f"{flavor}-{n}-seed{seed}"
    stamp = folder / ".complete"
    key = f"{file_hash(script)} {flavor} {n} {seed}\n"
    if stamp.exists() and stamp.read_text() == key:
        return folder
    remove(folder)
    print(f"  generating {n} {flavor} posts", flush=True)
    result = subprocess.run(
        [
            sys.executable,
            str(script),
            str(folder),
            str(n),
            "--seed",
            str(seed),
            "--flavor",
            flavor,
            "-q",
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BenchError(f"{rel(script)} failed for {n} {flavor} posts:\n{result.stderr}")
    stamp.write_text(key)
    return folder


def fresh_site(name: str) -> Path:
    folder = WORK / "sites" / name
    remove(folder)
    folder.mkdir(parents=True)
    return folder
