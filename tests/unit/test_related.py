"""related: shared tags count, parts of the post's own journeys never do (the journey box lists
them), ties go to the nearest in time, and a tag on every post still offers each post only its
neighbours in time (no quadratic pass)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath

from mentorblog.core.model import Page
from mentorblog.plan.related import WINDOW, related_posts

START = datetime(2024, 1, 1, tzinfo=UTC)


def post(name: str, day: int, tags: tuple[str, ...] = (), series: tuple[str, ...] = ()) -> Page:
    terms = {k: v for k, v in (("tags", tags), ("series", series)) if v}
    return Page(PurePosixPath(f"content/posts/{name}.md"), "post", "posts", 1, name,
                f"/posts/{name}/", f"posts/{name}/index.html", "post", "",
                date=START + timedelta(days=day), terms=terms)


def test_journey_parts_are_left_out_and_ties_go_to_the_nearest() -> None:
    posts = [post("a", 0, tags=("x",), series=("s",)),
             post("b", 10, tags=("x",)),
             post("c", 50, tags=("x",), series=("s",)),
             post("d", 3, tags=("x",)),
             post("lonely", 5, tags=("y",))]
    related = related_posts(posts, 5)
    # c shares the tag too, but it is a part of a's journey: only b and d, the nearer first.
    assert related["/posts/a/"] == ("/posts/d/", "/posts/b/")
    assert related["/posts/c/"] == ("/posts/b/", "/posts/d/")
    assert related["/posts/b/"] == ("/posts/d/", "/posts/a/", "/posts/c/")
    assert "/posts/lonely/" not in related


def test_journey_parts_near_in_time_do_not_use_up_the_window() -> None:
    parts = [post(f"s{i:02}", i, tags=("x",), series=("s",)) for i in range(WINDOW + 3)]
    others = [post("far", 100, tags=("x",))]
    related = related_posts(parts + others, 5)
    assert related["/posts/s00/"] == ("/posts/far/",)


def test_spellings_of_a_tag_are_one_tag() -> None:
    related = related_posts([post("a", 0, tags=("Career Growth",)),
                             post("b", 1, tags=("career-growth",))], 5)
    assert related == {"/posts/a/": ("/posts/b/",), "/posts/b/": ("/posts/a/",)}


def test_limit_and_zero_turns_it_off() -> None:
    posts = [post(f"p{i}", i, tags=("x",)) for i in range(6)]
    assert len(related_posts(posts, 2)["/posts/p0/"]) == 2
    assert related_posts(posts, 0) == {}


def test_a_tag_on_every_post_offers_only_neighbours_in_time() -> None:
    posts = [post(f"p{i:04}", i, tags=("everywhere",)) for i in range(500)]
    related = related_posts(posts, 500)
    middle = related["/posts/p0250/"]
    assert len(middle) == 2 * WINDOW
    assert middle[:2] == ("/posts/p0251/", "/posts/p0249/")  # nearest first, newer wins a tie
    assert set(middle) == {f"/posts/p{i:04}/" for i in range(250 - WINDOW, 251 + WINDOW)
                           if i != 250}
