"""The sessions page's charts and the commitments page in Chromium, on the commitments fixture:
no sideways scrolling at 320 px, every chart named for assistive tech, both palettes pass axe,
and the commitments page reads as a list a person can follow."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import BuiltVariant, build_variant
from playwright.sync_api import Browser
from test_browser_axe import serious_violations

FIXTURE = Path(__file__).resolve().parents[1] / "sites" / "commitments"


@pytest.fixture(scope="module")
def journal_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> BuiltVariant:
    work = tmp_path_factory.mktemp("journal-site")
    source = work / "site"
    shutil.copytree(FIXTURE, source, ignore=shutil.ignore_patterns("expected", ".mentorblog-cache"))
    root = work / "public"
    root.mkdir()
    url = serve(root)
    build_variant(root, source, url)
    return BuiltVariant(root, url)


@pytest.mark.parametrize("width", [320, 390, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_fit_and_are_named(
    browser: Browser, journal_site: BuiltVariant, width: int, scheme: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(journal_site.url + "journal/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    charts = page.locator("svg.chart")
    assert charts.count() == 15  # months, twelve calendar months, people, kinds
    for box in page.evaluate("""() => [...document.querySelectorAll('svg.chart')].map(s => {
        const r = s.getBoundingClientRect(); return [r.left, r.right, r.width, r.height]; })"""):
        left, right, w, h = box
        assert left >= 0 and right <= width and w > 0 and h > 0, box
    # Accessible names come from each SVG's <title>; the month chart describes its data too.
    months = page.get_by_role("img", name="Sessions and minutes per month")
    assert months.count() == 1
    desc = page.locator("#chart-months-d").text_content() or ""
    assert "Busiest: May 2025" in desc
    assert page.get_by_role("img", name="Minutes by person met").count() == 1
    # The bars are drawn in the theme's accent colour, not black on a dark page.
    fill = page.evaluate("getComputedStyle(document.querySelector('.chart-bar')).fill")
    accent = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"
    )
    assert fill != "rgb(0, 0, 0)" and accent
    # Text in the charts is legible: never below 8 CSS px on a phone.
    smallest = page.evaluate("""() => Math.min(...[...document.querySelectorAll('svg.chart text')]
        .map(t => t.getBoundingClientRect().height).filter(h => h > 0))""")
    assert smallest >= 8, smallest
    assert serious_violations(page) == []
    context.close()


def test_the_commitments_page_reads(browser: Browser, journal_site: BuiltVariant) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 900})
    page = context.new_page()
    page.goto(journal_site.url + "commitments/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page.get_by_role("heading", level=1).text_content() == "Commitments"
    assert [h.text_content() for h in page.get_by_role("heading", level=2).all()] == [
        "By journey",
        "By person",
    ]
    summary = page.locator(".journal-total").inner_text()
    assert summary.startswith("1 open, 3 done, 0 dropped")
    first = page.locator(".commitment-list li").first.inner_text()
    assert "Draw the team's map" in first and "after 17 days" in first
    page.get_by_role("link", name="A circle of three").first.click()
    assert page.url.endswith("/posts/group-session/")
    assert serious_violations(page) == []
    context.close()


def test_a_post_shows_open_items_and_its_replies(
    browser: Browser, journal_site: BuiltVariant
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(journal_site.url + "posts/check-in/")
    box = page.get_by_role("region", name="Commitments")
    assert box.get_by_role("heading", name="Open from before").is_visible()
    assert "Ask the lead about the <on-call> rota" in box.inner_text()
    page.goto(journal_site.url + "posts/second-call/")
    replies = page.locator("section.replies")
    assert replies.get_by_role("heading").text_content() == "1 reply"
    replies.get_by_role("link", name="What the map taught me").click()
    assert page.locator(".in-reply-to").inner_text() == "In reply to The map, drawn by Rin"
    context.close()
