"""reuse: the plan of an edit build, made in two parts by two processes, is the plan one
process makes of the whole site."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from outputs import tree

from mentorblog.build import BuildOptions, build, load_planned
from mentorblog.output.fingerprint import Digests
from mentorblog.output.records import OutputIndex, load_outputs, save_outputs
from mentorblog.output.reuse import MAIN_SHARE, ReusePlan, plan_reuse, planner_split
from mentorblog.output.write import scan
from mentorblog.render.deps import Everything, Heads

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SITES = Path(__file__).resolve().parents[1] / "sites"


def make_site(root: Path, posts: int = 40) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "static").mkdir()
    (root / "static" / "note.txt").write_text("kept\n")
    (root / "site.yaml").write_text(
        "title: Split\nbaseURL: https://example.org/\npagination:\n  pagerSize: 5\n"
    )
    for i in range(posts):
        (root / "content" / "posts" / f"p{i:02d}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-03-{1 + i % 28:02d}\ntags: [t{i % 3}]\n---\n"
            f"Body {i}.\n"
        )
    return root


def test_two_parts_joined_are_the_plan_of_the_whole_site(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    out, folder = tmp_path / "out", tmp_path / "cache"
    options = BuildOptions(source=root, destination=out, cache=folder)
    build(options, now=NOW)
    post = root / "content" / "posts" / "p07.md"
    post.write_text(post.read_text().replace("Body 7.", "Body 7, edited."))
    loaded = load_planned(options, folder, NOW).loaded
    site, previous, live = loaded.site, load_outputs(folder, out), scan(out)

    def plan(part: list[int] | None = None, static: bool = True) -> ReusePlan:
        templates = (previous.layouts, previous.templates)
        digests = Digests(site, loaded.parsed, minify=False, templates=templates)
        return plan_reuse(site, digests, previous, live, False, part, static)

    whole = plan()
    assert whole.kept and whole.render and whole.splice  # kept, rendered and spliced alike
    forked, mine = planner_split(site, previous)
    assert forked and mine
    assert sorted(forked + mine) == list(range(len(site.outputs)))
    joined = plan(forked, static=False).joined(plan(mine), site)
    assert joined == whole
    assert list(joined.kept) == list(whole.kept)  # in the same order too
    assert [c.file.path for c in joined.copy] == [c.file.path for c in whole.copy]

    # The main process takes the last outputs, MAIN_SHARE of the reads, but none that read
    # the whole site: those go to the forked process, whose part digests every output.
    reads = {i: previous.live[o.path].deps for i, o in enumerate(site.outputs)}
    whole_site = [i for i, deps in reads.items() if {Heads, Everything} & set(map(type, deps))]
    assert whole_site and set(whole_site) <= set(forked)
    assert max(whole_site) > min(mine)  # skipped over, not where the split fell
    assert all(i > max(set(forked) - set(whole_site)) for i in mine)
    total = sum(map(len, reads.values()))
    taken = sum(len(reads[i]) for i in mine)
    assert taken >= MAIN_SHARE * total > taken - len(reads[min(mine)])


def test_a_split_of_a_site_without_records_gives_every_output_to_the_forked_process(
    tmp_path: Path,
) -> None:
    """No previous reads (the records lost): nothing to share out; the child plans all."""
    root = make_site(tmp_path / "s", posts=3)
    options = BuildOptions(source=root, destination=tmp_path / "out", cache=tmp_path / "c")
    site = load_planned(options, tmp_path / "c", NOW).loaded.site
    forked, mine = planner_split(site, OutputIndex(str(tmp_path / "out"), {}, {}))
    assert (forked, mine) == (list(range(len(site.outputs))), [])


def test_a_multilingual_sites_own_outputs_are_planned_by_the_forked_process(
    tmp_path: Path,
) -> None:
    """A multilingual site's root outputs (its sitemap index) are digested as the whole site
    (`Digests.output`), whatever their records say: the child, which digests it anyway,
    plans them; joined, the two parts are still the one plan."""
    root = tmp_path / "site"
    shutil.copytree(SITES / "multilingual", root, ignore=shutil.ignore_patterns("expected*"))
    out, folder = tmp_path / "out", tmp_path / "cache"
    options = BuildOptions(source=root, destination=out, cache=folder)
    build(options, now=NOW)
    post = next(p for p in sorted((root / "content").rglob("*.md")) if "_index" not in p.name)
    post.write_text(post.read_text() + "\nEdited.\n")
    loaded = load_planned(options, folder, NOW).loaded
    site, previous, live = loaded.site, load_outputs(folder, out), scan(out)
    root_outputs = [i for i, o in enumerate(site.outputs) if not o.lang]
    assert site.by_language and root_outputs
    forked, mine = planner_split(site, previous)
    assert mine and set(root_outputs) <= set(forked)

    def plan(part: list[int] | None = None, static: bool = True) -> ReusePlan:
        templates = (previous.layouts, previous.templates)
        digests = Digests(site, loaded.parsed, minify=False, templates=templates)
        return plan_reuse(site, digests, previous, live, False, part, static)

    assert plan(forked, static=False).joined(plan(mine), site) == plan()


@pytest.mark.parametrize("deps", [None, 5, "abc", ["a list"]])
def test_a_record_whose_reads_are_not_a_tuple_renders_its_output_again(
    tmp_path: Path, deps: object
) -> None:
    """A build writes each record's reads as a tuple; a record from a crafted cache with
    anything else is no record: its output is rendered again, in either part, and the
    build does not stop."""
    root = make_site(tmp_path / "s")
    out, folder = tmp_path / "out", tmp_path / "cache"
    options = BuildOptions(source=root, destination=out, cache=folder, jobs=2)
    build(options, now=NOW)
    index = load_outputs(folder, out)
    site = load_planned(options, folder, NOW).loaded.site
    forked, mine = planner_split(site, index)
    crafted = [site.outputs[i].path for i in (forked[0], mine[-1])]
    live = {p: replace(r, deps=deps) if p in crafted else r for p, r in index.live.items()}
    save_outputs(folder, replace(index, live=live))
    result = build(options, now=NOW)
    assert result.rendered == 2  # the two outputs, and nothing else
    clean = tmp_path / "clean"
    build(BuildOptions(source=root, destination=clean, use_cache=False), now=NOW)
    assert tree(out) == tree(clean)
