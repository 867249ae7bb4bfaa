"""The hours log, commitments and replies on the fixture site, as readers and accountants get
them: totals of sessions.csv and sessions.json equal the sessions page, nothing a hidden post
holds reaches any output file, and `journal: {export: false}` removes the log."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build
from mentorblog.cli import main
from mentorblog.commands.check import check_site

NOW = datetime(2026, 1, 1, tzinfo=UTC)  # as the golden tests: fixtures are dated 2025
SITE = Path(__file__).parent / "sites" / "commitments"
# Words only the hidden post (build: {list: never}) and the draft hold.
HIDDEN = ("Secretperson", "hidden-kind", "draft-item", "Something only the draft")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("log") / "public"
    build(BuildOptions(source=SITE, destination=out), now=NOW)
    return out


def page_totals(html: str) -> tuple[int, int]:
    match = re.search(r"<strong>(\d+) sessions?</strong> logged, <strong>([\d,]+) minutes?", html)
    assert match, "the sessions page states its totals"
    return int(match[1]), int(match[2].replace(",", ""))


def test_csv_and_json_totals_equal_the_page(built: Path) -> None:
    sessions, minutes = page_totals((built / "journal/index.html").read_text())
    rows = list(csv.DictReader(io.StringIO((built / "journal/sessions.csv").read_text())))
    assert len(rows) == sessions
    assert sum(int(r["minutes"] or 0) for r in rows) == minutes
    data = json.loads((built / "journal/sessions.json").read_text())
    assert data["totals"]["sessions"] == sessions == len(data["sessions"])
    assert data["totals"]["minutes"] == minutes == sum(r["minutes"] or 0 for r in data["sessions"])
    assert list(rows[0]) == ["date", "minutes", "with", "kind", "format", "paid", "post"]
    # paid only where a post gives it; group when two people or more.
    assert [r["paid"] for r in rows] == ["false", "true", "", "", "", ""]
    assert [r["format"] for r in rows][3:5] == ["group", "individual"]
    assert ["paid" in r for r in data["sessions"]] == [True, True, False, False, False, False]
    assert rows[0]["post"] == "https://example.org/log/posts/first-call/"


def test_nothing_hidden_reaches_any_output(built: Path) -> None:
    for file in built.rglob("*"):
        if file.is_file() and "hidden-notes" not in file.parts:
            data = file.read_bytes()
            for word in HIDDEN:
                assert word.encode() not in data, (file, word)


def test_the_hidden_post_is_no_reply_and_closes_nothing_in_public(built: Path) -> None:
    first = (built / "posts/first-call/index.html").read_text()
    assert "Notes nobody lists" not in first and "1 reply" in first
    page = (built / "commitments/index.html").read_text()
    assert "Dropped</span> Ola" not in page and "Open</span> Ola gives a lightning talk" in page


def test_export_false_removes_the_log(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected"))
    with open(site / "site.yaml", "a", encoding="utf-8") as f:
        f.write("journal: {export: false, commitments: /promises/}\n")
    build(BuildOptions(source=site, destination=tmp_path / "out"), now=NOW)
    assert not (tmp_path / "out/journal/sessions.csv").exists()
    assert not (tmp_path / "out/journal/sessions.json").exists()
    assert "sessions.csv" not in (tmp_path / "out/journal/index.html").read_text()
    assert (tmp_path / "out/promises/index.html").is_file()
    assert not (tmp_path / "out/commitments").exists()


def test_check_warns_about_open_items_past_due() -> None:
    result = check_site(BuildOptions(source=SITE), now=NOW)
    overdue = [str(w) for w in result.warnings if "was due" in w.message]
    assert overdue == [
        "content/posts/2025-05-10-group-session.md:8: commitment `ola-talk` (Ola gives a "
        "lightning talk) was due 2025-09-01, 122 days ago, and is still open (close it with "
        "`done:` or `dropped:` in a later post)"
    ]


def test_new_reflection_lists_the_open_items(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected"))
    assert main(["new", "-s", str(site), "--kind", "reflection", "posts/next.md"]) == 0
    text = (site / "content/posts/next.md").read_text()
    assert "#   ola-talk: Ola gives a lightning talk (Ola, due 2025-09-01)" in text
    assert "map-team" not in text  # done, so not offered again
    build(BuildOptions(source=site, destination=tmp_path / "out", drafts=True), now=NOW)


def test_list_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--list-kinds", "-s", str(SITE)]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["default", "milestone", "preparation", "reflection", "til", "weeknote"]
