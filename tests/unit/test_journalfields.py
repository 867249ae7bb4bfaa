"""read/journalfields.py and the session fields parse adds: shapes checked at the key's line."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Closure, Commitment, Config, Page, Session
from mentorblog.read.config import load_config
from mentorblog.read.journalfields import read_closures, read_commitments, read_reply_target
from mentorblog.read.parse import ParseContext, parse_page

SOURCE = PurePosixPath("content/posts/a.md")
LAYOUTS = frozenset({"post", "page", "base"})


def parse(fields: str) -> Page:
    config = Config(root=Path("/site"), title="T", base_url="https://example.org/")
    text = f"---\ntitle: A\ndate: 2025-01-02\n{fields}---\nBody.\n"
    return parse_page(text.encode(), SOURCE, ParseContext(config, ("posts",), LAYOUTS))


def commitments(value: Any) -> tuple[Commitment, ...]:
    return read_commitments(value, "commitments", 4, SOURCE, UTC, lambda m, line: None)


def test_commitments_with_every_part_and_a_single_mapping() -> None:
    assert commitments({"id": "a", "text": " Do it "}) == (Commitment("a", "Do it", 4),)
    found = commitments([{"id": 7, "text": "T", "due": "2025-03-01", "owner": "Ben"}])
    assert found == (Commitment("7", "T", 4, datetime(2025, 3, 1, tzinfo=UTC), "Ben"),)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["just text"], "each entry must be a mapping"),
        ([{"text": "T"}], "has no `id`"),
        ([{"id": "two words", "text": "T"}], "must be one word"),
        ([{"id": True, "text": "T"}], "an id must be a short word"),
        ([{"id": "a"}], "needs a `text`"),
        ([{"id": "a", "text": "T"}, {"id": "a", "text": "U"}], "made twice in this post"),
        ([{"id": "a", "text": "T", "due": "soon"}], "due: not a date"),
        ([{"id": "a", "text": "T", "owner": ["x"]}], "owner must be a name"),
    ],
)
def test_commitment_mistakes_name_the_key_line(value: Any, message: str) -> None:
    with pytest.raises(BuildError) as info:
        commitments(value)
    assert info.value.line == 4 and message in info.value.message


def test_unknown_parts_of_a_commitment_are_warnings() -> None:
    warned: list[str] = []
    read_commitments(
        [{"id": "a", "text": "T", "dew": "x"}],
        "commitments",
        4,
        SOURCE,
        UTC,
        lambda m, line: warned.append(m),
    )
    assert warned == ["`commitments`: `dew` is not used (known: id, text, due, owner)"]


def test_closures_take_ids_or_mappings_with_a_note() -> None:
    assert read_closures(["a", {"id": "b", "note": " fine "}], "done", "done", 6, SOURCE) == (
        Closure("a", "done", 6),
        Closure("b", "done", 6, "fine"),
    )
    assert read_closures("a", "dropped", "dropped", 7, SOURCE) == (Closure("a", "dropped", 7),)
    with pytest.raises(BuildError, match="has no `id`"):
        read_closures([{"note": "x"}], "done", "done", 6, SOURCE)


def test_a_reply_target_is_a_path_or_address_of_this_site() -> None:
    assert read_reply_target(" posts/a.md ", "in_reply_to", 3, SOURCE) == "posts/a.md"
    for bad in ("https://elsewhere.example/x/", "//elsewhere.example/x", 5):
        with pytest.raises(BuildError):
            read_reply_target(bad, "in_reply_to", 3, SOURCE)


def test_parse_reads_the_journal_fields_with_their_lines() -> None:
    page = parse(
        "commitments:\n  - {id: a, text: T}\ndone: [x]\ndropped: [y]\nin_reply_to: /posts/b/\n"
    )
    assert page.commitments == (Commitment("a", "T", 4),)
    assert page.closures == (Closure("x", "done", 6), Closure("y", "dropped", 7))
    assert page.in_reply_to == "/posts/b/" and page.key_lines["inreplyto"] == 8


def test_sessions_format_and_paid() -> None:
    page = parse(
        "session:\n  - {minutes: 30, with: [A, B]}\n"
        "  - {minutes: 20, with: [A, B], format: individual, paid: true}\n"
    )
    assert page.sessions == (
        Session(30, ("A", "B"), "", "group"),
        Session(20, ("A", "B"), "", "individual", True),
    )
    for bad in ("format: pair", "paid: maybe"):
        with pytest.raises(BuildError):
            parse(f"session: {{minutes: 5, {bad}}}\n")


def test_journal_settings(tmp_path: Path) -> None:
    def config(extra: str) -> Config:
        (tmp_path / "site.yaml").write_text(f"title: T\nbaseURL: https://example.org/\n{extra}")
        return load_config(tmp_path).config

    plain = config("")
    assert (plain.journal_url, plain.journal_export, plain.commitments_url) == (
        "/journal/",
        True,
        "/commitments/",
    )
    mapped = config("journal: {url: /log/, export: false, commitments: false}\n")
    assert (mapped.journal_url, mapped.journal_export, mapped.commitments_url) == (
        "/log/",
        False,
        None,
    )
    assert config("journal: false\n").journal_url is None
    with pytest.raises(BuildError, match="unknown key `exports`"):
        config("journal: {exports: false}\n")
