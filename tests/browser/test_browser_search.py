"""The search page in Chromium: on the example site (a post is found, at the root and under
/blog/), and on tests/sites/search, whose posts give each query one right answer: accents,
prefixes while typing, typos, several words, ranking, hidden posts, keys, sub-path."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect


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


# -- the search fixture site (tests/sites/search): one right answer per query --------------------

FIXTURE = Path(__file__).resolve().parent.parent / "sites" / "search"
RESULT_LINKS = "#search-results a.search-result-link"
Watch = Any  # tests/browser/conftest.py's Watch: .problems, .requested
Serve = Callable[[Path], str]  # tests/conftest.py's: serve a folder, get its URL


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    url: str  # ends with "/"


def build_fixture(dest: Path, base_url: str) -> None:
    cmd = [sys.executable, "-m", "mentorblog", "build", "-s", str(FIXTURE), "-d", str(dest),
           "--base-url", base_url, "-q"]
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, f"{' '.join(cmd[1:])}\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="session")
def search_site(tmp_path_factory: pytest.TempPathFactory, serve: Serve) -> BuiltSite:
    """The search fixture built for, and served at, http://127.0.0.1:PORT/."""
    root = tmp_path_factory.mktemp("search-site") / "public"
    root.mkdir()
    url = serve(root)
    build_fixture(root, url)
    return BuiltSite(root, url)


@pytest.fixture(scope="session")
def search_site_subpath(tmp_path_factory: pytest.TempPathFactory, serve: Serve) -> BuiltSite:
    """The search fixture built for, and served at, http://127.0.0.1:PORT/blog/."""
    parent = tmp_path_factory.mktemp("search-site-subpath")
    root = parent / "blog"
    root.mkdir()
    url = serve(parent) + "blog/"
    build_fixture(root, url)
    return BuiltSite(root, url)


def titles(page: Page) -> list[str]:
    return [t.strip() for t in page.locator(RESULT_LINKS).all_inner_texts()]


def search_for(page: Page, site: BuiltSite, query: str) -> None:
    """Open the search page, type `query` at once, and wait until the page has answered."""
    page.goto(site.url + "search/")
    page.locator("#search-input").fill(query)
    expect(page.locator("#search-status")).not_to_be_empty(timeout=5000)


def assert_clean(watch: Watch, one_visit: bool = True) -> None:
    """No errors, no other host, never PaperMod's full-text index.json, and (when the test
    loaded the search page once) no index file fetched twice."""
    assert watch.problems == [], "\n".join(watch.problems)
    index_files = [u for u in watch.requested if "/search-index/" in u]
    assert not [u for u in watch.requested if u.endswith("/index.json")], \
        "the search page downloaded PaperMod's full-text index.json"
    if one_visit:
        assert len(index_files) == len(set(index_files)), f"fetched twice: {index_files}"


def test_accents_are_ignored(page: Page, watch: Watch, search_site: BuiltSite) -> None:
    search_for(page, search_site, "mentoria")
    expect(page.locator(RESULT_LINKS).first).to_have_text("Mentoría en equipo")
    assert page.locator(RESULT_LINKS).count() == 1
    expect(page.locator(RESULT_LINKS).first.locator("mark")).to_have_text("Mentoría")
    expect(page.locator(".search-result-tag mark")).to_have_text(["Mentoría"])
    page.locator("#search-input").fill("MENTORÍA")
    expect(page.locator(RESULT_LINKS)).to_have_text(["Mentoría en equipo"])
    assert_clean(watch)


def test_results_follow_a_prefix_while_typing(page: Page, watch: Watch,
                                              search_site: BuiltSite) -> None:
    page.goto(search_site.url + "search/")
    box = page.locator("#search-input")
    box.press_sequentially("re", delay=40)
    expect(page.locator("#search-status")).to_have_text("Keep typing to search.")
    box.press_sequentially("tro", delay=40)
    expect(page.locator(RESULT_LINKS)).to_have_text(["Our first retrospective"])
    expect(page.locator(RESULT_LINKS).first.locator("mark")).to_have_text("retrospective")
    box.press_sequentially(" twen", delay=40)  # a second word, also a prefix
    expect(page.locator(RESULT_LINKS)).to_have_text(["Our first retrospective"])
    assert_clean(watch)


