"""render: what templates read through `site` and pages is recorded for output reuse."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorblog.build import BuildOptions, load_planned
from mentorblog.core.model import Output, Site
from mentorblog.render.deps import (
    HEADS,
    NEWEST,
    Dependency,
    ImageRead,
    PageHeadRead,
    PageRead,
    TaxonomyRead,
    TermNameRead,
)
from mentorblog.render.environment import make_environment
from mentorblog.render.outputs import render_output
from mentorblog.render.views import TRACKED, PageView, SiteView

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def small_site(root: Path, extra: str = "") -> Site:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Views\nbaseURL: https://example.org/\n" + extra)
    for i in range(3):
        (root / "content" / "posts" / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-03-{1 + i:02d}\ntags: [Shared]\n---\nBody.\n")
    site = load_planned(BuildOptions(source=root, use_cache=False), root / ".c", NOW).loaded.site
    return site


def recorded(site: Site, path: str) -> frozenset[str]:
    view = SiteView(site, make_environment(site.config.root))
    output = next(o for o in site.outputs if o.path == path)
    view.start_recording()
    render_output(output, site, view)
    return keys(view.stop_recording())


def keys(deps: frozenset[Dependency]) -> frozenset[str]:
    """Dependencies by their keys ("page:/a/", "*"), as tests spell them."""
    return frozenset(dep.key for dep in deps)


def public(obj: object) -> set[str]:
    return {name for name in dir(obj) if not name.startswith("_")}


def test_every_public_attribute_of_the_views_is_tracked(tmp_path: Path) -> None:
    """A new attribute must record what it reads (or be a setting) and be listed in TRACKED,
    or output reuse could keep a page that shows stale data."""
    site = small_site(tmp_path)
    view = SiteView(site)
    assert public(view) - TRACKED["SiteView"] == set()
    assert public(PageView(site.pages["/posts/p1/"], view)) - TRACKED["PageView"] == set()


def test_a_post_records_itself_its_neighbours_and_its_term_names(tmp_path: Path) -> None:
    deps = recorded(small_site(tmp_path), "posts/p1/index.html")
    assert {"page:/posts/p1/", "neighbours:/posts/p1/", "head:/posts/p0/", "head:/posts/p2/",
            "termname:tags/shared", "copyright"} <= deps
    # The neighbours show their titles, never their text.
    assert not deps & {"*", "*head", "page:/posts/p0/", "page:/posts/p2/"}


def test_a_view_records_a_page_whole_only_when_its_text_is_read(tmp_path: Path) -> None:
    site = small_site(tmp_path)
    view = SiteView(site)
    for read in ("content", "summary", "summary_text", "is_truncated", "toc", "word_count",
                 "reading_minutes", "reading_time_text", "meta_description", "page"):
        view.start_recording()
        post = view.page("/posts/p0/")
        assert post.title == "Post 0" and post.search_hidden is False
        assert view.stop_recording() == {PageHeadRead("/posts/p0/")}
        view.start_recording()
        getattr(post, read)
        assert PageRead("/posts/p0/") in view.stop_recording(), read
    view.start_recording()
    assert view.page("/posts/p0/").summary
    assert view.stop_recording() == {PageRead("/posts/p0/")}  # the whole covers the head


def test_a_layout_that_reaches_the_page_itself_reads_it_whole(tmp_path: Path) -> None:
    """`.page` hands out the Page, text and all: a user layout that shows `.page.body` or
    `.page.content` in a list is rendered again when the text changes."""
    site = small_site(tmp_path)
    layouts = site.config.root / "layouts"
    layouts.mkdir()
    (layouts / "llms.txt").write_text(
        "{% for post in site.posts %}{{ post.page.content.word_count }}\n{% endfor %}")
    deps = recorded(site, "llms.txt")
    assert {"*head", "page:/posts/p0/", "page:/posts/p1/", "page:/posts/p2/"} <= deps


def test_a_term_page_records_its_term_and_items(tmp_path: Path) -> None:
    deps = recorded(small_site(tmp_path), "tags/shared/index.html")
    # its entries show their summaries: the text of each
    assert {"term:tags/shared", "page:/posts/p0/", "page:/posts/p1/", "page:/posts/p2/"} <= deps
    assert not deps & {"*", "*head"}


def test_reading_everything_records_the_whole_site(tmp_path: Path) -> None:
    site = small_site(tmp_path)
    view = SiteView(site)
    view.start_recording()
    assert len(view.posts) == 3
    assert view.stop_recording() == {HEADS} | {PageHeadRead(u) for u in site.posts}
    view.start_recording()
    assert [t.name for t in view.taxonomies] == ["tags", "categories", "series", "authors"]
    assert view.stop_recording() == set()  # names and urls are settings
    view.start_recording()
    assert view.taxonomy("tags").terms
    assert view.stop_recording() == {TaxonomyRead("tags")}
    assert "*head" in recorded(site, "sitemap.xml")
    assert "*" not in recorded(site, "sitemap.xml")
    # The search index: which pages in which order (the heads), and each entry's page whole
    # (its text), not the whole site: a page's text it does not hold changes nothing.
    read = recorded(site, "index.json")
    assert "*" not in read and "*head" in read
    assert {f"page:{url}" for url in site.posts} <= read
    view.record(NEWEST)  # not recording: ignored
    assert view.stop_recording() == frozenset()


def test_a_remembered_value_is_computed_once_and_replays_what_it_read(tmp_path: Path) -> None:
    view = SiteView(small_site(tmp_path))
    calls: list[int] = []

    def compute() -> str:
        calls.append(1)
        view.record(PageRead("/posts/p0/"))
        return "value"

    view.start_recording()
    view.record(NEWEST)
    assert view.remember(("k",), compute) == "value"
    assert view.stop_recording() == {NEWEST, PageRead("/posts/p0/")}
    view.start_recording()
    assert view.remember(("k",), compute) == "value"
    assert view.stop_recording() == {PageRead("/posts/p0/")}  # read by the first output only
    assert calls == [1]
    assert view.remember(("k",), compute) == "value"  # not recording: nothing to replay


def test_a_list_entry_rendered_for_one_list_records_its_term_names_in_the_next(
        tmp_path: Path) -> None:
    """Entries are rendered once per worker; the second list that shows one still records
    the author names its meta line read."""
    site = small_site(tmp_path, "author: Ana\n")
    view = SiteView(site, make_environment(site.config.root))
    lists = [o for o in site.outputs if o.kind.name in ("home", "term") and o.template.endswith(
        ".html") and o.pager is not None]
    assert len(lists) >= 2
    seen = []
    for output in lists:
        view.start_recording()
        render_output(output, site, view)
        seen.append(view.stop_recording())
    assert view._remembered  # entries were reused
    for deps in seen:
        assert TermNameRead("authors", "ana") in deps


def test_a_feed_item_reused_by_a_second_feed_records_the_tag_names_it_shows(
        tmp_path: Path) -> None:
    site = small_site(tmp_path)
    view = SiteView(site, make_environment(site.config.root))
    feeds = [o for o in site.outputs if o.kind.name == "rss"]
    assert len(feeds) >= 2
    for output in feeds:
        view.start_recording()
        xml = render_output(output, site, view).decode()
        assert "<category>Shared</category>" in xml
        assert TermNameRead("tags", "shared") in view.stop_recording()
    assert any(key[:2] == ("fragment", "partials/rss_item.xml") for key in view._remembered)


def test_the_date_filter_keeps_each_dates_own_offset_and_zone_name() -> None:
    from datetime import timedelta, timezone

    from mentorblog.render.filters import _format_date

    utc = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    plus_one = utc.astimezone(timezone(timedelta(hours=1), "CET"))
    plus_one_other = utc.astimezone(timezone(timedelta(hours=1), "WAT"))
    assert utc == plus_one == plus_one_other  # one instant: equal, and equal hashes
    assert _format_date(utc, "%H:%M %z") == "12:00 +0000"
    assert _format_date(plus_one, "%H:%M %z %Z") == "13:00 +0100 CET"
    assert _format_date(plus_one_other, "%Z") == "WAT"


def test_the_date_filter_takes_plain_dates_too() -> None:
    from datetime import date

    from mentorblog.render.filters import _format_date

    assert _format_date(date(2024, 3, 4), "%B %-d, %Y") == "March 4, 2024"  # type: ignore[arg-type]


def photo_site(root: Path, cover: str = "", extra: str = "") -> Site:
    from images import photo

    bundle = root / "content" / "posts" / "walk"
    bundle.mkdir(parents=True)
    (root / "site.yaml").write_text("title: Views\nbaseURL: https://example.org/\n" + extra)
    (bundle / "a.jpg").write_bytes(photo(400, 300))
    (bundle / "b.jpg").write_bytes(photo(300, 200, seed=2))
    (bundle / "index.md").write_text(
        f"---\ntitle: Walk\ndate: 2024-03-01\n{cover}---\n![first](a.jpg)\n\n"
        '<p><img src="b.jpg" alt="second"></p>\n\n![elsewhere](https://example.com/c.jpg)\n')
    return load_planned(BuildOptions(source=root, use_cache=False), root / ".c", NOW).loaded.site


def test_a_posts_images_become_pictures_and_are_recorded(tmp_path: Path) -> None:
    site = photo_site(tmp_path)
    page = SiteView(site, make_environment(site.config.root)).page("/posts/walk/")
    html = str(page.content)
    assert html.count("<picture>") == 2 and 'src="https://example.com/c.jpg"' in html
    first, second = html.split("<picture>")[1:]
    assert 'fetchpriority="high"' in first and 'loading="lazy"' in second
    assert 'alt="second"' in second and 'width="300" height="200"' in second
    view = SiteView(site, make_environment(site.config.root))
    output = next(o for o in site.outputs if o.path == "posts/walk/index.html")
    view.start_recording()
    render_output(output, site, view)
    assert {ImageRead("posts/walk/a.jpg"), ImageRead("posts/walk/b.jpg")} <= view.stop_recording()


def test_with_a_cover_shown_no_body_image_is_fetched_first(tmp_path: Path) -> None:
    site = photo_site(tmp_path, cover="cover:\n  image: a.jpg\n  alt: Walk\n")
    page = SiteView(site, make_environment(site.config.root)).page("/posts/walk/")
    assert page.cover_shown() and page.cover_shown(in_list=True)
    assert "<picture>" in str(page.content) and "fetchpriority" not in str(page.content)


def test_cover_visibility_follows_papermods_rule(tmp_path: Path) -> None:
    cover = "cover:\n  image: a.jpg\n  alt: W\n  hidden: true\n  hiddenInList: false\n"
    site = photo_site(tmp_path, cover, extra="params:\n  cover:\n    hiddenInSingle: false\n")
    page = SiteView(site).page("/posts/walk/")
    assert page.cover_shown(in_list=True)  # the page's own hiddenInList beats its hidden
    assert page.cover_shown()  # the site's hiddenInSingle beats the page's hidden


def rendered(
    view: SiteView, site: Site, outputs: list[Output]
) -> list[tuple[bytes, frozenset[Dependency]]]:
    """Each output rendered by `view`, with what it recorded."""
    made = []
    for output in outputs:
        view.start_recording()
        made.append((render_output(output, site, view), view.stop_recording()))
    return made


def test_feed_items_forgotten_after_a_task_render_the_same_feed_and_record_the_same(
        tmp_path: Path) -> None:
    """A render task drops the feed items it kept (`forget_lasting`); a later feed renders
    them again, to the same bytes and with the same reads."""
    site = small_site(tmp_path)
    view = SiteView(site, make_environment(site.config.root))
    feeds = [o for o in site.outputs if o.kind.name in ("rss", "atom", "jsonfeed")]
    assert len(feeds) >= 3

    first = rendered(view, site, feeds)
    assert any(key[0] == "fragment" for key in view._remembered)
    view.forget_lasting()
    assert not any(key[0] == "fragment" for key in view._remembered)
    assert rendered(view, site, feeds) == first


def test_a_feed_whose_items_another_feed_made_records_what_a_fresh_render_does(
        tmp_path: Path) -> None:
    """A feed rendered after others takes their items from memory (`SiteView.fragments`,
    `feed_items`): same bytes and the same reads as one view rendering that feed alone,
    so output reuse knows every post, tag and partial its items show."""
    site = small_site(tmp_path)
    shared = SiteView(site, make_environment(site.config.root))
    feeds = [o for o in site.outputs if o.kind.name in ("rss", "atom", "jsonfeed")]
    assert {o.kind.name for o in feeds} == {"rss", "atom", "jsonfeed"}
    for output in feeds + feeds[::-1]:
        shared.start_recording()
        data = render_output(output, site, shared)
        deps = shared.stop_recording()
        alone = SiteView(site, make_environment(site.config.root))
        alone.start_recording()
        assert render_output(output, site, alone) == data, output.path
        assert alone.stop_recording() == deps, output.path


def test_lists_rendered_after_forget_lists_are_the_same_and_record_the_same(
        tmp_path: Path) -> None:
    """A worker past its lists drops their entries and page views (`forget_lists`); a list
    rendered after that (a series page) makes them again, to the same bytes and reads."""
    site = small_site(tmp_path, "author: Ana\n")
    view = SiteView(site, make_environment(site.config.root))
    lists = [o for o in site.outputs if o.pager is not None and o.template.endswith(".html")]
    assert len(lists) >= 2

    first = rendered(view, site, lists)
    assert any(key[0] == "entry" for key in view._remembered) and view._views
    view.forget_lists()
    assert not any(key[0] == "entry" for key in view._remembered) and not view._views
    assert rendered(view, site, lists) == first


def test_a_journey_box_records_its_parts_text_in_every_post_that_shows_it(
        tmp_path: Path) -> None:
    """The box sums the parts' reading time: the second post of a worker that shows it,
    which takes the box the first one made, records the parts' text too."""
    root = tmp_path
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Views\nbaseURL: https://example.org/\n")
    for i in range(3):
        (root / "content" / "posts" / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-03-{1 + i:02d}\nseries: [Road]\n---\nBody.\n")
    site = load_planned(BuildOptions(source=root, use_cache=False), root / ".c", NOW).loaded.site
    view = SiteView(site, make_environment(site.config.root))
    for path in ("posts/p0/index.html", "posts/p1/index.html"):
        output = next(o for o in site.outputs if o.path == path)
        view.start_recording()
        render_output(output, site, view)
        deps = keys(view.stop_recording())
        assert {"page:/posts/p0/", "page:/posts/p1/", "page:/posts/p2/"} <= deps, path
