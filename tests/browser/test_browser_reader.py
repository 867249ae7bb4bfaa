"""What a reader sees, at 320, 390 and 1280 px in both palettes (issue 23): the phone menu,
lists that scan, the table of contents beside the text, search passages, a compact end of
post, the sessions page, breadcrumbs, reading comfort and feeds a person can open."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

WIDTHS = {"320": (320, 640), "390": (390, 844), "1280": (1280, 800)}
SCHEMES = ["light", "dark"]
MENU = ["Journal", "Sessions", "Archives", "Tags", "Search", "About"]


def open_at(page: Page, path: str, width: str, scheme: str = "light", **media: Any) -> None:
    w, h = WIDTHS[width]
    page.set_viewport_size({"width": w, "height": h})
    page.emulate_media(color_scheme=scheme, **media)  # type: ignore[arg-type]
    page.goto(path, wait_until="networkidle")


def no_overflow(page: Page) -> None:
    sizes = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert sizes[0] <= sizes[1], f"horizontal overflow {sizes}"


def one_line(page: Page, locator: Any) -> bool:
    """The element's text fits on one line (one line box)."""
    return bool(locator.evaluate(
        "e => { const r = document.createRange(); r.selectNodeContents(e);"
        " const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));"
        " return tops.size === 1; }"))


# -- 1. the header ------------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_menu_item_is_there_on_one_line(page: Page, watch: Any, width: str,
                                              scheme: str) -> None:
    open_at(page, "", width, scheme)
    nav = page.get_by_role("navigation", name="Site")
    if width == "1280":
        expect(nav.get_by_role("button", name="Menu")).to_be_hidden()
        links = nav.locator(".menu a")
    else:
        summary = nav.locator(".menu-fold summary")
        expect(summary).to_be_visible()
        expect(summary).to_have_text("Menu")
        box = summary.bounding_box()
        assert box and box["x"] + box["width"] <= WIDTHS[width][0] and box["height"] >= 44
        summary.click()
        links = nav.locator(".menu-fold a")
    expect(links).to_have_text(MENU)
    for i in range(links.count()):
        link = links.nth(i)
        expect(link).to_be_visible()
        expect(link).to_be_in_viewport(ratio=1)
        assert one_line(page, link), f"{MENU[i]} wraps inside itself"
        assert (link.bounding_box() or {"height": 0})["height"] >= 44
    no_overflow(page)
    if width != "1280":  # Escape closes it and gives focus back to the button
        links.first.focus()
        page.keyboard.press("Escape")
        expect(nav.locator(".menu-fold")).not_to_have_attribute("open", "")
        expect(nav.locator(".menu-fold summary")).to_be_focused()
    assert watch.problems == []


def test_phone_menu_works_without_javascript(open_context: Any) -> None:
    context = open_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto("")
    page.locator(".menu-fold summary").click()
    expect(page.locator(".menu-fold a")).to_have_text(MENU)
    page.locator(".menu-fold a", has_text="Sessions").click()
    expect(page).to_have_url(re.compile(r"/journal/$"))


# -- 2. lists -----------------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES)
def test_three_posts_or_more_above_the_fold(page: Page, watch: Any, scheme: str) -> None:
    open_at(page, "", "1280", scheme)
    bottoms = page.locator("main article.entry").evaluate_all(
        "es => es.map(e => e.getBoundingClientRect().bottom)")
    assert sum(b <= 800 for b in bottoms) >= 3, bottoms
    # The home heading does not repeat the header's site title on screen.
    h1 = page.locator("h1")
    site_title = page.locator(".site-title").inner_text().strip()
    if h1.inner_text().strip() == site_title:
        assert h1.evaluate("e => e.getBoundingClientRect().width") <= 1
    assert watch.problems == []


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_titles_lead_and_summaries_are_quiet(page: Page, width: str, scheme: str) -> None:
    open_at(page, "", width, scheme)
    style = """e => { const s = getComputedStyle(e); return {size: parseFloat(s.fontSize),
        line: parseFloat(s.lineHeight), colour: s.color,
        height: e.getBoundingClientRect().height}}"""
    for entry in page.locator("main article.entry").all():
        title = entry.locator(".entry-title").evaluate(style)
        summary = entry.locator(".entry-summary").evaluate(style)
        assert summary["size"] < title["size"]
        assert summary["colour"] != title["colour"]
        assert summary["height"] <= 3 * summary["line"] + 1, summary
    cover = page.locator("main .entry-cover img").first
    box = cover.bounding_box()
    assert box and box["height"] <= (260 if width == "1280" else 0.45 * WIDTHS[width][0]), box
    no_overflow(page)


