"""Output reuse from what changed (output/basis.py): an edit build that keeps the plan decides
from the last build's basis exactly what one that digests every read decides."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fixture_sites import ONE_LANGUAGE, text_changed
from outputs import tree

from mentorblog import build as build_module
from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.output import basis
from mentorblog.output.fingerprint import Digests
from mentorblog.output.records import load_outputs, save_outputs
from mentorblog.output.reuse import ReusePlan
from mentorblog.render import deps as deps_module
from mentorblog.render.deps import (
    ALL_HEADS,
    ALL_PAGES,
    ANY_HEAD,
    HEAD,
    OTHER,
    PAGE,
    PLANNED,
    Dependency,
    LayoutRead,
    SiteFacts,
)

SITES = Path(__file__).parents[1] / "sites"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
# Not "visibility": with shared posts no plan is kept, and a sealed text differs each time.
SITE_NAMES = [name for name in ONE_LANGUAGE if name != "visibility"]


def _copy(name: str, to: Path) -> Path:
    shutil.copytree(
        SITES / name, to, ignore=shutil.ignore_patterns("expected*", ".mentorblog-cache")
    )
    return to


def _build(site: Path) -> BuildResult:
    return build(BuildOptions(source=site, destination=site / "out", jobs=1), now=NOW)


def _records(site: Path) -> dict[str, tuple[object, ...]]:
    live = load_outputs(site / ".mentorblog-cache", site / "out").live
    return {p: (r.fingerprint, r.deps, r.state) for p, r in live.items()}


def _published_sources(result: BuildResult) -> list[str]:
    assert result.loaded is not None
    pages = result.loaded.site.pages.values()
    return sorted(str(p.source) for p in pages if p.content is not None and p.kind != "home")


def _edit_body(site: Path, source: str, words: str) -> None:
    path = site / source
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{words}\n")


class _Spy:
    """What `basis.reads_test` gave in each build (None: every read was digested)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, off: bool = False) -> None:
        self.given: list[basis.ReadsTest | None] = []
        real = basis.reads_test

        def spy(*args: object) -> basis.ReadsTest | None:
            found = None if off else real(*args)  # type: ignore[arg-type]
            self.given.append(found)
            return found

        monkeypatch.setattr(basis, "reads_test", spy)


class _Twice:
    """Each plan made from the basis made again by digesting every read, with digests of
    its own (none seeded from the basis), to compare."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pairs: list[tuple[ReusePlan, ReusePlan]] = []
        made: list[tuple[tuple[object, ...], dict[str, object]]] = []
        real_digests, real_plan = build_module.Digests, build_module.plan_reuse

        def digests(*args: object, **kwargs: object) -> Digests:
            made.append((args, kwargs))
            return real_digests(*args, **kwargs)  # type: ignore[arg-type]

        def plan(*args: object, **kwargs: object) -> ReusePlan:
            found = real_plan(*args, **kwargs)  # type: ignore[arg-type]
            if kwargs.get("unchanged") is not None:
                own = real_digests(*made[-1][0], **made[-1][1])  # type: ignore[arg-type]
                again = real_plan(args[0], own, *args[2:])  # type: ignore[arg-type]
                self.pairs.append((found, again))
            return found

        monkeypatch.setattr(build_module, "Digests", digests)
        monkeypatch.setattr(build_module, "plan_reuse", plan)


def _shape(plan: ReusePlan) -> tuple[object, ...]:
    return (plan.kept, plan.render, [c.file.path for c in plan.copy], plan.splice)


def _records_true(result: BuildResult, site: Path) -> None:
    """Every record's fingerprint is the one its reads digest to in the site built."""
    assert result.loaded is not None
    built = result.loaded.site
    live = load_outputs(site / ".mentorblog-cache", site / "out").live
    digests = Digests(built, result.loaded.parsed, minify=False)
    checked = 0
    for output in built.outputs:
        record = live.get(output.path)
        if record is None or record.fingerprint is None:
            continue
        assert digests.output(output, record.deps) == record.fingerprint, output.path
        checked += 1
    assert checked


