"""The example site's shared note: the Quick start's first build needs no secret (the note's
reader is an optional demo reader, so the note is left out with a warning and nothing of it
is written), and the one-line command the README gives builds it encrypted, opening with the
passphrase the README prints and holding its session."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentorblog.core import sealing

REPO = Path(__file__).resolve().parents[1]
NOTE = "content/posts/what-i-did-not-say.md"
SECRET_WORDS = ["planning forum", "sound ungrateful", "did not say in the room"]


def readme_command() -> tuple[str, str]:
    """The variable and passphrase of the README's Quick start, as a reader copies them."""
    found = re.search(
        r"`(MENTORBLOG_READER_\w+)='([^']+)' mentorblog build`", (REPO / "README.md").read_text()
    )
    assert found, "the Quick start no longer shows how to build the shared note"
    return found.group(1), found.group(2)


def build(site: Path, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentorblog", "build", "-s", str(site), "-d", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def site(tmp_path: Path) -> Path:
    copy = tmp_path / "site"
    copy.mkdir()
    shutil.copy(REPO / "site.yaml", copy / "site.yaml")
    for folder in ("content", "static", "layouts"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, copy / folder)
    return copy


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("MENTORBLOG_READER_")}


def scan(folder: Path) -> list[str]:
    return [
        f"{p.relative_to(folder)}: {w}"
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        for w in SECRET_WORDS
        if w.lower().encode() in p.read_bytes().lower()
    ]


def test_the_first_build_needs_no_secret_and_writes_nothing_of_the_note(
    site: Path, tmp_path: Path
) -> None:
    out = tmp_path / "public"
    done = build(site, out, clean_env())
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if NOTE in line]
    assert warnings == [
        f"warning: {NOTE}:10: not built: shared only with `demo`, an optional reader whose "
        "passphrase is not set; set MENTORBLOG_READER_DEMO (or MENTORBLOG_READER_DEMO_FILE) "
        "to publish it encrypted"
    ]
    assert not (out / "posts" / "what-i-did-not-say").exists()
    assert scan(out) == [] and scan(site / ".mentorblog-cache") == []


def test_the_readme_s_command_publishes_it_encrypted(site: Path, tmp_path: Path) -> None:
    variable, passphrase = readme_command()
    out = tmp_path / "public"
    done = build(site, out, {**clean_env(), variable: passphrase})
    assert done.returncode == 0, done.stderr
    assert NOTE not in done.stderr
    html = (out / "posts" / "what-i-did-not-say" / "index.html").read_text()
    payload = re.search(r'id="sealed-payload">(.*?)</script>', html)
    assert payload is not None
    document = sealing.open_sealed(payload.group(1), passphrase, "/posts/what-i-did-not-say/")
    assert document is not None and "planning forum" in str(document["html"])
    assert "40 min" in str(document["sessions"])
    assert scan(out) == [] and scan(site / ".mentorblog-cache") == []  # sealed, nowhere in clear
