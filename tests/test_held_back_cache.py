"""Held-back posts on a warm build: a plain draft is known from the build cache without being
read again, and everything a build decides about held-back posts stays what a cold build
decides (drafts published by -D or by editing them, future posts falling due, warnings)."""

from __future__ import annotations

import filecmp
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pytest

from mentorblog import load
from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.output import cache

BEFORE = datetime(2025, 1, 1, tzinfo=UTC)
AFTER = datetime(2025, 6, 1, tzinfo=UTC)


def make_site(root: Path) -> Path:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "site.yaml").write_text("title: Held\nbaseURL: https://example.org/\n")
    for i in range(4):
        (posts / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-03-0{i + 1}\ntags: [t]\n---\nBody {i}.\n"
        )
    (posts / "draft.md").write_text(
        "---\ntitle: Draft\ndate: 2025-03-01\ndraft: true\ntags: [t]\n---\nDraft body.\n"
    )
    (posts / "later.md").write_text("---\ntitle: Later\ndate: 2025-03-01\n---\nLater body.\n")
    (posts / "untitled.md").write_text("---\ndraft: true\n---\nNo title.\n")
    return root


def run(
    root: Path, out: Path, now: datetime, *, drafts: bool = False, cached: bool = True
) -> BuildResult:
    options = BuildOptions(
        source=root, destination=out, jobs=1, drafts=drafts, use_cache=cached, quick=False
    )
    return build(options, now=now)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the main process parses (the held-back ones it reads again)."""
    seen: list[str] = []
    real = load.parse_or_skip

    def spy(data: bytes, source: PurePosixPath, ctx: load.ParseContext) -> object:
        seen.append(source.name)
        return real(data, source, ctx)

    monkeypatch.setattr(load, "parse_or_skip", spy)
    return seen


def same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.diff_files:
        return False
    files = compared.common_files
    _, mismatch, errors = filecmp.cmpfiles(a, b, files, shallow=False)
    return (
        not mismatch and not errors and all(same_tree(a / d, b / d) for d in compared.common_dirs)
    )


def test_a_plain_draft_is_counted_from_the_cache_without_being_read(
    tmp_path: Path, reads: list[str]
) -> None:
    root = make_site(tmp_path / "s")
    first = run(root, tmp_path / "out", BEFORE)
    assert first.skipped == {"drafts": 2, "future": 1}
    index, _ = cache.load_index(root / ".mentorblog-cache", next(iter(_settings(root))))
    assert sorted(v for v in index.values() if isinstance(v, str)) == ["draft", "held", "held"]
    reads.clear()
    (root / "content" / "posts" / "p0.md").write_text(
        "---\ntitle: Post 0\ndate: 2024-03-01\ntags: [t]\n---\nEdited.\n"
    )
    second = run(root, tmp_path / "out", BEFORE)
    # The untitled draft has a warning to repeat, the future post a date to watch: both are
    # read again (and the edited post parsed); the plain draft is not.
    assert sorted(reads) == ["later.md", "p0.md", "untitled.md"]
    assert second.skipped == first.skipped
    assert [n.message for n in second.notices if n.file and n.file.name == "untitled.md"]
    cold = run(root, tmp_path / "cold", BEFORE, cached=False)
    assert cold.skipped == second.skipped
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def test_drafts_known_from_the_cache_are_published_by_build_drafts(
    tmp_path: Path, reads: list[str]
) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out", BEFORE)
    reads.clear()
    result = run(root, tmp_path / "out", AFTER, drafts=True)
    assert "draft.md" in reads
    assert (tmp_path / "out" / "posts" / "draft" / "index.html").is_file()
    assert result.skipped == {}
    run(root, tmp_path / "cold", AFTER, drafts=True, cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")
    # And back: without -D the draft goes again.
    again = run(root, tmp_path / "out", AFTER)
    assert not (tmp_path / "out" / "posts" / "draft").exists()
    assert again.skipped == {"drafts": 2}


def test_a_draft_edited_to_draft_false_is_published(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out", BEFORE)
    run(root, tmp_path / "out", BEFORE)  # the draft now known from the cache alone
    draft = root / "content" / "posts" / "draft.md"
    draft.write_text(draft.read_text().replace("draft: true", "draft: false"))
    result = run(root, tmp_path / "out", AFTER)
    assert (tmp_path / "out" / "posts" / "draft" / "index.html").is_file()
    assert result.skipped == {"drafts": 1}
    run(root, tmp_path / "cold", AFTER, cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def test_a_future_post_falls_due_and_a_draft_dated_then_does_not(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    first = run(root, tmp_path / "out", BEFORE)
    assert first.loaded is not None
    # The future post's date, not the draft's (the same day here: moved apart to tell).
    assert first.loaded.changes_at == datetime(2025, 3, 1, tzinfo=UTC)
    later = root / "content" / "posts" / "later.md"
    later.write_text(later.read_text().replace("2025-03-01", "2025-04-01"))
    second = run(root, tmp_path / "out", BEFORE)
    assert second.loaded is not None
    assert second.loaded.changes_at == datetime(2025, 4, 1, tzinfo=UTC)
    third = run(root, tmp_path / "out", AFTER)
    assert (tmp_path / "out" / "posts" / "later" / "index.html").is_file()
    assert not (tmp_path / "out" / "posts" / "draft").exists()
    assert third.skipped == {"drafts": 2}
    assert third.loaded is not None and third.loaded.changes_at is None
    run(root, tmp_path / "cold", AFTER, cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def _settings(root: Path) -> set[str]:
    """The settings key the index shards were saved under."""
    import pickle

    keys = set()
    for shard in (root / ".mentorblog-cache" / "pages").glob("*.pickle"):
        with open(shard, "rb") as f:
            keys.add(pickle.load(f)[0])
    return keys


def test_a_reply_to_a_draft_known_from_the_cache_stays_a_warning(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out", BEFORE)
    run(root, tmp_path / "out", BEFORE)  # the draft now known from the cache alone
    (root / "content" / "posts" / "reply.md").write_text(
        "---\ntitle: Reply\ndate: 2024-04-01\nin_reply_to: posts/draft.md\n---\nA reply.\n"
    )
    result = run(root, tmp_path / "out", BEFORE)
    assert any("is not published in this build" in n.message for n in result.notices)
    run(root, tmp_path / "cold", BEFORE, cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def test_the_files_of_a_draft_bundle_stay_out_on_a_warm_build(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    bundle = root / "content" / "posts" / "bundled"
    bundle.mkdir()
    (bundle / "index.md").write_text("---\ntitle: B\ndate: 2024-02-02\ndraft: true\n---\nB\n")
    (bundle / "secret.txt").write_text("bundle file")
    for _ in range(3):
        result = run(root, tmp_path / "out", BEFORE)
        assert not list((tmp_path / "out").rglob("secret.txt"))
        assert result.skipped == {"drafts": 3, "future": 1}


def test_no_name_of_a_held_back_file_stays_in_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the cache keeps of each file's metadata (sources.pickle) names only published
    files, also of files old enough to be kept there (here: any file)."""
    from mentorblog.output import source_state

    monkeypatch.setattr(source_state, "RACY_NS", -(10**12))
    root = make_site(tmp_path / "s")
    for _ in range(2):
        run(root, tmp_path / "out", BEFORE)
    kept = (root / ".mentorblog-cache" / "sources.pickle").read_bytes()
    assert b"p0.md" in kept  # the test can see a name there
    for name in (b"draft", b"later", b"untitled"):
        assert name not in kept