# -- 3. the table of contents ------------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES)
def test_toc_sits_beside_the_text_and_follows_the_reading(page: Page, watch: Any,
                                                          site_paths: dict[str, str],
                                                          scheme: str) -> None:
    open_at(page, site_paths["post-toc"], "1280", scheme)
    toc = page.locator("details.toc")
    text = page.locator(".post-content")
    toc_box, text_box = toc.bounding_box(), text.bounding_box()
    assert toc_box and text_box and toc_box["x"] >= text_box["x"] + text_box["width"]
    expect(toc.locator("nav a").first).to_be_visible()  # TocOpen: true in this post
    links = toc.locator("nav a")
    target = links.nth(2).get_attribute("href") or ""
    paragraph = page.locator(".post-content p").first
    page.locator(target).evaluate("h => h.scrollIntoView({block: 'start', behavior: 'instant'})")
    before = paragraph.bounding_box()
    # The section being read: the last heading above the upper third of the window.
    expected = page.evaluate("""() => { let found = null;
        for (const a of document.querySelectorAll('.toc nav a')) {
            const h = document.getElementById(decodeURIComponent(a.hash.slice(1)));
            if (h.getBoundingClientRect().top > innerHeight / 3) break;
            found = a.getAttribute('href'); }
        return found; }""")
    assert expected in (target, *[links.nth(i).get_attribute("href") for i in (3, 4)])
    expect(toc.locator(f'nav a[href="{expected}"]')).to_have_attribute("aria-current", "location")
    expect(toc.locator("nav a[aria-current]")).to_have_count(1)
    after = paragraph.bounding_box()
    assert before == after, "marking the section moved the text"
    expect(toc).to_be_in_viewport()  # sticky: still in view far down the post
    page.evaluate("scrollTo(0, document.body.scrollHeight / 2)")
    expect(toc).to_be_in_viewport()
    assert watch.problems == []


@pytest.mark.parametrize("width", ["320", "390"])
def test_toc_stays_above_the_text_on_phones(page: Page, site_paths: dict[str, str],
                                            width: str) -> None:
    open_at(page, site_paths["post-toc"], width)
    toc = page.locator("details.toc")
    toc_box, text_box = toc.bounding_box(), page.locator(".post-content").bounding_box()
    assert toc_box and text_box and toc_box["y"] + toc_box["height"] <= text_box["y"]
    assert toc.evaluate("d => d.open") is True  # TocOpen keeps its meaning
    no_overflow(page)


def test_scrolling_stays_instant_with_reduced_motion(page: Page,
                                                     site_paths: dict[str, str]) -> None:
    open_at(page, site_paths["post-toc"], "1280", reduced_motion="reduce")
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    expect(page.locator(".reading-progress")).to_be_hidden()


# -- 4. search ---------------------------------------------------------------------------------

@pytest.mark.parametrize("width", WIDTHS)
def test_search_shows_the_passage_that_matched(page: Page, watch: Any, width: str) -> None:
    open_at(page, "search/?q=wobbly", width, "dark" if width == "390" else "light")
    snippet = page.locator(".search-result-snippet").first
    expect(snippet.locator("mark").first).to_have_text(re.compile("wobbly", re.I))
    expect(snippet).to_contain_text("…")  # a passage from inside the text, not the description
    no_overflow(page)
    assert watch.problems == []


def test_a_cut_passage_ends_in_one_ellipsis(page: Page) -> None:
    open_at(page, "search/?q=goals", "1280")
    snippets = page.locator(".search-result-snippet")
    expect(snippets.first).to_be_visible()
    texts = snippets.all_inner_texts()
    assert any(t.endswith("…") for t in texts), texts
    assert not [t for t in texts if re.search(r"[.,;:]…", t)], texts


def test_search_without_javascript_shows_only_the_message(open_context: Any) -> None:
    page = open_context(java_script_enabled=False).new_page()
    page.goto("search/")
    expect(page.locator("#search-input")).to_be_hidden()
    expect(page.locator("#search-help")).to_be_hidden()
    expect(page.locator(".search-noscript")).to_be_visible()


