"""The site `mentorblog new site` writes, as a reader sees it in Chromium (issue 18): its home
page at 1280, 390 and 320 px in both palettes shows the welcome block, the first reflection
and a menu that fits; every menu page loads cleanly; axe finds nothing serious."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from conftest import BuiltVariant, build_variant
from playwright.sync_api import Page, expect
from test_browser_axe import serious_violations
from test_browser_pages import load, palette_problems

WIDTHS = (1280, 390, 320)
MENU = {"Sessions": "journal/", "Archives": "archives/", "Search": "search/", "About": "about/"}


def new_site(tmp_path_factory: pytest.TempPathFactory, serve: Any, dialect: str) -> BuiltVariant:
    """`new site` with no flag but the dialect and zone, built for the local server's address."""
    work = tmp_path_factory.mktemp(f"new-site-{dialect}")
    done = subprocess.run(
        [sys.executable, "-m", "mentorblog", "new", "site", str(work / "journal"),
         "--dialect", dialect, "--timezone", "Europe/Berlin"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    root = work / "public"
    root.mkdir()
    url = serve(root)
    build_variant(root, work / "journal", url)
    return BuiltVariant(root, url)


@pytest.fixture(scope="session")
def hugo_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> BuiltVariant:
    return new_site(tmp_path_factory, serve, "hugo")


@pytest.fixture(scope="session")
def jekyll_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> BuiltVariant:
    return new_site(tmp_path_factory, serve, "jekyll")


@pytest.mark.parametrize("width", WIDTHS)
def test_home_page_at_every_width_and_palette(page: Page, watch: Any, hugo_site: BuiltVariant,
                                              width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme="light")
    problems = load(page, hugo_site.url)
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        problems += [f"{scheme}: {p}" for p in palette_problems(page, scheme)]
    expect(page.get_by_role("heading", level=1, name="Welcome")).to_be_visible()
    entry = page.locator("main article.entry", has=page.get_by_role(
        "link", name="Our First Session"))
    expect(entry).to_be_visible()
    # The summary is the opening sentence, not the prompts' headings run together.
    expect(entry).to_contain_text("This is the first entry of the journal")
    expect(entry).not_to_contain_text("What we worked on")
    nav = page.get_by_role("navigation", name="Site")
    fold = nav.locator(".menu-fold summary")
    if fold.is_visible():  # a phone: the menu is one "Menu" button that opens the list
        fold.click()
    for name in MENU:
        link = nav.get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, name
    assert problems + watch.problems == []


@pytest.mark.parametrize("dialect", ["hugo", "jekyll"])
def test_every_menu_page_and_the_first_post_load_cleanly(
        page: Page, watch: Any, dialect: str, request: pytest.FixtureRequest) -> None:
    site: BuiltVariant = request.getfixturevalue(f"{dialect}_site")
    page.set_viewport_size({"width": 390, "height": 844})
    problems = load(page, site.url)
    post = page.get_by_role("link", name="Our First Session").first.get_attribute("href")
    assert post is not None
    for address in [*MENU.values(), post.lstrip("/")]:
        problems += load(page, site.url + address)
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            problems += [f"{address} {v}" for v in serious_violations(page)]
    assert problems + watch.problems == []


def test_the_first_post_shows_its_session_and_hides_the_private_note(
        page: Page, watch: Any, hugo_site: BuiltVariant) -> None:
    load(page, hugo_site.url + "posts/our-first-session/")
    expect(page.get_by_text("60 min with Your mentee")).to_be_visible()
    expect(page.get_by_text("Notes for yourself alone")).to_have_count(0)
    load(page, hugo_site.url + "journal/")
    expect(page.get_by_role("link", name="Our First Session")).to_be_visible()
    assert watch.problems == []
