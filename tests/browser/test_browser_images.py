"""Images in Chromium, on tests/sites/photos built with the default widths (and one photo
of 12 megapixels added): every image loads, nothing moves while they load, and a phone's
390 px wide screen gets a small copy, a desktop's a larger one, never the original."""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import BuiltVariant, build_variant
from playwright.sync_api import Page

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
from images import photo  # noqa: E402

PHOTOS = TESTS / "sites" / "photos"
POSTS = ["posts/whiteboard/", "posts/meetup/", "posts/no-cover/", "posts/big/", "", "authors/ana/"]

# Every layout shift of the page, as Lighthouse's CLS adds them up (none after input).
WATCH_SHIFTS = """
window.__shifts = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
}).observe({type: 'layout-shift', buffered: true});
"""
ALL_LOADED = """() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"""


class _SlowImages(http.server.SimpleHTTPRequestHandler):
    """Images arrive 0.3 s after the page, as on a phone's network: a page that has not
    kept their place moves when they come (on loopback they would beat the first paint)."""

    def do_GET(self) -> None:
        if self.path.split("?")[0].endswith((".jpg", ".png", ".webp", ".avif", ".gif")):
            time.sleep(0.3)
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def slow_serve() -> Iterator[Callable[[Path], str]]:
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(root: Path) -> str:
        handler = functools.partial(_SlowImages, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def photos_site(
    tmp_path_factory: pytest.TempPathFactory, slow_serve: Callable[[Path], str]
) -> BuiltVariant:
    work = tmp_path_factory.mktemp("photos-browser")
    source = work / "site"
    shutil.copytree(PHOTOS, source, ignore=shutil.ignore_patterns("expected", ".mentorblog-cache"))
    config = source / "site.yaml"
    config.write_text(config.read_text().replace("images:\n  widths: [200, 400]\n", ""))
    post = source / "content" / "posts" / "whiteboard" / "index.md"  # no request leaves
    post.write_text(
        post.read_text().replace(
            "![Another site's picture](https://example.org/elsewhere.jpg)\n", ""
        )
    )
    (source / "static" / "images" / "big.jpg").write_bytes(photo(4000, 3000, seed=12))
    (source / "content" / "posts" / "big.md").write_text(
        "---\ntitle: A big photo\ndate: 2024-04-01T10:00:00Z\nauthor: Ana\n"
        "description: Twelve megapixels from a phone.\n---\n\nSome words first.\n\n"
        "![A gradient with circles, twelve megapixels](/images/big.jpg)\n\nMore words after.\n"
    )
    root = work / "public"
    root.mkdir()
    url = slow_serve(root)
    build_variant(root, source, url)
    return BuiltVariant(root, url)


@pytest.fixture
def phone(open_context: Any) -> Iterator[Page]:
    # Through conftest's fixture: `from conftest import ...` meant whichever conftest.py
    # Python imported first under that name (tests/validate's in a full run).
    context = open_context(viewport={"width": 390, "height": 844})
    yield context.new_page()


def visit(page: Page, url: str) -> float:
    """Open `url`, scroll to the end so every lazy image loads, and return the page's
    layout shift (CLS as Lighthouse adds it up)."""
    page.add_init_script(WATCH_SHIFTS)
    page.goto(url)
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height + 400, 300):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(30)
    page.wait_for_function(ALL_LOADED)
    page.wait_for_timeout(200)
    return float(page.evaluate("window.__shifts.reduce((a, b) => a + b, 0)"))


@pytest.mark.parametrize("path", POSTS)
def test_every_image_loads_and_nothing_moves(
    page: Page, watch: Any, photos_site: BuiltVariant, path: str
) -> None:
    shift = visit(page, photos_site.url + path)
    assert shift == 0
    images = page.evaluate(
        "() => [...document.images].map(i => [i.currentSrc, i.naturalWidth,"
        " i.getAttribute('width') !== null])"
    )
    assert images
    for src, natural, sized in images:
        assert natural > 0, src
        assert sized or src.endswith(".svg"), f"{src} has no width attribute"
    assert watch.problems == []


