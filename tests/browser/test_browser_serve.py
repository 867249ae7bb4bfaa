"""`mentorblog serve` in Chromium, as an author works: a tab on a post shows a saved edit by
itself (the preview), a tab on another page is left alone until the rebuild, and the rebuild
does not reload the post's tab again, because its page is what the preview showed."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

FIXTURE = Path(__file__).resolve().parents[1] / "sites" / "hugo"
TIMEOUT = 30.0
# A plugin that holds every rebuild while the site has a file named `hold`: the test decides
# when the rebuild ends, so what a tab shows before it is not a race.
HOLD_PLUGIN = """
import time
from pathlib import Path


def on_site(site):
    hold = Path(site.config.root) / "hold"
    deadline = time.monotonic() + 60
    while hold.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return site
"""
# Each load of a tab adds one to its own count (sessionStorage is per tab).
COUNT_LOADS = (
    "sessionStorage.setItem('loads', String(Number(sessionStorage.getItem('loads') || 0) + 1))"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(FIXTURE / "site.yaml", site / "site.yaml")
    for folder in ("content", "layouts"):
        shutil.copytree(FIXTURE / folder, site / folder)
    (site / "plugins").mkdir()
    (site / "plugins" / "hold_rebuilds.py").write_text(HOLD_PLUGIN, encoding="utf-8")
    with open(site / "site.yaml", "a", encoding="utf-8") as config:
        config.write("\nplugins: [hold_rebuilds]\n")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mentorblog", "serve", "-s", str(site), "-p", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp_path), "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + TIMEOUT
    for line in proc.stdout:  # the first lines: the build, then the address
        if line.startswith("Serving "):
            break
        assert time.monotonic() < deadline, line
    try:
        yield f"http://127.0.0.1:{port}/", site
    finally:
        proc.terminate()
        proc.wait(TIMEOUT)


def loads(page: object) -> int:
    return int(page.evaluate("Number(sessionStorage.getItem('loads'))"))  # type: ignore[attr-defined]


def test_a_save_shows_in_the_posts_tab_and_other_tabs_wait_for_the_rebuild(
    browser: Browser, served: tuple[str, Path]
) -> None:
    url, site = served
    context = browser.new_context()
    context.add_init_script(COUNT_LOADS)
    post, tags = context.new_page(), context.new_page()
    post.goto(url + "posts/pinned/")
    tags.goto(url + "tags/")
    for tab in (post, tags):
        tab.wait_for_function("document.readyState === 'complete'")
    time.sleep(0.5)  # both event streams connected
    assert (loads(post), loads(tags)) == (1, 1)

    (site / "hold").write_text("", encoding="utf-8")  # the rebuild waits until it is gone
    file = site / "content/posts/pinned.md"
    file.write_text(
        file.read_text(encoding="utf-8").replace("First.", "First, seen at once."),
        encoding="utf-8",
    )
    expect(post.locator("article")).to_contain_text("First, seen at once.", timeout=TIMEOUT * 1000)
    assert loads(post) == 2
    assert loads(tags) == 1  # not reloaded by the preview: its page has not changed yet
    (site / "hold").unlink()
    # The rebuild reloads the other tab (its page may list the post) but not the post's,
    # whose page is byte for byte the preview it shows.
    tags.wait_for_function("Number(sessionStorage.getItem('loads')) === 2", timeout=TIMEOUT * 1000)
    time.sleep(1.0)
    assert loads(post) == 2
    assert loads(tags) == 2
    context.close()
