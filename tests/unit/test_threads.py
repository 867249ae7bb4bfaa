"""plan/threads.py: in_reply_to by path or address, errors at file:line, visibility both ways."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import PurePosixPath

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Page
from mentorblog.plan.public import is_public
from mentorblog.plan.threads import plan_threads


def post(name: str, day: int, reply: str = "", *, listed: bool = True) -> Page:
    return Page(
        PurePosixPath(f"content/posts/{name}.md"),
        "post",
        "posts",
        1,
        name,
        f"/posts/{name}/",
        f"posts/{name}/index.html",
        "post",
        "",
        date=datetime(2025, 1, day, tzinfo=UTC),
        in_reply_to=reply,
        key_lines={"inreplyto": 4} if reply else {},
        is_listed=listed,
    )


@pytest.mark.parametrize(
    "target",
    [
        "posts/a.md",
        "content/posts/a.md",
        "/posts/a/",
        "/posts/a",
        "posts/a",
        "/blog/posts/a/",
        "/posts/a/#part",
    ],
)
def test_a_target_by_path_or_address(target: str) -> None:
    pages = [post("a", 1), post("b", 2, target)]
    threads = plan_threads(pages, pages, is_public, "/blog/")
    assert threads.replies == {"/posts/a/": ("/posts/b/",)}
    assert threads.targets == {"/posts/b/": "/posts/a/"}


def test_replies_are_listed_oldest_first() -> None:
    pages = [post("a", 1), post("c", 5, "/posts/a/"), post("b", 2, "/posts/a/")]
    replies = plan_threads(pages, pages, is_public).replies
    assert replies == {"/posts/a/": ("/posts/b/", "/posts/c/")}


def test_an_unknown_target_is_an_error_at_the_line() -> None:
    pages = [post("b", 2, "posts/nope.md")]
    with pytest.raises((BuildError, ExceptionGroup)) as info:
        plan_threads(pages, pages, is_public)
    err = info.value
    first = err.exceptions[0] if isinstance(err, ExceptionGroup) else err
    assert str(first) == (
        "content/posts/b.md:4: `in_reply_to`: no post has the path or "
        "address 'posts/nope.md' (write it as posts/name.md or /posts/name/)"
    )


def test_a_post_cannot_answer_itself() -> None:
    pages = [post("b", 2, "posts/b.md")]
    with pytest.raises((BuildError, ExceptionGroup)):
        plan_threads(pages, pages, is_public)


def test_a_reply_to_an_unpublished_draft_is_a_warning() -> None:
    draft = post("draft", 1)
    reply = post("b", 2, "posts/draft.md")
    threads = plan_threads([reply], [draft, reply], is_public)
    assert threads.replies == {} and threads.targets == {}
    assert [n.line for n in threads.notices] == [4]


def test_visibility_both_ways() -> None:
    """A public original never lists a hidden reply; a public reply never names a hidden
    original."""
    pages = [
        post("a", 1),
        post("hidden-reply", 2, "/posts/a/", listed=False),
        post("hidden", 3),
        post("b", 4, "/posts/hidden/"),
    ]
    pages[2] = post("hidden", 3, listed=False)
    threads = plan_threads(pages, pages, is_public)
    assert threads.replies == {} and threads.targets == {}
