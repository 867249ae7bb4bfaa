"""The parallel pipeline and the build cache never change the output: `--jobs 1` equals
parallel workers, a warm build equals a cold one, and edit + rebuild equals a clean build."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from outputs import tree

from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.output.records import load_outputs
from mentorblog.workers import FORKS

NOW = datetime(2026, 1, 1, tzinfo=UTC)
POSTS = 300  # above the size where both phases use worker processes


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "site.yaml").write_text("title: Many\nbaseURL: https://example.org/\n")
    for i in range(POSTS):
        tags = f'["t{i % 7}", "Shared"]'
        (posts / f"post-{i:03d}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-01-{1 + i % 28:02d}T{i % 24:02d}:00:00+01:00\n"
            f"tags: {tags}\nShowPostNavLinks: true\n---\n\n## Session {i}\n\n"
            f"We talked about *goals* and feedback, item {i}.\n\n```python\nprint({i})\n```\n")
    return root


def test_workers_and_a_single_process_write_identical_sites(site: Path, tmp_path: Path) -> None:
    one = build(BuildOptions(source=site, destination=tmp_path / "one", jobs=1,
                             use_cache=False), now=NOW)
    two = build(BuildOptions(source=site, destination=tmp_path / "two", jobs=2,
                             use_cache=False), now=NOW)
    assert one.pages == two.pages > POSTS
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_the_main_process_makes_the_output_folders_for_the_workers(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the workers render, this process makes every folder they write into, in the
    order they take their outputs (two workers making them in `posts/` waited on each
    other's locks); the output is the one a single process writes."""
    from mentorblog import produce
    asked: list[list[str]] = []

    def recorded(tmp: Path, paths: list[str]) -> None:
        asked.append(list(paths))
        make_folders(tmp, paths)

    make_folders = produce.make_folders
    monkeypatch.setattr(produce, "make_folders", recorded)
    build(BuildOptions(source=site, destination=tmp_path / "two", jobs=2, use_cache=False),
          now=NOW)
    built = {p.relative_to(tmp_path / "two").as_posix()
             for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert len(asked) == 1 and len(asked[0]) == len(set(asked[0])) > POSTS
    assert set(asked[0]) <= built
    assert "posts/post-007/index.html" in asked[0]
    # the lists and feeds first, the posts after them, as `render_tasks` deals them
    assert asked[0].index("index.xml") < asked[0].index("posts/post-007/index.html")
    build(BuildOptions(source=site, destination=tmp_path / "one", jobs=1, use_cache=False),
          now=NOW)
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_a_broken_layout_no_output_uses_fails_no_parallel_build(site: Path,
                                                                 tmp_path: Path) -> None:
    """Every layout is compiled while the parse workers work; one that no output renders
    with must not fail the build for that."""
    (site / "layouts").mkdir()
    (site / "layouts" / "unused.html").write_text("{% if %}\n", encoding="utf-8")
    two = build(BuildOptions(source=site, destination=tmp_path / "two", jobs=2,
                             use_cache=False), now=NOW)
    one = build(BuildOptions(source=site, destination=tmp_path / "one", jobs=1,
                             use_cache=False), now=NOW)
    assert two.pages == one.pages > POSTS
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_warm_build_reuses_the_cache_and_writes_the_same_bytes(site: Path,
                                                                  tmp_path: Path) -> None:
    cold = build(BuildOptions(source=site, destination=tmp_path / "cold", jobs=2), now=NOW)
    warm = build(BuildOptions(source=site, destination=tmp_path / "warm", jobs=2), now=NOW)
    assert cold.reused == 0
    assert warm.reused == POSTS
    assert tree(tmp_path / "cold") == tree(tmp_path / "warm")


def test_edit_and_rebuild_equals_a_clean_build(site: Path, tmp_path: Path) -> None:
    build(BuildOptions(source=site, destination=tmp_path / "out"), now=NOW)
    post = site / "content" / "posts" / "post-007.md"
    post.write_text(post.read_text().replace("item 7.", "item 7, edited.")
                    .replace("Post 7\n", "Post seven\n"))
    (site / "content" / "posts" / "post-008.md").unlink()
    again = build(BuildOptions(source=site, destination=tmp_path / "out"), now=NOW)
    assert again.reused == POSTS - 2
    clean = site.parent / "clean-site"
    shutil.copytree(site, clean, ignore=shutil.ignore_patterns(".mentorblog-cache"))
    build(BuildOptions(source=clean, destination=tmp_path / "clean", use_cache=False), now=NOW)
    assert tree(tmp_path / "out") == tree(tmp_path / "clean")
    assert "edited" in (tmp_path / "out" / "posts" / "post-007" / "index.html").read_text()


@pytest.mark.parametrize("breakage", ["front matter", "template", "link"])
def test_a_failed_build_keeps_the_pages_that_parsed(site: Path, tmp_path: Path,
                                                    breakage: str) -> None:
    """Fixing one mistake must not cost parsing the whole site again."""
    clean = build(BuildOptions(source=site, destination=tmp_path / "clean", use_cache=False),
                  now=NOW)
    post = site / "content" / "posts" / "post-005.md"
    original = post.read_text()
    layout = site / "layouts" / "post.html"
    if breakage == "front matter":
        post.write_text(original.replace("title: Post 5", "title: [Post 5"))
    elif breakage == "template":
        layout.parent.mkdir()
        layout.write_text("{{ no_such_value }}\n")
    else:
        post.write_text(original + "\nSee [it]({{< ref \"missing.md\" >}}).\n")
    with pytest.raises(ExceptionGroup):
        build(BuildOptions(source=site, destination=tmp_path / "out", jobs=2), now=NOW)
    post.write_text(original)
    layout.unlink(missing_ok=True)
    again = build(BuildOptions(source=site, destination=tmp_path / "out", jobs=2), now=NOW)
    # The fixed post parses again; every other page comes from the failed build's cache.
    assert again.reused == (POSTS if breakage == "template" else POSTS - 1)
    assert again.pages == clean.pages
    assert tree(tmp_path / "out") == tree(tmp_path / "clean")


def test_a_corrupt_or_foreign_cache_is_ignored(site: Path, tmp_path: Path) -> None:
    build(BuildOptions(source=site, destination=tmp_path / "a"), now=NOW)
    shards = sorted((site / ".mentorblog-cache" / "pages").iterdir())
    shards[0].write_bytes(b"not a pickle")  # one shard: only its pages parse again
    again = build(BuildOptions(source=site, destination=tmp_path / "b"), now=NOW)
    assert 0 < again.reused < again.pages
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    for shard in shards:
        shard.write_bytes(b"not a pickle")
    cold = build(BuildOptions(source=site, destination=tmp_path / "c"), now=NOW)
    assert cold.reused == 0
    assert tree(tmp_path / "a") == tree(tmp_path / "c")


def test_changing_a_setting_invalidates_the_cache(site: Path, tmp_path: Path) -> None:
    build(BuildOptions(source=site, destination=tmp_path / "a"), now=NOW)
    (site / "site.yaml").write_text("title: Many\nbaseURL: https://example.org/blog/\n")
    again = build(BuildOptions(source=site, destination=tmp_path / "b"), now=NOW)
    assert again.reused == 0
    html = (tmp_path / "b" / "posts" / "post-001" / "index.html").read_text()
    assert 'href="/blog/' in html


def test_no_cache_leaves_no_cache_folder(site: Path, tmp_path: Path) -> None:
    build(BuildOptions(source=site, destination=tmp_path / "a", use_cache=False), now=NOW)
    assert not (site / ".mentorblog-cache").exists()


def test_progress_reports_every_stage_up_to_its_total(site: Path, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    build(BuildOptions(source=site, destination=tmp_path / "a", jobs=2, use_cache=False,
                       progress=lambda stage, done, total: seen.append((stage, done, total))),
          now=NOW)
    for stage in ("parse+markdown", "render"):
        counts = [(done, total) for s, done, total in seen if s == stage]
        assert counts, stage
        assert [d for d, _ in counts] == sorted(d for d, _ in counts)
        assert counts[-1][0] == counts[-1][1]
    assert [t for s, _, t in seen if s == "parse+markdown"][-1] == POSTS


def test_outputs_that_read_the_whole_site_are_rendered_first_dealt_into_few_tasks(
        site: Path, tmp_path: Path) -> None:
    """Rendered first, so they do not end the stage with one worker busy; in only as many
    tasks as asked, so no more than that many of them (~100 MB each, for a moment, at
    10,000 posts) are built at once."""
    from mentorblog.build import load_planned
    from mentorblog.produce import LIST_CHUNK, RENDER_CHUNK, render_tasks

    options = BuildOptions(source=site, use_cache=False)
    planned = load_planned(options, tmp_path / "c", NOW).loaded.site
    indices = list(range(len(planned.outputs)))

    def weight(i: int) -> int:
        output = planned.outputs[i]
        return len(planned.pages) if output.kind.reads_everything else len(output.items)

    for count in (1, 2, 3):
        tasks = render_tasks(planned, indices, count)
        assert sorted(i for task in tasks for i in task) == indices
        heavy = tasks[:count]
        kinds = [planned.outputs[i].kind.name for task in heavy for i in task]
        # the sitemap and the feeds of 128 items or more (the site's, posts/ and 'Shared')
        assert {"sitemap", "rss", "atom"} <= set(kinds) and len(kinds) >= 6
        assert all(weight(i) >= RENDER_CHUNK for task in heavy for i in task)
        assert all(weight(i) < RENDER_CHUNK for task in tasks[count:] for i in task)
        for task in heavy:  # biggest first in each task, the tasks about equally heavy
            assert [weight(i) for i in task] == sorted((weight(i) for i in task), reverse=True)
        loads = [sum(map(weight, task)) for task in heavy]
        assert max(loads) - min(loads) <= max(weight(i) for task in heavy for i in task)
    assert all(len(task) <= LIST_CHUNK for task in tasks)
    # then the list pages, ordered by their first post, so one task holds one stretch of time
    lists = [i for task in tasks[3:] for i in task if planned.outputs[i].pager]
    first = [planned.posts.index(planned.outputs[i].pager.items[0])  # type: ignore[union-attr]
             for i in lists if planned.outputs[i].pager.items]  # type: ignore[union-attr]
    assert first == sorted(first) and len(lists) > 30


def test_the_records_hold_one_object_per_dependency(site: Path, tmp_path: Path) -> None:
    """The workers send what each output read; the records keep one object per dependency
    however many outputs and tasks read it, so the cache stores each once and the next build
    digests each once."""
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, jobs=2), now=NOW)
    records = load_outputs(site / ".mentorblog-cache", out).live
    objects: dict[object, set[int]] = {}
    for record in records.values():
        for dep in record.deps:
            objects.setdefault(dep, set()).add(id(dep))
    assert len(records) > POSTS and len(objects) > POSTS
    assert all(len(ids) == 1 for ids in objects.values())


