"""journal: sessions, minutes and distinct people, in total, by year, kind and author."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import PurePosixPath

from mentorblog.core.model import Page, Session
from mentorblog.plan.journal import Tally, summarise


def post(name: str, year: int | None, *sessions: Session,
         authors: tuple[str, ...] = ("Ana",)) -> Page:
    return Page(PurePosixPath(f"content/posts/{name}.md"), "post", "posts", 1, name,
                f"/posts/{name}/", f"posts/{name}/index.html", "post", "",
                date=datetime(year, 6, 1, tzinfo=UTC) if year else None, authors=authors,
                sessions=sessions)


def test_sums_by_year_kind_and_author() -> None:
    posts = [
        post("c", 2025, Session(45, ("Ben",), "career"), authors=("Ana", "Ben")),
        post("b", 2024, Session(60, ("ben", "Chidi"), "career"), Session(None, (), "")),
        post("a", 2024),
        post("undated", None, Session(15, ("Dee",), "pairing")),
    ]
    journal = summarise(posts)
    assert journal.total == Tally("all", 4, 120, 3)  # ben == Ben: people are counted once
    assert journal.years == (Tally("2025", 1, 45, 1), Tally("2024", 2, 60, 2))
    # Most sessions first, then most minutes; a session without a kind counts as "other".
    assert journal.kinds == (Tally("career", 2, 105, 2), Tally("pairing", 1, 15, 1),
                             Tally("other", 1, 0, 0))
    assert journal.authors == (Tally("Ana", 4, 120, 3), Tally("Ben", 1, 45, 1))
    assert [e.page_url for e in journal.entries] == ["/posts/c/", "/posts/b/", "/posts/b/",
                                                     "/posts/undated/"]


def test_nothing_logged() -> None:
    journal = summarise([post("a", 2024)])
    assert journal.total == Tally("all", 0, 0, 0)
    assert journal.entries == journal.years == ()
