"""cache: the key of cached html changes with mentorblog's code and the rendering libraries."""

from __future__ import annotations

import gc
import io
import pickle
import sys
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorblog.core import installed
from mentorblog.output import cache
from mentorblog.output.records import OutputIndex, OutputRecord


def test_a_library_upgrade_changes_the_source_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    digest = cache.source_digest.__wrapped__  # uncached, so each call reads again
    before = digest()
    real = installed.version
    monkeypatch.setattr(
        installed, "version", lambda name: "99.0" if name == "pygments" else real(name)
    )
    assert digest() != before
    monkeypatch.setattr(installed, "version", real)
    assert digest() == before


def test_a_library_upgrade_is_seen_in_the_folders_installers_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What an upgrade changes on disk: the `.dist-info` folder's name, ahead on the path."""
    digest = cache.source_digest.__wrapped__
    before = digest()
    upgraded = tmp_path / "pygments-99.0.dist-info"
    upgraded.mkdir()
    (upgraded / "METADATA").write_text("Name: Pygments\nVersion: 99.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    installed._found.cache_clear()
    try:
        assert digest() != before
    finally:
        monkeypatch.undo()
        installed._found.cache_clear()
    assert digest() == before


def test_every_model_dataclass_pickles_as_its_field_values() -> None:
    """Pages travel from parse workers and live in the cache as (class, field values):
    a class whose __init__ does not take its fields in order would come back wrong."""
    import dataclasses
    import pickle
    from datetime import UTC, datetime
    from pathlib import PurePosixPath

    from mentorblog.core import model

    classes = [
        c
        for c in vars(model).values()
        if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == model.__name__
    ] + [OutputRecord, OutputIndex]
    assert len(classes) > 15
    for cls in classes:
        assert cls.__reduce__ is not object.__reduce__, cls  # type: ignore[comparison-overlap]
    content = model.Content(
        html="<p>x</p>",
        summary_html="",
        summary_text="x",
        is_truncated=False,
        text="x",
        toc=(model.Heading(2, "a", "A"),),
        word_count=1,
        reading_minutes=1,
        terms=model.StoredText("p", 1, 2),
    )
    page = model.Page(
        source=PurePosixPath("content/a.md"),
        kind="post",
        section="posts",
        body_line=3,
        title="A",
        url="/a/",
        output_path="a/index.html",
        layout="post",
        body="",
        content=content,
        date=datetime(2024, 1, 2, tzinfo=UTC),
        sessions=(model.Session(30, ("Ana",), "pairing"),),
    )
    again = pickle.loads(pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == page and type(again.content) is model.Content
    index = OutputIndex("out", {"a": OutputRecord("f", ("page:/a/",), 1, 2, 3)}, {})
    assert pickle.loads(pickle.dumps(index)) == index


# -- a cache restored from storage others can write to ------------------------------------------


class _Payload:
    """Unpickling this runs `touch <path>`: what a poisoned CI cache would try."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, ...]:
        import os

        return (os.system, (f"touch {self.path}",))


def test_a_poisoned_cache_runs_nothing_and_is_ignored(tmp_path: Path) -> None:
    import pickle

    from mentorblog.build import BuildOptions, build

    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    (site / "content" / "posts" / "a.md").write_text("---\ntitle: A\ndate: 2024-01-01\n---\nx\n")
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    cache = site / ".mentorblog-cache"
    names = [f"pages/{shard}.pickle" for shard in "0123456789abcdef"] + ["outputs.pickle"]
    for name in names:
        ran = tmp_path / name.replace("/", "-")
        (cache / name).write_bytes(pickle.dumps(("settings", _Payload(ran))))
    result = build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    assert not any((tmp_path / name.replace("/", "-")).exists() for name in names)
    assert result.reused == 0  # the cache was not trusted: a cold build
    assert (tmp_path / "out" / "posts" / "a" / "index.html").is_file()


def test_the_cache_unpickler_builds_what_the_cache_holds(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime, timedelta, timezone
    from pathlib import PurePosixPath
    from zoneinfo import ZoneInfo

    from mentorblog.core.model import Cover, Heading, StoredText
    from mentorblog.output.cache import _dump, _load

    value = [
        datetime(2024, 1, 1, tzinfo=ZoneInfo("Europe/Lisbon")),
        date(2024, 1, 2),
        timezone(timedelta(hours=8)),
        UTC,
        PurePosixPath("content/a.md"),
        Cover(image="x.png"),
        Heading(2, "id", "Title"),
        StoredText("p", 1, 2),
        {1, 2},
        frozenset({3}),
    ]
    with open(tmp_path / "x", "wb") as f:
        _dump(value, f)
    with open(tmp_path / "x", "rb") as f:
        assert _load(f) == value


def test_an_edit_rewrites_only_the_index_shards_whose_keys_changed(tmp_path: Path) -> None:
    """The parsed-page index is 16 shards by key; one edited post changes one key, so at
    most two shards are written again, and the next build still finds every page."""
    from mentorblog.build import BuildOptions, build

    site = tmp_path / "site"
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    for n in range(40):
        (posts / f"p{n}.md").write_text(f"---\ntitle: P{n}\ndate: 2024-01-01\n---\nx{n}\n")
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    shards = site / ".mentorblog-cache" / "pages"
    before = {p.name: p.stat().st_ino for p in shards.iterdir()}
    assert len(before) == 16
    (posts / "p7.md").write_text("---\ntitle: P7\ndate: 2024-01-01\n---\nedited\n")
    edited = build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    assert edited.reused == 39
    after = {p.name: p.stat().st_ino for p in shards.iterdir()}
    assert 1 <= sum(before[n] != after[n] for n in before) <= 2
    again = build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1, quick=False))
    assert again.reused == 40


def test_index_keys_go_to_the_shard_of_their_first_digit_in_one_pass() -> None:
    """Each key lands in the shard of its first digit, every shard is there (empty too),
    and a key that starts with no hex digit is in none, as it never was."""
    parts = cache._by_shard([("a1", 1), ("0f", 2), ("a2", 3), ("zz", 4), ("", 5)])
    assert list(parts) == list("0123456789abcdef")
    assert parts["a"] == {"a1": 1, "a2": 3} and parts["0"] == {"0f": 2}
    assert sum(map(len, parts.values())) == 3


def test_what_a_cache_read_made_is_left_out_of_later_collections() -> None:
    """Read, the page index (a pickle of ~100,000 objects at 10,000 posts) lives until the
    build ends: frozen, the collector does not walk it at the first allocation after the
    read, nor at any later one; and collections are back on."""
    data = pickle.dumps([(str(i), [i]) for i in range(5_000)])
    before = gc.get_freeze_count()
    try:
        value = cache.load_cached(io.BytesIO(data))
        assert len(value) == 5_000
        assert gc.get_freeze_count() - before >= 10_000  # each tuple and list read
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_cache_written_freezes_nothing(tmp_path: Path) -> None:
    before = gc.get_freeze_count()
    with cache.no_collections():
        made = [[i] for i in range(1_000)]
    assert gc.get_freeze_count() == before and len(made) == 1_000 and gc.isenabled()


# -- paths ------------------------------------------------------------------------------------

_PART = st.text(alphabet=st.sampled_from(["a", "b", ".", "/", " ", "é", "\udcff", "-"]), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PART, max_size=5), st.booleans())
def test_a_path_comes_back_from_the_cache_as_pathlib_makes_it(
    parts: list[str], rooted: bool
) -> None:
    """Every PurePosixPath, however odd its text (empty and "." parts, doubled slashes, a
    root, a lone surrogate), comes back equal, with the same text, hash and parts, whether
    `_posix_path` made it from its split text or through `PurePosixPath`."""
    text = ("/" if rooted else "") + "/".join(parts)
    path = PurePosixPath(text)
    back = cache._load(io.BytesIO(cache.dumps([path])))[0]
    assert type(back) is PurePosixPath
    assert (back, str(back), hash(back), back.parts) == (path, str(path), hash(path), path.parts)
    assert (back.parent, back.name, back.suffix) == (path.parent, path.name, path.suffix)
    made = cache._posix_path(text)
    assert (made, str(made), made.parts) == (path, str(path), path.parts)


def test_paths_are_pickled_as_their_text_and_read_by_the_cache_alone() -> None:
    data = cache.dumps(PurePosixPath("content/posts/a.md"))
    assert b"content/posts/a.md" in data and b"PurePosixPath" not in data
    with pytest.raises(pickle.UnpicklingError):  # another module's function: not allowed
        cache._load(io.BytesIO(data.replace(b"output.cache", b"output.cachf")))