def test_an_edit_renders_its_large_outputs_in_workers_and_equals_a_clean_build(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit build has few outputs; the feeds and indexes among them (each listing every
    post, made whole after a title edit: a text edit splices them) go to every worker when
    they list enough posts in all, and the output stays a clean build's."""
    from mentorblog import produce

    calls: list[tuple[int, list[list[int]]]] = []
    real = produce.parallel_map

    def recorded(task, items, jobs, make, **kw):  # type: ignore[no-untyped-def]
        calls.append((jobs, [list(i) for i in items]))
        return real(task, items, jobs, make, **kw)

    monkeypatch.setattr(produce, "parallel_map", recorded)
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=2), now=NOW)
    post = site / "content" / "posts" / "post-011.md"
    post.write_text(post.read_text().replace("item 11.", "item 11, edited."))

    monkeypatch.setattr(produce, "PARALLEL_LARGE_ITEMS", 10**9)
    calls.clear()
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=2), now=NOW)
    assert [jobs for jobs, _ in calls] == [1]  # below the threshold: here

    post.write_text(post.read_text().replace("title: Post 11\n", "title: Post eleven\n"))
    monkeypatch.setattr(produce, "PARALLEL_LARGE_ITEMS", POSTS)
    calls.clear()
    again = build(BuildOptions(source=site, destination=tmp_path / "out", jobs=2), now=NOW)
    ((jobs, tasks),) = calls
    assert jobs == 2 and again.rendered < 2 * produce.RENDER_CHUNK
    assert again.loaded is not None
    outputs = again.loaded.site.outputs
    heavy = [t for t in tasks if any(produce._weight(again.loaded.site, outputs[i])
                                     >= produce.RENDER_CHUNK for i in t)]
    assert len(heavy) == 2  # the large outputs (feeds, /index.json) dealt to both workers

    clean = site.parent / "clean-site"
    shutil.copytree(site, clean, ignore=shutil.ignore_patterns(".mentorblog-cache"))
    build(BuildOptions(source=clean, destination=tmp_path / "clean", use_cache=False), now=NOW)
    assert tree(tmp_path / "out") == tree(tmp_path / "clean")
    assert "Post eleven" in (tmp_path / "out" / "posts" / "post-011" / "index.html").read_text()


