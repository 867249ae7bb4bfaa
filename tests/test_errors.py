"""Every user error: the exact message, exit code 1, no traceback, previous output intact."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentorblog.output.write import MARKER

CASES = sorted((Path(__file__).parent / "sites" / "invalid").iterdir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_user_error_is_reported_and_previous_output_survives(case: Path, tmp_path: Path) -> None:
    # A copy, so the build cache the failed build keeps lands in tmp, not in the repository.
    site = tmp_path / "site"
    shutil.copytree(case, site, ignore=shutil.ignore_patterns(".mentorblog-cache"))
    out = tmp_path / "public"
    out.mkdir()
    (out / MARKER).write_text("an earlier build wrote this folder\n")
    (out / "index.html").write_text("previous build\n")
    (out / "keep").mkdir()
    (out / "keep" / "data.bin").write_bytes(b"\x00\x01previous")
    before = snapshot(tmp_path)
    result = subprocess.run([sys.executable, "-m", "mentorblog", "build", "-d", str(out)],
                            cwd=site, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr == (case / "expected_error.txt").read_text()
    assert result.stdout == ""
    assert snapshot(tmp_path) == before, "a failed build changed or left files beside the output"


def snapshot(root: Path) -> list[tuple[str, bytes]]:
    """Every file and folder under root but the site's build cache, which a build may write."""
    return sorted((rel, p.read_bytes() if p.is_file() else b"") for p in root.rglob("*")
                  if not (rel := p.relative_to(root).as_posix()).startswith(
                      "site/.mentorblog-cache"))


def test_every_error_line_has_the_documented_shape() -> None:
    for case in CASES:
        for line in (case / "expected_error.txt").read_text().splitlines():
            if line.startswith("error: "):
                location = line.removeprefix("error: ").split(": ", 1)[0]
                assert location.split(":")[0] in ("site.yaml",) or location.startswith(
                    ("content/", "layouts/", "static/")), line
