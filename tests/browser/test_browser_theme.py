"""The theme's behaviour in Chromium: the light/dark toggle and its memory, the table of contents,
the code copy button, and pages with JavaScript switched off."""

from __future__ import annotations

import re
from typing import Any, Literal

import pytest
from playwright.sync_api import Page, Route, expect
from test_browser_pages import SCHEME_JS, load

STORAGE_KEY = "mentorblog-theme"

# Runs as the first thing inside <body>: the head's scripts and stylesheet have run, nothing of
# the body has been painted yet. It records which palette the body would be painted with.
FIRST_PAINT_PROBE = """<script>
window.firstPaint = {theme: document.documentElement.dataset.theme || "",
                     bg: getComputedStyle(document.documentElement)
                         .getPropertyValue("--bg").trim()};
</script>"""
PALETTE_BG = {"light": "#fbfaf7", "dark": "#16181b"}


def scheme_of(page: Page) -> str:
    return str(page.evaluate(SCHEME_JS)["scheme"])


def toggle(page: Page) -> Any:
    return page.locator("button.theme-toggle")


@pytest.mark.parametrize("system", ["light", "dark"])
def test_theme_follows_the_system_until_the_reader_chooses(
        page: Page, watch: Any, site_paths: dict[str, str],
        system: Literal["light", "dark"]) -> None:
    other = "dark" if system == "light" else "light"
    page.emulate_media(color_scheme=system)
    page.goto(site_paths["post"], wait_until="networkidle")
    assert scheme_of(page) == system
    assert page.evaluate("document.documentElement.dataset.theme || ''") == ""
    button = toggle(page)
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-pressed", str(system == "dark").lower())

    button.click()
    assert scheme_of(page) == other
    expect(button).to_have_attribute("aria-pressed", str(other == "dark").lower())
    assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") == other

    page.reload(wait_until="networkidle")
    assert scheme_of(page) == other, "the choice did not survive a reload"
    expect(toggle(page)).to_have_attribute("aria-pressed", str(other == "dark").lower())
    page.goto(site_paths["archives"], wait_until="networkidle")
    assert scheme_of(page) == other, "the choice did not carry over to another page"

    # The system changing does not override a choice the reader made.
    page.emulate_media(color_scheme=other if system == "dark" else system)
    assert scheme_of(page) == other

    toggle(page).click()
    assert scheme_of(page) == system
    assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") == system
    assert watch.problems == []


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_saved_choice_is_applied_before_the_first_paint(
        page: Page, watch: Any, site_paths: dict[str, str], base_url: str,
        choice: Literal["light", "dark"]) -> None:
    """No flash of the wrong palette: the saved choice is in place before <body> is parsed."""
    page.emulate_media(color_scheme="dark" if choice == "light" else "light")
    page.goto(site_paths["tags"], wait_until="networkidle")
    page.evaluate(f"localStorage.setItem('{STORAGE_KEY}', '{choice}')")

    def add_probe(route: Route) -> None:
        response = route.fetch()
        html = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + FIRST_PAINT_PROBE,
                      response.text(), count=1)
        route.fulfill(response=response, body=html)

    url = base_url + site_paths["post"]
    page.route(url, add_probe)
    page.goto(url)
    first = page.evaluate("window.firstPaint")
    assert first == {"theme": choice, "bg": PALETTE_BG[choice]}, first
    assert watch.problems == []


def test_table_of_contents_opens_and_closes(page: Page, watch: Any,
                                            site_paths: dict[str, str]) -> None:
    page.goto(site_paths["post-toc"])
    toc = page.locator("details.toc")
    summary = toc.locator("summary")
    first_link = toc.locator("nav a").first
    opened_at_load = toc.evaluate("d => d.open")
    if opened_at_load:  # TocOpen
        expect(first_link).to_be_visible()
        summary.click()
    assert toc.evaluate("d => d.open") is False
    expect(first_link).to_be_hidden()
    summary.click()
    assert toc.evaluate("d => d.open") is True
    expect(first_link).to_be_visible()

    target = first_link.get_attribute("href")
    assert target and target.startswith("#")
    first_link.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.locator(target)).to_be_in_viewport()
    assert watch.problems == []


def test_copy_button_copies_the_code(open_context: Any, watch: Any, base_url: str,
                                     site_paths: dict[str, str]) -> None:
    context = open_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(site_paths["post-code"])
    blocks = page.locator(".post-content .highlight")
    buttons = page.get_by_role("button", name="copy", exact=True)
    expect(buttons).to_have_count(blocks.count())
    assert blocks.count() > 0

    button = page.locator(".copy-code").first  # by position: its name is about to change
    button.click()
    expect(button).to_have_text("copied!")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == blocks.first.locator("code").inner_text()
    expect(button).to_have_text("copy", timeout=3500)  # back after 2 s
    assert watch.problems == []


