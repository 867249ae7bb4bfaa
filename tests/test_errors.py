"""Every user error: the exact message, exit code 1, no traceback, previous output intact."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = sorted((Path(__file__).parent / "sites" / "invalid").iterdir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_user_error_is_reported_and_previous_output_survives(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "public"
    out.mkdir()
    (out / "index.html").write_text("previous build\n")
    (out / "keep").mkdir()
    (out / "keep" / "data.bin").write_bytes(b"\x00\x01previous")
    before = sorted((p.relative_to(tmp_path).as_posix(), p.read_bytes() if p.is_file() else b"")
                    for p in tmp_path.rglob("*"))
    result = subprocess.run([sys.executable, "-m", "mentorblog", "build", "-d", str(out)],
                            cwd=case, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr == (case / "expected_error.txt").read_text()
    assert result.stdout == ""
    after = sorted((p.relative_to(tmp_path).as_posix(), p.read_bytes() if p.is_file() else b"")
                   for p in tmp_path.rglob("*"))
    assert after == before, "a failed build changed or left files beside the output"


def test_every_error_line_has_the_documented_shape() -> None:
    for case in CASES:
        for line in (case / "expected_error.txt").read_text().splitlines():
            if line.startswith("error: "):
                location = line.removeprefix("error: ").split(": ", 1)[0]
                assert location.split(":")[0] in ("site.yaml",) or location.startswith(
                    ("content/", "layouts/")), line