@pytest.mark.parametrize("query", ["retrospectve", "retrospecitve", "retrospectivex", "feedbakc"])
def test_one_typo_in_a_longer_word_is_forgiven(page: Page, watch: Watch, search_site: BuiltSite,
                                                query: str) -> None:
    search_for(page, search_site, query)
    expected = "Feedback that lands" if query.startswith("feed") else "Our first retrospective"
    expect(page.locator(RESULT_LINKS).first).to_have_text(expected)
    assert_clean(watch)


def test_short_words_need_exact_spelling(page: Page, watch: Watch,
                                         search_site: BuiltSite) -> None:
    search_for(page, search_site, "tean ")  # 4 letters: no typo allowance for `team`
    expect(page.locator("#search-status")).to_contain_text("No posts match “tean”")
    assert_clean(watch)


def test_every_word_must_match(page: Page, watch: Watch, search_site: BuiltSite) -> None:
    search_for(page, search_site, "pairing")
    expect(page.locator(RESULT_LINKS)).to_have_count(2)
    page.locator("#search-input").fill("pairing keyboard")
    expect(page.locator(RESULT_LINKS)).to_have_text(["Pairing at one keyboard"])
    page.locator("#search-input").fill("keyboard remote")
    expect(page.locator("#search-status")).to_contain_text("No posts match")
    assert_clean(watch)


def test_title_ranks_over_tags_over_body(page: Page, watch: Watch,
                                         search_site: BuiltSite) -> None:
    search_for(page, search_site, "feedback")
    expect(page.locator(RESULT_LINKS)).to_have_text(
        ["Feedback that lands", "Notes from a Thursday session", "A quiet afternoon"])
    expect(page.locator("#search-status")).to_have_text("3 results")
    first = page.locator("#search-results li").first
    expect(first.locator("time")).to_have_attribute("datetime", "2023-09-01")
    expect(first.locator("time")).to_have_text("September 1, 2023")
    expect(first.locator(".search-result-tag")).to_have_text(["growth"])
    assert_clean(watch)


@pytest.mark.parametrize("query", ["zanzibar", "hidden ledger", "quokka", "platypus"])
def test_hidden_draft_and_future_posts_are_never_found(page: Page, watch: Watch,
                                                       search_site: BuiltSite,
                                                       query: str) -> None:
    search_for(page, search_site, query)
    expect(page.locator("#search-status")).to_contain_text("No posts match")
    expect(page.locator(RESULT_LINKS)).to_have_count(0)
    assert_clean(watch)
    index = b"".join(p.read_bytes() for p in (search_site.root / "search-index").rglob("*.json"))
    assert query.split()[0].encode() not in index


def test_pages_are_found_but_not_the_archives(page: Page, watch: Watch,
                                              search_site: BuiltSite) -> None:
    search_for(page, search_site, "colophon")
    expect(page.locator(RESULT_LINKS)).to_have_text(["About this journal"])
    page.locator("#search-input").fill("chronological")
    expect(page.locator("#search-status")).to_contain_text("No posts match")
    assert_clean(watch)


