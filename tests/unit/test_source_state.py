"""The digests of content files kept by their metadata (output/source_state.py)."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build
from mentorblog.output import cache, source_state


def _site(tmp_path: Path, posts: int = 5) -> Path:
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    for n in range(posts):
        (site / "content" / "posts" / f"p{n}.md").write_text(
            f"---\ntitle: P{n}\ndate: 2024-01-0{n + 1}\n---\nBody {n}.\n"
        )
    return site


def _hashed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every content file's bytes the build hashes from now on."""
    seen: list[bytes] = []
    digest = cache.content_digest

    def counting(data: bytes) -> bytes:
        seen.append(data)
        return digest(data)

    monkeypatch.setattr(cache, "content_digest", counting)
    return seen


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if each build began long after the files were written."""
    monkeypatch.setattr(source_state, "now_ns", lambda: time.time_ns() + 10 * 10**9)


def test_an_edit_build_reads_only_the_file_that_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _site(tmp_path)
    _settled(monkeypatch)
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    hashed = _hashed(monkeypatch)
    post = site / "content" / "posts" / "p2.md"
    post.write_text(post.read_text().replace("Body 2.", "Body two, edited."))
    result = build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1, quick=False))
    assert [h for h in hashed if b"\0---" in h] == [b"content/posts/p2.md\0" + post.read_bytes()]
    assert result.reused == 4
    assert "Body two, edited." in (tmp_path / "out" / "posts" / "p2" / "index.html").read_text()


def test_same_size_and_time_but_a_new_change_time_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy that keeps the old modification time (`cp -p`, rsync -t) with the same size:
    the change time gives it away."""
    site = _site(tmp_path)
    _settled(monkeypatch)
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    post = site / "content" / "posts" / "p1.md"
    before = post.stat()
    post.write_text(post.read_text().replace("Body 1.", "Body X."))  # same size
    os.utime(post, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert post.stat().st_size == before.st_size and post.stat().st_mtime_ns == before.st_mtime_ns
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1, quick=False))
    assert "Body X." in (tmp_path / "out" / "posts" / "p1" / "index.html").read_text()


def test_a_file_written_just_before_the_build_is_not_kept(tmp_path: Path) -> None:
    """Racily clean: a second save in the same clock tick would look unchanged."""
    site = _site(tmp_path, posts=2)
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    assert source_state.load(site / ".mentorblog-cache") == {}


def test_a_foreign_or_broken_state_file_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _site(tmp_path, posts=2)
    state = site / ".mentorblog-cache" / source_state.STATE
    state.parent.mkdir(parents=True)
    ran = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (Path.touch, (str(ran),))  # type: ignore[return-value]

    for bad in (b"not a pickle", pickle.dumps((1, {"x": Payload()})), pickle.dumps((1, [1]))):
        state.write_bytes(bad)
        assert source_state.load(state.parent) == {}
    assert not ran.exists()
    # The build after it writes a state of its own.
    _settled(monkeypatch)
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1))
    assert set(source_state.load(state.parent)) == {"content/posts/p0.md", "content/posts/p1.md"}


def test_a_state_of_the_last_format_or_of_the_wrong_shape_is_ignored(tmp_path: Path) -> None:
    """Format 1 kept no `may_vary`: its rows, or rows of any other shape under this format,
    would otherwise decide a file's cache key from nothing."""
    state = tmp_path / source_state.STATE
    stamp, digest = (1, 2, 3, 4), b"d" * 32
    for bad in (
        (1, {"a.md": (stamp, digest, False)}),
        (2, {"a.md": (stamp, digest, False)}),
        (2, {"a.md": (stamp, digest, False, False, "extra")}),
        (2, {"a.md": ("not a stamp", digest, False, False)}),
    ):
        state.write_bytes(pickle.dumps(bad))
        assert source_state.load(tmp_path) == {}
    state.write_bytes(pickle.dumps((2, {"a.md": (stamp, digest, False, True)})))
    assert source_state.load(tmp_path) == {"a.md": source_state.Known(stamp, digest, False, True)}
