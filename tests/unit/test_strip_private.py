"""strip_private: every line of every private note blanked, line numbers kept, found by
markdown-it's block parser (so a note shown inside a code fence stays)."""

from __future__ import annotations

import pytest

from mentorblog.markdown.private_notes import strip_private


@pytest.mark.parametrize(("body", "expected"), [
    ("a\n\n::: private\nsecret\n:::\nb\n", "a\n\n\n\n\nb\n"),
    ("a\n```private\nsecret\n```\nb", "a\n\n\n\nb"),
    ("~~~ private\nsecret\n~~~\n", "\n\n\n"),
    ("> q\n> ::: private\n> secret\n> :::\n", "> q\n\n\n\n"),
    ("- item\n  ::: private\n  secret\n  :::\n  more\n", "- item\n\n\n\n  more\n"),
    (":::: private\nouter\n::: private\ninner\n:::\nstill\n::::\nafter\n", "\n" * 7 + "after\n"),
    ("start\n::: private\nunclosed: private to the end\nmore\n", "start\n\n\n\n"),
])
def test_notes_are_blanked_line_for_line(body: str, expected: str) -> None:
    assert strip_private(body) == expected
    assert strip_private(body).count("\n") == body.count("\n")


@pytest.mark.parametrize("body", [
    "```\n::: private\nshown as code\n:::\n```\n",
    "    ::: private\n    indented code\n",
    "::: privately\nnot a note\n:::\n",
    "No note here, only the word private.\n",
])
def test_text_that_only_looks_like_a_note_stays(body: str) -> None:
    assert strip_private(body) == body