def test_arrow_keys_and_enter_open_a_result(page: Page, watch: Watch,
                                            search_site: BuiltSite) -> None:
    search_for(page, search_site, "feedback")
    expect(page.locator(RESULT_LINKS)).to_have_count(3)
    box = page.locator("#search-input")
    box.press("ArrowDown")
    expect(page.locator(RESULT_LINKS).nth(0)).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # stays on the last one
    expect(page.locator(RESULT_LINKS).nth(2)).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(page.locator(RESULT_LINKS).nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(box).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_load_state("networkidle")  # so leaving cancels no request (the favicon)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == search_site.url + "posts/thursday-session/"
    page.wait_for_load_state("networkidle")
    page.go_back()
    expect(page.locator("#search-input")).to_have_value("feedback")  # kept in ?q=
    expect(page.locator(RESULT_LINKS)).to_have_count(3)
    page.wait_for_load_state("networkidle")
    with page.expect_navigation():
        page.locator("#search-input").press("Enter")  # Enter in the box opens the first
    assert page.url == search_site.url + "posts/feedback-that-lands/"
    page.wait_for_load_state("networkidle")
    assert_clean(watch, one_visit=False)


def test_escape_clears(page: Page, watch: Watch, search_site: BuiltSite) -> None:
    search_for(page, search_site, "pairing")
    expect(page.locator(RESULT_LINKS)).to_have_count(2)
    page.locator("#search-input").press("ArrowDown")
    page.keyboard.press("Escape")
    expect(page.locator("#search-input")).to_have_value("")
    expect(page.locator("#search-input")).to_be_focused()
    expect(page.locator(RESULT_LINKS)).to_have_count(0)
    expect(page.locator("#search-status")).to_be_empty()
    assert "q=" not in page.url
    assert_clean(watch)


def test_no_results_says_so(page: Page, watch: Watch, search_site: BuiltSite) -> None:
    search_for(page, search_site, "xylophone")
    expect(page.locator("#search-status")).to_have_text(
        "No posts match “xylophone”. Try fewer or shorter words.")
    expect(page.locator(RESULT_LINKS)).to_have_count(0)
    assert_clean(watch)


def test_show_more_and_query_in_the_address(page: Page, watch: Watch,
                                            search_site: BuiltSite) -> None:
    page.goto(search_site.url + "search/?q=check")
    expect(page.locator("#search-input")).to_have_value("check")
    expect(page.locator(RESULT_LINKS)).to_have_count(10)
    expect(page.locator("#search-status")).to_have_text("12 results, showing the first 10")
    assert titles(page)[0] == "Weekly check-in 12"  # equal scores: newest first
    page.locator("#search-more").click()
    expect(page.locator(RESULT_LINKS)).to_have_count(12)
    expect(page.locator(RESULT_LINKS).nth(10)).to_be_focused()
    expect(page.locator("#search-more")).to_be_hidden()
    assert_clean(watch)


def test_a_query_fetches_only_a_few_small_files(page: Page, watch: Watch,
                                                search_site: BuiltSite) -> None:
    search_for(page, search_site, "feedback")
    expect(page.locator(RESULT_LINKS)).to_have_count(3)
    fetched = sorted(u.split("/search-index/")[1].split("?")[0] for u in watch.requested
                     if "/search-index/" in u)
    index = [f for f in fetched if not f.startswith("x/")]
    texts = [f for f in fetched if f.startswith("x/")]
    assert index == ["d/0.json", "manifest.json", "t/0.json"]
    # At most one text per result shown, for a result whose description lacks the word: the
    # passage around the match comes from it.
    assert len(texts) <= 3 and all(re.fullmatch(r"x/[0-9a-f]+\.txt", f) for f in texts), texts
    assert_clean(watch)


def test_works_under_a_sub_path(page: Page, watch: Watch, search_site_subpath: BuiltSite) -> None:
    site = search_site_subpath
    search_for(page, site, "mentoria")
    link = page.locator(RESULT_LINKS).first
    expect(link).to_have_attribute("href", "/blog/posts/mentoria-en-equipo/")
    page.wait_for_load_state("networkidle")
    with page.expect_navigation():
        link.click()
    assert page.url == site.url + "posts/mentoria-en-equipo/"
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_contain_text("Mentoría en equipo")
    assert all(u.startswith(site.url) for u in watch.requested if "search-index" in u)
    assert_clean(watch)


def test_without_javascript_the_page_points_elsewhere(browser: Browser,
                                                     search_site: BuiltSite) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(search_site.url + "search/")
        note = page.locator(".search-noscript")
        expect(note).to_contain_text("Search needs JavaScript")
        expect(note.get_by_role("link", name="archives")).to_have_attribute("href", "/archives/")
        expect(note.get_by_role("link", name="tags")).to_have_attribute("href", "/tags/")
    finally:
        context.close()


AXE_JS = Path(__file__).resolve().parents[1] / "tools/node_modules/axe-core/axe.min.js"
RUN_AXE = """() => axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_are_accessible(page: Page, watch: Watch, search_site: BuiltSite,
                                scheme: str) -> None:
    """axe-core on the page with results, marks and the "Show more" button showing."""
    page.emulate_media(color_scheme=scheme)
    page.goto(search_site.url + "search/?q=check")
    expect(page.locator(RESULT_LINKS)).to_have_count(10)
    expect(page.locator("#search-results mark").first).to_be_visible()
    page.add_script_tag(path=AXE_JS)
    result = page.evaluate(RUN_AXE)
    bad = [f"{v['impact']} {v['id']}: {v['help']} {[n['target'] for n in v['nodes'][:3]]}"
           for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], "\n".join(bad)
    assert_clean(watch)
