"""linkinator finds no broken link or #fragment, at the root and under a /blog/ sub-path."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urljoin

import pytest

LINKINATOR = Path(__file__).resolve().parents[1] / "tools/node_modules/.bin/linkinator"

Site = Any  # tests/conftest.py's BuiltSite: .root, .url, .file_for(url)


def start_urls(site: Site) -> list[str]:
    """One start URL per HTML file, so pages that nothing links to are checked too."""
    return [site.url + p.relative_to(site.root).as_posix().removesuffix("index.html")
            for p in sorted(site.root.rglob("*.html"))]


def broken_links(site: Site) -> list[str]:
    """Crawl the served site; every link under its base URL must lead to a page of the output."""
    cmd = [str(LINKINATOR), *start_urls(site), "--recurse", "--check-fragments", "--check-css",
           "--skip", f"^(?!{re.escape(site.url)})", "--timeout", "30000",
           "--format", "json", "--verbosity", "info"]  # info: list SKIPPED links too
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode in (0, 1), f"linkinator exited {done.returncode}:\n{done.stderr}"
    links: list[dict[str, Any]] = json.loads(done.stdout)["links"]
    origin = urljoin(site.url, "/")
    out = []
    for link in links:
        url, state, parent = link["url"], link["state"], link.get("parent") or "(start)"
        if state == "BROKEN" and "#" in url and link.get("status") == 200:
            out.append(f"{url}: BROKEN: no element has the id of this #fragment")
        elif state == "BROKEN":
            out.append(f"{parent} -> {url}: BROKEN {link.get('status')}")
        elif url.startswith(origin) and not url.startswith(site.url):
            out.append(f"{parent} -> {url}: outside the base URL {site.url}")
        elif state == "OK" and site.file_for(url.split("#")[0]) is None:
            out.append(f"{parent} -> {url}: no such file in the output (a directory listing?)")
    assert out or done.returncode == 0, f"linkinator failed but reported nothing:\n{done.stdout}"
    return sorted(set(out))


@pytest.mark.parametrize("variant", ["example_site", "example_site_subpath"])
def test_no_broken_links(variant: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue(variant)
    problems = broken_links(site)
    assert problems == [], f"{len(problems)} broken links under {site.url}:\n" + "\n".join(problems)


def test_linkinator_catches_broken_links(tmp_path: Path, serve: Any) -> None:
    parent = tmp_path / "srv"
    (parent / "blog" / "empty").mkdir(parents=True)
    (parent / "blog" / "index.html").write_text(
        '<!DOCTYPE html><title>t</title><p id="here"><a href="#here">ok</a> '
        '<a href="gone.html">gone</a> <a href="#nowhere">frag</a> <a href="/">root</a> '
        '<a href="empty/">listing</a>')
    base = serve(parent) + "blog/"
    site = SimpleNamespace(url=base, root=parent / "blog",
                           file_for=lambda url: None if url.endswith("/empty/") else Path())
    problems = "\n".join(broken_links(site))
    for expected in ("gone.html: BROKEN 404", "#nowhere: BROKEN: no element",
                     "outside the base URL", "empty/: no such file"):
        assert expected in problems, (expected, problems)
