#!/usr/bin/env python3
"""Search benchmark: mentorblog's sharded index against Pagefind, at 100, 1,000 and 10,000 posts.

For each size it generates the shared corpus (`../shared/corpus/gen_corpus.py OUT N --seed 1`),
builds the site with a `layout: search` page, runs Pagefind over the built posts (bench only:
Pagefind is never a dependency of mentorblog), serves the folder on 127.0.0.1 and, in Debian's
Chromium through Playwright:

- types the query into mentorblog's search page, and asks Pagefind's JS API the same query (its
  first ten results' data, as a results page needs), recording every file fetched;
- times the first query (files fetched from the local server) and the same query again with
  every file already loaded ("after the index arrives": matching and showing only).

Sizes are bytes as served (no compression; http.server sends none) and, in brackets, what gzip
would send. Usage, from the repository root:

    .venv/bin/python bench/search_bench.py [--sizes 100 1000 10000] [--query "mentoring feedback"]
        [--work DIR] [--pagefind BIN] [--json FILE]

Without --pagefind it uses the `pagefind_bin` package when importable, else installs
`pagefind-bin` into a virtualenv inside the work folder.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "gen_corpus.py"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGEFIND_VERSION = "1.5.2"
WARM_RUNS = 7  # the same query again, files loaded: median of this many
COLD_RUNS = 5  # first queries, each in a fresh browser context: median of this many

SEARCH_PAGE = "---\ntitle: Search\nlayout: search\nurl: /search/\n---\n"
# Pagefind reads the same text mentorblog indexes: the post's article without breadcrumbs,
# table of contents, meta line, neighbour links and share links.
PAGEFIND_ROOT = "article.post"
PAGEFIND_EXCLUDE = ".breadcrumbs, .toc, .meta, .post-nav, .share"

PAGEFIND_HARNESS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body><script type="module">
let pagefind = null;
async function load() {
  if (!pagefind) {
    pagefind = await import("./pagefind/pagefind.js");
    await pagefind.init();
  }
  return pagefind;
}
window.runQuery = async (query) => {
  const start = performance.now();
  const pf = await load();
  const search = await pf.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return {ms: performance.now() - start, count: search.results.length,
          titles: data.map((d) => d.meta.title)};
};
window.typeQuery = async (query) => {  // each prefix, as a page searching while typing would
  const pf = await load();
  let search = null;
  for (let i = 1; i <= query.length; i++) {
    if (query[i - 1] !== " ") { search = await pf.search(query.slice(0, i)); }
  }
  await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return search.results.length;
};
window.ready = true;
</script></body></html>
"""

# Runs mentorblog's query the way a reader does, minus the typing: set the text, press the
# down arrow (which searches at once, without the typing delay) and wait for the status line.
OURS_QUERY_JS = """async (query) => {
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  status.textContent = "";
  const start = performance.now();
  const done = new Promise((resolve) => {
    const seen = new MutationObserver(() => {
      if (status.textContent) { seen.disconnect(); resolve(); }
    });
    seen.observe(status, {childList: true, characterData: true, subtree: true});
  });
  input.value = query;
  input.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown", bubbles: true}));
  await done;
  const ms = performance.now() - start;
  const titles = [...document.querySelectorAll("#search-results a.search-result-link")]
    .map((a) => a.textContent);
  return {ms, status: status.textContent, titles};
}"""

OURS_RESET_JS = """() => {
  const input = document.getElementById("search-input");
  input.focus();
  input.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
}"""


@dataclass
class Transfer:
    files: int = 0
    raw: int = 0
    gzip: int = 0
    paths: list[str] = field(default_factory=list)


@dataclass
class EngineResult:
    index_files: int
    index_bytes: int  # the index data on disk
    code_bytes: int  # the JavaScript (and wasm) the search page loads
    build_seconds: float
    first_query: Transfer  # index data fetched by the first query
    first_query_code: Transfer  # code fetched for it
    typed: Transfer  # index data fetched while the query is typed letter by letter
    cold_ms: float
    warm_ms: float
    results: int
    top: list[str]


