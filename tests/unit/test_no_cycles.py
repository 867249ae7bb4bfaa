"""The default theme renders without reference cycles, so the `mentorblog` command can run
full garbage collections rarely (workers.collect_rarely): a macro, or a function that calls
itself, on a page a site has thousands of would leave a cycle on every one of them, which only
a collection frees."""

from __future__ import annotations

import gc
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build, load_planned
from mentorblog.core.model import Page, Site, Writer
from mentorblog.render.environment import make_environment
from mentorblog.render.outputs import render_output
from mentorblog.render.views import SiteView
from mentorblog.workers import FULL_COLLECTION_EVERY, collect_rarely, parallel_map, settle

REPO = Path(__file__).resolve().parents[2]

# Pages a site has one of: their macros cost one cycle a build.
ONCE_A_SITE = {"subscribe.html", "journal.html", "commitments.html", "llms.txt"}


def _site_with_tocs(root: Path) -> Site:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text(
        "title: T\nbaseURL: https://journal.test/\n"
        "menu:\n  - {name: Posts, url: /posts/}\n  - {name: Tags, url: /tags/}\n"
    )
    body = "## One\n\ntext\n\n### One a\n\ntext\n\n#### deeper\n\n## Two\n\ntext\n"
    for i, hugo_toc in enumerate((False, True)):
        (root / "content" / "posts" / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-03-0{i + 1}\ntags: [a, b]\nshowToc: true\n"
            f"UseHugoToc: {str(hugo_toc).lower()}\n---\n{body}"
        )
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return load_planned(BuildOptions(source=root, use_cache=False), root / ".c", now).loaded.site


def _example_site(tmp_path: Path) -> Site:
    now = datetime(2026, 12, 1, tzinfo=UTC)
    options = BuildOptions(source=REPO, use_cache=False)
    return load_planned(options, tmp_path / "cache", now).loaded.site


def _cycles_left(site: Site) -> Counter[str]:
    """Objects in reference cycles each layout output leaves behind once rendered, by its
    layout, after one render of all (layouts compiled, the view's caches filled)."""
    view = SiteView(site, make_environment(site.config.root))
    outputs = [o for o in site.outputs if o.kind.writer is Writer.LAYOUT]
    for output in outputs:
        render_output(output, site, view)
    left: Counter[str] = Counter()
    gc.collect()
    gc.disable()
    try:
        for output in outputs:
            render_output(output, site, view)
            left[output.template] += gc.collect()
    finally:
        gc.enable()
    return left


@pytest.mark.parametrize("which", ["example", "tocs"])
def test_rendering_a_page_leaves_no_reference_cycle(tmp_path: Path, which: str) -> None:
    site = _example_site(tmp_path) if which == "example" else _site_with_tocs(tmp_path)
    if which == "tocs":
        rendered = render_output(
            next(o for o in site.outputs if o.url == "/posts/p0/"),
            site,
            SiteView(site, make_environment(site.config.root)),
        ).decode()
        assert rendered.count('<details class="toc"') == 1
        assert '<a href="#one-a">One a</a><ul>' in rendered  # nested, three levels
    left = _cycles_left(site)
    assert {name: n for name, n in left.items() if n and name not in ONCE_A_SITE} == {}
    assert {"post.html", "tag.html", "rss.xml"} <= set(left)  # the many-a-site pages rendered


def test_a_macro_in_a_layout_is_seen(tmp_path: Path) -> None:
    """The measure can fail: a page layout with a macro leaves a cycle."""
    site = _site_with_tocs(tmp_path)
    layouts = tmp_path / "layouts"
    layouts.mkdir()
    (layouts / "post.html").write_text("{% macro m() %}{{ page.title }}{% endmacro %}{{ m() }}")
    assert _cycles_left(site)["post.html"] > 0


def test_the_command_collects_the_oldest_objects_rarely() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)  # Python's defaults (a test may have run the command)
        collect_rarely()
        assert gc.get_threshold() == (700, 10, FULL_COLLECTION_EVERY)
    finally:
        gc.set_threshold(*before)


def _nothing(worker: object, item: int) -> int:
    return item


class _Worker:
    def close(self) -> None:
        """Nothing held."""


def test_what_was_settled_stays_settled_after_the_workers() -> None:
    """Collect's collections walked every parsed page again when the parse's pool unfroze
    them."""
    settle()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        parallel_map(_nothing, [1, 2, 3, 4], 2, _Worker)
        # Unfrozen, the permanent generation would be empty; a frozen object that its
        # reference count frees meanwhile leaves it too (one did, in a run of the whole suite).
        assert gc.get_freeze_count() > frozen // 2
    finally:
        gc.unfreeze()


def _garbage_pages() -> int:
    """Pages no longer reachable, frozen ones included: what a full collection would free."""
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return sum(type(o) is Page for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_builds_in_one_process_leave_at_most_one_site_behind(tmp_path: Path) -> None:
    """serve builds again and again in one process, and each build settles (freezes) what is
    alive, the last build's site included: its cycles must be collected when the next build
    unsettles them, not frozen again with it, or every edit kept one more site for good."""
    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "site.yaml").write_text("title: T\nbaseURL: https://journal.test/\n")
    post = tmp_path / "content" / "posts" / "a.md"
    for name in ("b", "c"):
        (tmp_path / "content" / "posts" / f"{name}.md").write_text(
            f"---\ntitle: {name}\ndate: 2024-03-01\n---\ntext\n"
        )
    options = BuildOptions(source=tmp_path, jobs=1, quick=False)
    gc.unfreeze()
    gc.collect()
    result = None
    try:
        for i in range(5):
            post.write_text(f"---\ntitle: A\ndate: 2024-03-02\n---\nedit {i}\n")
            result = build(options)  # the last one kept until the next is done, as serve does
        assert result.loaded is not None
        pages = len(result.loaded.site.pages)
        assert pages >= 3
        assert _garbage_pages() <= pages  # at most the site before the last one; not 4 of them
    finally:
        gc.unfreeze()