# -- 5. the end of a post ----------------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_end_of_post_is_compact(page: Page, watch: Any, width: str, scheme: str) -> None:
    open_at(page, "posts/talking-about-careers/", width, scheme)
    prev, nxt = page.locator(".post-nav .prev"), page.locator(".post-nav .next")
    a, b = prev.bounding_box(), nxt.bounding_box()
    assert a and b and abs(a["y"] - b["y"]) < 1 and a["x"] + a["width"] <= b["x"], (a, b)
    shares = page.locator(".share a")
    assert shares.count() == 3
    tops = {round((shares.nth(i).bounding_box() or {"y": -1})["y"]) for i in range(3)}
    assert len(tops) == 1, "share buttons are not one row"
    for share, name in zip(shares.all(), ("LinkedIn", "Reddit", "Hacker News"), strict=True):
        expect(share).to_have_accessible_name("Share on " + name)
        assert (share.bounding_box() or {"width": 0})["width"] >= 44
    for time in page.locator(".related time").all():
        assert one_line(page, time), "a related post's date breaks"
    expect(page.locator(".site-footer")).not_to_contain_text("·")
    no_overflow(page)
    assert watch.problems == []


# -- 6. the sessions page ----------------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_sessions_page_reads_on_a_phone(page: Page, watch: Any, width: str, scheme: str) -> None:
    open_at(page, "journal/", width, scheme)
    # The month chart's own table (three columns, folded under the chart) is checked below.
    tables = page.locator("table.tally:not(.tally-months)")
    assert tables.count() == 3
    columns = [t.evaluate("t => [...t.rows[0].cells].map(c => [Math.round(c.getBoundingClientRect()"
                          ".left), Math.round(c.getBoundingClientRect().width)])")
               for t in tables.all()]
    assert columns[0] == columns[1] == columns[2], columns
    for table in tables.all():  # nothing clipped, nothing to scroll
        assert table.evaluate("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth")
        for cell in table.locator("thead th").all():
            assert cell.evaluate("c => c.scrollWidth <= c.clientWidth"), cell.inner_text()
            assert one_line(page, cell)
    expect(page.locator(".journal-total")).to_contain_text(re.compile(r"\(6\.3 hours\)"))
    goals = page.locator(".journal-log > li", has_text="Setting goals")
    expect(goals).to_have_count(1)
    expect(goals.locator("li")).to_have_count(2)
    page.get_by_text("Every month as a table").click()
    months = page.locator("table.tally-months")
    expect(months).to_be_visible()
    assert months.evaluate("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth")
    no_overflow(page)
    assert watch.problems == []


# -- 7. breadcrumbs ----------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "index"), [("tag", "/tags/"), ("category", "/categories/"),
                                             ("author", "/authors/"), ("journey", "/series/")])
def test_breadcrumbs_lead_back_to_the_list(page: Page, site_paths: dict[str, str], kind: str,
                                           index: str) -> None:
    page.goto(site_paths[kind])
    crumbs = page.get_by_role("navigation", name="Breadcrumb").get_by_role("link")
    expect(crumbs).to_have_count(2)
    expect(crumbs.nth(0)).to_have_text("Home")
    assert crumbs.nth(1).evaluate("a => a.pathname") == index


# -- reading comfort ---------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_progress_and_back_to_top_follow_the_scrolling(page: Page, watch: Any,
                                                       site_paths: dict[str, str], width: str,
                                                       scheme: str) -> None:
    open_at(page, site_paths["post-toc"], width, scheme)
    bar = page.locator(".reading-progress span")
    top = page.locator(".to-top a")
    scale = "e => new DOMMatrix(getComputedStyle(e).transform).a"
    assert bar.evaluate(scale) == 0
    expect(top).to_be_hidden()
    page.evaluate("scrollTo(0, innerHeight * 0.5)")
    expect(top).to_be_hidden()  # not before a whole screen
    page.evaluate("scrollTo(0, innerHeight * 2.5)")
    expect(top).to_be_visible()
    expect(top).to_be_in_viewport()
    middle = bar.evaluate(scale)
    assert 0 < middle < 1
    page.evaluate("scrollTo(0, document.body.scrollHeight)")
    assert bar.evaluate(scale) == 1
    top.click()
    page.wait_for_function("scrollY === 0")
    assert watch.problems == []


