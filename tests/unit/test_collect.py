"""collect: published filter, order, prev/next, sections, taxonomies, pagination, feeds, the
output plan and collisions (FRONTMATTER.md section 0 "Outputs"/"Build flags", section 1
`draft`/`publishDate`/`expiryDate`/`weight`/`tags`, section 5 "Time zones", "Same tag in
different case", "Tag -> slug", "Collisions"). Pure: Pages in, Site out, no disk, fixed clock."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from mentorblog.core import urls
from mentorblog.core.errors import BuildError, user_errors
from mentorblog.core.model import Config, Cover, Feeds, Output, Page, Pagination, Site, StaticFile
from mentorblog.plan.collect import collect_site, date_order, is_published, list_order, paginate

UTC = UTC
NOW = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)


def config(**kw: Any) -> Config:
    return Config(root=Path("/site"), title="T", base_url="https://example.org/", **kw)


def day(y: int, m: int = 1, d: int = 1, h: int = 0, tz: timezone = UTC) -> datetime:
    return datetime(y, m, d, h, tzinfo=tz)


def post(name: str, date: datetime | None = None, *, section: str = "posts",
         title: str | None = None, url: str | None = None, **kw: Any) -> Page:
    url = url or f"/{section}/{name}/"
    return Page(source=PurePosixPath(f"content/{section}/{name}.md"), kind="post",
                section=section, body_line=1, title=title or name, url=url,
                output_path=urls.output_path(url), layout="post", body="", date=date, **kw)


def page(name: str, url: str | None = None, *, kind: str = "page", section: str = "",
         title: str | None = None, **kw: Any) -> Page:
    url = url or f"/{name}/"
    folder = f"{section}/" if section else ""
    return Page(source=PurePosixPath(f"content/{folder}{name}.md"), kind=kind, section=section,
                body_line=1, title=title or name, url=url, output_path=urls.output_path(url),
                layout="page", body="", **kw)


def collect(pages: list[Page], cfg: Config | None = None, now: datetime = NOW,
            static: tuple[StaticFile, ...] = ()) -> Site:
    return collect_site(cfg or config(), pages, (), static, now)


def errors_of(pages: list[Page], cfg: Config | None = None,
              static: tuple[StaticFile, ...] = ()) -> list[BuildError]:
    with pytest.raises((BuildError, ExceptionGroup)) as info:
        collect(pages, cfg, static=static)
    found = user_errors(info.value)
    assert found, f"not a user error: {info.value!r}"
    return found


def outputs(site: Site, kind: str) -> list[Output]:
    return [o for o in site.outputs if o.kind.name == kind]


def output(site: Site, path: str) -> Output:
    [found] = [o for o in site.outputs if o.path == path]
    return found


def all_urls_mentioned(site: Site) -> set[str]:
    found: set[str] = set(site.posts)
    for o in site.outputs:
        found.update(o.items)
        if o.page_url:
            found.add(o.page_url)
        if o.pager:
            found.update(o.pager.items)
    for taxonomy in site.taxonomies:
        for term in taxonomy.terms:
            found.update(term.pages)
    for section in site.sections:
        found.update(section.pages)
    return found


# -- what is published ----------------------------------------------------------------------

def test_drafts_future_expired_are_excluded_and_counted() -> None:
    site = collect([
        post("live", day(2020)),
        post("draft", day(2020), is_draft=True, terms={"tags": ("secret",)}),
        post("future", day(2030)),
        post("expired", day(2010), expiry_date=day(2015)),
    ])
    assert site.posts == ("/posts/live/",)
    assert site.skipped == {"drafts": 1, "future": 1, "expired": 1}
    mentioned = all_urls_mentioned(site)
    for name in ("draft", "future", "expired"):
        assert f"/posts/{name}/" not in mentioned
        assert f"/posts/{name}/" not in site.pages
        assert not any(o.path == f"posts/{name}/index.html" for o in site.outputs)
    tags = next(t for t in site.taxonomies if t.name == "tags")
    assert tags.terms == ()  # term counts omit drafts too


def test_nothing_skipped_means_empty_counts() -> None:
    assert collect([post("a", day(2020))]).skipped == {}


@pytest.mark.parametrize(("flag", "name"), [("build_drafts", "draft"), ("build_future", "future"),
                                            ("build_expired", "expired")])
def test_build_flags_include_them(flag: str, name: str) -> None:
    pages = [post("draft", day(2020), is_draft=True), post("future", day(2030)),
             post("expired", day(2010), expiry_date=day(2015))]
    site = collect(pages, config(**{flag: True}))
    assert f"/posts/{name}/" in site.posts
    assert len(site.posts) == 1


def test_future_post_notice_names_file_and_date() -> None:
    site = collect([post("soon", day(2030, 5, 6))])
    [notice] = site.notices
    assert notice.file == PurePosixPath("content/posts/soon.md")
    assert "2030-05-06" in notice.message
    assert "--future" in notice.message


def test_future_is_decided_on_the_absolute_instant() -> None:
    tokyo = timezone(timedelta(hours=9))
    # NOW is 12:00 UTC. 20:00+09:00 = 11:00 UTC (past); 22:00+09:00 = 13:00 UTC (future).
    assert is_published(post("a", day(2024, 1, 1, 20, tokyo)), config(), NOW) is None
    assert is_published(post("b", day(2024, 1, 1, 22, tokyo)), config(), NOW) == "future"


def test_publish_date_beats_date_for_scheduling() -> None:
    assert is_published(post("a", day(2020), publish_date=day(2030)), config(), NOW) == "future"
    assert is_published(post("a", day(2030), publish_date=day(2020)), config(), NOW) is None


def test_expiry_at_exactly_now_is_expired() -> None:
    assert is_published(post("a", day(2020), expiry_date=NOW), config(), NOW) == "expired"
    assert is_published(post("a", day(2020), expiry_date=NOW + timedelta(seconds=1)),
                        config(), NOW) is None


def test_draft_reason_comes_first() -> None:
    assert is_published(post("a", day(2030), is_draft=True), config(), NOW) == "drafts"


def test_undated_post_is_published() -> None:
    assert is_published(post("a"), config(), NOW) is None


# -- order ----------------------------------------------------------------------------------

def test_order_weight_first_then_newest_then_title_undated_last() -> None:
    site = collect([
        post("old", day(2018)),
        post("new", day(2022)),
        post("w2", day(2010), weight=2),
        post("w1", day(2000), weight=1),
        post("undated-b", title="B"),
        post("undated-a", title="a"),
        post("same-day-z", day(2020), title="Zebra"),
        post("same-day-a", day(2020), title="apple"),
    ])
    assert site.posts == ("/posts/w1/", "/posts/w2/", "/posts/new/", "/posts/same-day-a/",
                          "/posts/same-day-z/", "/posts/old/", "/posts/undated-a/",
                          "/posts/undated-b/")


def test_order_uses_absolute_instant_across_offsets() -> None:
    tokyo = timezone(timedelta(hours=9))
    early = post("tokyo", day(2022, 2, 2, 10, tokyo))  # 01:00 UTC
    late = post("london", day(2022, 2, 2, 2))  # 02:00 UTC
    assert collect([early, late]).posts == ("/posts/london/", "/posts/tokyo/")


def test_list_order_and_date_order_keys() -> None:
    weighted = post("w", day(2000), weight=1)
    newer = post("n", day(2022))
    assert sorted([newer, weighted], key=list_order) == [weighted, newer]
    assert sorted([weighted, newer], key=date_order) == [newer, weighted]


def test_pages_are_not_posts() -> None:
    site = collect([post("a", day(2020)), page("about")])
    assert site.posts == ("/posts/a/",)
    assert "/about/" in site.pages
    assert output(site, "about/index.html").page_url == "/about/"
    assert "/about/" not in output(site, "index.xml").items
    assert "/about/" not in output(site, "index.html").pager.items  # type: ignore[union-attr]


# -- prev / next --------------------------------------------------------------------------------

def test_prev_is_newer_next_is_older_within_the_section() -> None:
    site = collect([post("a", day(2021)), post("b", day(2022)), post("c", day(2020)),
                    post("x", day(2023), section="notes")])
    assert site.neighbours["/posts/b/"] == (None, "/posts/a/")
    assert site.neighbours["/posts/a/"] == ("/posts/b/", "/posts/c/")
    assert site.neighbours["/posts/c/"] == ("/posts/a/", None)
    assert site.neighbours["/notes/x/"] == (None, None)


def test_prev_next_follow_weight() -> None:
    site = collect([post("a", day(2021)), post("pinned", day(2000), weight=1)])
    assert site.neighbours["/posts/pinned/"] == (None, "/posts/a/")


def test_prev_next_skip_unpublished() -> None:
    site = collect([post("a", day(2021)), post("d", day(2020), is_draft=True),
                    post("c", day(2019))])
    assert site.neighbours["/posts/a/"] == (None, "/posts/c/")


# -- pagination -----------------------------------------------------------------------------

def test_home_and_section_pagination_urls() -> None:
    pages = [post(f"p{i}", day(2020, 1, i + 1)) for i in range(5)]
    site = collect(pages, config(pagination=Pagination(per_page=2)))
    homes = outputs(site, "home")
    assert [(o.url, o.path) for o in homes] == [
        ("/", "index.html"), ("/page/2/", "page/2/index.html"), ("/page/3/", "page/3/index.html")]
    assert homes[0].pager is not None and homes[0].pager.items == ("/posts/p4/", "/posts/p3/")
    assert homes[2].pager is not None and homes[2].pager.items == ("/posts/p0/",)
    assert [o.url for o in outputs(site, "section")] == ["/posts/", "/posts/page/2/",
                                                         "/posts/page/3/"]


def test_pager_links() -> None:
    pagers = paginate([f"/p{i}/" for i in range(5)], "/posts/", config(
        pagination=Pagination(per_page=2)))
    assert [p.url for p in pagers] == ["/posts/", "/posts/page/2/", "/posts/page/3/"]
    assert pagers[0].prev_url is None and pagers[0].next_url == "/posts/page/2/"
    assert pagers[1].prev_url == "/posts/" and pagers[1].next_url == "/posts/page/3/"
    assert pagers[2].next_url is None
    assert all(p.count == 3 for p in pagers)
    assert [p.number for p in pagers] == [1, 2, 3]


def test_empty_list_has_one_page() -> None:
    [only] = paginate([], "/", config())
    assert only.items == () and only.count == 1 and only.url == "/"


def test_custom_and_jekyll_pagination_paths() -> None:
    items = [f"/p{i}/" for i in range(3)]
    hugo = paginate(items, "/", config(pagination=Pagination(1, "seite/:num/")))
    assert [p.url for p in hugo] == ["/", "/seite/2/", "/seite/3/"]
    jekyll = paginate(items, "/", config(pagination=Pagination(1, "page:num/")))
    assert [p.url for p in jekyll] == ["/", "/page2/", "/page3/"]


def test_hidden_in_home_list_only_leaves_the_home_list() -> None:
    site = collect([post("a", day(2020), hidden_in_home_list=True), post("b", day(2019))])
    home = output(site, "index.html")
    assert home.pager is not None and home.pager.items == ("/posts/b/",)
    assert "/posts/a/" in output(site, "posts/index.html").pager.items  # type: ignore[union-attr]
    assert "/posts/a/" in output(site, "index.xml").items


# -- feeds ----------------------------------------------------------------------------------

def test_feeds_ignore_weight() -> None:
    site = collect([post("pinned-old", day(2000), weight=1), post("new", day(2022)),
                    post("mid", day(2010))])
    assert site.posts[0] == "/posts/pinned-old/"
    expected = ("/posts/new/", "/posts/mid/", "/posts/pinned-old/")
    assert output(site, "index.xml").items == expected
    assert output(site, "feed.xml").items == expected
    assert output(site, "posts/index.xml").items == expected


def test_feed_outputs_and_paths() -> None:
    site = collect([post("a", day(2020), terms={"tags": ("Go",)})])
    rss = {o.path for o in outputs(site, "rss")}
    assert rss == {"index.xml", "posts/index.xml", "tags/go/index.xml"}
    assert [o.path for o in outputs(site, "atom")] == ["feed.xml"]


def test_atom_feed_also_at_old_addresses() -> None:
    site = collect([post("a", day(2020), terms={"tags": ("Go",)})],
                   config(feeds=Feeds(also_at=("atom.xml", "feeds/all.xml"))))
    atom = outputs(site, "atom")
    assert [o.path for o in atom] == ["feed.xml", "atom.xml", "feeds/all.xml"]
    assert [o.url for o in atom] == ["/feed.xml", "/atom.xml", "/feeds/all.xml"]
    assert {o.items for o in atom} == {("/posts/a/",)} and {o.template for o in atom} == {
        "atom.xml"
    }


def test_hidden_in_rss_is_in_no_feed() -> None:
    site = collect([post("a", day(2020), hidden_in_rss=True, terms={"tags": ("x",)}),
                    post("b", day(2019), terms={"tags": ("x",)})])
    for o in outputs(site, "rss") + outputs(site, "atom"):
        assert "/posts/a/" not in o.items
    assert "/posts/a/" in site.posts


def test_feed_limit() -> None:
    pages = [post(f"p{i}", day(2020, 1, i + 1)) for i in range(5)]
    site = collect(pages, config(feeds=Feeds(limit=2)))
    assert output(site, "index.xml").items == ("/posts/p4/", "/posts/p3/")


def test_feeds_can_be_switched_off() -> None:
    site = collect([post("a", day(2020))], config(feeds=Feeds(rss=False, atom=False)))
    assert outputs(site, "rss") == [] and outputs(site, "atom") == []


# -- sections -------------------------------------------------------------------------------

def test_nested_sections_include_children_in_parent() -> None:
    site = collect([post("a", day(2020)), post("l", day(2021), section="posts/letters"),
                    page("_index", "/posts/letters/", kind="section",
                         section="posts/letters", title="Letters to a mentee")])
    by_path = {s.path: s for s in site.sections}
    assert set(by_path) == {"posts", "posts/letters"}
    assert by_path["posts"].pages == ("/posts/letters/l/", "/posts/a/")
    assert by_path["posts/letters"].pages == ("/posts/letters/l/",)
    assert by_path["posts/letters"].title == "Letters to a mentee"
    assert by_path["posts/letters"].page_url == "/posts/letters/"
    assert by_path["posts"].title == "Posts"
    assert by_path["posts"].url == "/posts/"
    assert site.neighbours["/posts/letters/l/"] == (None, None)  # own section only
    assert site.neighbours["/posts/a/"] == (None, None)


def test_every_section_gets_a_list_as_in_hugo() -> None:
    # Hugo 0.168: content/notes/*.md gives /notes/; content/about/_index.md alone gives
    # /about/; docs/guide/_index.md gives /docs/guide/ and its top folder /docs/; a folder
    # without _index.md below the top (posts/deep) is no section.
    site = collect([post("a", day(2020)), post("d", day(2021), section="posts/deep"),
                    page("n1", "/notes/n1/", section="notes"),
                    page("_index", "/about/", kind="section", section="about", title="About us"),
                    page("_index", "/docs/guide/", kind="section", section="docs/guide"),
                    page("p", "/docs/guide/deep/p/", section="docs/guide/deep")])
    by_path = {s.path: s for s in site.sections}
    assert set(by_path) == {"posts", "notes", "about", "docs", "docs/guide"}
    assert by_path["notes"].pages == ("/notes/n1/",)
    assert (by_path["about"].url, by_path["about"].title, by_path["about"].pages) == (
        "/about/", "About us", ())
    assert by_path["docs"].pages == by_path["docs/guide"].pages == ("/docs/guide/deep/p/",)
    assert by_path["posts"].pages == ("/posts/deep/d/", "/posts/a/")
    paths = {o.path for o in site.outputs}
    assert {"notes/index.html", "notes/index.xml", "about/index.html", "about/index.xml",
            "docs/index.html", "docs/guide/index.html"} <= paths
    assert "posts/deep/index.html" not in paths
    assert site.posts == ("/posts/deep/d/", "/posts/a/")  # the home lists posts only


def test_no_section_lists_for_underscore_and_taxonomy_folders() -> None:
    site = collect([post("a", day(2020)), page("about", "/about/", section="_pages"),
                    page("_index", "/tags/", kind="section", section="tags")])
    assert [s.path for s in site.sections] == ["posts"]


def test_a_folder_whose_index_page_has_its_address_gets_no_list() -> None:
    # Jekyll's projects/index.md beside projects/one.md: the page is /projects/.
    site = collect([page("index", "/projects/", section=""),
                    page("one", "/projects/one/", section="projects")])
    assert [s.path for s in site.sections] == []
    assert output(site, "projects/index.html").kind.name == "page"


def test_a_pages_alias_wins_over_a_generated_list_or_redirect() -> None:
    # Hugo 0.168: `aliases: [/notes/, /posts/page/1/]` overwrites the notes list and the
    # page/1 redirect; it is no collision.
    site = collect([post("a", day(2020), aliases=("/notes/", "/posts/page/1/")),
                    page("n", "/notes/n/", section="notes")])
    assert [s.path for s in site.sections] == ["posts"]
    assert output(site, "notes/index.html").page_url == "/posts/a/"
    assert output(site, "posts/page/1/index.html").page_url == "/posts/a/"


def test_an_alias_naming_the_list_file_claims_the_folder_too() -> None:
    # Jekyll's docs: the tutorials' first page lives at /tutorials/home/ and redirects from
    # /tutorials/index.html, the very file a generated list of the folder would write.
    site = collect([page("index", "/tutorials/home/", section="tutorials",
                         aliases=("/tutorials/index.html",)),
                    page("one", "/tutorials/one/", section="tutorials")])
    assert not site.sections
    assert output(site, "tutorials/index.html").page_url == "/tutorials/home/"
    # One differing only in case is no claim: a host that tells case apart would serve
    # both, so the list stays and the two collide, as before.
    errors = errors_of([post("a", day(2020), aliases=("/Notes/",)),
                        page("m", "/notes/m/", section="notes")])
    assert any("differs only in case" in str(e) for e in errors)


def test_a_page_at_a_terms_address_takes_it_and_the_term_stays() -> None:
    # A Jekyll blog's own pages: `/series/maven-plugins/` tells the story of a series its
    # posts name, `/tags/` was written by hand. Jekyll wrote no list there, so the pages
    # win, as a page wins over a section's list; the terms still exist and lead to them.
    cfg = config(taxonomies=(("tag", "tags"), ("series", "series")))
    site = collect([post("a", day(2020), terms={"tags": ("Go", "Rust"), "series": ("Maven",)}),
                    post("b", day(2019), terms={"tags": ("Go",), "series": ("Maven",)}),
                    page("maven", "/series/maven/", section="series"),
                    page("all-tags", "/tags/"),
                    page("go", "/tags/go/")], cfg=cfg)
    writers = {o.path: (o.kind.name, o.page_url) for o in site.outputs}
    assert writers["series/maven/index.html"] == ("page", "/series/maven/")
    assert writers["tags/index.html"] == ("page", "/tags/")
    assert writers["tags/go/index.html"] == ("page", "/tags/go/")
    # Nothing else of those lists is written: no pages after the first, no page/1/ redirect.
    assert not [p for p in writers if p.startswith(("tags/go/page/", "series/maven/page/"))]
    # The other term keeps its list, and every term its feed and its place in the index.
    assert writers["tags/rust/index.html"][0] == "term"
    assert writers["tags/rust/page/1/index.html"][0] == "alias"
    assert writers["tags/go/index.xml"][0] == "rss"
    assert writers["tags/index.xml"][0] == "terms-rss"
    tags, series = site.taxonomies
    assert [(t.url, t.pages) for t in tags.terms] == [("/tags/go/", ("/posts/a/", "/posts/b/")),
                                                      ("/tags/rust/", ("/posts/a/",))]
    assert [t.url for t in series.terms] == ["/series/maven/"]
    # A page at a pager page of a list is still a collision: it would cut the list short.
    errors = errors_of([*[post(f"p{i}", day(2020, 1, i + 1), terms={"tags": ("Go",)})
                          for i in range(11)],
                        page("second", "/tags/go/page/2/")])
    assert any("tags/go/page/2/index.html" in str(e) for e in errors)


def test_a_terms_index_names_its_old_addresses() -> None:
    # Hugo reads `aliases` in `content/tags/go/_index.md`; `import jekyll` writes them there
    # from a dropped tag page's `redirect_from`. A page's own alias still wins.
    site = collect([post("a", day(2020), terms={"tags": ("Go",)}, aliases=("/taken/",)),
                    page("_index", "/tags/go/", kind="section", section="tags/go",
                         aliases=("/more/tags/go/", "/tags/go/", "/taken/"))])
    moved = output(site, "more/tags/go/index.html")
    assert (moved.kind.name, moved.target) == ("alias", "/tags/go/")
    assert output(site, "taken/index.html").page_url == "/posts/a/"
    assert output(site, "tags/go/index.html").kind.name == "term"


def test_only_a_page_that_writes_its_file_claims_a_lists_address() -> None:
    # `build: {render: never}`: the page writes nothing, so the lists stay (found in review).
    site = collect([post("a", day(2020), terms={"tags": ("Go",)}),
                    page("headless", "/tags/go/", is_rendered=False, aliases=("/notes/",)),
                    page("n", "/notes/n/", section="notes")])
    assert output(site, "tags/go/index.html").kind.name == "term"
    assert [s.path for s in site.sections] == ["notes", "posts"]
    # The index of a taxonomy names its old addresses in `content/tags/_index.md` too.
    site = collect([post("a", day(2020), terms={"tags": ("Go",)}),
                    page("_index", "/tags/", kind="section", section="tags",
                         aliases=("/all-tags/",))])
    assert output(site, "all-tags/index.html").target == "/tags/"


def test_section_pattern_serves_nested_sections() -> None:
    cfg = config(list_permalinks={"section:notes": "/all-notes/:title/"})
    site = collect([page("_index", "/notes/", kind="section", section="notes", title="My Notes"),
                    page("_index", "/notes/sub/", kind="section", section="notes/sub",
                         title="Sub Notes")], cfg=cfg)
    assert {s.path: s.url for s in site.sections} == {"notes": "/all-notes/my-notes/",
                                                      "notes/sub": "/all-notes/sub-notes/"}


def test_build_list_never_and_render_never() -> None:
    site = collect([post("unlisted", day(2020), is_listed=False),
                    post("unrendered", day(2020), is_rendered=False), post("a", day(2019))])
    assert site.posts == ("/posts/a/",)
    assert any(o.path == "posts/unlisted/index.html" for o in site.outputs)
    assert not any(o.path == "posts/unrendered/index.html" for o in site.outputs)


def test_standard_outputs_are_planned() -> None:
    site = collect([post("a", day(2020))])
    paths = {o.path for o in site.outputs}
    assert {"index.html", "sitemap.xml", "robots.txt", "404.html", "index.json",
            "tags/index.html", "categories/index.html"} <= paths
    assert "index.json" not in {o.path for o in collect([post("a", day(2020))],
                                                        config(search=False)).outputs}


def test_aliases_are_planned_as_stubs() -> None:
    site = collect([post("a", day(2020), aliases=("/old/", "/x.html"))])
    stubs = [o for o in outputs(site, "alias") if o.page_url]
    assert [(o.path, o.page_url) for o in stubs] == [("old/index.html", "/posts/a/"),
                                                     ("x.html", "/posts/a/")]


def test_every_paginated_list_has_hugos_page_one_redirect() -> None:
    # Hugo 0.168 writes page/1/ for the home page, each section and each term (PaperMod
    # paginates those; the terms index it does not).
    site = collect([post("a", day(2020), terms={"tags": ("Go",), "series": ("S",)})],
                   config(taxonomies=(("tag", "tags"), ("series", "series"))))
    redirects = {o.path: o.target for o in outputs(site, "alias") if o.target}
    assert redirects == {"page/1/index.html": "/", "posts/page/1/index.html": "/posts/",
                         "tags/go/page/1/index.html": "/tags/go/",
                         "series/s/page/1/index.html": "/series/s/"}
    custom = collect([post("a", day(2020))],
                     config(pagination=Pagination(path="seite/:num/")))
    assert {o.path for o in outputs(custom, "alias")} == {"seite/1/index.html",
                                                          "posts/seite/1/index.html"}


def test_an_empty_series_has_its_page_only_when_the_site_lists_it() -> None:
    """Hugo writes the list page of every taxonomy the site configures, terms or not; the
    journeys page of a site that never named `series` waits for its first journey."""
    series = (("tag", "tags"), ("series", "series"), ("author", "authors"))
    listed = collect([post("a", day(2020))], config(taxonomies=series, taxonomies_listed=True))
    default = collect([post("a", day(2020))], config(taxonomies=series))
    assert "/series/" in {o.url for o in outputs(listed, "terms")}
    assert {o.url for o in outputs(default, "terms")} == {"/tags/"}
    assert "/authors/" not in {o.url for o in outputs(listed, "terms")}


def test_no_page_one_redirects_when_switched_off_or_jekyll_style() -> None:
    site = collect([post("a", day(2020))], config(pagination=Pagination(aliases=False)))
    assert not outputs(site, "alias")


# -- taxonomies -----------------------------------------------------------------------------

def tags_of(site: Site) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    taxonomy = next(t for t in site.taxonomies if t.name == "tags")
    return {t.slug: (t.name, t.url, t.pages) for t in taxonomy.terms}


def test_same_tag_in_different_case_is_one_term_with_most_used_spelling() -> None:
    site = collect([post("a", day(2020), terms={"tags": ("Go",)}),
                    post("b", day(2021), terms={"tags": ("go",)}),
                    post("c", day(2022), terms={"tags": ("go",)}),
                    post("d", day(2019), terms={"tags": ("GO",)})])
    terms = tags_of(site)
    assert list(terms) == ["go"]
    name, url, pages = terms["go"]
    assert name == "go"
    assert url == "/tags/go/"
    assert pages == ("/posts/c/", "/posts/b/", "/posts/a/", "/posts/d/")


def test_spelling_tie_goes_to_the_oldest_post() -> None:
    site = collect([post("newer", day(2022), terms={"tags": ("go",)}),
                    post("older", day(2019), terms={"tags": ("Go",)})])
    assert tags_of(site)["go"][0] == "Go"
    reversed_input = collect([post("older", day(2019), terms={"tags": ("Go",)}),
                              post("newer", day(2022), terms={"tags": ("go",)})])
    assert tags_of(reversed_input)["go"][0] == "Go"


def test_term_slugs_and_urls() -> None:
    site = collect([post("a", day(2020), terms={"tags": ("Career Growth!", "C++", "Mentoría")})])
    terms = tags_of(site)
    assert set(terms) == {"career-growth", "c++", "mentoría"}
    assert terms["mentoría"][1] == "/tags/mentoría/"
    assert urls.href(terms["mentoría"][1]) == "/tags/mentor%C3%ADa/"
    assert output(site, "tags/c++/index.html").term == "c++"


def test_a_term_named_as_its_taxonomys_own_files_gets_an_address_of_its_own() -> None:
    """An author `INDEX.XML` at /authors/index.xml/ would write inside the taxonomy's feed
    (/authors/index.xml, a file): the valid post did not build (found by the property
    test). Such a term, alone or as the first part of a `a/b` name, takes a hyphen."""
    site = collect(
        [post("a", day(2020), terms={"tags": ("INDEX.XML", "index.html/x", "node.js")})]
    )
    assert set(tags_of(site)) == {"index-xml", "index-html/x", "node.js"}
    assert output(site, "tags/index-xml/index.html").term == "index-xml"
    assert output(site, "tags/index.xml").kind == "terms-rss"


def test_decomposed_and_composed_spellings_are_one_term() -> None:
    nfd = unicodedata.normalize("NFD", "Mentoría")
    site = collect([post("a", day(2020), terms={"tags": ("Mentoría",)}),
                    post("b", day(2021), terms={"tags": (nfd,)})])
    assert list(tags_of(site)) == ["mentoría"]


def test_terms_sorted_a_to_z_by_name() -> None:
    site = collect([post("a", day(2020), terms={"tags": ("zeta", "Alpha", "beta")})])
    taxonomy = next(t for t in site.taxonomies if t.name == "tags")
    assert [t.name for t in taxonomy.terms] == ["Alpha", "beta", "zeta"]


def test_term_pages_in_list_order_and_paginated() -> None:
    pages = [post(f"p{i}", day(2020, 1, i + 1), terms={"tags": ("x",)}) for i in range(3)]
    site = collect(pages, config(pagination=Pagination(per_page=2)))
    assert tags_of(site)["x"][2] == ("/posts/p2/", "/posts/p1/", "/posts/p0/")
    assert [o.url for o in outputs(site, "term")] == ["/tags/x/", "/tags/x/page/2/"]


def test_empty_tag_slug_is_an_error_with_file_and_line() -> None:
    [err] = errors_of([post("a", day(2020), terms={"tags": ("!!!",)}, key_lines={"tags": 4})])
    assert err.file == PurePosixPath("content/posts/a.md")
    assert err.line == 4
    assert "'!!!'" in err.message


def test_categories_are_a_taxonomy_too() -> None:
    site = collect([post("a", day(2020), terms={"categories": ("Mentoring",)})])
    categories = next(t for t in site.taxonomies if t.name == "categories")
    assert [(t.name, t.url) for t in categories.terms] == [("Mentoring", "/categories/mentoring/")]


def test_taxonomies_list_every_regular_page_not_only_posts() -> None:
    site = collect([post("a", day(2020), terms={"tags": ("Go",)}),
                    page("n1", "/notes/n1/", section="notes", terms={"tags": ("go",)}),
                    page("about", "/about/", terms={"tags": ("Go",)})])
    assert tags_of(site)["go"][2] == ("/posts/a/", "/about/", "/notes/n1/")
    assert output(site, "tags/go/index.xml").items == ("/posts/a/", "/about/", "/notes/n1/")
    assert output(site, "index.xml").items == ("/posts/a/",)  # the site's feed: posts only


def test_author_pages_list_pages_only_when_they_name_the_author() -> None:
    # The site's default author is every page's author; their page lists their posts, and
    # pages only when a page names them itself.
    site = collect([post("a", day(2020), terms={"authors": ("Sam",)}),
                    page("about", "/about/", terms={"authors": ("Sam",)}),
                    page("talk", "/talk/", terms={"authors": ("Sam",)},
                         key_lines={"author": 2})],
                   config(taxonomies=(("tag", "tags"), ("author", "authors"))))
    authors = next(t for t in site.taxonomies if t.name == "authors")
    assert authors.terms[0].pages == ("/posts/a/", "/talk/")


def test_a_terms_own_index_gives_title_slug_and_url() -> None:
    # Hugo 0.168: content/tags/go/_index.md (title Golang, slug golang) -> /tags/golang/;
    # `url` wins; a term with an _index.md and no pages still has its page.
    site = collect([post("a", day(2020), terms={"tags": ("Go", "Rust")}),
                    page("_index", "/tags/go/", kind="section", section="tags/go",
                         title="Golang", slug="golang"),
                    page("_index", "/lang/rust/", kind="section", section="tags/rust",
                         title="Rusty"),
                    page("_index", "/tags/lonely/", kind="section", section="tags/lonely",
                         title="Lonely"),
                    page("_index", "/tags/", kind="section", section="tags", title="All Tags")])
    terms = tags_of(site)
    assert terms["go"] == ("Golang", "/tags/golang/", ("/posts/a/",))
    assert terms["rust"] == ("Rusty", "/lang/rust/", ("/posts/a/",))
    assert terms["lonely"] == ("Lonely", "/tags/lonely/", ())
    paths = {o.path for o in site.outputs}
    assert {"tags/golang/index.html", "lang/rust/index.html", "tags/lonely/index.html"} <= paths
    assert "tags/go/index.html" not in paths
    assert output(site, "tags/golang/index.html").section == "tags/go"  # its text
    assert output(site, "tags/index.html").section == "tags"


def test_a_terms_index_slug_feeds_the_term_pattern() -> None:
    cfg = config(list_permalinks={"term:categories": "/cats/:slug/"})
    site = collect([post("a", day(2020), terms={"categories": ("Life Story", "Work")}),
                    page("_index", "/categories/life-story/", kind="section",
                         section="categories/life-story", title="Life!", slug="life-x")],
                   cfg=cfg)
    categories = next(t for t in site.taxonomies if t.name == "categories")
    assert [(t.name, t.url) for t in categories.terms] == [("Life!", "/cats/life-x/"),
                                                           ("Work", "/cats/work/")]


def test_list_permalinks_move_terms_taxonomies_and_sections() -> None:
    cfg = config(list_permalinks={"term:tags": "/topics/:slug/", "taxonomy:tags": "/topics/",
                                  "section:posts": "/articles/"})
    site = collect([post("a", day(2020), terms={"tags": ("Career Growth",)})], cfg=cfg)
    tags = next(t for t in site.taxonomies if t.name == "tags")
    assert (tags.url, tags.terms[0].url) == ("/topics/", "/topics/career-growth/")
    assert [s.url for s in site.sections] == ["/articles/"]
    paths = {o.path for o in site.outputs}
    assert {"topics/index.html", "topics/career-growth/index.html",
            "topics/career-growth/index.xml", "articles/index.html"} <= paths
    assert not any(p.startswith(("tags/", "posts/index")) for p in paths)


def test_a_list_permalink_leaving_the_site_is_an_error() -> None:
    cfg = config(list_permalinks={"term:tags": "https://elsewhere.example/:slug/"})
    with pytest.raises(ExceptionGroup) as info:
        collect([post("a", day(2020), terms={"tags": ("x",)})], cfg=cfg)
    [err] = info.value.exceptions
    assert err.file == PurePosixPath("site.yaml") and "not a full address" in str(err)


# -- collisions -----------------------------------------------------------------------------

def test_two_pages_writing_one_file_is_an_error_naming_both() -> None:
    [err] = errors_of([page("a", "/same/", key_lines={"url": 3}),
                       page("b", "/same/", key_lines={"url": 5})])
    assert err.file == PurePosixPath("content/b.md")
    assert err.line == 5
    assert "content/a.md:3" in err.message
    assert "same/index.html" in err.message


def test_case_only_clash_is_an_error() -> None:
    [err] = errors_of([page("About", "/About/"), page("about", "/about/")])
    assert "About" in err.message and "about" in err.message
    assert "case" in err.message


def test_page_and_alias_clash_is_an_error() -> None:
    [err] = errors_of([post("a", day(2020), aliases=("/posts/b/",)), post("b", day(2020))])
    assert {str(err.file)} <= {"content/posts/a.md", "content/posts/b.md"}
    assert "content/posts/a.md" in str(err) and "content/posts/b.md" in str(err)


def test_an_alias_of_the_pages_own_address_writes_nothing() -> None:
    # A blog moved from Hexo: every post kept `aliases = ["/post/<its name>"]`, its own
    # address; Hugo builds it, showing the page. One differing only in case is one file on
    # macOS and Windows: not written either, with a warning (Linux would have redirected it).
    site = collect([post("a", day(2020), aliases=("/posts/a", "/old/a/")),
                    post("b", day(2021), aliases=("/posts/B/",), key_lines={"aliases": 4})])
    assert output(site, "posts/a/index.html").kind.name == "page"
    assert {o.path for o in outputs(site, "alias") if o.page_url} == {"old/a/index.html"}
    assert [str(n) for n in site.notices] == [
        "content/posts/b.md:4: alias /posts/B/ differs from the page's own address only in "
        "case; it is not written, so hosts that tell case apart do not redirect it"
    ]


def test_the_sites_own_robots_txt_and_404_page_are_published_as_they_are(
    tmp_path: Path,
) -> None:
    static = (
        StaticFile(tmp_path / "r", "robots.txt", PurePosixPath("static/robots.txt")),
        StaticFile(tmp_path / "n", "404.html", PurePosixPath("static/404.html")),
    )
    site = collect([post("a", day(2020))], static=static)
    assert not [o for o in site.outputs if o.path in ("robots.txt", "404.html")]
    assert {"robots.txt", "404.html"} <= {f.path for f in site.static}
    theirs = collect([post("a", day(2020))])  # without them, the theme's are made
    assert {"robots.txt", "404.html"} <= {o.path for o in theirs.outputs}


def test_a_page_of_the_site_at_404_html_is_its_404_page() -> None:
    """Jekyll's `404.md` with `permalink: /404.html` (poole, hydejack): the site's own not
    found page, which GitHub Pages serves; it stopped the build as a collision."""
    site = collect([post("a", day(2020)), page("404", "/404.html")])
    [made] = [o for o in site.outputs if o.path == "404.html"]
    assert made.kind.name == "page" and made.url == "/404.html"
    assert [o.path for o in collect([page("404", "/404/")]).outputs if "404" in o.path] == [
        "404/index.html", "404.html"
    ]


def test_two_posts_at_one_address_are_one_error_naming_both_with_search_on() -> None:
    # A real blog: two posts with one title under `/posts/:title/`. Their search text file
    # (named by the address) collided as well, in an error that named no file at all.
    search = replace(page("search"), layout="search")
    errors = errors_of([post("a", day(2020), url="/posts/same/"),
                        post("b", day(2021), url="/posts/same/"), search])
    assert len(errors) == 1
    assert "content/posts/a.md" in str(errors[0]) and "content/posts/b.md" in str(errors[0])


def test_page_clashing_with_a_generated_feed_is_an_error() -> None:
    # A list gives way to a page at its address (above); its feed does not.
    errors = errors_of([page("a", "/tags/x/index.xml"),
                        post("t", day(2020), terms={"tags": ("x",)})])
    assert any("tags/x/index.xml" in str(e) and "content/a.md" in str(e) for e in errors)


def test_page_clashing_with_pagination_is_an_error() -> None:
    pages = [page("a", "/page/2/")] + [post(f"p{i}", day(2020, 1, i + 1)) for i in range(3)]
    errors = errors_of(pages, config(pagination=Pagination(per_page=2)))
    assert any("page/2/index.html" in str(e) for e in errors)


def test_page_clashing_with_a_static_file_is_an_error(tmp_path: Path) -> None:
    static = (StaticFile(tmp_path / "x", "about/index.html",
                         PurePosixPath("static/about/index.html")),)
    errors = errors_of([page("about")], static=static)
    assert any("static/about/index.html" in str(e) for e in errors)


def test_a_file_inside_another_outputs_file_is_an_error() -> None:
    """An alias `/index.xml` is `index.xml/index.html` (as Hugo writes an alias of another
    file type), where the feed writes the file `index.xml`: one could not be written."""
    [err] = errors_of([post("a", day(2020), aliases=("/index.xml/",), key_lines={"aliases": 4})])
    assert (str(err.file), err.line) == ("content/posts/a.md", 4)
    assert "writes 'index.xml/index.html' inside 'index.xml', which an RSS feed writes" in str(err)
    [err] = errors_of([page("a", "/x.html"), page("b", "/x.html/in/")])
    assert str(err.file) == "content/b.md" and "inside 'x.html'" in str(err)


def test_all_collisions_are_reported_together() -> None:
    errors = errors_of([page("a", "/x/"), page("b", "/x/"), page("c", "/y/"), page("d", "/y/")])
    assert len(errors) == 2


def test_no_collision_for_distinct_urls() -> None:
    site = collect([page("a", "/x/"), page("b", "/x.html"), post("c", day(2020))])
    assert {"x/index.html", "x.html"} <= {o.path for o in site.outputs}


def test_order_does_not_depend_on_input_order() -> None:
    pages = [post("a", day(2020), terms={"tags": ("Go", "x")}), post("b", day(2020)),
             post("c", weight=2), post("d", day(2021), terms={"tags": ("go",)}), page("about")]
    forward, backward = collect(pages), collect(list(reversed(pages)))
    assert forward.posts == backward.posts == ("/posts/c/", "/posts/d/", "/posts/a/",
                                               "/posts/b/")
    assert forward.taxonomies == backward.taxonomies
    assert forward.neighbours == backward.neighbours


def test_two_pages_with_one_alias_lead_it_to_the_newer_one() -> None:
    """Hugo 0.168 writes both redirect pages to one file and the newer page mostly wins
    (the order is not fixed); Jekyll's redirect_from likewise lets one win. Here the newer
    page always wins, and the older one gets a warning naming both."""
    pages = [post("a", day(2020), aliases=("/old/",), key_lines={"aliases": 4}),
             post("b", day(2021), aliases=("/old/", "/b-old/"))]
    for order in (pages, pages[::-1]):
        site = collect(order)
        stubs = {o.url: o.page_url for o in outputs(site, "alias") if o.page_url}
        assert stubs == {"/old/": "/posts/b/", "/b-old/": "/posts/b/"}
        assert [str(n) for n in site.notices] == [
            "content/posts/a.md:4: alias /old/ is also an alias of content/posts/b.md, the "
            "newer page, where it leads"]


# -- bundles and covers ---------------------------------------------------------------------

def bundle(**kw: Any) -> Page:
    return Page(source=PurePosixPath("content/posts/first-meeting/index.md"), kind="post",
                section="posts", body_line=1, title="F", url="/posts/first-meeting/",
                output_path="posts/first-meeting/index.html", layout="post", body="",
                date=day(2020), **kw)


CONTENT_FILES = (
    StaticFile(Path("/x/cover.png"), "posts/first-meeting/cover.png",
               PurePosixPath("content/posts/first-meeting/cover.png")),
    StaticFile(Path("/x/doc.pdf"), "files/doc.pdf", PurePosixPath("content/files/doc.pdf")),
)


def test_bundle_files_follow_their_page_and_cover_resolves_beside_it() -> None:
    site = collect_site(config(), [bundle(cover=Cover(image="cover"))], CONTENT_FILES, (), NOW)
    assert {(f.path, str(f.source)) for f in site.static} == {
        ("posts/first-meeting/cover.png", "content/posts/first-meeting/cover.png"),
        ("files/doc.pdf", "content/files/doc.pdf")}
    cover = site.pages["/posts/first-meeting/"].cover
    assert cover is not None and cover.image == "/posts/first-meeting/cover.png"


def test_bundle_files_of_a_draft_are_not_published() -> None:
    site = collect_site(config(), [bundle(is_draft=True)], CONTENT_FILES, (), NOW)
    assert [f.path for f in site.static] == ["files/doc.pdf"]


def test_cover_from_static_and_absolute_urls_untouched() -> None:
    static = (StaticFile(Path("/x/c.png"), "images/c.png", PurePosixPath("static/images/c.png")),)
    site = collect_site(config(), [
        post("a", day(2020), cover=Cover(image="images/c.png")),
        post("b", day(2020), cover=Cover(image="https://x.org/c.png")),
        post("c", day(2020), cover=Cover(image="missing.png")),
    ], (), static, NOW)
    images = {url: site.pages[url].cover.image for url in site.posts}  # type: ignore[union-attr]
    assert images == {"/posts/a/": "/images/c.png", "/posts/b/": "https://x.org/c.png",
                      "/posts/c/": "missing.png"}


def test_a_page_with_redirect_to_is_a_redirect_at_its_address() -> None:
    """jekyll-redirect-from's `redirect_to` (al-folio's `redirect`): the page's own file is
    a redirect page; it keeps its place in lists, which link to its address."""
    site = collect([post("a", day(2020), redirect_to="https://example.com/elsewhere"),
                    post("b", day(2021))])
    [redirect] = outputs(site, "redirect")
    assert (redirect.path, redirect.target, redirect.template) == (
        "posts/a/index.html", "https://example.com/elsewhere", "alias.html")
    assert "/posts/a/" not in {o.url for o in outputs(site, "page")}
    assert "/posts/a/" in site.posts


def test_a_slash_in_a_tag_is_a_folder_of_its_address_as_in_hugo() -> None:
    """Three real PaperMod blogs: `CI/CD` is at /tags/ci/cd/ (Hugo's urlize keeps the
    slash); mentorblog moved it to /tags/cicd/. Parts that would climb are left out."""
    site = collect([post("a", day(2020), terms={"tags": ("CI/CD", "C/C++", "../up")}),
                    post("b", day(2021), terms={"tags": ("ci",)})])
    tags = next(t for t in site.taxonomies if t.name == "tags")
    assert sorted(t.url for t in tags.terms) == ["/tags/c/c++/", "/tags/ci/", "/tags/ci/cd/",
                                                "/tags/up/"]
    assert {"tags/ci/cd/index.html", "tags/ci/index.html"} <= {o.path for o in site.outputs}


def test_a_sections_own_aliases_lead_to_its_list() -> None:
    """A real PaperMod blog moved its resources section and kept the old address in
    `content/resources/_index.md`'s aliases; Hugo writes that redirect, mentorblog did not."""
    index = replace(page("_index", kind="section", section="docs"),
                    source=PurePosixPath("content/docs/_index.md"), url="/docs/",
                    aliases=("/old-docs/", "/docs/"), key_lines={"aliases": 3})
    site = collect([index, post("a", day(2020), section="docs")])
    [alias] = [o for o in site.outputs if o.url == "/old-docs/"]
    assert (alias.kind.name, alias.target, alias.path, alias.line) == (
        "alias", "/docs/", "old-docs/index.html", 3)


