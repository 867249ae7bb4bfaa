"""PaperMod's flags, switched on in tests/browser/sites/flags (and variants of it), are visible in
Chromium where PaperMod shows them; pages of those sites are clean and accessible too."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from test_browser_axe import serious_violations
from test_browser_pages import VIEWPORTS, load


def test_profile_mode(page: Page, watch: Any, flags_site: Any) -> None:
    page.goto(flags_site.url)
    profile = page.locator("main .profile")
    expect(profile).to_be_visible()
    image = profile.get_by_role("img", name="A drawn portrait of Sam")
    expect(image).to_be_visible()
    assert image.evaluate("i => [i.naturalWidth > 0, i.width, i.height]") == [True, 96, 96]
    expect(page.get_by_role("heading", level=1)).to_have_text("Sam Example")
    expect(profile.locator(".profile-subtitle em")).to_have_text("this")
    for name, href in (("Posts", "/posts/"), ("Archives", "/archives/")):
        expect(profile.get_by_role("link", name=name, exact=True)).to_have_attribute("href", href)
    for name in ("GitHub", "Mastodon", "email", "Something new"):
        icon = profile.get_by_role("link", name=name, exact=True)
        expect(icon).to_be_visible()
        expect(icon.locator("svg")).to_be_visible()
    expect(page.locator("main article.entry")).to_have_count(0)  # the profile replaces the list
    assert watch.problems == []


def test_site_wide_flags_in_the_page_chrome(page: Page, watch: Any, flags_site: Any) -> None:
    page.goto(flags_site.url + "posts/")
    logo = page.locator(".site-title img")
    expect(logo).to_be_visible()
    assert logo.evaluate("i => i.height") == 28
    expect(page.locator(".site-title")).to_have_text("Flags")  # label.text
    assert page.locator("link[rel=icon]").first.get_attribute("href") == "/images/logo.svg"
    expect(page.locator(".site-footer")).to_have_count(0)  # hideFooter
    expect(page.locator(".to-top")).to_have_count(0)  # disableScrollToTop
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"  # defaultTheme
    expect(page.get_by_role("link", name="RSS feed for Posts")).to_have_attribute(
        "href", "/posts/index.xml")  # ShowRssButtonInSectionTermList
    pagination = page.get_by_role("navigation", name="Pages")
    expect(pagination.get_by_role("link", name="Older 2/2")).to_be_visible()
    # cover.hiddenInList: the post with a cover shows none in lists; hideSummary on post two.
    expect(page.locator("main .entry-cover")).to_have_count(0)
    two = page.locator("article.entry", has=page.get_by_role("link", name="Two: quieter"))
    expect(two.locator(".entry-summary")).to_have_count(0)
    expect(two.locator(".meta")).to_be_visible()
    three = page.locator("article.entry", has=page.get_by_role("link", name="Three: no meta"))
    expect(three.locator(".meta")).to_have_count(0)  # hidemeta
    assert watch.problems == []


def test_post_with_every_flag_on(page: Page, watch: Any, flags_site: Any) -> None:
    page.goto(flags_site.url + "posts/one/")
    crumbs = page.get_by_role("navigation", name="Breadcrumb")
    expect(crumbs).to_have_text(re.compile(r"Home\s*\u203a\s*Posts"))
    meta = page.locator(".post-header .meta")
    expect(meta).to_contain_text("January 10, 2024")
    expect(meta.locator(".updated")).to_have_text("Updated March 5, 2024")  # ShowLastMod
    expect(meta).to_contain_text("1 min")  # ShowReadingTime
    expect(meta).to_contain_text("33 words")  # ShowWordCount
    expect(meta.get_by_role("link", name="Edit this page")).to_have_attribute(
        "href", "https://code.example/journal/edit/main/content/posts/one.md")
    expect(meta.get_by_role("link", name="Originally published at elsewhere.example")
           ).to_have_attribute("href", "https://elsewhere.example/one/")
    figure = page.locator("figure.entry-cover")
    expect(figure.get_by_role("img", name="A drawn portrait")).to_be_visible()
    expect(figure.locator("figcaption em")).to_have_text("only")
    toc = page.locator("details.toc")  # showToc without TocOpen: closed
    expect(toc).to_be_visible()
    assert toc.evaluate("d => d.open") is False
    expect(page.locator(".post-content h2 .anchor").first).to_be_attached()
    expect(page.locator(".copy-code")).to_have_count(1)
    series = page.get_by_role("navigation", name=re.compile("Journey"))
    expect(series.locator("li")).to_have_count(2)
    expect(series.locator(".series-progress")).to_have_text(re.compile(r"Part [12] of 2"))
    expect(series.locator("[aria-current=page]")).to_have_text("One: every flag on")
    expect(page.get_by_role("navigation", name="More posts").get_by_role("link")
           ).to_have_text(re.compile("Two: quieter"))
    share = page.get_by_role("list", name="Share")
    links = share.get_by_role("link")  # icon buttons: the name is the label, not the text
    expect(links).to_have_count(3)
    for link, name in zip(links.all(), ["X", "LinkedIn", "Hacker News"], strict=True):
        expect(link).to_have_accessible_name("Share on " + name)
    x_link = share.get_by_role("link", name="Share on X", exact=True).get_attribute("href") or ""
    assert "hashtags=code" in x_link and "first" not in x_link  # no hashtag for "first steps"
    expect(page.get_by_role("region", name="Comments")).to_be_visible()
    assert watch.problems == []


def test_post_that_turns_flags_off(page: Page, watch: Any, flags_site: Any) -> None:
    page.goto(flags_site.url + "posts/two/", wait_until="networkidle")
    expect(page.locator(".share")).to_have_count(0)  # disableShare
    expect(page.locator(".comments")).to_have_count(0)  # comments: false
    expect(page.locator(".anchor")).to_have_count(0)  # disableAnchoredHeadings
    expect(page.locator(".copy-code")).to_have_count(0)  # no code, no copy script
    assert page.locator("script[src*='copy']").count() == 0
    robots = page.locator("meta[name=robots]").get_attribute("content")
    assert robots == "noindex, nofollow"  # robotsNoIndex
    page.goto(flags_site.url + "posts/three/")
    expect(page.locator(".post-header .meta")).to_have_count(0)  # hidemeta
    expect(page.locator("details.toc")).to_have_count(0)  # showToc: false beats the site
    assert watch.problems == []


def test_archives_with_all_pages(page: Page, watch: Any, flags_site: Any) -> None:
    page.goto(flags_site.url + "archives/")
    expect(page.get_by_role("heading", name=re.compile("^2023"))).to_be_visible()
    expect(page.get_by_role("link", name="Loose notes")).to_be_visible()  # ShowAllPagesInArchive
    expect(page.get_by_role("link", name=re.compile("RSS feed"))).to_be_visible()
    assert watch.problems == []


def test_home_info(page: Page, watch: Any, home_info_site: Any) -> None:
    page.goto(home_info_site.url)
    info = page.locator("main .home-info")
    expect(info.get_by_role("heading", level=1)).to_have_text("Hello, reader")
    expect(info.locator("em")).to_have_text("mentoring")
    expect(info.get_by_role("link", name="Mastodon")).to_be_visible()
    expect(page.locator("main article.entry").first).to_be_visible()
    expect(page.locator("main .first-entry")).to_have_count(0)  # homeInfoParams set
    expect(page.locator(".theme-toggle")).to_have_count(0)  # disableThemeToggle
    # site.js still comes: it also closes the phone menu and keeps the reader's text size.
    expect(page.locator(".to-top")).to_have_count(1)  # shown once a screen has scrolled by
    expect(page.locator(".site-footer")).to_be_visible()
    assert watch.problems == []


def test_plain_list_and_hidden_covers(page: Page, watch: Any, plain_list_site: Any) -> None:
    page.goto(plain_list_site.url, wait_until="networkidle")
    expect(page.locator("main article.entry").first).to_be_visible()
    expect(page.locator("main .first-entry")).to_have_count(0)  # disableSpecial1stPost
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    pagination = page.get_by_role("navigation", name="Pages")
    expect(pagination.get_by_role("link")).to_have_text([re.compile(r"^Older\s*»$")])
    page.goto(plain_list_site.url + "posts/one/")
    expect(page.locator("figure.entry-cover")).to_have_count(0)  # cover.hidden (site)
    assert page.locator("meta[property='og:image']").count() == 1  # still shared
    assert watch.problems == []


FLAG_PAGES = ["", "posts/", "posts/one/", "archives/"]


@pytest.mark.parametrize("path", FLAG_PAGES)
@pytest.mark.parametrize("variant", ["flags_site", "home_info_site"])
def test_flag_pages_are_clean_and_accessible(page: Page, watch: Any, variant: str, path: str,
                                             request: pytest.FixtureRequest) -> None:
    """Both sizes, both schemes (the flags site defaults to dark, so it stays dark)."""
    site = request.getfixturevalue(variant)
    problems = []
    for viewport in VIEWPORTS.values():
        page.set_viewport_size(viewport)
        problems += load(page, site.url + path)
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        problems += [f"{scheme}: {p}" for p in serious_violations(page)]
    problems += watch.problems
    assert problems == [], f"{site.url + path}:\n" + "\n".join(problems)
