"""The quality gates of the test command: `mypy --strict` over src/, `ruff check`, `ruff format
--check` and pylint's duplicate-code check over src/, with the versions the `test` extra pins.

Two gates start from a baseline of what was there when they were added, so that only new
problems fail: test files written before `ruff format` was a gate (tests/quality/unformatted.txt;
format one with `ruff format FILE` and drop its line) and the duplicate code src/ held then
(tests/quality/duplicate-code.txt). A line of a baseline that no longer applies is reported as
a warning, so the lists only shrink."""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
UNFORMATTED = HERE / "unformatted.txt"
DUPLICATES = HERE / "duplicate-code.txt"
# pylint's own default: a block of 4 lines or more, comments, docstrings, imports and
# function signatures left out of the comparison.
MIN_DUPLICATE_LINES = 4


def tool(*args: str) -> subprocess.CompletedProcess[str]:
    """A gate's tool, from the interpreter running the tests (the venv tests/run installs)."""
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def report(result: subprocess.CompletedProcess[str]) -> str:
    return f"$ {' '.join(result.args[2:])}\n{result.stdout}{result.stderr}"


def stale(baseline: Path, entries: set[str]) -> None:
    if entries:
        warnings.warn(
            f"{baseline.relative_to(REPO)}: no longer needed, remove: "
            + ", ".join(sorted(entries)),
            stacklevel=2,
        )


def test_mypy_strict_over_src() -> None:
    result = tool("mypy", "--strict", "src/mentorblog")
    assert result.returncode == 0, report(result)


def test_ruff_check() -> None:
    result = tool("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, report(result)


# -- ruff format -------------------------------------------------------------------------------


def unformatted_files() -> set[str]:
    """The files `ruff format --check` would change, relative to the repository."""
    result = tool("ruff", "format", "--check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode in (0, 1), report(result)
    found = set(re.findall(r"^(.+?\.pyi?):\d+:\d+: unformatted", result.stdout, re.MULTILINE))
    assert found or result.returncode == 0, f"could not read the files from:\n{report(result)}"
    return {Path(f).as_posix() for f in found}


def read_list(path: Path) -> set[str]:
    return {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def test_ruff_format_finds_nothing_new() -> None:
    known = read_list(UNFORMATTED)
    found = unformatted_files()
    new = sorted(found - known)
    assert not new, (
        "`ruff format --check` would change these files (run `ruff format FILE`):\n"
        + "\n".join(new)
    )
    stale(UNFORMATTED, known - found)


def test_the_format_baseline_holds_no_source_file() -> None:
    """The baseline holds old test and bench files only: src/ never gets one."""
    assert not {f for f in read_list(UNFORMATTED) if f.startswith("src/")}


# -- duplicate code ----------------------------------------------------------------------------

Block = tuple[str, ...]


# Jinja's code for the theme's layouts (render/theme_code.py makes it; the ruff and mypy
# gates leave it out too, see pyproject.toml): its generated loops repeat by the hundred.
GENERATED = "src/mentorblog/theme/compiled/"


def src_files() -> list[str]:
    found = (p.relative_to(REPO).as_posix() for p in (REPO / "src").rglob("*.py"))
    return sorted(f for f in found if not f.startswith(GENERATED))


def duplicate_blocks(sources: list[str]) -> dict[Block, list[str]]:
    """Each block of code that pylint's `symilar` finds twice or more in `sources`, as its
    lines (stripped, so a block keeps its identity when it moves), with where it is now."""
    result = tool(
        "pylint.checkers.symilar",
        "--duplicates",
        str(MIN_DUPLICATE_LINES),
        "--ignore-comments",
        "--ignore-docstrings",
        "--ignore-imports",
        "--ignore-signatures",
        *sources,
    )
    assert result.returncode == 0 and "TOTAL lines=" in result.stdout, report(result)
    blocks: dict[Block, list[str]] = {}
    for chunk in result.stdout.split("\n\n"):
        places = re.findall(r"^==(.+?):\[(\d+):\d+\]$", chunk, re.MULTILINE)
        if not places:
            continue
        code = tuple(
            line.strip()
            for line in chunk.splitlines()
            if line.strip()
            and not line.startswith("==")
            and not re.match(r"^\d+ similar lines in \d+ files$", line)
            and not line.startswith("TOTAL lines=")
        )
        blocks[code] = [f"{path}:{int(start) + 1}" for path, start in places]
    return blocks


def known_duplicates() -> set[Block]:
    """tests/quality/duplicate-code.txt: each block starts with a `==` line (where it was when
    recorded), its code lines follow, each after `| `."""
    blocks: list[list[str]] = []
    for line in DUPLICATES.read_text(encoding="utf-8").splitlines():
        if line.startswith("=="):
            blocks.append([])
        elif line.startswith("| "):
            blocks[-1].append(line[2:].strip())
    return {tuple(b) for b in blocks}


def as_baseline_entry(block: Block, places: list[str]) -> str:
    return "== " + ", ".join(places) + "\n" + "\n".join(f"| {line}" for line in block)


def test_no_new_duplicate_code_in_src() -> None:
    known = known_duplicates()
    found = duplicate_blocks(src_files())
    new = {block: places for block, places in found.items() if block not in known}
    assert not new, (
        f"{len(new)} new block(s) of duplicate code in src/ (at least {MIN_DUPLICATE_LINES} "
        "lines; pylint's symilar). Share the code instead of copying it:\n\n"
        + "\n\n".join(as_baseline_entry(b, p) for b, p in new.items())
    )
    stale(DUPLICATES, {" / ".join(b[:1]) for b in known - set(found)})


def test_the_duplicate_check_finds_a_copied_block(tmp_path: Path) -> None:
    """The gate can fail: two files sharing a five-line body (one comment apart) are one
    block, found at both places."""
    body = (
        "    total = 0\n    for item in items:\n        total += item * 2\n"
        "    total -= 1\n    return total\n"
    )
    (tmp_path / "a.py").write_text(f"def a(items):\n{body}")
    (tmp_path / "b.py").write_text(f"X = 1\n\n\ndef b(items):\n    # twice\n{body}")
    found = duplicate_blocks([str(tmp_path / "a.py"), str(tmp_path / "b.py")])
    assert found == {
        ("total = 0", "for item in items:", "total += item * 2", "total -= 1", "return total"): [
            f"{tmp_path / 'a.py'}:2",
            f"{tmp_path / 'b.py'}:6",
        ]
    }, found
