"""tests/sites/multilingual in Chromium: the switcher leads to the same post in another
language (or its home), Farsi pages run right to left without overflowing a phone, code
stays left to right, and each language's search finds its own posts, a two-character
Japanese query included."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

FIXTURE = Path(__file__).resolve().parent.parent / "sites" / "multilingual"
Serve = Callable[[Path], str]  # tests/conftest.py's: serve a folder, get its URL


@pytest.fixture(scope="session")
def languages_site(tmp_path_factory: pytest.TempPathFactory, serve: Serve) -> str:
    root = tmp_path_factory.mktemp("languages-site") / "public"
    root.mkdir()
    url = serve(root)
    cmd = [
        sys.executable,
        "-m",
        "mentorblog",
        "build",
        "-s",
        str(FIXTURE),
        "-d",
        str(root),
        "--base-url",
        url,
        "-q",
    ]
    done = subprocess.run(
        cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return url


def test_switcher_leads_to_the_translation(page: Page, languages_site: str) -> None:
    page.goto(languages_site + "posts/feedback/")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    page.locator(".lang-switch a", has_text="فارسی").click()
    expect(page).to_have_url(languages_site + "fa/posts/bazkhord/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "fa-IR"
    page.locator(".lang-switch a", has_text="日本語").click()
    expect(page).to_have_url(languages_site + "ja/posts/feedback/")
    assert page.evaluate("document.documentElement.lang") == "ja"


def test_untranslated_post_leads_to_the_other_home(page: Page, languages_site: str) -> None:
    page.goto(languages_site + "posts/english-only/")
    page.locator(".lang-switch a", has_text="فارسی").click()
    expect(page).to_have_url(languages_site + "fa/")


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_farsi_mirrors_and_keeps_code_left_to_right(
    page: Page, languages_site: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(languages_site + "fa/posts/first-session/")
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    title = page.locator(".post-title").bounding_box()
    assert title is not None
    # Right to left: the title ends at the right edge of the text column.
    body = page.locator(".post-content").bounding_box()
    assert body is not None
    assert abs((title["x"] + title["width"]) - (body["x"] + body["width"])) < 2
    assert page.locator("pre").first.evaluate("e => getComputedStyle(e).direction") == "ltr"


def _text_box(page: Page, selector: str) -> dict[str, float]:
    """Where the text of the first `selector` is drawn (its box may be wider)."""
    box: dict[str, float] = page.locator(selector).first.evaluate(
        """e => { const r = document.createRange(); r.selectNodeContents(e);
                  const b = r.getBoundingClientRect(); return {left: b.left, right: b.right}; }"""
    )
    return box


@pytest.mark.parametrize("width", [320, 1280])
def test_farsi_journal_tables_and_language_names_read_right_to_left(
    page: Page, languages_site: str, width: int
) -> None:
    """The year table's caption and labels start at the right, its numbers end at the left,
    as on a left-to-right page the other way round; "also in" lists names whole."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(languages_site + "fa/journal/")
    table = page.locator("table.tally").last.bounding_box()
    assert table is not None
    right, left = table["x"] + table["width"], table["x"]
    caption = _text_box(page, "table.tally >> nth=-1 >> caption")
    assert abs(caption["right"] - right) < 2, (caption, right)
    label = page.locator("table.tally").last.locator("tbody th").first.bounding_box()
    number = page.locator("table.tally").last.locator("tbody td").last.bounding_box()
    assert label is not None and number is not None
    assert label["x"] > number["x"]  # label column at the right, counts leftwards
    assert abs(number["x"] - left) < 2
    page.goto(languages_site + "fa/posts/bazkhord/")
    for link in page.locator(".also-in a").all():
        assert len(link.evaluate("e => [...e.getClientRects()]")) == 1  # never cut in two


@pytest.mark.parametrize(
    ("path", "query", "title"),
    [
        ("search/", "cafe", "Asking for feedback"),  # accents folded: Café
        ("fa/search/", "بازخورد", "درخواست بازخورد"),
        ("ja/search/", "具体", "フィードバックの頼み方"),  # two characters inside a sentence
    ],
)
def test_each_language_searches_its_own_posts(
    page: Page, languages_site: str, path: str, query: str, title: str, **_: Any
) -> None:
    page.goto(languages_site + path)
    page.locator("#search-input").fill(query)
    expect(page.locator("#search-results a.search-result-link").first).to_have_text(
        title, timeout=5000
    )
    links = page.locator("#search-results a.search-result-link")
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href") or ""
        assert href.startswith("/" + path.removesuffix("search/")), href


@pytest.mark.parametrize("path", ["fa/posts/first-session/", "fa/", "ja/posts/feedback/"])
def test_no_serious_axe_violations_right_to_left_and_cjk(
    page: Page, languages_site: str, path: str
) -> None:
    from test_browser_axe import serious_violations

    page.goto(languages_site + path)
    bad = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        bad += [f"{scheme}: {line}" for line in serious_violations(page)]
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize(
    ("path", "query", "status"),
    [
        ("ja/search/", "具体", "1 件"),
        ("fa/search/", "بازخورد", "\u06f1 نتیجه"),  # Persian digit one, as the build writes it
        ("fa/search/", "zzzz", "هیچ نوشته‌ای با «zzzz» جور نیست"),
        ("search/", "feedback", "1 result"),
    ],
)
def test_search_speaks_the_page_language(
    page: Page, languages_site: str, path: str, query: str, status: str
) -> None:
    page.goto(languages_site + path)
    page.locator("#search-input").fill(query)
    expect(page.locator("#search-status")).to_contain_text(status, timeout=5000)
