"""Output reuse on a multilingual site: each language's outputs are fingerprinted against
that language's own Site, so an edit re-renders what shows it, as on a one-language site,
and the result equals a clean build."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from outputs import tree

from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.output.records import load_outputs

SITE = Path(__file__).parent / "sites" / "multilingual"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SITE, root, ignore=shutil.ignore_patterns("expected*"))
    return root


def run(site: Path, out: Path, jobs: int = 1) -> BuildResult:
    return build(BuildOptions(source=site, destination=out, jobs=jobs), now=NOW)


def clean(site: Path, tmp_path: Path, name: str) -> dict[str, bytes]:
    copy = tmp_path / f"clean-{name}"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns(".mentorblog-cache"))
    build(
        BuildOptions(
            source=copy, destination=tmp_path / f"clean-out-{name}", jobs=1, use_cache=False
        ),
        now=NOW,
    )
    return tree(tmp_path / f"clean-out-{name}")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def inodes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_ino for p in out.rglob("*") if p.is_file()}


def rendered_again(before: dict[str, int], out: Path) -> set[str]:
    return {path for path, ino in inodes(out).items() if before.get(path) != ino}


def test_a_farsi_body_edit_renders_only_farsi_outputs_that_show_it(
    site: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = run(site, out)
    before = inodes(out)
    edit(site / "content" / "posts" / "bazkhord.fa.md", "آسان‌تر است.", "آسان‌تر است. بیشتر.")
    result = run(site, out)
    again = rendered_again(before, out)
    assert "fa/posts/bazkhord/index.html" in again
    # nothing of the other languages (the root's sitemap index names every language's last
    # change, so it is made again), nor the Farsi pages that do not show the post
    assert {p for p in again if not p.startswith("fa/")} <= {".mentorblog-output", "sitemap.xml"}
    untouched = {
        "fa/subscribe/index.html",
        "fa/404.html",
        "fa/search/index.html",
        "fa/tags/گوشدادن/index.html",
        "fa/categories/index.html",
    }
    assert untouched <= set(before) and not untouched & again
    assert "fa/subscribe/index.html" not in again
    assert 0 < result.rendered < first.rendered // 4
    assert tree(out) == clean(site, tmp_path, "fa")


def test_an_english_title_edit_reaches_no_japanese_page(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(site, out)
    before = inodes(out)
    edit(
        site / "content" / "posts" / "english-only.md",
        "title: A note only in English",
        "title: A note, in English only",
    )
    run(site, out, jobs=2)
    again = rendered_again(before, out)
    assert "posts/english-only/index.html" in again
    assert not {p for p in again if p.startswith(("ja/", "fa/"))}
    assert tree(out) == clean(site, tmp_path, "en")


def test_a_new_translation_renders_the_pages_that_link_to_it(site: Path, tmp_path: Path) -> None:
    """A translation added: the switcher and hreflang of its English original change."""
    out = tmp_path / "out"
    run(site, out)
    (site / "content" / "posts" / "english-only.fa.md").write_text(
        "---\ntitle: یادداشتی تازه\ndate: 2025-05-01T08:00:00Z\n---\nمتن.\n", encoding="utf-8"
    )
    run(site, out)
    assert '"/fa/posts/english-only/"' in (out / "posts/english-only/index.html").read_text()
    assert tree(out) == clean(site, tmp_path, "new")


def test_the_records_hold_one_object_per_dependency_and_language(
    site: Path, tmp_path: Path
) -> None:
    """Each language's outputs are digested by that language's own Site: its records share
    the objects that digested them, one per dependency."""
    out = tmp_path / "out"
    result = run(site, out)
    assert result.loaded is not None
    languages = {o.path: o.lang for o in result.loaded.site.outputs}
    records = load_outputs(site / ".mentorblog-cache", out).live
    objects: dict[tuple[str, object], set[int]] = {}
    for path, record in records.items():
        if languages.get(path):
            for dep in record.deps:
                objects.setdefault((languages[path], dep), set()).add(id(dep))
    assert len({lang for lang, _ in objects}) > 1
    assert all(len(ids) == 1 for ids in objects.values())