def test_a_jekyll_sites_terms_take_jekylls_slug_rule() -> None:
    """A real chirpy blog's `Web/App` category and `EAP 7.0` tag were at
    /categories/web-app/ and /tags/eap-7-0/ (jekyll-archives' slugify); mentorblog gave
    Hugo's addresses."""
    pages = [post("a", day(2020), terms={"tags": ("EAP 7.0", "C#"), "categories": ("Web/App",)})]
    site = collect(pages, config(dialect="jekyll"))
    found = {t.url for taxonomy in site.taxonomies for t in taxonomy.terms}
    assert found == {"/tags/eap-7-0/", "/tags/c/", "/categories/web-app/"}
    merged = collect([*pages, post("b", day(2021), terms={"tags": ("C++",)})],
                     config(dialect="jekyll"))
    assert [str(n) for n in merged.notices if "one address" in n.message] == [
        "content/posts/b.md: the tags C#, C++ have one address, /tags/c/ (Jekyll's slug rule, "
        "as jekyll-archives writes them): one list, one name"]
    hugo = {t.url for taxonomy in collect(pages).taxonomies for t in taxonomy.terms}
    assert hugo == {"/tags/eap-7.0/", "/tags/c#/", "/categories/web/app/"}


def test_a_slash_tag_naming_a_file_of_a_terms_folder_stays_flat() -> None:
    """`x/feed.json` as folders would be where the tag `x` writes its JSON feed."""
    site = collect([post("a", day(2020), terms={"tags": ("x", "x/feed.json")})])
    tags = next(t for t in site.taxonomies if t.name == "tags")
    assert sorted(t.url for t in tags.terms) == ["/tags/x/", "/tags/xfeed.json/"]


def test_section_aliases_yield_like_page_aliases() -> None:
    """Review: a section alias differing from its own address only in case, or named by
    two sections, stopped the build, where pages' aliases yield with a warning."""
    def section_index(folder: str, *aliases: str) -> Page:
        return replace(page("_index", kind="section", section=folder),
                       source=PurePosixPath(f"content/{folder}/_index.md"), url=f"/{folder}/",
                       aliases=aliases)
    site = collect([section_index("docs", "/Docs/", "/old/"), section_index("notes", "/old/"),
                    post("a", day(2020), section="docs"), post("b", day(2021), section="notes")])
    assert [(o.url, o.target) for o in site.outputs if o.kind.name == "alias"
            and o.url in ("/Docs/", "/old/")] == [("/old/", "/docs/")]