@pytest.mark.parametrize("name", SITE_NAMES)
def test_an_edit_build_from_the_basis_decides_as_digesting_every_read_does(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each fixture site built, then with posts edited one after the other (the first one
    again last, whose page's reads the basis carries since the first edit): the plan
    made from the basis keeps, renders, copies and splices exactly what the plan made by
    digesting every read does, every record's fingerprint is what its reads digest to
    now, and the output is a cold build's."""
    site = _copy(name, tmp_path / "site")
    first = _build(site)
    sources = _published_sources(first)
    assert sources
    edits = [sources[len(sources) // 2], sources[0], sources[len(sources) // 2]]
    twice = _Twice(monkeypatch)
    for round_, source in enumerate(edits):
        _edit_body(site, source, f"A sentence added in round {round_}.")
        result = _build(site)
        _records_true(result, site)
    for found, again in twice.pairs:
        assert _shape(found) == _shape(again)
    clean = _copy(name, tmp_path / "clean")
    for round_, source in enumerate(edits):
        _edit_body(clean, source, f"A sentence added in round {round_}.")
    build(BuildOptions(source=clean, destination=clean / "out", use_cache=False, jobs=1), now=NOW)
    assert tree(site / "out") == tree(clean / "out")
    assert len(twice.pairs) == len(edits)


def test_reads_gathered_again_from_every_record_decide_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no slack the basis gathers every record's reads at each build (as it does
    once the reads it carries grew by a quarter): the same decisions."""
    monkeypatch.setattr(basis, "_SLACK", 0.0)
    site = _copy("hugo", tmp_path / "site")
    sources = _published_sources(_build(site))
    twice = _Twice(monkeypatch)
    for round_, source in enumerate([sources[1], sources[2], sources[1]]):
        _edit_body(site, source, f"Round {round_}.")
        _records_true(_build(site), site)
    assert len(twice.pairs) == 3
    for found, again in twice.pairs:
        assert _shape(found) == _shape(again)


def test_an_image_replaced_under_its_name_renders_the_pages_that_show_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo replaced by one of another size keeps the plan (the same files), but not
    the pages that show it (`ImageRead`, of scope OTHER) nor what reads the whole site's
    heads (the static files and images are outside the plan): decided as digesting every
    read decides, and the output is a cold build's."""
    from images import photo

    site = _copy("photos", tmp_path / "site")
    _build(site)
    (site / "static" / "images" / "meetup.jpg").write_bytes(photo(300, 500, seed=9))
    twice = _Twice(monkeypatch)
    result = _build(site)
    _records_true(result, site)
    assert len(twice.pairs) == 1
    found, again = twice.pairs[0]
    assert _shape(found) == _shape(again)
    assert result.loaded is not None
    outputs = result.loaded.site.outputs
    rendered = {outputs[i].path for i in found.render}
    assert "posts/meetup/index.html" in rendered
    assert len(rendered) < len(outputs)
    assert any(p.endswith("sitemap.xml") for p in rendered)
    clean = _copy("photos", tmp_path / "clean")
    (clean / "static" / "images" / "meetup.jpg").write_bytes(photo(300, 500, seed=9))
    build(BuildOptions(source=clean, destination=clean / "out", use_cache=False, jobs=1), now=NOW)
    assert tree(site / "out") == tree(clean / "out")


def _site(root: Path) -> Path:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "site.yaml").write_text("title: Basis\nbaseURL: https://example.org/\n")
    for i in range(6):
        (posts / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2025-03-0{i + 1}\ntags: [t{i % 2}]\n---\n"
            f"Body {i}.\n\n## A heading\n\nMore.\n"
        )
    return root


def test_an_edit_of_a_posts_text_renders_its_page_and_what_shows_its_text_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _site(tmp_path / "site")
    _build(site)
    _build(site)
    _edit_body(site, "content/posts/p2.md", "Edited text.")
    spy = _Spy(monkeypatch)
    result = _build(site)
    assert spy.given[-1] is not None
    assert "Edited text." in (site / "out" / "posts" / "p2" / "index.html").read_text()
    # Its page, and the lists and feeds that show its summary: not the other posts' pages.
    assert 0 < result.rendered < result.files // 2
    before = {p: r[2] for p, r in _records(site).items()}
    _edit_body(site, "content/posts/p2.md", "Edited again.")
    _build(site)
    after = {p: r[2] for p, r in _records(site).items()}
    assert before["posts/p4/index.html"] == after["posts/p4/index.html"]
    assert before["posts/p2/index.html"] != after["posts/p2/index.html"]


def test_a_build_that_failed_after_planning_leaves_nothing_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build that fails after it took the plan (and kept the files' new keys) wrote no
    records: the next build compares the pages with the basis of the records, so the
    first edit shows too."""
    site = _site(tmp_path / "site")
    _build(site)
    _edit_body(site, "content/posts/p1.md", "First edit.")

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the render stage broke")

    with monkeypatch.context() as m:
        m.setattr(build_module, "render_site", broken)
        with pytest.raises(RuntimeError):
            _build(site)
    _edit_body(site, "content/posts/p3.md", "Second edit.")
    spy = _Spy(monkeypatch)
    _build(site)
    assert spy.given[-1] is not None
    assert "First edit." in (site / "out" / "posts" / "p1" / "index.html").read_text()
    assert "Second edit." in (site / "out" / "posts" / "p3" / "index.html").read_text()


def test_a_plugin_that_changes_the_plan_in_place_gets_no_stale_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plugin's `on_site` that sets related posts in `site.related` itself (the plan's own
    mapping, still the plan's object) from the posts' text: an edit that makes one post
    mention another renders the related box the plan's digest now asks for."""
    site = _site(tmp_path / "site")
    (site / "site.yaml").write_text(
        "title: Basis\nbaseURL: https://example.org/\nplugins: [linked]\n"
    )
    (site / "plugins").mkdir()
    (site / "plugins" / "linked.py").write_text(
        "def on_site(site):\n"
        "    root = site.config.root\n"
        "    for url in site.posts:\n"
        "        word = site.pages[url].title.split()[-1]\n"
        "        site.related[url] = tuple(u for u in site.posts if u != url and\n"
        "            f'mentions {word}.' in (root / site.pages[u].source).read_text())\n"
        "    return site\n"
    )
    _build(site)
    _build(site)
    _edit_body(site, "content/posts/p2.md", "This mentions 4.")
    spy = _Spy(monkeypatch)
    _build(site)
    assert spy.given == [None]  # the plan's fields digest otherwise than in the basis
    page = (site / "out" / "posts" / "p4" / "index.html").read_text()
    assert 'href="/posts/p2/"' in page.split('class="related"', 1)[1]
    _edit_body(site, "content/posts/p3.md", "More text.")  # the plan's fields as they were
    _build(site)
    assert spy.given[-1] is not None
    clean = tmp_path / "clean"
    build(BuildOptions(source=site, destination=clean, use_cache=False, jobs=1), now=NOW)
    assert tree(site / "out") == tree(clean)


def test_a_basis_of_other_shapes_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache may come from storage others can write to: a basis whose fields are not
    what a build writes makes the build digest every read, and the edit shows."""
    site = _site(tmp_path / "site")
    _build(site)
    folder = site / ".mentorblog-cache"
    index = load_outputs(folder, site / "out")
    assert index.basis is not None
    save_outputs(folder, replace(index, basis=replace(index.basis, pages=[])))  # type: ignore[arg-type]
    _edit_body(site, "content/posts/p1.md", "Edited.")
    spy = _Spy(monkeypatch)
    _build(site)
    assert spy.given == [None]
    assert "Edited." in (site / "out" / "posts" / "p1" / "index.html").read_text()


def test_a_changed_layout_or_setting_makes_the_build_digest_every_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _site(tmp_path / "site")
    _build(site)
    layouts = site / "layouts" / "partials"
    layouts.mkdir(parents=True)
    (layouts / "extend_footer.html").write_text("<p>A footer of the site's own.</p>\n")
    _edit_body(site, "content/posts/p1.md", "Edited.")
    spy = _Spy(monkeypatch)
    _build(site)
    (site / "site.yaml").write_text("title: Basis renamed\nbaseURL: https://example.org/\n")
    _build(site)
    assert spy.given == [None, None]
    assert "Basis renamed" in (site / "out" / "posts" / "p4" / "index.html").read_text()


def _all_dependency_classes() -> list[type[Dependency]]:
    return [
        c
        for c in vars(deps_module).values()
        if isinstance(c, type) and issubclass(c, Dependency) and c is not Dependency
    ]


def test_every_dependency_class_has_a_scope_basis_knows() -> None:
    known = {PAGE, HEAD, PLANNED, ANY_HEAD, ALL_PAGES, ALL_HEADS, OTHER}
    classes = _all_dependency_classes()
    assert len(classes) >= 20
    assert {c.scope for c in classes} <= known


@pytest.mark.parametrize("name", ["commitments", "hugo", "journeys", "photos", "search"])
def test_a_planned_read_does_not_read_the_pages(name: str, tmp_path: Path) -> None:
    """Every read of scope PLANNED that a fixture site's outputs record has the same value
    when the site has no pages at all: it reads only the fields the plan gives."""
    site = _copy(name, tmp_path / "site")
    result = _build(site)
    assert result.loaded is not None
    built = result.loaded.site
    reads = {
        d
        for r in load_outputs(site / ".mentorblog-cache", site / "out").live.values()
        for d in r.deps
    }
    planned = [d for d in reads if type(d).scope == PLANNED and not isinstance(d, LayoutRead)]
    assert planned
    with_pages, without = SiteFacts(built), SiteFacts(replace(built, pages={}))
    for dep in planned:
        assert dep.value(with_pages) == dep.value(without), dep


@pytest.mark.parametrize("name", ["commitments", "hugo", "journeys", "photos", "search"])
def test_a_read_of_the_heads_does_not_read_the_text(name: str, tmp_path: Path) -> None:
    """Every read of scope ANY_HEAD (the copyright's year, the newest date, the featured
    posts, the archives page, the sessions journal) has the same value when every page's
    text is another: it reads the plan, the settings and the pages' heads only."""
    site = _copy(name, tmp_path / "site")
    result = _build(site)
    assert result.loaded is not None
    built = result.loaded.site
    other = replace(built, pages={url: text_changed(p) for url, p in built.pages.items()})
    assert other.pages != built.pages
    classes = [c for c in _all_dependency_classes() if c.scope == ANY_HEAD]
    assert len(classes) >= 5
    with_text, without = SiteFacts(built), SiteFacts(other)
    for cls in classes:
        dep = cls()
        assert dep.value(with_text) == dep.value(without), cls


def test_the_changed_urls_are_found_in_the_same_order_and_in_another() -> None:
    def digests(*pairs: tuple[str, int]) -> tuple[tuple[str, ...], bytes]:
        return tuple(u for u, _ in pairs), b"".join(bytes([n]) * 32 for _, n in pairs)

    then = digests(("/a/", 1), ("/b/", 2), ("/c/", 3))
    assert basis._changed_urls(*then, *then) == set()
    now = digests(("/a/", 1), ("/b/", 9), ("/c/", 3))
    assert basis._changed_urls(*now, *then) == {"/b/"}
    moved = digests(("/c/", 3), ("/a/", 1), ("/d/", 4))
    assert basis._changed_urls(*moved, *then) == {"/b/", "/d/"}