@dataclass
class SizeResult:
    posts: int
    indexed: int
    papermod_index_json: int
    build_seconds_without_search: float
    ours: EngineResult
    pagefind: EngineResult


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--query", default="mentoring feedback")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "mentorblog-search-bench"
    )
    parser.add_argument("--pagefind", type=Path, help="the pagefind binary")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    pagefind = args.pagefind or find_pagefind(args.work)
    results = [bench_size(n, args.query, args.work, pagefind) for n in args.sizes]
    print(table(results, args.query))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


# -- preparing ------------------------------------------------------------------------------------


def find_pagefind(work: Path) -> Path:
    try:
        import pagefind_bin  # type: ignore[import-not-found]

        return Path(pagefind_bin.get_executable())
    except ImportError:
        pass
    venv = work / "pagefind-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", f"pagefind-bin=={PAGEFIND_VERSION}"],
            check=True,
        )
    found = subprocess.run(
        [str(python), "-c", "import pagefind_bin; print(pagefind_bin.get_executable())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(found.stdout.strip())


def make_site(work: Path, posts: int) -> Path:
    site = work / f"site-{posts}"
    content = site / "content" / "posts"
    if not content.is_dir() or len(list(content.glob("*.md"))) != posts:
        shutil.rmtree(site, ignore_errors=True)
        content.mkdir(parents=True)
        subprocess.run(
            [sys.executable, str(CORPUS), str(content), str(posts), "--seed", "1", "-q"], check=True
        )
    (site / "site.yaml").write_text(
        f"title: Bench {posts}\nbaseURL: https://example.org/\n", encoding="utf-8"
    )
    return site


def build(site: Path, dest: Path, search_page: bool, jobs: int | None = None) -> float:
    page = site / "content" / "search.md"
    if search_page:
        page.write_text(SEARCH_PAGE, encoding="utf-8")
    else:
        page.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorblog",
            "build",
            "-s",
            str(site),
            "-d",
            str(dest),
            "-q",
            *(["--jobs", str(jobs)] if jobs else []),
        ],
        check=True,
        cwd=REPO,
    )
    return time.perf_counter() - start


