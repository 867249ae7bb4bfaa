"""A build killed with SIGKILL at any moment leaves either the complete previous site or the
complete new one, never a mixture, and at most one stray temporary folder, which the next
build removes. A full disk or a read-only destination fails with a clear error."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from outputs import tree

import mentorblog.build as build_module
import mentorblog.output.write as write_module
from mentorblog.build import BuildOptions, build
from mentorblog.core.errors import BuildError

KILLS = 12


def run_build(site: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "mentorblog", "build", "-s", str(site),
                             "-d", str(out), "-q"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def strays(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".mentorblog-"))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Kill\nbaseURL: https://example.org/\n")
    for i in range(150):
        (root / "content" / "posts" / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-01-01\ntags: [t{i % 9}]\n---\nVersion one {i}.\n")
    return root


def test_killed_builds_leave_a_whole_site(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_build(site, out).wait(120) == 0
    old = tree(out)
    for post in (site / "content" / "posts").iterdir():
        post.write_text(post.read_text().replace("Version one", "Version two"))
    started = time.perf_counter()
    assert run_build(site, tmp_path / "reference").wait(120) == 0
    full = time.perf_counter() - started
    new = tree(tmp_path / "reference")
    assert new != old
    rng = random.Random(7)
    for _ in range(KILLS):
        proc = run_build(site, out)
        time.sleep(rng.uniform(0, full))
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
        now = tree(out)
        assert now in (old, new), "a killed build left a partial site"
        assert len([s for s in strays(out) if "tmp" in s]) <= 1, strays(out)
        assert not [s for s in strays(out) if "old" in s], strays(out)
        old = now
    assert run_build(site, out).wait(120) == 0
    assert tree(out) == new
    assert strays(out) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_disk_full_or_read_only_is_a_clear_error(site: Path, tmp_path: Path, code: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, jobs=1))
    before = tree(out)
    for post in (site / "content" / "posts").iterdir():  # so the next build writes again
        post.write_text(post.read_text().replace("Version one", "Version two"))
    calls = {"n": 0}
    real = write_module.create_file

    def failing(tmp: Path, rel: str, data: bytes) -> write_module.FileState:
        calls["n"] += 1
        if calls["n"] > 20:
            raise OSError(code, os.strerror(code))
        return real(tmp, rel, data)

    monkeypatch.setattr(build_module, "create_file", failing)
    with pytest.raises(BuildError) as info:
        build(BuildOptions(source=site, destination=out, jobs=1))
    assert os.strerror(code) in str(info.value)
    assert "previous output was left as it was" in str(info.value)
    assert tree(out) == before
    assert strays(out) == []
