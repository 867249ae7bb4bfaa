"""The client-side search finds a post and its result link works, at the root and under /blog/."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from playwright.sync_api import Page, expect


def title_word(html: str) -> str:
    """The longest word of a page's <h1>, a query that must find that page."""
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert h1, "the post page has no <h1>"
    words: list[str] = re.findall(r"[^\W\d_]{4,}", unescape(re.sub(r"<[^>]+>", "", h1.group(1))))
    assert words, f"no word to search for in {h1.group(0)!r}"
    return max(words, key=len)


@pytest.mark.parametrize(("variant", "paths"), [("example_site", "site_paths"),
                                               ("example_site_subpath", "subpath_paths")])
def test_search_finds_a_post(page: Page, watch: Any, variant: str, paths: str,
                             request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue(variant)
    post = request.getfixturevalue(paths)["post"]
    pages = [p for p in sorted(site.root.rglob("*.html"))
             if re.search(r"<input[^>]*type=\"?search", p.read_text(encoding="utf-8"))]
    assert pages, "no page with an <input type=search>"
    search_url = site.url + pages[0].relative_to(site.root).as_posix().removesuffix("index.html")
    query = title_word((site.root / post / "index.html").read_text(encoding="utf-8"))

    page.goto(search_url)
    page.locator("input[type=search]").first.fill(query)
    hit = page.locator(f'main a[href$="{post}"]').first
    expect(hit).to_be_visible(timeout=5000)
    with page.expect_navigation():
        hit.click()
    page.wait_for_load_state("networkidle")
    problems = watch.problems
    if not page.url.startswith(site.url + post):
        problems.append(f"the result for {query!r} led to {page.url}, not {site.url + post}")
    assert problems == [], f"searching {query!r} on {search_url}:\n" + "\n".join(problems)
