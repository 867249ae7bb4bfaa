"""reuse: the plan of an edit build, made in two parts by two processes, is the plan one
process makes of the whole site."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorblog.build import BuildOptions, build, load_planned
from mentorblog.output import cache
from mentorblog.output.fingerprint import Digests
from mentorblog.output.reuse import MAIN_SHARE, ReusePlan, plan_reuse, planner_split
from mentorblog.output.write import scan
from mentorblog.render.deps import Everything, Heads

NOW = datetime(2026, 1, 1, tzinfo=UTC)


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
    site, previous, live = loaded.site, cache.load_outputs(folder, out), scan(out)

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
    forked, mine = planner_split(site, cache.OutputIndex(str(tmp_path / "out"), {}, {}))
    assert (forked, mine) == (list(range(len(site.outputs))), [])
