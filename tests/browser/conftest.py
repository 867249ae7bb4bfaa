"""Real-browser fixtures: Debian's Chromium through pytest-playwright, and the pages to visit."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Error,
    Page,
    Request,
    Response,
    Route,
)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Page types every site has; the concrete posts and tag are found in the built output.
PAGE_TYPES = ["home", "home-page-2", "post", "post-code", "post-toc", "post-journey", "about",
              "section", "tags", "tag", "category", "archives", "journey", "authors", "author",
              "journal", "search", "subscribe", "404"]
FIXED_PATHS = {"home": "", "home-page-2": "page/2/", "about": "about/", "section": "posts/",
               "tags": "tags/", "archives": "archives/", "authors": "authors/",
               "journal": "journal/", "search": "search/?q=goals", "subscribe": "subscribe/",
               "404": "404.html"}


class Site(Protocol):
    """tests/conftest.py's BuiltSite."""

    root: Path
    url: str


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_type" in metafunc.fixturenames:
        metafunc.parametrize("page_type", PAGE_TYPES)


def pytest_configure(config: pytest.Config) -> None:
    if getattr(config.option, "screenshot", None) == "off":
        config.option.screenshot = "only-on-failure"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A browser test must never be skipped (say, for want of a browser): report it failed."""
    report = yield
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"browser test was skipped, which this suite forbids: {report.longrepr}"
    return report


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(example_site: Site) -> str:
    return example_site.url


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def _first_link(site: Site, page_rel: str, pattern: str) -> str:
    """The first link on a built page whose path below the base URL matches `pattern`."""
    parser = _Links()
    html_file = site.root / page_rel
    parser.feed(html_file.read_text(encoding="utf-8"))
    for href in parser.hrefs:
        url = urljoin(site.url + page_rel, href)
        if url.startswith(site.url):
            rel = urlsplit(url[len(site.url):]).path
            if re.fullmatch(pattern, rel):
                return rel
    raise AssertionError(f"no link matching {pattern!r} on {page_rel}")


def _first_post_with(site: Site, marker: str) -> str:
    """The first post page (by path) whose html contains `marker`."""
    for html_file in sorted((site.root / "posts").rglob("index.html")):
        if marker in html_file.read_text(encoding="utf-8") and "kind-page" in \
                html_file.read_text(encoding="utf-8"):
            return html_file.parent.relative_to(site.root).as_posix() + "/"
    raise AssertionError(f"no post page containing {marker!r}")


def page_paths(site: Site) -> dict[str, str]:
    """Path below the base URL of each page type in `site`."""
    return {**FIXED_PATHS,
            "post": _first_link(site, "index.html", r"posts/[^/]+/"),
            "post-code": _first_post_with(site, '<div class="highlight">'),
            "post-toc": _first_post_with(site, '<details class="toc"'),
            "post-journey": _first_post_with(site, '<nav class="series"'),
            "tag": _first_link(site, "tags/index.html", r"tags/[^/]+/"),
            "category": _first_link(site, "categories/index.html", r"categories/[^/]+/"),
            "journey": _first_link(site, "series/index.html", r"series/[^/]+/"),
            "author": _first_link(site, "authors/index.html", r"authors/[^/]+/")}


@pytest.fixture(scope="session")
def site_paths(example_site: Site) -> dict[str, str]:
    return page_paths(example_site)


@pytest.fixture(scope="session")
def subpath_paths(example_site_subpath: Site) -> dict[str, str]:
    return page_paths(example_site_subpath)


def _is_foreign(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname != "127.0.0.1"


@dataclass
class Watch:
    """What the pages of one test did that they should not, and every URL they requested."""

    problems: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    def route(self, route: Route) -> None:
        if _is_foreign(route.request.url):
            self.problems.append(f"request to another host (blocked): {route.request.url}")
            route.abort()
        else:
            route.continue_()

    def request(self, request: Request) -> None:
        self.requested.append(request.url)

    def request_failed(self, request: Request) -> None:
        if not _is_foreign(request.url):
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text} @ {message.location.get('url')}")

    def page_error(self, error: Error) -> None:
        self.problems.append(f"page error: {error}")

    def page(self, page: Page) -> None:
        page.on("console", self.console)
        page.on("pageerror", self.page_error)


@pytest.fixture
def watch(context: BrowserContext, page: Page) -> Watch:
    """Records console and page errors, HTTP errors, and blocks and records foreign requests."""
    w = Watch()
    context.route("**/*", w.route)
    context.on("request", w.request)
    context.on("requestfailed", w.request_failed)
    context.on("response", w.response)
    context.on("page", w.page)
    w.page(page)
    return w


# -- sites that switch PaperMod flags on ------------------------------------------------------

FLAGS_SITE = Path(__file__).resolve().parent / "sites" / "flags"


def build_variant(dest: Path, source: Path, base_url: str) -> None:
    """Build a site folder with the real CLI; fail the test run if that fails."""
    cmd = [sys.executable, "-m", "mentorblog", "build", "-q", "-s", str(source), "-d", str(dest),
           "--base-url", base_url]
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0:
        pytest.fail(f"`{' '.join(cmd[1:])}` exited {done.returncode}\n{done.stdout}{done.stderr}",
                    pytrace=False)


@dataclass(frozen=True)
class BuiltVariant:
    root: Path
    url: str  # ends in /


def flags_variant(tmp_path_factory: pytest.TempPathFactory, serve: Any, name: str,
                  change: dict[str, Any]) -> BuiltVariant:
    """tests/browser/sites/flags with `change` merged into its params (None removes a key)."""
    work = tmp_path_factory.mktemp(name)
    source = work / "site"
    shutil.copytree(FLAGS_SITE, source, ignore=shutil.ignore_patterns(".mentorblog-cache"))
    config = yaml.safe_load((source / "site.yaml").read_text(encoding="utf-8"))
    for key, value in change.items():
        if value is None:
            config["params"].pop(key, None)
        else:
            config["params"][key] = value
    (source / "site.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    root = work / "public"
    root.mkdir()
    url = serve(root)
    build_variant(root, source, url)
    return BuiltVariant(root, url)


@pytest.fixture(scope="session")
def flags_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> BuiltVariant:
    """Profile mode, label, favicon, page numbers, last-modified dates, series... all on."""
    return flags_variant(tmp_path_factory, serve, "flags", {})


@pytest.fixture(scope="session")
def home_info_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> BuiltVariant:
    """The flags site with homeInfoParams instead of profile mode, and the theme toggle off."""
    return flags_variant(tmp_path_factory, serve, "home-info", {
        "profileMode": None, "hideFooter": None, "disableScrollToTop": None,
        "defaultTheme": None, "disableThemeToggle": True,
        "homeInfoParams": {"Title": "Hello, reader", "Content": "A journal about *mentoring*."}})


@pytest.fixture(scope="session")
def plain_list_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> BuiltVariant:
    """The flags site as a plain list: no profile, no special first entry, light by default."""
    return flags_variant(tmp_path_factory, serve, "plain-list", {
        "profileMode": None, "disableSpecial1stPost": True, "defaultTheme": "light",
        "ShowPageNums": None, "cover": {"hidden": True}})


def watched_context(browser: Browser, watch: Watch, **options: Any) -> BrowserContext:
    """A new browser context whose pages report to `watch` like the default `page` fixture's."""
    context = browser.new_context(**options)
    context.route("**/*", watch.route)
    context.on("request", watch.request)
    context.on("requestfailed", watch.request_failed)
    context.on("response", watch.response)
    context.on("page", watch.page)
    return context


@pytest.fixture
def open_context(browser: Browser, watch: Watch, base_url: str
                ) -> Iterator[Callable[..., BrowserContext]]:
    """Make extra browser contexts (own permissions, JavaScript off...) that report to `watch`
    and open pages relative to the example site; all closed after the test."""
    made: list[BrowserContext] = []

    def make(**options: Any) -> BrowserContext:
        context = watched_context(browser, watch, **{"base_url": base_url, **options})
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()
