"""tests/sites/polyglot in Chromium: the switcher of a page some language lacks leads to
that language's fallback, which reads in the French site's words while its text says it
is English, and its links stay in French; a phone shows it without overflow."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

FIXTURE = Path(__file__).resolve().parent.parent / "sites" / "polyglot"
Serve = Callable[[Path], str]  # tests/conftest.py's: serve a folder, get its URL


@pytest.fixture(scope="session")
def polyglot_site(tmp_path_factory: pytest.TempPathFactory, serve: Serve) -> str:
    root = tmp_path_factory.mktemp("polyglot-site") / "public"
    root.mkdir()
    url = serve(root)
    cmd = [sys.executable, "-m", "mentorblog", "build", "-s", str(FIXTURE), "-d", str(root)]
    done = subprocess.run(
        [*cmd, "--base-url", url, "-q"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return url


def test_switcher_leads_to_the_fallback_and_its_links_stay_in_french(
    page: Page, polyglot_site: str
) -> None:
    page.goto(polyglot_site + "about/")
    page.locator(".lang-switch a", has_text="Français").click()
    expect(page).to_have_url(polyglot_site + "fr/about/")
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.locator("article").get_attribute("lang") == "en"
    expect(page.locator(".post-title")).to_have_text("About")
    page.locator(".post-content a", has_text="contact page").click()
    expect(page).to_have_url(polyglot_site + "fr/contact/")  # Contact's French fallback
    page.locator(".lang-switch a", has_text="Deutsch").click()
    expect(page).to_have_url(polyglot_site + "de/kontakt/")  # its page_id translation
    expect(page.locator(".post-title")).to_have_text("Kontakt")


@pytest.mark.parametrize("width", [320, 390])
def test_a_fallback_fits_a_phone(page: Page, polyglot_site: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(polyglot_site + "de/welcome/")
    expect(page.locator(".greeting")).to_have_text("Hallo! Guten Morgen / Good evening")
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("path", ["fr/about/", "nur-deutsch/"])
def test_no_serious_axe_violations_on_a_fallback(page: Page, polyglot_site: str, path: str) -> None:
    """A page whose text is in another language than its site's (`lang` on the article)."""
    from test_browser_axe import serious_violations

    page.goto(polyglot_site + path)
    bad = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        bad += [f"{scheme}: {line}" for line in serious_violations(page)]
    assert bad == [], "\n".join(bad)
