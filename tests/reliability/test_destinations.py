"""Destinations through the real command line: a build replaces only a folder an earlier
build wrote, never the home folder, the current folder or a folder of the user's; and two
builds at once into one folder never both fail halfway."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from outputs import tree

from mentorblog.output.write import MARKER


def make_site(root: Path, posts: int = 3) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Dest\nbaseURL: https://example.org/\n")
    for i in range(posts):
        (root / "content" / "posts" / f"p{i:04}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-01-{1 + i % 28:02}\ntags: [t{i % 7}]\n---\n"
            + f"Paragraph {i} about listening. " * 40 + "\n")
    return root


def mentorblog(*args: str, cwd: Path, home: Path | None = None
               ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    if home is not None:
        env["HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "mentorblog", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_destination_above_home_is_refused_and_home_survives(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    home = tmp_path / "fakehome" / "user"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "diary.txt").write_text("precious")
    before = files(tmp_path / "fakehome")
    for _ in range(2):  # the second build used to delete what the first moved away
        done = mentorblog("build", "-s", str(site), "-d", str(tmp_path / "fakehome"),
                          cwd=tmp_path, home=home)
        assert done.returncode == 1
        assert "contains your home folder" in done.stderr and "Traceback" not in done.stderr
    assert files(tmp_path / "fakehome") == before
    assert not (site / ".mentorblog-cache").exists()


def test_a_folder_of_the_users_is_never_replaced(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.odt").write_bytes(b"precious")
    done = mentorblog("build", "-s", str(site), "-d", "Documents", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("error: refusing to use Documents as the output folder: it "
                                  "is not empty and no mentorblog build wrote it")
    assert files(documents) == {"letter.odt": b"precious"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents", "site"]


def test_the_current_folder_is_refused(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    assert mentorblog("build", "-s", str(site), "-d", str(out), cwd=tmp_path).returncode == 0
    before = files(out)
    done = mentorblog("build", "-s", str(site), "-d", ".", cwd=out)
    assert done.returncode == 1 and "current folder" in done.stderr
    assert files(out) == before


def test_an_earlier_output_is_replaced_and_keeps_its_marker(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    assert mentorblog("build", "-s", str(site), "-d", "out", cwd=tmp_path).returncode == 0
    (site / "content" / "posts" / "p0001.md").unlink()
    assert mentorblog("build", "-s", str(site), "-d", "out", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out" / MARKER).is_file()
    assert not (tmp_path / "out" / "posts" / "p0001").exists()


def test_a_cache_dir_holding_other_files_is_refused(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    (site / "mine" / "packs").mkdir(parents=True)
    (site / "mine" / "packs" / "keep.txt").write_text("mine")
    (site / "mine" / "thesis.tex").write_text("mine")
    with (site / "site.yaml").open("a") as f:
        f.write("cacheDir: mine\n")
    done = mentorblog("build", "-s", str(site), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("error: site.yaml: `cacheDir`:"), done.stderr
    assert (site / "mine" / "packs" / "keep.txt").read_text() == "mine"


@pytest.mark.parametrize("cache_dir", ["..", "content/cache", "~"])
def test_a_cache_dir_that_would_hold_input_is_refused(tmp_path: Path, cache_dir: str) -> None:
    site = make_site(tmp_path / "site")
    with (site / "site.yaml").open("a") as f:
        f.write(f"cacheDir: '{cache_dir}'\n")
    done = mentorblog("build", "-s", str(site), cwd=tmp_path,
                      home=site if cache_dir == "~" else None)
    if cache_dir == "~":  # a folder named "~" inside the site: harmless, and kept there
        assert done.returncode == 0, done.stderr
        assert (site / "~" / "CACHEDIR.TAG").is_file()
        return
    assert done.returncode == 1 and "`cacheDir`: refusing" in done.stderr, done.stderr


@pytest.mark.parametrize("same_site", [True, False])
def test_two_builds_at_once_into_one_folder(tmp_path: Path, same_site: bool) -> None:
    """Two real processes: the second waits for the first (or stops saying why), and the
    folder ends up as one whole build, never a mix or nothing."""
    first = make_site(tmp_path / "a", posts=400)
    second = first if same_site else tmp_path / "b"
    if not same_site:
        shutil.copytree(first, second)
    out = tmp_path / "public"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    procs = [subprocess.Popen([sys.executable, "-m", "mentorblog", "build", "-s", str(site),
                               "-d", str(out)], cwd=tmp_path, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL)
             for site in (first, second)]
    results = [(p.wait(300), *p.communicate()) for p in procs]
    for code, _, err in results:
        assert "Traceback" not in err and "No such file" not in err, err
        assert code == 0 or (code == 1 and "another build is writing" in err), err
    assert any(code == 0 for code, _, _ in results)
    clean = tmp_path / "clean"
    assert mentorblog("build", "-s", str(first), "-d", str(clean), "--no-cache",
                      cwd=tmp_path).returncode == 0
    assert tree(out) == tree(clean)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".mentorblog")] == []
