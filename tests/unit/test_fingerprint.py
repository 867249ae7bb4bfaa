"""fingerprint: an output's fingerprint changes exactly when something it read changes."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path

from mentorblog.build import BuildOptions, load_planned
from mentorblog.core.model import Page, Site
from mentorblog.output.fingerprint import Digests
from mentorblog.render.deps import (
    COPYRIGHT,
    HEAD_FIELDS,
    NEWEST,
    NeighboursRead,
    RelatedRead,
    head_digest,
)
from mentorblog.render.environment import make_environment
from mentorblog.render.outputs import render_output
from mentorblog.render.views import SiteView

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def make_site(root: Path, posts: int = 6) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Prints\nbaseURL: https://example.org/\n")
    for i in range(posts):
        (root / "content" / "posts" / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-03-{1 + i:02d}\ntags: [t{i % 2}]\n---\n"
            f"Body {i}.\n")
    return root


def fingerprints(root: Path) -> dict[str, str | None]:
    """Every output's fingerprint, from the dependencies its rendering recorded."""
    site = load(root)
    digests = Digests(site, {}, minify=False)
    return {path: digests.output(o, deps) for path, o, deps in rendered(site)}


def load(root: Path) -> Site:
    """With a build cache, as a build has: pages not edited keep their place in it."""
    loaded = load_planned(BuildOptions(source=root), root / ".c", NOW).loaded
    loaded.page_index.save()
    return loaded.site


def rendered(site: Site) -> list[tuple[str, object, frozenset[str]]]:
    view = SiteView(site, make_environment(site.config.root))
    found = []
    for output in site.outputs:
        view.start_recording()
        render_output(output, site, view)
        found.append((output.path, output, view.stop_recording()))
    return found


