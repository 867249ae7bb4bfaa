"""The quickest build (output/unchanged.py): with nothing changed since the last build it
reads and parses nothing and repeats the last summary; anything that could change the output
(a source file, the output itself, an option, an environment variable, the clock passing a
post's date, a failed build, a shared post) makes it a real build again."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog import build as build_module
from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.output import unchanged

SITES = Path(__file__).resolve().parents[1] / "sites"
NOW = datetime(2026, 6, 1, tzinfo=UTC)


class Loads:
    """Counts the builds that got as far as loading the site."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = build_module.load_site

        def counting(*args: object, **kwargs: object) -> object:
            self.count += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(build_module, "load_site", counting)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SITES / "hugo", root, ignore=shutil.ignore_patterns("expected*"))
    return root


def _build(site: Path, now: datetime = NOW, **options: object) -> BuildResult:
    return build(
        BuildOptions(source=site, destination=site / "public", jobs=1, **options),  # type: ignore[arg-type]
        now=now,
    )


def test_a_second_build_with_nothing_changed_loads_nothing_and_repeats_the_summary(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _build(site)
    loads = Loads(monkeypatch)
    again = _build(site)
    assert loads.count == 0
    assert (again.pages, again.files, again.posts) == (first.pages, first.files, first.posts)
    assert again.skipped == first.skipped
    # Warnings are repeated, but for those naming a held-back post: nothing of such a post,
    # not even its file name, may be kept in the build cache.
    held = "content/posts/future.md"
    assert any(str(n.file) == held for n in first.notices)
    assert [str(n) for n in again.notices] == [str(n) for n in first.notices if str(n.file) != held]
    assert "future.md" not in (site / ".mentorblog-cache" / unchanged.STAMP).read_text()
    assert again.kept == first.files and again.rendered == 0


def test_the_output_a_build_knows_it_wrote_is_the_output_as_scanned(site: Path) -> None:
    """The stamp takes the output's digest from what the build wrote and kept, not from
    scanning it again; both must agree, or no build would ever be quick."""
    cold = _build(site)
    assert cold.written is not None
    assert cold.written == unchanged.output_digest(site / "public")
    post = site / "content" / "posts" / "pinned.md"
    post.write_text(post.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    (site / "static").mkdir(exist_ok=True)
    (site / "static" / "extra.txt").write_text("new\n", encoding="utf-8")
    warm = _build(site)  # most files kept (linked), some rendered, one static file new
    assert 0 < warm.rendered < warm.files and warm.kept > 0
    assert warm.written == unchanged.output_digest(site / "public") != cold.written


@pytest.mark.parametrize(
    "change",
    ["edit-a-post", "touch-a-layout", "new-static-file", "delete-an-output", "edit-an-output"],
)
def test_a_change_to_an_input_or_the_output_makes_a_real_build(
    site: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    _build(site)
    page = site / "public" / "posts" / "pinned" / "index.html"
    if change == "edit-a-post":
        post = site / "content/posts/pinned.md"
        post.write_text(post.read_text(encoding="utf-8").replace("First.", "Edited."))
    elif change == "touch-a-layout":
        layout = next((site / "layouts").rglob("*.html"))
        stat = layout.stat()
        os.utime(layout, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    elif change == "new-static-file":
        (site / "static").mkdir(exist_ok=True)
        (site / "static" / "new.txt").write_text("new\n")
    elif change == "delete-an-output":
        page.unlink()
    else:
        page.write_text("changed by hand\n")
    loads = Loads(monkeypatch)
    _build(site)
    assert loads.count == 1
    if change == "edit-a-post":
        assert "Edited." in page.read_text(encoding="utf-8")
    elif change == "new-static-file":
        assert (site / "public" / "new.txt").is_file()
    elif change in ("delete-an-output", "edit-an-output"):
        assert "<html" in page.read_text(encoding="utf-8")  # restored


def test_options_and_environment_variables_are_part_of_the_key(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(site)
    loads = Loads(monkeypatch)
    _build(site, drafts=True)
    assert loads.count == 1
    _build(site, drafts=True)
    assert loads.count == 1  # and then unchanged again
    monkeypatch.setenv("MENTORBLOG_READER_SOMEONE", "a passphrase")
    _build(site, drafts=True)
    assert loads.count == 2


def test_the_clock_passing_a_posts_date_makes_a_real_build(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = site / "content/posts/soon.md"
    post.write_text('---\ntitle: "Soon"\ndate: 2026-07-01T00:00:00Z\n---\nNot yet.\n')
    os.utime(post, (1e9, 1e9))  # saved long ago: a save just before a build leaves no stamp
    _build(site)
    assert not (site / "public/posts/soon/index.html").exists()
    loads = Loads(monkeypatch)
    _build(site, now=datetime(2026, 6, 30, tzinfo=UTC))
    assert loads.count == 0  # still before its date
    _build(site, now=datetime(2026, 7, 2, tzinfo=UTC))
    assert loads.count == 1
    assert (site / "public/posts/soon/index.html").is_file()


def test_a_failed_build_forgets_the_stamp(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(site)
    post = site / "content/posts/pinned.md"
    good = post.read_text(encoding="utf-8")
    post.write_text(good.replace("weight: 1", "weight: [1"))
    with pytest.raises(Exception):  # noqa: B017 - any build error
        _build(site)
    assert not (site / ".mentorblog-cache" / unchanged.STAMP).exists()
    post.write_text(good)  # back to the bytes (not the time) of the last good build
    loads = Loads(monkeypatch)
    _build(site)
    assert loads.count == 1


def test_a_site_with_shared_posts_is_always_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "visibility"
    shutil.copytree(SITES / "visibility", root, ignore=shutil.ignore_patterns("expected*"))
    monkeypatch.setenv("MENTORBLOG_READER_ANA", "correct horse battery staple ana")
    monkeypatch.setenv("MENTORBLOG_READER_BEN", "correct horse battery staple ben")
    _build(root)
    loads = Loads(monkeypatch)
    _build(root)
    assert loads.count == 1
    assert not (root / ".mentorblog-cache" / unchanged.STAMP).exists()


def test_an_input_saved_just_before_the_build_leaves_no_stamp(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second save of the same size within the file system's clock tick would not change
    the file's metadata: a build that began right after a save cannot vouch for it."""
    post = site / "content/posts/pinned.md"
    post.write_text(post.read_text(encoding="utf-8").replace("First.", "Fresh."))
    _build(site)
    assert not (site / ".mentorblog-cache" / unchanged.STAMP).exists()
    loads = Loads(monkeypatch)
    _build(site)
    assert loads.count == 1


def test_without_a_cache_or_when_not_quick_every_build_is_real(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(site)
    loads = Loads(monkeypatch)
    _build(site, quick=False)
    _build(site, use_cache=False)
    assert loads.count == 2