def test_pages_work_without_javascript(open_context: Any, watch: Any,
                                       site_paths: dict[str, str]) -> None:
    """Every page type reads fine with scripts off; only the toggle and copy buttons go."""
    context = open_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    problems = []
    for page_type, path in site_paths.items():
        problems += [f"{page_type}: {p}" for p in load(page, path)]
        expect(page.locator("h1")).to_be_visible()
        if toggle(page).count():
            expect(toggle(page)).to_be_hidden()
        expect(page.locator(".copy-code")).to_have_count(0)
        toc = page.locator("details.toc")
        if toc.count():  # <details> needs no script
            toc.locator("summary").click()
            toc.locator("summary").click()
            expect(toc.locator("nav a").first).to_be_visible()
    problems += watch.problems
    assert problems == [], "without JavaScript:\n" + "\n".join(problems)


def test_first_entry_on_the_home_page_stands_out(page: Page, watch: Any) -> None:
    page.goto("", wait_until="networkidle")
    entries = page.locator("main article.entry")
    expect(entries.first).to_have_class(re.compile(r"\bfirst-entry\b"))
    expect(page.locator("main article.first-entry")).to_have_count(1)
    size = "e => parseFloat(getComputedStyle(e).fontSize)"
    big = entries.nth(0).locator(".entry-title").evaluate(size)
    small = entries.nth(1).locator(".entry-title").evaluate(size)
    assert big > small
    page.goto("page/2/", wait_until="networkidle")
    expect(page.locator("main article.first-entry")).to_have_count(0)
    assert watch.problems == []


def test_skip_link_and_focus_are_visible(page: Page, site_paths: dict[str, str]) -> None:
    page.goto(site_paths["post"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = skip.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('main') !== null")
    assert focused, "Tab after the skip link should land inside <main>"


def test_back_to_top_link(page: Page, site_paths: dict[str, str]) -> None:
    page.goto(site_paths["post-toc"])
    link = page.get_by_role("link", name=re.compile("Back to top"))
    expect(link).to_have_count(0)  # hidden until a screen has scrolled by
    page.evaluate("scrollTo(0, document.documentElement.scrollHeight)")
    link.click()
    expect(page.locator("#top")).to_be_in_viewport()


def test_print_stylesheet_hides_the_chrome(page: Page, site_paths: dict[str, str]) -> None:
    page.emulate_media(media="print", color_scheme="dark")
    page.goto(site_paths["post-toc"])
    for selector in (".site-header", ".site-footer", ".toc", ".share", ".to-top"):
        if page.locator(selector).count():
            expect(page.locator(selector).first).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    assert scheme_of(page) == "light", "print should use dark text on white"


def test_copy_leaves_out_line_numbers_and_marked_lines_show(
        open_context: Any, watch: Any, serve: Any, tmp_path: Any) -> None:
    """A migrated `highlight` with line numbers: they are not selectable or copied, and the
    marked line has a background of its own."""
    from mentorblog.build import BuildOptions, build
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n"
                                    "ShowCodeCopyButtons: true\n")
    (site / "content" / "posts" / "code.md").write_text(
        '---\ntitle: Code\ndate: 2024-01-01\n---\n'
        '{{< highlight python "linenos=inline,hl_lines=2" >}}\ndef f():\n    return 1\n'
        '{{< /highlight >}}\n\n'
        '```python {linenos=table,hl_lines=[1],linenostart=5}\ng = 2\n```\n')
    build(BuildOptions(source=site, destination=tmp_path / "out", use_cache=False))
    url = serve(tmp_path / "out")
    context = open_context(base_url=url.rstrip("/"))
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
    page = context.new_page()
    page.goto(url + "posts/code/")
    expect(page.locator(".highlight .ln")).to_have_count(3)
    marked = page.locator(".highlight .hll").first
    background = marked.evaluate("e => getComputedStyle(e).backgroundColor")
    pre = page.locator(".highlight pre").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background != pre
    assert page.locator(".highlight .ln").first.evaluate(
        "e => getComputedStyle(e).userSelect") == "none"
    page.locator(".copy-code").first.click()
    expect(page.locator(".copy-code").first).to_have_text("copied!")
    assert page.evaluate("navigator.clipboard.readText()") == "def f():\n    return 1\n"
    # Selecting the fenced block by hand and copying leaves its number out too.
    page.locator(".highlight pre").nth(1).evaluate(
        "e => getSelection().selectAllChildren(e)")
    assert page.evaluate("getSelection().toString()").strip() == "g = 2"
    assert watch.problems == []
