"""plan/commitments.py: ids checked across posts, the public ledger, each post's box, overdue
items and the /commitments/ page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import PurePosixPath

import pytest

from mentorblog.core.errors import BuildError, flatten
from mentorblog.core.model import Closure, Commitment, Page, Session
from mentorblog.plan.commitments import (
    check_commitments,
    commitments_page,
    for_post,
    overdue_notices,
    plan_ledger,
)
from mentorblog.plan.public import is_public


def post(
    name: str,
    month: int,
    *,
    made: tuple[Commitment, ...] = (),
    closes: tuple[Closure, ...] = (),
    series: str = "",
    listed: bool = True,
    session: bool = False,
) -> Page:
    return Page(
        PurePosixPath(f"content/posts/{name}.md"),
        "post",
        "posts",
        1,
        name.title(),
        f"/posts/{name}/",
        f"posts/{name}/index.html",
        "post",
        "",
        date=datetime(2025, month, 1, tzinfo=UTC),
        commitments=made,
        closures=closes,
        terms={"series": (series,)} if series else {},
        is_listed=listed,
        sessions=(Session(30),) if session else (),
    )


def item(ident: str, line: int = 5, **kw: object) -> Commitment:
    return Commitment(ident, f"text of {ident}", line, **kw)  # type: ignore[arg-type]


def errors_of(pages: list[Page]) -> list[str]:
    with pytest.raises((BuildError, ExceptionGroup)) as info:
        check_commitments(pages)
    err = info.value
    found = flatten(err) if isinstance(err, ExceptionGroup) else [err]
    return [str(e) for e in found]


def test_an_id_made_twice_names_both_files_and_lines() -> None:
    pages = [post("a", 1, made=(item("x", 4),)), post("b", 2, made=(item("x", 7),))]
    assert errors_of(pages) == [
        "content/posts/b.md:7: commitment `x` is made twice: also at content/posts/a.md:4"
    ]


def test_unknown_later_and_twice_closed_ids_are_errors_at_the_closing_line() -> None:
    pages = [
        post("a", 1, made=(item("x"),), closes=(Closure("later", "done", 9),)),
        post("b", 2, made=(item("later", 3),), closes=(Closure("x", "done", 6),)),
        post("c", 3, closes=(Closure("x", "dropped", 8), Closure("nope", "done", 8))),
    ]
    assert sorted(errors_of(pages)) == [
        "content/posts/a.md:9: `done`: commitment `later` is made only later, at "
        "content/posts/b.md:3",
        "content/posts/c.md:8: `done`: no post makes commitment `nope` (known: later, x)",
        "content/posts/c.md:8: `dropped`: commitment `x` is already closed at content/posts/b.md:6",
    ]


def test_a_valid_journal_passes() -> None:
    check_commitments(
        [post("a", 1, made=(item("x"),)), post("b", 2, closes=(Closure("x", "done", 3),))]
    )


def test_a_closure_in_a_hidden_post_leaves_the_item_open_on_public_pages() -> None:
    pages = [
        post("a", 1, made=(item("x"),)),
        post("h", 2, closes=(Closure("x", "done", 3),), listed=False),
    ]
    check_commitments(pages)  # the id is known: no error
    ledger = plan_ledger(pages, is_public)
    assert [(i.commitment.id, i.status) for i in ledger.items] == [("x", "open")]
    assert "/posts/h/" not in ledger.order


def test_a_hidden_posts_commitments_never_reach_the_ledger() -> None:
    pages = [
        post("h", 1, made=(item("secret"),), listed=False),
        post("b", 2, closes=(Closure("secret", "done", 3),)),
    ]
    assert plan_ledger(pages, is_public).items == ()


def test_each_post_shows_what_was_open_before_what_it_closes_and_what_it_makes() -> None:
    pages = [
        post("a", 1, made=(item("x"), item("y")), series="One"),
        post("other", 2, made=(item("z"),), series="Two"),
        post("b", 3, closes=(Closure("x", "done", 3, "went well"),), series="One"),
        post("c", 4, session=True, series="One"),
        post("journal", 5, session=True),
    ]
    ledger = plan_ledger(pages, is_public)
    b = for_post(ledger, "/posts/b/", "One")
    # y is open and of the journey; x is closed here, so listed under closes only; z is
    # another journey's.
    assert [i.commitment.id for i in b.open_before] == ["y"]
    assert [(i.commitment.id, i.note) for i in b.closes] == [("x", "went well")]
    assert b.made == ()
    c = for_post(ledger, "/posts/c/", "One")
    assert [i.commitment.id for i in c.open_before] == ["y"]
    # A post outside any journey sees the whole journal.
    j = for_post(ledger, "/posts/journal/", "")
    assert [i.commitment.id for i in j.open_before] == ["y", "z"]
    a = for_post(ledger, "/posts/a/", "One")
    assert a.open_before == () and [i.commitment.id for i in a.made] == ["x", "y"]
    assert not for_post(ledger, "/posts/unknown/", "")


def test_overdue_items_are_warned_about_at_the_line_that_made_them() -> None:
    due = datetime(2025, 3, 1, tzinfo=UTC)
    pages = [
        post(
            "a",
            1,
            made=(
                item("late", 6, due=due),
                item("fine", 6),
                item("soon", 6, due=datetime(2026, 6, 1, tzinfo=UTC)),
            ),
        )
    ]
    ledger = plan_ledger(pages, is_public)
    notices = overdue_notices(ledger, pages, datetime(2025, 3, 11, tzinfo=UTC))
    assert [str(n) for n in notices] == [
        "content/posts/a.md:6: commitment `late` (text of late) was due 2025-03-01, 10 days "
        "ago, and is still open (close it with `done:` or `dropped:` in a later post)"
    ]
    closed = [*pages, post("b", 2, closes=(Closure("late", "done", 2),))]
    assert (
        overdue_notices(plan_ledger(closed, is_public), closed, datetime(2025, 3, 11, tzinfo=UTC))
        == []
    )


def test_the_page_counts_ages_to_the_newest_post_and_groups_by_journey_and_owner() -> None:
    pages = [
        post("a", 1, made=(item("x", owner="Ben"), item("y")), series="One"),
        post("b", 3, closes=(Closure("x", "done", 3),), made=(item("z", owner="Ana"),)),
    ]
    ledger = plan_ledger(pages, is_public)
    page = commitments_page(ledger, datetime(2025, 4, 1, tzinfo=UTC))
    by_id = {i.commitment.id: i for i in ledger.items}
    assert page.age(by_id["x"]) == 59  # Jan 1 -> Mar 1: how long it took
    assert page.age(by_id["y"]) == 90  # Jan 1 -> Apr 1: open so far
    assert [(g.label, len(g.open), len(g.done)) for g in page.by_journey] == [
        ("One", 1, 1),
        ("The journal", 1, 0),
    ]
    assert [g.label for g in page.by_person] == ["Ana", "Ben", "No owner named"]
    assert replace(page, as_of=None).age(by_id["y"]) is None