def test_text_size_is_remembered_and_applied_before_paint(page: Page, watch: Any,
                                                          site_paths: dict[str, str]) -> None:
    page.goto(site_paths["post"])
    size = "parseFloat(getComputedStyle(document.querySelector('.post-content')).fontSize)"
    start = page.evaluate(size)
    larger = page.get_by_role("button", name="Larger text")
    smaller = page.get_by_role("button", name="Smaller text")
    larger.click()
    larger.click()
    expect(larger).to_be_disabled()
    assert page.evaluate(size) == pytest.approx(start * 1.25)
    page.goto(site_paths["post-toc"])  # another post: the same size, from the first paint
    assert page.evaluate("document.documentElement.dataset.text") == "2"
    assert page.evaluate(size) == pytest.approx(start * 1.25, rel=0.1)
    page.get_by_role("button", name="Smaller text").click()
    page.get_by_role("button", name="Smaller text").click()
    page.get_by_role("button", name="Smaller text").click()
    expect(page.get_by_role("button", name="Smaller text")).to_be_disabled()
    page.reload()
    assert page.evaluate("localStorage.getItem('mentorblog-text')") == "-1"
    expect(smaller).to_be_visible()
    assert watch.problems == []


def test_text_size_buttons_hide_without_javascript(open_context: Any,
                                                   site_paths: dict[str, str]) -> None:
    page = open_context(java_script_enabled=False).new_page()
    page.goto(site_paths["post"])
    expect(page.locator(".text-size")).to_be_hidden()


# -- feeds in a browser ------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "width", "scheme"), [("index.xml", "320", "dark"),
                                                       ("feed.xml", "1280", "light"),
                                                       ("tags/growth/index.xml", "390", "light")])
def test_a_feed_opened_in_a_browser_explains_itself(page: Page, watch: Any, path: str,
                                                    width: str, scheme: str) -> None:
    open_at(page, path, width, scheme)
    about = page.locator(".feed-about")
    expect(about).to_be_visible()
    expect(about).to_contain_text("This is a web feed")
    expect(page.locator("item > title, entry > title").first).to_be_visible()
    assert dangling_separators(page, ".feed-about") == []
    ends: list[str] = about.locator("code").evaluate(LINE_ENDS_JS)  # the address breaks at "/"
    assert all(end in "/-" for end in ends[:-1]), ends
    no_overflow(page)
    about.locator("a", has_text="More ways to subscribe").click()
    expect(page).to_have_url(re.compile(r"/subscribe/$"))
    expect(page.get_by_role("link", name="JSON Feed")).to_be_visible()
    assert watch.problems == []


def test_footer_leads_readers_to_the_subscribe_page(page: Page) -> None:
    page.goto("")
    page.locator(".site-footer").get_by_role("link", name="Subscribe").click()
    expect(page.locator("h1")).to_have_text("Subscribe")
    for name in ("RSS", "Atom", "JSON Feed"):
        expect(page.get_by_role("link", name=name, exact=True)).to_be_visible()


# -- lines that wrap cleanly -------------------------------------------------------------------

# The last visible character of each line of text inside an element, lines told apart by
# their vertical middle (a line may mix font sizes).
LINE_ENDS_JS = """e => {
    const chars = [];
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.length; i++) {
            if (/\\s/.test(n.data[i])) continue;
            range.setStart(n, i); range.setEnd(n, i + 1);
            const r = range.getClientRects()[0];
            if (r && r.width) chars.push({mid: (r.top + r.bottom) / 2, right: r.right,
                                          ch: n.data[i]});
        }
    }
    chars.sort((a, b) => a.mid - b.mid);
    const lines = [];
    for (const c of chars) {
        const line = lines[lines.length - 1];
        if (line && Math.abs(c.mid - line.mid) < 6) {
            if (c.right >= line.right) Object.assign(line, {right: c.right, ch: c.ch});
        } else lines.push({...c});
    }
    return lines.map(l => l.ch);
}"""
SEPARATORS = set("·|•")


def dangling_separators(page: Page, selector: str) -> list[str]:
    """Lines inside the elements matching `selector` that end in a separator."""
    found = []
    for element in page.locator(selector).all():
        ends: list[str] = element.evaluate(LINE_ENDS_JS)
        if set(ends[:-1]) & SEPARATORS or (ends and ends[-1] in SEPARATORS):
            found.append(f"{selector}: lines end in {ends}: {element.inner_text()!r}")
    return found


