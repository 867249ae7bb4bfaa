"""output/related_memo.py: the related posts of the last build, taken from the build cache
only when every post's address, date, tags and journeys are as they were; never written for a
site with a shared post among its listed posts; a damaged file is ignored."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest
from test_related import post

from mentorblog.core.model import Page
from mentorblog.output import cache, related_memo
from mentorblog.output.related_memo import FILE, RelatedMemo
from mentorblog.plan.related import related_posts


def _posts() -> list[Page]:
    return [
        post("a", 0, tags=("x",)),
        post("b", 2, tags=("x", "y")),
        post("c", 4, tags=("y",)),
        post("d", 6, tags=("x",), series=("s",)),
        post("e", 8, tags=("x",), series=("s",)),
    ]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times related posts were worked out (not taken from the cache)."""
    calls: list[int] = []

    def counting(posts, limit):  # type: ignore[no-untyped-def]
        calls.append(len(posts))
        return related_posts(posts, limit)

    monkeypatch.setattr(related_memo, "related_posts", counting)
    return calls


def test_the_next_build_takes_what_the_last_worked_out(tmp_path: Path, counted: list[int]) -> None:
    posts = _posts()
    first = RelatedMemo(tmp_path)(posts, 5)
    assert first == related_posts(posts, 5) and counted == [5]
    again = RelatedMemo(tmp_path)(posts, 5)
    assert again == first and counted == [5]  # from the file, not worked out again


@pytest.mark.parametrize(
    "change",
    [
        lambda p: replace(p, terms={**p.terms, "tags": ("z",)}),
        lambda p: replace(p, terms={**p.terms, "series": ("s",)}),
        lambda p: replace(p, date=p.date.replace(year=2020) if p.date else None),
        lambda p: replace(p, url="/elsewhere/"),
    ],
    ids=["tags", "journey", "date", "address"],
)
def test_any_change_it_reads_works_it_out_again(tmp_path: Path, counted: list[int], change) -> None:  # type: ignore[no-untyped-def]
    posts = _posts()
    RelatedMemo(tmp_path)(posts, 5)
    changed = [change(posts[0]), *posts[1:]]
    found = RelatedMemo(tmp_path)(changed, 5)
    assert found == related_posts(changed, 5) and counted == [5, 5]
    assert RelatedMemo(tmp_path)(posts, 3) == related_posts(posts, 3)  # the limit too
    assert counted == [5, 5, 5]


def test_the_file_keeps_only_what_the_last_build_used(tmp_path: Path) -> None:
    posts = _posts()
    RelatedMemo(tmp_path)(posts, 5)
    memo = RelatedMemo(tmp_path)
    memo(posts[:3], 5)  # a language of two: both are kept
    memo(posts[3:], 5)
    stored = pickle.loads((tmp_path / FILE).read_bytes())
    assert sorted(map(len, stored.values())) == sorted(
        [len(related_posts(posts[:3], 5)), len(related_posts(posts[3:], 5))]
    )


def test_a_shared_post_among_them_keeps_nothing(tmp_path: Path) -> None:
    posts = [*_posts(), replace(post("secret", 9, tags=("x",)), secret="k")]
    assert RelatedMemo(tmp_path)(posts, 5) == related_posts(posts, 5)
    assert not (tmp_path / FILE).exists()


@pytest.mark.parametrize(
    "stored",
    [
        lambda key: b"not a pickle",
        lambda key: pickle.dumps({key: {"/posts/a/": ["/posts/b/"]}}),  # a list, not a tuple
        lambda key: pickle.dumps({key: {"/posts/a/": ("/posts/b/", 3)}}),
        lambda key: pickle.dumps({key: [("/posts/a/", ("/posts/b/",))]}),
        lambda key: pickle.dumps([key]),
    ],
    ids=["garbage", "list", "not a url", "pairs", "a list"],
)
def test_a_damaged_file_is_ignored(tmp_path: Path, stored) -> None:  # type: ignore[no-untyped-def]
    posts = _posts()
    (tmp_path / FILE).write_bytes(stored(related_memo._digest(posts, 5)))
    assert RelatedMemo(tmp_path)(posts, 5) == related_posts(posts, 5)


def test_the_cache_folder_knows_the_file_as_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "site" / ".mentorblog-cache"
    folder.mkdir(parents=True)
    (folder / FILE).write_bytes(b"")
    (folder / "related-x1y2").write_bytes(b"left by a killed build")
    cache.check_folder(folder, tmp_path / "site")  # no tag yet, only our own names: fine
    cache.prepare_folder(folder)
    assert not (folder / "related-x1y2").exists()


def test_a_stored_entry_naming_posts_not_among_them_is_not_taken(
    tmp_path: Path, counted: list[int]
) -> None:
    """The key digests public facts, so anyone who can write the cache can make an entry
    for it: one naming a post that is not among the posts (a hidden page, an address that
    does not exist) or more posts than the limit is worked out again."""
    posts = _posts()
    key = related_memo._digest(posts, 2)
    for bad in (
        {"/posts/a/": ("/hidden/",)},
        {"/nowhere/": ("/posts/a/",)},
        {"/posts/a/": ("/posts/a/",)},
        {"/posts/a/": ("/posts/b/", "/posts/c/", "/posts/d/")},
    ):
        (tmp_path / FILE).write_bytes(pickle.dumps({key: bad}))
        assert RelatedMemo(tmp_path)(posts, 2) == related_posts(posts, 2)
    assert len(counted) == 4


def test_forget_removes_the_file(tmp_path: Path) -> None:
    RelatedMemo(tmp_path)(_posts(), 5)
    assert (tmp_path / FILE).exists()
    related_memo.forget(tmp_path)
    related_memo.forget(tmp_path)  # twice is harmless
    assert not (tmp_path / FILE).exists()


@pytest.mark.parametrize(
    "next_call",
    [
        lambda memo, posts: memo(posts, 0),  # related posts turned off
        lambda memo, posts: memo([*posts, replace(post("s", 9), secret="k")], 5),  # shared
        lambda memo, posts: memo([], 5),
    ],
    ids=["limit 0", "shared post", "no posts"],
)
def test_a_build_that_stores_nothing_leaves_nothing_an_earlier_one_stored(
    tmp_path: Path, next_call
) -> None:  # type: ignore[no-untyped-def]
    """What a -D build stored names its drafts: a later build that keeps nothing (no
    related posts, a shared post among them) removes it rather than leaving it there."""
    with_draft = [*_posts(), post("draft", 7, tags=("x",))]
    RelatedMemo(tmp_path)(with_draft, 5)
    assert (tmp_path / FILE).exists()
    next_call(RelatedMemo(tmp_path), _posts())
    assert not (tmp_path / FILE).exists()


def test_entries_of_an_earlier_build_go_and_an_unchanged_file_is_not_written(
    tmp_path: Path,
) -> None:
    posts = _posts()
    RelatedMemo(tmp_path)([*posts, post("draft", 7, tags=("x",))], 5)  # a -D build
    RelatedMemo(tmp_path)(posts, 5)
    stored = pickle.loads((tmp_path / FILE).read_bytes())
    assert list(stored) == [related_memo._digest(posts, 5)]
    before = (tmp_path / FILE).stat()
    assert RelatedMemo(tmp_path)(posts, 5) == related_posts(posts, 5)
    after = (tmp_path / FILE).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_damaged_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / FILE).write_bytes(b"not a pickle")
    RelatedMemo(tmp_path)([], 5)
    assert not (tmp_path / FILE).exists()