def test_a_phone_gets_a_small_copy_in_the_best_format(
    phone: Page, watch: Any, photos_site: BuiltVariant
) -> None:
    visit(phone, photos_site.url + "posts/big/")
    src, shown, fetched = phone.locator(".post-content img").evaluate(
        "i => [i.currentSrc, i.getBoundingClientRect().width,"
        " performance.getEntriesByName(i.currentSrc)[0].encodedBodySize]"
    )
    assert shown == pytest.approx(358, abs=1)  # 390 px less the page's margins
    # The lightest file of that width: AVIF, or WebP where the AVIF was not lighter.
    assert "/images/big-360w." in src and src.endswith((".avif", ".webp")), src
    lightest = min(f.stat().st_size for f in (photos_site.root / "images").glob("big-360w.*"))
    assert fetched == lightest
    original = (photos_site.root / "images" / "big.jpg").stat().st_size
    assert fetched < original / 20, (fetched, original)  # not the 4,000 px original
    assert watch.problems == []


def test_a_desktop_gets_the_copy_its_column_needs(
    page: Page, watch: Any, photos_site: BuiltVariant
) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    visit(page, photos_site.url + "posts/big/")
    src = page.locator(".post-content img").evaluate("i => i.currentSrc")
    assert "/images/big-720w." in src and src.endswith(".avif"), src  # a 672 px column
    cover = page.locator(".entry-cover img")
    assert cover.count() == 0  # this post has no cover
    assert watch.problems == []


def test_the_cover_is_fetched_first_and_later_images_lazily(
    page: Page, watch: Any, photos_site: BuiltVariant
) -> None:
    page.goto(photos_site.url + "posts/whiteboard/")
    cover = page.locator(".entry-cover img")
    assert cover.get_attribute("fetchpriority") == "high"
    assert cover.evaluate("i => i.complete && i.naturalWidth > 0")
    lazy = page.locator(".post-content img[loading=lazy]")
    assert lazy.count() >= 3
    # An upright photo stays upright: the copy the browser shows is taller than wide.
    assert cover.evaluate("i => i.naturalHeight > i.naturalWidth")
    assert watch.problems == []


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_a_portrait_cover_stays_shorter_than_the_screen(
    page: Page, watch: Any, photos_site: BuiltVariant, width: int, height: int
) -> None:
    """The upright whiteboard photo (3:4) in the 42rem column would be 896 px tall on a
    desktop, the whole first screen: its box is capped at 32rem or 70 % of the screen, and
    the photo is drawn whole inside it (contain), never cropped or stretched."""
    page.set_viewport_size({"width": width, "height": height})
    page.goto(photos_site.url + "posts/whiteboard/")
    cover = page.locator(".entry-cover img")
    page.wait_for_function("() => document.querySelector('.entry-cover img').complete")
    box_w, box_h, nat_w, nat_h, fit = cover.evaluate(
        "i => [i.clientWidth, i.clientHeight, i.naturalWidth, i.naturalHeight,"
        " getComputedStyle(i).objectFit]"
    )
    assert box_h <= min(512, 0.7 * height) + 1, (box_w, box_h)
    assert fit == "contain"
    drawn = min(box_w / nat_w, box_h / nat_h)  # the scale `contain` draws the photo at
    assert nat_w * drawn <= box_w + 1 and nat_h * drawn <= box_h + 1
    assert nat_h * drawn == pytest.approx(box_h, abs=1)  # as tall as the box: upright, whole
    assert watch.problems == []


def test_a_list_cover_gets_the_copy_its_side_panel_needs(
    page: Page, watch: Any, photos_site: BuiltVariant
) -> None:
    """On a wide screen a list shows covers as a side panel of 28 % of the column (188 px),
    not the column's 672 px: the list's `sizes` says so, and the browser takes the 360 px
    copy rather than the 480 px original width."""
    page.set_viewport_size({"width": 1280, "height": 800})
    visit(page, photos_site.url)
    cover = page.locator("article:not(.first-entry) .entry-cover img")
    shown, src = cover.evaluate("i => [i.getBoundingClientRect().width, i.currentSrc]")
    assert shown == pytest.approx(188, abs=2)
    assert "/posts/whiteboard/whiteboard-360w." in src, src
    assert watch.problems == []