@pytest.mark.skipif(not FORKS, reason="only a forking build scans and plans aside")
def test_an_edit_build_scans_and_plans_in_forked_processes_as_one_process_would(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With two jobs, an edit build that plans afresh (a title changed: no basis to plan
    from, output/basis.py) scans the output folders while it loads the site and plans most
    outputs in a forked process while it loads the fragment store, then plans the last ones
    itself; it keeps, renders and records exactly what a one-process build of the same
    edit does."""
    import os

    from mentorblog import build as build_module

    calls = tmp_path / "calls"
    for name in ("scan_folders", "_plan_shape", "plan_reuse"):
        real = getattr(build_module, name)

        def noted(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            with open(calls, "a") as f:
                f.write(f"{_name} {os.getpid()}\n")
            return _real(*args, **kwargs)

        monkeypatch.setattr(build_module, name, noted)
    # One site, two outputs with a build cache each: the fingerprints can be compared.
    runs = {jobs: (tmp_path / f"out-{jobs}", tmp_path / f"cache-{jobs}") for jobs in (2, 1)}

    def run(jobs: int) -> BuildResult:
        out, folder = runs[jobs]
        return build(BuildOptions(source=site, destination=out, jobs=jobs, cache=folder), now=NOW)

    for jobs in runs:
        run(jobs)
        run(jobs)  # now there is a recycled folder too
    before = {j: load_outputs(runs[j][1], runs[j][0]).live for j in runs}
    post = site / "content" / "posts" / "post-011.md"
    post.write_text(post.read_text().replace("title: Post 11\n", "title: Post eleven\n"))
    results = {}
    for jobs in runs:
        calls.unlink(missing_ok=True)
        results[jobs] = run(jobs)
        after = load_outputs(runs[jobs][1], runs[jobs][0]).live
        assert after.keys() == before[jobs].keys()
        results[jobs, "records"] = {  # what each file read, and whether it was kept
            p: (r.fingerprint, r.deps, r.state == before[jobs][p].state) for p, r in after.items()
        }
        results[jobs, "calls"] = calls.read_text().split() if calls.exists() else []
    calls = list(zip(results[2, "calls"][::2], map(int, results[2, "calls"][1::2]), strict=True))
    forked = [name for name, pid in calls if pid != os.getpid()]
    assert sorted(forked) == ["_plan_shape", "plan_reuse", "scan_folders"]
    assert [name for name, pid in calls if pid == os.getpid()] == ["plan_reuse"]
    assert results[1, "calls"] == ["plan_reuse", str(os.getpid())]
    assert (results[2].kept, results[2].rendered) == (results[1].kept, results[1].rendered)
    assert 0 < results[2].rendered < results[2].files // 4  # its lists and neighbours
    assert results[2, "records"] == results[1, "records"]
    assert tree(runs[2][0]) == tree(runs[1][0])


@pytest.mark.skipif(not FORKS, reason="only a forking build saves the parsed pages aside")
@pytest.mark.parametrize("child_fails", [False, True])
def test_the_parsed_pages_saved_aside_are_those_the_build_parsed(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child_fails: bool
) -> None:
    """With two jobs an edit build saves the page index and the files' states in a forked
    process (load.PageIndex.save_aside); when that fails, this process saves them. Either
    way the next build parses nothing again, and finds the edit."""
    from mentorblog import load, workers

    if child_fails:  # as if the fork or the child failed: `result` saves here

        class Failed(workers.Prefetched[None]):
            def __init__(self, compute):  # type: ignore[no-untyped-def]
                self._compute, self._pid, self._fd = compute, 0, -1

        monkeypatch.setattr(load, "Prefetched", Failed)
    monkeypatch.setattr(load.source_state, "RACY_NS", 0)  # an edit just made is kept too
    options = BuildOptions(source=site, destination=tmp_path / "out", jobs=2)
    build(options, now=NOW)
    post = site / "content" / "posts" / "post-011.md"
    post.write_text(post.read_text().replace("item 11.", "item 11, edited."))
    edited = build(options, now=NOW)
    assert edited.reused == POSTS - 1
    again = build(replace(options, quick=False), now=NOW)
    assert again.reused == POSTS  # nothing parsed: the index holds the edited post too
    known = load.source_state.load(site / ".mentorblog-cache")
    assert known["content/posts/post-011.md"].stamp == load.source_state.stamp_of(post)
    page = tmp_path / "out" / "posts" / "post-011" / "index.html"
    assert "item 11, edited." in page.read_text()
