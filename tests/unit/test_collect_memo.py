"""The kept plan (output/collect_memo.py): taken only when the pages plan the same, and then
the site built is the one a build without a cache builds."""

from __future__ import annotations

import filecmp
import pickle
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fixture_sites import ONE_LANGUAGE, text_changed

from mentorblog import load
from mentorblog.build import BuildOptions, build, load_planned
from mentorblog.core.model import Site
from mentorblog.output import collect_memo
from mentorblog.plan.collect import planned_view
from mentorblog.search.plan import has_search_page

SITES = Path(__file__).parents[1] / "sites"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
LATER = datetime(2026, 9, 1, tzinfo=UTC)


@pytest.mark.parametrize("name", ONE_LANGUAGE)
def test_pages_whose_views_are_equal_plan_the_same_site(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `planned_view` leaves out of a page is never read by collect: changed in every
    page of every fixture site, the plan (every output, list, term, neighbour...) is the same."""
    seen: list[tuple[object, ...]] = []
    real = load.collect_languages

    def spy(*args: object) -> Site:
        seen.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "collect_languages", spy)
    monkeypatch.setenv("MENTORBLOG_READER_BEN", "correct horse battery staple")
    monkeypatch.setenv("MENTORBLOG_READER_ANA", "another long passphrase here")
    options = BuildOptions(source=SITES / name, use_cache=False, jobs=1)
    load_planned(options, tmp_path / "cache", NOW)
    (config, pages, found, now, drafts, related) = seen[0]
    assert isinstance(pages, list) and pages
    searching = has_search_page(pages)
    other = [text_changed(p, keep_words=searching) for p in pages]
    assert [planned_view(p) for p in other] == [planned_view(p) for p in pages]
    assert other != pages
    first = real(config, pages, found, now, drafts, related)  # type: ignore[arg-type]
    second = real(config, other, found, now, drafts, related)  # type: ignore[arg-type]
    assert replace(second, pages={}) == replace(first, pages={})
    assert second.pages.keys() == first.pages.keys()


# -- builds ----------------------------------------------------------------------------------


def make_site(root: Path, extra: str = "") -> Path:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "site.yaml").write_text(f"title: Kept\nbaseURL: https://example.org/\n{extra}")
    for i in range(5):
        (posts / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2025-03-0{i + 1}\ntags: [t{i % 2}]\n---\n"
            f"Body {i}, with [a link](/posts/p0/).\n\n## A heading\n\nMore.\n"
        )
    (posts / "draft.md").write_text(
        "---\ntitle: Draft\ndate: 2025-03-01\ndraft: true\n---\nDraft body.\n"
    )
    (posts / "later.md").write_text("---\ntitle: Later\ndate: 2026-03-01\n---\nLater body.\n")
    (root / "static").mkdir()
    (root / "static" / "a.txt").write_text("a file\n")
    return root


@pytest.fixture
def planned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the site was planned afresh."""
    count: list[int] = []
    real = collect_memo.collect_languages

    def spy(*args: object) -> Site:
        count.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(collect_memo, "collect_languages", spy)
    return count


def run(root: Path, out: Path, now: datetime = NOW, cached: bool = True) -> None:
    build(BuildOptions(source=root, destination=out, jobs=1, use_cache=cached), now=now)


def same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.diff_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    return (
        not mismatch and not errors and all(same_tree(a / d, b / d) for d in compared.common_dirs)
    )


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "content" / "posts" / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_an_edited_body_takes_the_kept_plan_and_builds_what_a_cold_build_builds(
    tmp_path: Path, planned: list[int]
) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out")
    assert len(planned) == 1
    assert (root / ".mentorblog-cache" / collect_memo.PLAN).is_file()
    edit(root, "p2.md", "Body 2,", "A longer body for post 2, now with more words in it,")
    edit(root, "p3.md", "## A heading", "## Another heading")
    run(root, tmp_path / "out")
    assert len(planned) == 1  # taken, not planned again
    run(root, tmp_path / "cold", cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")
    assert "A longer body" in (tmp_path / "out" / "posts" / "p2" / "index.html").read_text()
    edit(root, "p2.md", "A longer body", "An even longer body")  # twice in a row
    run(root, tmp_path / "out")
    assert len(planned) == 1
    run(root, tmp_path / "cold", cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


CHANGES: dict[str, Callable[[Path], object]] = {
    "title": lambda r: edit(r, "p1.md", "title: Post 1", "title: Renamed"),
    "date": lambda r: edit(r, "p1.md", "2025-03-02", "2025-02-02"),
    "tags": lambda r: edit(r, "p1.md", "tags: [t1]", "tags: [t1, new]"),
    "draft": lambda r: edit(r, "p1.md", "tags: [t1]", "tags: [t1]\ndraft: true"),
    "a draft published": lambda r: edit(r, "draft.md", "draft: true", "draft: false"),
    "a new post": lambda r: (r / "content/posts/new.md").write_text("---\ntitle: New\n---\nNew.\n"),
    "a deleted post": lambda r: (r / "content/posts/p4.md").unlink(),
    "a renamed post": lambda r: (r / "content/posts/p4.md").rename(r / "content/posts/p9.md"),
    "a new static file": lambda r: (r / "static/b.txt").write_text("b\n"),
    "site.yaml": lambda r: (r / "site.yaml").write_text(
        "title: Kept\nbaseURL: https://example.org/\npaginate: 2\n"
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_collect_reads_plans_afresh(
    tmp_path: Path, planned: list[int], change: str
) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out")
    CHANGES[change](root)
    run(root, tmp_path / "out")
    assert len(planned) == 2
    run(root, tmp_path / "cold", cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def test_a_post_falling_due_plans_afresh(tmp_path: Path, planned: list[int]) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out")
    run(root, tmp_path / "out", LATER)
    assert len(planned) == 2
    assert (tmp_path / "out" / "posts" / "later" / "index.html").is_file()
    run(root, tmp_path / "cold", LATER, cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def test_with_a_search_page_only_a_changed_number_of_index_shards_plans_afresh(
    tmp_path: Path, planned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search index is cut into shards by the words of all the pages (search/plan.py):
    an edit that adds words takes the kept plan while the number of shards stays, and
    plans afresh when it changes; each build writes what a build without a cache writes."""
    from mentorblog.search import plan as search_plan

    monkeypatch.setattr(search_plan, "SHARD_BYTES", 60)  # a few dozen words a shard
    root = make_site(tmp_path / "s")
    (root / "content" / "search.md").write_text("---\ntitle: Search\nlayout: search\n---\n")
    run(root, tmp_path / "out")
    shards = tmp_path / "out" / "search-index" / "t"
    before = len(list(shards.iterdir()))
    edit(root, "p2.md", "Body 2,", "Body 2 and two more,")
    run(root, tmp_path / "out")
    assert len(planned) == 1 and len(list(shards.iterdir())) == before
    run(root, tmp_path / "cold", cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")
    edit(root, "p2.md", "two more,", "two more " + "words " * 120 + "in all,")
    run(root, tmp_path / "out")
    assert len(planned) == 2 and len(list(shards.iterdir())) > before
    run(root, tmp_path / "cold", cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def _crafted(root: Path, change: Callable[[Site], Site]) -> None:
    path = root / ".mentorblog-cache" / collect_memo.PLAN
    token, made_from, since, until, plan = pickle.loads(path.read_bytes())
    path.write_bytes(pickle.dumps((token, made_from, since, until, change(plan))))


def _escaping_output(plan: Site) -> Site:
    first = plan.outputs[0]
    return replace(plan, outputs=(*plan.outputs, replace(first, path="../escaped/index.html")))


def _foreign_file(plan: Site) -> Site:
    first = plan.static[0]
    return replace(plan, static=(*plan.static, replace(first, origin=Path("/etc/hostname"))))


def test_a_damaged_plan_is_ignored(tmp_path: Path, planned: list[int]) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out")
    (root / ".mentorblog-cache" / collect_memo.KEYS).write_bytes(b"not a pickle")
    edit(root, "p2.md", "Body 2,", "Edited body 2,")
    run(root, tmp_path / "out")
    assert len(planned) == 2


def test_a_multilingual_site_keeps_no_plan(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out")
    assert (root / ".mentorblog-cache" / collect_memo.PLAN).is_file()
    (root / "site.yaml").write_text(
        "title: Kept\nbaseURL: https://example.org/\ndefaultContentLanguage: en\n"
        "languages:\n  en: {weight: 1}\n  fr: {weight: 2}\n"
    )
    (root / "content" / "posts" / "p0.fr.md").write_text("---\ntitle: Un\n---\nCorps.\n")
    run(root, tmp_path / "out")
    cache = root / ".mentorblog-cache"
    assert not (cache / collect_memo.PLAN).exists()
    assert not (cache / collect_memo.KEYS).exists()


def test_only_published_files_are_named_in_the_kept_keys(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out")
    keys = (root / ".mentorblog-cache" / collect_memo.KEYS).read_bytes()
    assert b"p0.md" in keys
    assert b"draft" not in keys and b"later" not in keys


def test_inputs_keep_the_keys_of_held_back_files_without_their_names() -> None:
    inputs = collect_memo.Inputs({"a.md": "k1", "b.md": "k2", "c.md": "k0"}, {}, {}, {"a.md"})
    assert inputs.kept() == ({"a.md": "k1"}, ("k0", "k2"))


def _another_language(plan: Site) -> Site:
    """An output rendered by a language's own Site, which collect never makes for a site of
    one language: its pages would come from the file, unchecked."""
    first = plan.outputs[0]
    return replace(
        plan,
        by_language={"xx": plan},
        outputs=(*plan.outputs, replace(first, path="xx/index.html", lang="xx")),
    )


def _wrong_kind(plan: Site) -> Site:
    first = plan.outputs[0]
    return replace(plan, outputs=(replace(first, path=7),))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change", [_escaping_output, _foreign_file, _another_language, _wrong_kind]
)
def test_a_crafted_plan_is_not_taken(
    tmp_path: Path, planned: list[int], change: Callable[[Site], Site]
) -> None:
    """The cache may come from storage others can write to: an output outside the output
    folder, a file discover did not find, a language's own Site (whose pages no check saw)
    or a field of the wrong kind makes the build plan afresh."""
    root = make_site(tmp_path / "s")
    run(root, tmp_path / "out")
    _crafted(root, change)
    edit(root, "p2.md", "Body 2,", "Edited body 2,")
    run(root, tmp_path / "out")
    assert len(planned) == 2
    assert not (tmp_path / "escaped").exists() and not (tmp_path / "out" / "xx").exists()
    run(root, tmp_path / "cold", cached=False)
    assert same_tree(tmp_path / "out", tmp_path / "cold")


def test_nothing_of_a_held_back_bundle_is_kept_in_the_plan(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    bundle = root / "content" / "posts" / "zebrasecret"
    bundle.mkdir()
    (bundle / "index.md").write_text("---\ntitle: Hidden\ndraft: true\n---\nSecret.\n")
    (bundle / "notes.txt").write_text("notes\n")
    run(root, tmp_path / "out")
    cache = root / ".mentorblog-cache"
    assert (cache / collect_memo.PLAN).is_file()
    for name in (collect_memo.PLAN, collect_memo.KEYS):
        assert b"zebrasecret" not in (cache / name).read_bytes()


def test_settings_a_plugin_made_unpicklable_keep_no_plan_and_the_build_succeeds(
    tmp_path: Path,
) -> None:
    root = make_site(tmp_path / "s", "plugins: [shout]\n")
    (root / "plugins").mkdir()
    (root / "plugins" / "shout.py").write_text(
        "from dataclasses import replace\n\n"
        "def on_config(config):\n"
        "    return replace(config, params={**config.params, 'shout': lambda s: s.upper()})\n"
    )
    run(root, tmp_path / "out")
    assert (tmp_path / "out" / "posts" / "p0" / "index.html").is_file()
    assert not (root / ".mentorblog-cache" / collect_memo.PLAN).exists()
