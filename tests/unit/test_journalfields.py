"""read/journalfields.py and the session fields parse adds: shapes checked at the line of the
entry at fault (the key's line when no entry lines are known)."""

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
    assert page.commitments == (Commitment("a", "T", 5),)  # the entry's line, not the key's
    assert page.closures == (Closure("x", "done", 6), Closure("y", "dropped", 7))
    assert page.in_reply_to == "/posts/b/" and page.key_lines["inreplyto"] == 8


def test_each_entry_keeps_its_own_line() -> None:
    page = parse(
        "commitments:\n"  # line 4
        "  - {id: a, text: T}\n"
        "  - id: b\n"  # line 6: a block mapping's line is its first key's
        "    text: U\n"
        "done:\n"  # line 8
        "  - x\n"
        "  -\n"
        "    id: y\n"  # line 11: an entry starting on the next line is there
        "    note: fine\n"
        "dropped: [z, w]\n"  # line 13: flow lists share their key's line
    )
    assert [c.line for c in page.commitments] == [5, 6]
    assert [(c.id, c.line) for c in page.closures] == [("x", 9), ("y", 11), ("z", 13), ("w", 13)]


@pytest.mark.parametrize(
    ("fields", "line", "message"),
    [
        ("  - {id: a, text: T}\n  - Just words\n", 6, "each entry must be a mapping"),
        ("  - {id: a, text: T}\n  - {text: U}\n", 6, "has no `id`"),
        ("  - {id: a, text: T}\n  - id: b\n    due: soon\n    text: U\n", 7, "due: not a date"),
        ("  - {id: a, text: T}\n  - id: b\n    text: U\n    owner: [x]\n", 8, "owner must"),
        ("  - {id: a, text: T}\n  - id: two words\n    text: U\n", 6, "must be one word"),
        ("  - {id: a, text: T}\n  - id: b\n", 6, "needs a `text`"),
        (
            "  - {id: a, text: T}\n  - {id: b, text: U}\n  - {id: a, text: V}\n",
            7,
            "made twice in this post (also at line 5)",
        ),
    ],
)
def test_a_commitment_mistake_names_its_entry_line(fields: str, line: int, message: str) -> None:
    with pytest.raises(BuildError) as info:
        parse("commitments:\n" + fields)
    assert (info.value.line, info.value.file) == (line, SOURCE)
    assert message in info.value.message


def test_a_closure_mistake_names_its_entry_line() -> None:
    with pytest.raises(BuildError) as info:
        parse("done:\n  - a\n  - {id: b, note: [1]}\n")
    assert info.value.line == 6 and "`note` must be text" in info.value.message
    with pytest.raises(BuildError) as info:
        parse("dropped:\n  - a\n  - b\n  - two words\n")
    assert info.value.line == 7 and "must be one word" in info.value.message


def test_entry_lines_follow_blank_lines_before_the_front_matter() -> None:
    config = Config(root=Path("/site"), title="T", base_url="https://example.org/")
    text = "\n\n---\ntitle: A\ndone:\n  - a\n  - b\n---\nBody.\n"
    page = parse_page(text.encode(), SOURCE, ParseContext(config, ("posts",), LAYOUTS))
    assert [c.line for c in page.closures] == [6, 7]


def test_toml_front_matter_names_the_key_line() -> None:
    """tomllib keeps no positions: an entry's line is its list's."""
    config = Config(root=Path("/site"), title="T", base_url="https://example.org/")
    text = '+++\ntitle = "A"\ndone = [\n  "a",\n  "b",\n]\n+++\nBody.\n'
    page = parse_page(text.encode(), SOURCE, ParseContext(config, ("posts",), LAYOUTS))
    assert [c.line for c in page.closures] == [3, 3]


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