def index_cost(site: Path, out: Path) -> tuple[float, float]:
    """(seconds of a one-process build without a search page, for scale; seconds to build the
    index once, in process, best of three). Leaves the site built with its search page."""
    build(site, out, search_page=False)  # fills the build cache
    plain = build(site, out, search_page=False, jobs=1)
    build(site, out, search_page=True)
    done = subprocess.run(
        [sys.executable, "-c", INDEX_TIMER, str(site)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    return plain, float(done.stdout.split()[-1])


# Times search.build_index on the built Site. It reaches into mentorblog's build internals
# (load_planned, the build cache's pack files), so it lives here, not in a test.
INDEX_TIMER = """
import sys, time
from pathlib import Path
from mentorblog.build import load_planned
from mentorblog.options import BuildOptions
from mentorblog.search import files as search_files
from mentorblog.render.views import SiteView
root = Path(sys.argv[1]).resolve()
site = load_planned(BuildOptions(source=root), root / ".mentorblog-cache").loaded.site
view = SiteView(site)  # reads the texts from the store the Site names
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    search_files.build_index(site, view.text_of)
    best = min(best, time.perf_counter() - start)
print(best)
"""


def run_pagefind(binary: Path, out: Path) -> float:
    shutil.rmtree(out / "pagefind", ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(
        [
            str(binary),
            "--site",
            str(out),
            "--glob",
            "posts/*/index.html",
            "--root-selector",
            PAGEFIND_ROOT,
            "--exclude-selectors",
            PAGEFIND_EXCLUDE,
            "--force-language",
            "en",
            "--quiet",
        ],
        check=True,
    )
    seconds = time.perf_counter() - start
    (out / "pagefind-bench.html").write_text(PAGEFIND_HARNESS, encoding="utf-8")
    return seconds


def folder_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


# -- measuring ------------------------------------------------------------------------------------


@contextmanager
def served(folder: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "http.server",
            str(port),
            "--bind",
            "127.0.0.1",
            "--directory",
            str(folder),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


class Recorder:
    """Every response the page receives, with its size as sent and as gzip would send it."""

    def __init__(self, root: Path, url: str) -> None:
        self.root, self.url = root, url
        self.seen: list[str] = []

    def on_response(self, response: Any) -> None:
        if response.url.startswith(self.url):
            self.seen.append(response.url)

    def mark(self) -> int:
        return len(self.seen)

    def since(self, start: int, keep: tuple[str, ...]) -> Transfer:
        found = Transfer()
        for url in self.seen[start:]:
            path = url[len(self.url) :].split("?", 1)[0]
            if not path.startswith(keep):
                continue
            data = (self.root / path).read_bytes()
            found.files += 1
            found.raw += len(data)
            found.gzip += len(gzip.compress(data, 6))
            found.paths.append(path)
        return found


def measure_ours(browser: Any, out: Path, url: str, query: str) -> dict[str, Any]:
    cold = []
    for run in range(COLD_RUNS):
        context = browser.new_context()
        page = context.new_page()
        recorder = Recorder(out, url)
        page.on("response", recorder.on_response)
        page.goto(url + "search/")
        page.wait_for_load_state("networkidle")
        start = recorder.mark()
        result = page.evaluate(OURS_QUERY_JS, query)
        cold.append(result["ms"])
        if run == 0:
            first = result
            page.wait_for_load_state("networkidle")
            first_query = recorder.since(start, ("search-index/",))
            code = recorder.since(0, ("js/search.",))
            warm = []
            for _ in range(WARM_RUNS):
                page.evaluate(OURS_RESET_JS)
                warm.append(page.evaluate(OURS_QUERY_JS, query)["ms"])
        context.close()
    typed = type_ours(browser, out, url, query)
    count = int(first["status"].split()[0]) if first["status"][:1].isdigit() else 0
    return {
        "first_query": first_query,
        "code": code,
        "typed": typed,
        "cold_ms": statistics.median(cold),
        "warm_ms": statistics.median(warm),
        "results": count,
        "top": first["titles"][:3],
    }


def type_ours(browser: Any, out: Path, url: str, query: str) -> Transfer:
    """Index data fetched while a reader types the query at about eight keys a second."""
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder(out, url)
    page.on("response", recorder.on_response)
    page.goto(url + "search/")
    page.locator("#search-input").press_sequentially(query, delay=120)
    page.wait_for_function("document.getElementById('search-status').textContent.length > 0")
    page.wait_for_load_state("networkidle")
    found = recorder.since(0, ("search-index/",))
    context.close()
    return found


def is_pagefind_code(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return name.endswith((".js", ".css")) or name.startswith("wasm.")


def split(found: Transfer, root: Path) -> tuple[Transfer, Transfer]:
    """(index data, code) of what Pagefind fetched."""
    data, code = Transfer(), Transfer()
    for path in found.paths:
        part = code if is_pagefind_code(path) else data
        raw = (root / path).read_bytes()
        part.files += 1
        part.raw += len(raw)
        part.gzip += len(gzip.compress(raw, 6))
        part.paths.append(path)
    return data, code


def measure_pagefind(browser: Any, out: Path, url: str, query: str) -> dict[str, Any]:
    cold = []
    for run in range(COLD_RUNS):
        context = browser.new_context()
        page = context.new_page()
        recorder = Recorder(out, url)
        page.on("response", recorder.on_response)
        page.goto(url + "pagefind-bench.html")
        page.wait_for_function("window.ready === true")
        result = page.evaluate("(q) => window.runQuery(q)", query)
        cold.append(result["ms"])
        if run == 0:
            first = result
            page.wait_for_load_state("networkidle")
            data, code = split(recorder.since(0, ("pagefind/",)), out)
            warm = [
                page.evaluate("(q) => window.runQuery(q)", query)["ms"] for _ in range(WARM_RUNS)
            ]
        context.close()
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder(out, url)
    page.on("response", recorder.on_response)
    page.goto(url + "pagefind-bench.html")
    page.wait_for_function("window.ready === true")
    page.evaluate("(q) => window.typeQuery(q)", query)
    page.wait_for_load_state("networkidle")
    typed, _ = split(recorder.since(0, ("pagefind/",)), out)
    context.close()
    return {
        "first_query": data,
        "code": code,
        "typed": typed,
        "cold_ms": statistics.median(cold),
        "warm_ms": statistics.median(warm),
        "results": first["count"],
        "top": first["titles"][:3],
    }


def bench_size(posts: int, query: str, work: Path, pagefind: Path) -> SizeResult:
    from playwright.sync_api import sync_playwright

    print(f"== {posts} posts", file=sys.stderr)
    site = make_site(work, posts)
    out = work / f"out-{posts}"
    without, extra = index_cost(site, out)
    pagefind_seconds = run_pagefind(pagefind, out)
    manifest = json.loads((out / "search-index" / "manifest.json").read_text())
    ours_files, ours_bytes = folder_bytes(out / "search-index")
    pf_paths = [p for p in (out / "pagefind").rglob("*") if p.is_file()]
    pf_data = [p for p in pf_paths if not is_pagefind_code(p.name)]
    pf_files, pf_bytes = len(pf_data), sum(p.stat().st_size for p in pf_data)
    pf_code = sum(
        p.stat().st_size
        for p in pf_paths  # what its JS API loads
        if p.name in ("pagefind.js", "pagefind-worker.js", "wasm.en.pagefind")
    )
    ours_code = sum(p.stat().st_size for p in (out / "js").glob("search.*.js"))
    with served(out) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            ours = measure_ours(browser, out, url, query)
            theirs = measure_pagefind(browser, out, url, query)
        finally:
            browser.close()
    return SizeResult(
        posts=posts,
        indexed=manifest["docs"],
        papermod_index_json=(out / "index.json").stat().st_size,
        build_seconds_without_search=without,
        ours=EngineResult(
            ours_files,
            ours_bytes,
            ours_code,
            extra,
            ours["first_query"],
            ours["code"],
            ours["typed"],
            ours["cold_ms"],
            ours["warm_ms"],
            ours["results"],
            ours["top"],
        ),
        pagefind=EngineResult(
            pf_files,
            pf_bytes,
            pf_code,
            pagefind_seconds,
            theirs["first_query"],
            theirs["code"],
            theirs["typed"],
            theirs["cold_ms"],
            theirs["warm_ms"],
            theirs["results"],
            theirs["top"],
        ),
    )


# -- reporting ------------------------------------------------------------------------------------


def kb(n: int) -> str:
    return f"{n / 1000:,.1f} KB" if n < 1_000_000 else f"{n / 1_000_000:,.2f} MB"


def table(results: list[SizeResult], query: str) -> str:
    lines = [
        f"Query: {query!r}. Sizes as served, gzip in brackets. Build cost: mentorblog's is "
        "building its index once in one process (best of 3); Pagefind's is its whole run over "
        f"the built site. Times in Chromium: first query median of {COLD_RUNS} fresh contexts, "
        f"files from a local server; again: median of {WARM_RUNS}.",
        "",
        "| posts | engine | index on disk | search code | build cost | first query: index data "
        "| typed letter by letter | first query | again, files loaded | results |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for name, e in (("mentorblog", r.ours), ("Pagefind", r.pagefind)):
            lines.append(
                f"| {r.posts:,} | {name} | {kb(e.index_bytes)} in {e.index_files:,} files "
                f"| {kb(e.code_bytes)} | {e.build_seconds:.1f} s "
                f"| {kb(e.first_query.raw)} ({kb(e.first_query.gzip)}) in "
                f"{e.first_query.files} files "
                f"| {kb(e.typed.raw)} ({kb(e.typed.gzip)}) in {e.typed.files} files "
                f"| {e.cold_ms:.0f} ms | {e.warm_ms:.1f} ms | {e.results:,} |"
            )
    lines.append("")
    lines.append(
        "PaperMod's /index.json for comparison: "
        + ", ".join(f"{r.posts:,} posts {kb(r.papermod_index_json)}" for r in results)
        + "."
    )
    lines.append(
        "mentorblog's one-process build without a search page, for scale: "
        + ", ".join(f"{r.posts:,} posts {r.build_seconds_without_search:.1f} s" for r in results)
        + "."
    )
    return "\n".join(lines)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
