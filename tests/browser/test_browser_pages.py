"""Every page type loads cleanly in Chromium: no errors, no foreign requests, sound structure."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, ViewportSize

VIEWPORTS: dict[str, ViewportSize] = {"1280x800": {"width": 1280, "height": 800},
                                      "390x844": {"width": 390, "height": 844}}

FACTS_JS = """() => ({
    lang: document.documentElement.getAttribute('lang') || '',
    h1: document.querySelectorAll('h1').length,
    title: document.title.trim(),
    main: document.querySelectorAll('main, [role=main]').length,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
})"""


# Which palette is on screen, judged by the body's background lightness.
SCHEME_JS = """() => {
    const bg = getComputedStyle(document.body).backgroundColor;
    const [r, g, b] = bg.match(/\\d+/g).map(Number);
    return {bg, scheme: (0.299 * r + 0.587 * g + 0.114 * b) > 128 ? 'light' : 'dark'};
}"""


def load(page: Page, url: str) -> list[str]:
    """Open `url`, wait for the network to settle, and list what is wrong with the page's shape."""
    response = page.goto(url, wait_until="networkidle")
    if response is None or not response.ok:
        return [f"{url} answered {response.status if response else 'nothing'}"]
    facts: dict[str, Any] = page.evaluate(FACTS_JS)
    problems = []
    if not facts["lang"]:
        problems.append("<html> has no lang")
    if facts["h1"] != 1:
        problems.append(f"{facts['h1']} <h1> elements, expected 1")
    if not facts["title"]:
        problems.append("empty or missing <title>")
    if facts["main"] != 1:
        problems.append(f"{facts['main']} main landmarks, expected 1")
    if facts["scrollWidth"] > facts["innerWidth"]:
        problems.append(f"horizontal overflow: scrollWidth {facts['scrollWidth']} > "
                        f"innerWidth {facts['innerWidth']}")
    return problems


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_page_loads_cleanly(page: Page, watch: Any, site_paths: dict[str, str],
                            page_type: str, viewport: str) -> None:
    """Loaded once in the light scheme, then switched to dark: both palettes apply and fit."""
    page.emulate_media(color_scheme="light")
    page.set_viewport_size(VIEWPORTS[viewport])
    problems = load(page, site_paths[page_type])
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        problems += [f"{scheme}: {p}" for p in palette_problems(page, scheme)]
    problems += watch.problems
    assert problems == [], f"{page_type} at {viewport} ({page.url}):\n" + "\n".join(problems)


def palette_problems(page: Page, scheme: str) -> list[str]:
    """The palette on screen is `scheme`'s, and nothing is wider than the window."""
    facts: dict[str, Any] = page.evaluate(SCHEME_JS)
    problems = []
    if facts["scheme"] != scheme:
        problems.append(f"the page shows the {facts['scheme']} palette "
                        f"(body background {facts['bg']})")
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    if width[0] > width[1]:
        problems.append(f"horizontal overflow: scrollWidth {width[0]} > innerWidth {width[1]}")
    return problems


def test_page_works_under_subpath(page: Page, watch: Any, subpath_paths: dict[str, str],
                                  example_site_subpath: Any, page_type: str) -> None:
    """Built for http://host/blog/, the page loads and fetches nothing outside /blog/."""
    base = example_site_subpath.url
    problems = load(page, base + subpath_paths[page_type]) + watch.problems
    origin = urljoin(base, "/")
    problems += [f"request outside {base}: {u}" for u in watch.requested
                 if u.startswith(origin) and not u.startswith(base)]
    assert problems == [], f"{page_type} ({page.url}):\n" + "\n".join(problems)


@pytest.mark.parametrize("variant", ["example_site", "example_site_subpath"])
def test_404_page_works_at_any_depth(page: Page, watch: Any, variant: str,
                                     request: pytest.FixtureRequest) -> None:
    """A server sends 404.html for any missing URL, so its links and assets must not be relative."""
    site = request.getfixturevalue(variant)
    missing = site.url + "no/such/page/"
    page.route(missing, lambda route: route.fulfill(path=site.root / "404.html"))
    problems = load(page, missing) + watch.problems
    assert problems == [], f"404.html served at {missing}:\n" + "\n".join(problems)
