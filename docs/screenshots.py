#!/usr/bin/env python3
"""Screenshots of the default theme for the README.

Builds the example site (this repository) into a temporary folder, serves it on 127.0.0.1 and
photographs the home page, two posts (one with code, one with a table of contents), the tags
page, the archives, a journey, an author's page and the sessions journal at desktop (1280 px)
and phone (390 px) widths, in the light and the dark scheme, into docs/screenshots/ as JPEG
files. Long pages are cut at a fixed height.

    python docs/screenshots.py            # all of them
    python docs/screenshots.py home post  # only some pages
    python docs/screenshots.py --png --out DIR  # lossless PNG files elsewhere, for review

Needs the test extras (`pip install -e '.[test]'`) and Chromium (CHROMIUM, else
`chromium` on PATH).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

PAGES = {
    "home": "",
    "post": "posts/pairing-on-code/",
    "post-toc": "posts/talking-about-careers/",
    "tags": "tags/",
    "archives": "archives/",
    "journey": "series/first-year/",
    "author": "authors/ben/",
    "journal": "journal/",
}
VIEWPORTS = {"desktop": (1280, 800), "mobile": (390, 844)}
MAX_HEIGHT = {"desktop": 1400, "mobile": 1800}
QUALITY = 70
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build(dest: Path, base_url: str) -> None:
    subprocess.run([sys.executable, "-m", "mentorblog", "build", "-q", "-s", str(ROOT),
                    "-d", str(dest), "--base-url", base_url], check=True, cwd=ROOT)


def chromium() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).exists():
        sys.exit("screenshots: Chromium not found; set CHROMIUM=/path/to/chromium")
    return found


def shoot(base: str, names: list[str], out: Path, png: bool) -> list[Path]:
    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium(), args=ARGS)
        for device, (width, height) in VIEWPORTS.items():
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport={"width": width, "height": height},
                                              color_scheme=scheme)
                # Nothing may leave 127.0.0.1, not even by accident.
                context.route("**/*", lambda r: r.continue_()
                              if r.request.url.startswith(base) else r.abort())
                page = context.new_page()
                for name in names:
                    page.goto(base + PAGES[name], wait_until="networkidle")
                    full = page.evaluate("document.documentElement.scrollHeight")
                    clip = {"x": 0, "y": 0, "width": width,
                            "height": min(full, MAX_HEIGHT[device])}
                    path = out / f"{name}-{device}-{scheme}.{'png' if png else 'jpg'}"
                    options = {"type": "png"} if png else {"type": "jpeg", "quality": QUALITY}
                    page.screenshot(path=str(path), full_page=True, clip=clip,
                                    animations="disabled", caret="hide", **options)
                    written.append(path)
                context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", choices=[[], *PAGES], metavar="PAGE",
                        help=f"pages to photograph ({', '.join(PAGES)}); default all")
    parser.add_argument("--out", type=Path, default=OUT, help="folder (default docs/screenshots)")
    parser.add_argument("--png", action="store_true", help="lossless PNG instead of JPEG")
    args = parser.parse_args()
    names = args.pages or list(PAGES)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mentorblog-shots-") as tmp:
        public = Path(tmp) / "public"
        public.mkdir()
        with serve(public) as base:
            build(public, base)
            for path in shoot(base, names, out, args.png):
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                print(f"{shown}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
