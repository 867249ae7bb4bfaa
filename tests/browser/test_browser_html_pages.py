"""A page written in html with scripts of its own (a beautiful-jekyll tool page moved in):
in Chromium its stylesheet applies, its script runs when the reader presses its button, and
the page fits a phone, in both palettes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

TOOL = """\
---
title: Split the bill
css:
  - /css/tool.css
js:
  - /js/tool.js
---

<div id="tool">
\t<p>Press <input type="button" id="add" onclick="tool.add()" value="Add"> to add a share.</p>

\t\t<p id="count">0 shares</p>
</div>
"""


@pytest.fixture(scope="session")
def tool_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> str:
    work = tmp_path_factory.mktemp("html-page")
    source = work / "site"
    files = {
        "site.yaml": "title: Tools\nbase_url: https://example.org/\n",
        "content/tool.html": TOOL,
        "static/css/tool.css": "#count { border: 3px solid rgb(0, 128, 0); }\n",
        "static/js/tool.js": "var tool = {n: 0, add: function () {\n"
        "  this.n += 1;\n"
        "  document.getElementById('count').textContent = this.n + ' shares';\n"
        "}};\n",
    }
    for name, text in files.items():
        path: Path = source / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    root = work / "public"
    root.mkdir()
    url = serve(root)
    cmd = [sys.executable, "-m", "mentorblog", "build", "-q", "-s", str(source), "-d", str(root)]
    done = subprocess.run([*cmd, "--base-url", url], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return url


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_pages_own_script_and_stylesheet_work(
    page: Page, watch: Any, tool_site: str, scheme: str
) -> None:
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(tool_site + "tool/", wait_until="networkidle")
    count = page.locator("#count")
    assert count.inner_text() == "0 shares"
    assert count.evaluate("e => getComputedStyle(e).borderTopColor") == "rgb(0, 128, 0)"
    page.get_by_role("button", name="Add").click()
    page.get_by_role("button", name="Add").click()
    assert count.inner_text() == "2 shares"
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1]
    assert watch.problems == []
