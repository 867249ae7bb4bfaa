"""Extra builds for the validators: the example site minified, and the theme-flags site."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
FLAGS_SITE = REPO_ROOT / "tests" / "browser" / "sites" / "flags"


def build(source: Path, dest: Path, *extra: str) -> Path:
    cmd = [sys.executable, "-m", "mentorblog", "build", "-q", "-s", str(source), "-d", str(dest),
           "--base-url", "http://127.0.0.1:8000/", *extra]
    done = subprocess.run(cmd, cwd=REPO_ROOT, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        pytest.fail(f"`{' '.join(cmd[1:])}` exited {done.returncode}\n{done.stdout}{done.stderr}",
                    pytrace=False)
    return dest


@pytest.fixture(scope="session")
def minified_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site built with --minify."""
    return build(REPO_ROOT, tmp_path_factory.mktemp("minified") / "public", "--minify")


@pytest.fixture(scope="session")
def flags_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/browser/sites/flags (profile mode, label, series, share, comments...) built from
    a copy, so the build's cache folder is not left in the repository."""
    work = tmp_path_factory.mktemp("flags")
    source = work / "site"
    shutil.copytree(FLAGS_SITE, source, ignore=shutil.ignore_patterns(".mentorblog-cache"))
    return build(source, work / "public")