def changed(before: dict[str, str | None], after: dict[str, str | None]) -> set[str]:
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def test_the_same_site_gives_the_same_fingerprints(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    first = fingerprints(root)
    assert all(first.values())
    assert fingerprints(root) == first


def test_a_body_edit_changes_that_post_and_what_shows_its_text_only(tmp_path: Path) -> None:
    """Its page, the lists showing its summary and the feeds holding its text; not its
    neighbours nor the posts it is related to (they show its title), nor the sitemap."""
    root = make_site(tmp_path / "s")
    before = fingerprints(root)
    post = root / "content" / "posts" / "p2.md"
    post.write_text(post.read_text().replace("Body 2.", "Body 2, longer now."))
    moved = changed(before, fingerprints(root))
    assert "posts/p2/index.html" in moved
    assert {"index.html", "tags/t0/index.html", "index.xml", "feed.json"} <= moved
    assert not moved & {"posts/p1/index.html", "posts/p3/index.html",  # prev/next
                        "posts/p0/index.html", "posts/p4/index.html",  # related: t0
                        "sitemap.xml", "llms.txt", "posts/p5/index.html",
                        "tags/t1/index.html", "tags/t1/index.xml", "robots.txt", "404.html"}


def test_a_title_edit_changes_every_output_that_names_the_post(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    before = fingerprints(root)
    post = root / "content" / "posts" / "p2.md"
    post.write_text(post.read_text().replace("title: Post 2", "title: Post two"))
    moved = changed(before, fingerprints(root))
    assert {"posts/p1/index.html", "posts/p3/index.html",  # prev/next show it
            "posts/p0/index.html", "posts/p4/index.html",  # related: they share t0
            "posts/p2/index.html", "index.html", "tags/t0/index.html", "llms.txt"} <= moved
    assert not moved & {"posts/p5/index.html", "tags/t1/index.html", "robots.txt"}


def test_a_date_edit_changes_the_sitemap(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    before = fingerprints(root)
    post = root / "content" / "posts" / "p5.md"
    post.write_text(post.read_text().replace("date: 2024-03-06", "date: 2024-03-07"))
    assert {"sitemap.xml", "posts/p5/index.html"} <= changed(before, fingerprints(root))


def test_a_partial_changes_only_the_layouts_that_include_it(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    before = fingerprints(root)
    (root / "layouts" / "partials").mkdir(parents=True)
    (root / "layouts" / "partials" / "post_nav.html").write_text("<nav>own</nav>\n")
    moved = changed(before, fingerprints(root))
    assert {f"posts/p{i}/index.html" for i in range(6)} <= moved
    assert not moved & {"index.html", "robots.txt", "index.xml", "tags/t0/index.html"}


def test_a_layout_with_a_computed_name_depends_on_every_layout(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    (root / "layouts").mkdir()
    (root / "layouts" / "robots.txt").write_text(
        "{% set name = 'partials/' ~ 'x.html' %}{% include name ignore missing %}User-agent: *\n")
    site = load(root)
    digests = Digests(site, {}, minify=False)
    assert digests.template("robots.txt") == digests.all_templates()
    assert digests.template("post.html") != digests.all_templates()


def test_a_dependency_is_digested_by_what_it_names_and_nothing_else(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    site = load(root)
    home = next(o for o in site.outputs if o.path == "index.html")
    url = site.posts[0]
    before = Digests(site, {}, minify=False)
    after = Digests(replace(site, related={**site.related, url: ("/elsewhere/",)}), {}, False)
    assert before.output(home, {RelatedRead(url)}) != after.output(home, {RelatedRead(url)})
    assert before.output(home, {NeighboursRead(url)}) == after.output(home, {NeighboursRead(url)})
    assert before.output(home, {COPYRIGHT}) != before.output(home, {NEWEST})


def test_a_dependency_object_seen_before_digests_as_its_value_does(tmp_path: Path) -> None:
    """Digests finds a dependency by the id of the object it first saw (the records share
    one object per dependency): the same object, an equal one and a later site all agree
    with digesting by value, and the object a record keeps is the first one seen."""
    root = make_site(tmp_path / "s")
    site = load(root)
    home = next(o for o in site.outputs if o.path == "index.html")
    url = site.posts[0]
    shared = (RelatedRead(url), NeighboursRead(url))
    digests = Digests(site, {}, minify=False)
    first = digests.output(home, shared)
    assert digests.output(home, shared) == first  # found by id
    assert digests.output(home, (RelatedRead(url), NeighboursRead(url))) == first  # by value
    again = Digests(site, {}, minify=False)
    assert again.output(home, (RelatedRead(url), NeighboursRead(url))) == first
    equal = RelatedRead(url)
    [(fingerprint, kept)] = digests.recorded([(home, (equal, NeighboursRead(url)))])
    assert fingerprint == first and kept == shared
    assert kept[0] is shared[0] and kept[1] is shared[1]  # the records share the objects
    moved = replace(site, related={**site.related, url: ("/elsewhere/",)})
    assert Digests(moved, {}, minify=False).output(home, shared) != first  # same objects


def test_digesting_every_record_up_front_changes_no_fingerprint(tmp_path: Path) -> None:
    """`digest_all` (plan_reuse digests the previous records' dependencies at once) gives
    every output the fingerprint digesting output by output gives, and finds each by id."""
    root = make_site(tmp_path / "s")
    site = load(root)
    task = [(o, tuple(sorted(deps, key=lambda d: d.key))) for _, o, deps in rendered(site)]
    records = Digests(site, {}, minify=False).recorded(task)  # one object per dependency
    reads = [(o, deps) for (o, _), (_, deps) in zip(task, records, strict=True)]
    one_by_one = Digests(site, {}, minify=False)
    expected = [one_by_one.output(o, deps) for o, deps in reads]
    up_front = Digests(site, {}, minify=False)
    up_front.digest_all(deps for _, deps in reads)
    assert all(id(dep) in up_front._by_id for _, deps in reads for dep in deps)
    assert [up_front.output(o, deps) for o, deps in reads] == expected


def test_equal_objects_digested_up_front_are_each_found_by_id_and_later_by_value(
    tmp_path: Path,
) -> None:
    """Records written by several processes may hold equal dependencies as different
    objects: `digest_all` digests each by its id (no hashing by value), both give the
    fingerprint digesting by value gives, and a render recorded afterwards is handed the
    first object of those equal to its own."""
    root = make_site(tmp_path / "s")
    site = load(root)
    home = next(o for o in site.outputs if o.path == "index.html")
    url = site.posts[0]
    one, two = (RelatedRead(url), NeighboursRead(url)), (RelatedRead(url), NeighboursRead(url))
    expected = Digests(site, {}, minify=False).output(home, one)
    digests = Digests(site, {}, minify=False)
    digests.digest_all([one, two])
    assert all(id(dep) in digests._by_id for dep in one + two)
    assert digests._deps == {}  # nothing hashed by value yet
    assert digests.output(home, one) == digests.output(home, two) == expected
    [(fingerprint, kept)] = digests.recorded([(home, (RelatedRead(url), NeighboursRead(url)))])
    assert fingerprint == expected
    assert kept[0] is one[0] and kept[1] is one[1]


def test_a_task_recorded_gets_the_fingerprints_of_output_and_one_object_per_dependency(
    tmp_path: Path,
) -> None:
    """A render task's outputs recorded together: a dependency object they share is looked
    up once, and every equal one, in this task or a later one, is recorded as the object
    first seen, each output with the fingerprint `output` gives it."""
    root = make_site(tmp_path / "s")
    site = load(root)
    home, post = (next(o for o in site.outputs if o.path == p) for p in ("index.html", "404.html"))
    url, other = site.posts[0], site.posts[1]
    one = RelatedRead(url)
    task = [(home, (NeighboursRead(url), one)), (post, (NeighboursRead(other), one))]
    digests = Digests(site, {}, minify=False)
    made = digests.recorded(task)
    by_value = Digests(site, {}, minify=False)
    assert [f for f, _ in made] == [by_value.output(o, deps) for o, deps in task]
    assert made[1][1][1] is made[0][1][1] is one
    later = digests.recorded([(post, (NeighboursRead(url), RelatedRead(url)))])
    assert later[0][1][1] is one and later[0][1][0] is made[0][1][0]
    assert later[0][0] == by_value.output(post, (NeighboursRead(url), RelatedRead(url)))


def test_settings_and_minify_are_in_every_fingerprint(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    site = load(root)
    robots = next(o for o in site.outputs if o.path == "robots.txt")
    plain = Digests(site, {}, minify=False).output(robots, set())
    assert Digests(site, {}, minify=True).output(robots, set()) != plain
    (root / "site.yaml").write_text("title: Other\nbaseURL: https://example.org/\n")
    site = load(root)
    assert Digests(site, {}, minify=False).output(robots, set()) != plain


def test_an_image_changed_under_the_same_name_changes_the_pages_that_show_it(
    tmp_path: Path,
) -> None:
    from images import photo

    root = make_site(tmp_path / "s")
    (root / "static").mkdir()
    (root / "static" / "a.jpg").write_bytes(photo(300, 200))
    post = root / "content" / "posts" / "p1.md"
    post.write_text(post.read_text() + "\n![a](/a.jpg)\n")

    def prints() -> dict[str, str | None]:
        site = load(root)
        digests = Digests(site, {}, minify=False)
        view = SiteView(site, make_environment(root))
        found = {}
        for output in site.outputs:
            view.start_recording()
            render_output(output, site, view)
            found[output.path] = digests.output(output, view.stop_recording())
        return found

    before = prints()
    assert prints() == before
    (root / "static" / "a.jpg").write_bytes(photo(300, 200, seed=7))
    # the post that shows it, and what reads the whole site
    assert changed(before, prints()) == {
        "posts/p1/index.html", "index.json", "sitemap.xml", "llms.txt"}


def test_every_field_of_a_planned_output_is_in_its_fingerprint(tmp_path: Path) -> None:
    """The kind is digested once per kind object and the pager's urls apart from the rest:
    a change to any field, even one only a plugin's kind would make, still shows."""
    from mentorblog.core import kinds
    from mentorblog.core.model import Output, Pager

    site = load(make_site(tmp_path / "s"))
    pager = Pager(2, 3, "/page/2/", ("/a/", "/b/"), ("/", "/page/2/", "/page/3/"))
    base = Output("page/2/index.html", "/page/2/", kinds.HOME, "list.html", pager=pager)
    variants = [
        base,
        replace(base, kind=replace(kinds.HOME, label="another label")),
        replace(base, kind=replace(kinds.HOME, is_list=not kinds.HOME.is_list)),
        replace(base, kind=kinds.SECTION),
        replace(base, pager=replace(pager, urls=("/", "/page/2/", "/page/three/"))),
        replace(base, pager=replace(pager, items=("/a/",))),
        replace(base, pager=replace(pager, number=3)),
        replace(base, pager=None),
        replace(base, items=("/a/", "/b/")),
        replace(base, items=("/a/\0/b/",)),
        replace(base, path="page/2/index.htm"),
        replace(base, lang="fr"),
    ]
    digests = Digests(site, {}, minify=False)
    prints = [digests.output(o, ()) for o in variants]
    assert len(set(prints)) == len(variants)
    # Equal outputs made apart (as each build's collect makes them) print the same.
    again = Digests(site, {}, minify=False)
    assert [again.output(replace(o), ()) for o in variants] == prints


def test_a_parsed_page_carries_the_digest_of_its_head(tmp_path: Path) -> None:
    """The parse worker stores `head_digest`, which a build then takes instead of digesting
    the page: it must be what digesting the page gives, fresh and from the cache alike."""
    root = make_site(tmp_path / "s")
    for cached in (False, True):  # parsed, then taken from the build cache
        loaded = load_planned(BuildOptions(source=root), root / ".c", NOW).loaded
        loaded.page_index.save()
        digests = Digests(loaded.site, loaded.parsed, minify=False)
        assert loaded.parsed
        for url, (page, _key) in loaded.parsed.items():
            assert page.head_digest == head_digest(page)
            assert digests.page_head(url) == head_digest(page)
        assert loaded.reused == (6 if cached else 0)


def test_the_head_leaves_out_the_text_and_nothing_else() -> None:
    assert set(HEAD_FIELDS) == {f.name for f in fields(Page)} - {"body", "content", "head_digest"}
