"""Every template an author writes (shortcode templates, archetypes; layouts are covered
by tests/sites/invalid/) fails with `file:line: message`, never a traceback: arithmetic
errors, templates that use themselves, files that are not UTF-8 or link out of the site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def site(root: Path) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    (root / "content" / "posts" / "a.md").write_text(
        "---\ntitle: A\ndate: 2024-01-01\n---\n{{< note >}}x{{< /note >}}\n")
    return root


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mentorblog", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})


@pytest.mark.parametrize(("template", "expected"), [
    ("x\n{{ 1 // 0 }}\n", "layouts/shortcodes/note.html:2: shortcode template error: integer "
                          "division or modulo by zero (used at content/posts/a.md:5)"),
    ('x\n{% include "note" %}\n', "layouts/shortcodes/note.html: shortcode template error: it "
                                  "uses itself without end (used at content/posts/a.md:5)"),
    ("{{ [1][5] }}\n", "layouts/shortcodes/note.html:1: shortcode template error:"),
])
def test_shortcode_templates(tmp_path: Path, template: str, expected: str) -> None:
    root = site(tmp_path / "site")
    (root / "layouts" / "shortcodes").mkdir(parents=True)
    (root / "layouts" / "shortcodes" / "note.html").write_text(template)
    done = run("build", "--no-cache", cwd=root)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("error: " + expected), done.stderr


@pytest.mark.parametrize(("archetype", "expected"), [
    (b"---\ntitle: {{ title | quote }}\nx: {{ 1 // 0 }}\n---\n",
     "archetypes/default.md:3: archetype template error: integer division or modulo by zero"),
    (b'---\n{% include "other.md" %}\n---\n', "archetypes/default.md:2: archetype template "
                                              "error: no loader for this environment"),
    (b"---\ntitle: Caf\xe9\n---\n", "archetypes/default.md:2: not UTF-8 text (byte 0xe9)"),
    (None, "archetypes/default.md: is a symbolic link to a place outside the site"),
])
def test_archetypes(tmp_path: Path, archetype: bytes | None, expected: str) -> None:
    root = site(tmp_path / "site")
    (root / "archetypes").mkdir()
    if archetype is None:
        (tmp_path / "secret.md").write_text("---\ntitle: secret\n---\nSECRET\n")
        (root / "archetypes" / "default.md").symlink_to(tmp_path / "secret.md")
    else:
        (root / "archetypes" / "default.md").write_bytes(archetype)
    done = run("new", "posts/new.md", cwd=root)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("error: " + expected), done.stderr
    assert not (root / "content" / "posts" / "new.md").exists()