@pytest.mark.parametrize("width", ["320", "390"])
def test_no_line_ends_in_a_separator(page: Page, site_paths: dict[str, str], width: str) -> None:
    """Meta lines, the journey's summary, the sessions page and the footer wrap before a "·"
    or "|", never after it, and a date never breaks inside itself."""
    found = []
    for path, selectors in [("", [".entry .meta", ".site-footer"]),
                            ("posts/pairing-on-code/", [".post-meta .meta", ".session",
                                                        ".related li", ".site-footer"]),
                            (site_paths["post-toc"], [".post-meta .meta"]),
                            (site_paths["journey"], [".list-header p", ".entry .meta"]),
                            ("journal/", [".journal-log li"]),
                            ("404.html", ["main p"])]:
        open_at(page, path, width)
        for selector in selectors:
            found += [f"{path}: {problem}" for problem in dangling_separators(page, selector)]
        for time in page.locator("main time:visible").all():
            if not one_line(page, time):
                found.append(f"{path}: the date {time.inner_text()!r} breaks")
    assert found == [], "\n".join(found)


def test_separator_check_catches_a_dangling_dot(page: Page) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.set_content('<p class="m" style="width:12ch;font:16px monospace">aaaa bbbb · '
                     'cccccccccc</p><p class="ok" style="width:12ch;font:16px monospace">'
                     'aaaa bbbb ·&nbsp;cccccccccc</p>')
    assert dangling_separators(page, ".m") and not dangling_separators(page, ".ok")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_back_to_top_never_covers_the_footer(page: Page, site_paths: dict[str, str], width: str,
                                             scheme: str) -> None:
    open_at(page, site_paths["post-toc"], width, scheme)
    page.evaluate("scrollTo(0, document.documentElement.scrollHeight)")
    button = page.locator(".to-top a")
    expect(button).to_be_visible()
    b = button.bounding_box()
    assert b
    for link in page.locator(".site-footer a, .share a, .post-nav a").all():
        r = link.bounding_box()
        assert r
        apart = (r["x"] + r["width"] <= b["x"] or b["x"] + b["width"] <= r["x"]
                 or r["y"] + r["height"] <= b["y"] or b["y"] + b["height"] <= r["y"])
        assert apart, f"Back to top {b} covers {link.inner_text()!r} {r}"


def test_every_part_of_a_journey_leads_to_the_next(page: Page, site_paths: dict[str, str]
                                                   ) -> None:
    """Prev and Next on a journey's part N lead to parts N-1 and N+1, in the journey's order;
    related posts never repeat a part of the same journey."""
    page.goto(site_paths["journey"])
    parts = page.locator("main .entry .entry-title a").evaluate_all(
        "as => as.map(a => a.pathname)")
    assert len(parts) >= 3, parts
    for n, path in enumerate(parts):
        page.goto(path)
        prev, nxt = page.locator(".post-nav .prev"), page.locator(".post-nav .next")
        if n == 0:
            expect(prev).to_have_count(0)
        else:
            assert prev.evaluate("a => a.pathname") == parts[n - 1], f"part {n + 1}: Prev"
        if n == len(parts) - 1:
            expect(nxt).to_have_count(0)
        else:
            assert nxt.evaluate("a => a.pathname") == parts[n + 1], f"part {n + 1}: Next"
        related = page.locator(".related a").evaluate_all("as => as.map(a => a.pathname)")
        assert not set(related) & set(parts), (path, related)


def test_two_sessions_in_one_post_say_so(page: Page) -> None:
    page.goto("journal/")
    goals = page.locator(".journal-log > li", has_text="Setting goals")
    expect(goals.locator(".session-detail")).to_have_accessible_name("2 sessions")
    expect(goals.locator(".session-detail li")).to_have_text([re.compile(r"^Session 1: \d+ min"),
                                                              re.compile(r"^Session 2: \d+ min")])


@pytest.mark.parametrize("width", ["320", "390"])
def test_feed_addresses_break_only_after_a_slash_or_hyphen(page: Page, width: str) -> None:
    open_at(page, "subscribe/", width)
    codes = page.locator(".feed-list code")
    assert codes.count() >= 3
    for code in codes.all():
        ends: list[str] = code.evaluate(LINE_ENDS_JS)
        assert all(end in "/-" for end in ends[:-1]), (code.inner_text(), ends)
        assert code.inner_text().startswith("http")  # <wbr> adds no character to copy
    no_overflow(page)
