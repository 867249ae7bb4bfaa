"""Real-world compatibility run: build real Hugo and Jekyll sites with their own generator,
import and build them with mentorblog, and compare what each wrote.

    python bench/compat.py SITES [--out DIR] [--only NAME,...] [--hugo PATH] [--jekyll PATH]

SITES holds one folder per site (names starting with `_` or `.` are skipped), each a checkout
of a real site with its theme in place (Hugo themes are git submodules: put them in `themes/`).
An optional `.compat.json` in a site's folder says how its generator builds it:

    {"generator": "hugo" | "jekyll",       # else guessed from the files
     "theme": "PaperMod",                  # a label for the table
     "hugo": "/path/to/hugo",              # another Hugo binary for this site
     "jekyll_config": {...},               # merged over _config.yml (a second --config file)
     "env": {"RUBYOPT": "..."},            # extra environment for the generator
     "note": "why the reference build needed any of the above"}

It prints one Markdown table (the one docs/compatibility.md records) and writes, per site,
under --out (default: SITES/_compat): missing.txt (addresses the original wrote that mentorblog
did not), raw-tags.txt (raw `{{` and `{%` outside code), broken-links.txt, samples.txt
(title, date and tags of sampled posts on both sides), import.txt and build.txt (mentorblog's
output). Needs network for nothing; mentorblog runs with the interpreter running this script.
Addresses in the folder of a language the import left out (a multilingual Hugo site's `/fr/`,
and the default language's `/en/`) are counted apart, in the last column (the import keeps
every language now, so the column stays empty unless it reports one it left out).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# `{{` covers Hugo's `{{<` and `{{%` and Liquid's outputs (`{{ site.x }}` left in an `href`
# counted as a broken link only, in round 9); each marker is found apart, none inside another.
RAW_MARKERS = ("{{", "{%")
CODE_TAGS = {"code", "pre", "script", "style", "textarea", "template", "kbd", "samp"}
LINK_ATTRS = {
    ("a", "href"),
    ("img", "src"),
    ("link", "href"),
    ("script", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("iframe", "src"),
}
GENERATED = {
    "index.xml",
    "feed.xml",
    "atom.xml",
    "sitemap.xml",
    "robots.txt",
    "index.json",
    "search.json",
    "feed.json",
}
SAMPLES = 5


# -- reading html ----------------------------------------------------------------------------


class _Page(HTMLParser):
    """What one html file holds that the comparison needs: raw tags outside code, links,
    a meta refresh, og:title / published time / tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside code-like elements
        self.raw: list[str] = []
        self.links: list[str] = []
        self.refresh = False
        self.meta: dict[str, list[str]] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in CODE_TAGS:
            self.depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            if a.get("http-equiv", "").lower() == "refresh":
                self.refresh = True
            key = a.get("property") or a.get("name")
            if key:
                self.meta.setdefault(key, []).append(a.get("content", ""))
        for name, value in a.items():
            if (tag, name) in LINK_ATTRS:
                self.links.append(value)
            if not self.depth and tag != "meta" and any(m in value for m in RAW_MARKERS):
                self.raw.append(f"<{tag} {name}=…> {value[:120]}")

    def handle_endtag(self, tag: str) -> None:
        if tag in CODE_TAGS and self.depth:
            self.depth -= 1
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self.depth:
            return
        for marker in RAW_MARKERS:
            start = data.find(marker)
            while start != -1:
                self.raw.append(" ".join(data[max(0, start - 20) : start + 80].split()))
                start = data.find(marker, start + len(marker))


def read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    page.close()
    return page


# -- one output tree -------------------------------------------------------------------------


@dataclass
class Tree:
    root: Path
    files: set[str] = field(default_factory=set)  # relative posix paths
    pages: dict[str, _Page] = field(default_factory=dict)  # address -> parsed html

    @classmethod
    def scan(cls, root: Path) -> Tree:
        tree = cls(root)
        for path in sorted(root.rglob("*")):
            if path.is_file():
                rel = path.relative_to(root).as_posix()
                tree.files.add(rel)
                if rel.endswith((".html", ".htm")):
                    tree.pages[address(rel)] = read_page(path)
        return tree

    def has(self, url_path: str) -> bool:
        rel = unquote(url_path).lstrip("/")
        if rel == "" or rel.endswith("/"):
            return rel + "index.html" in self.files
        return rel in self.files or rel + "/index.html" in self.files or rel + ".html" in self.files


def address(rel: str) -> str:
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def classify(rel: str, tree: Tree, site_files: set[str]) -> str:
    name = rel.rsplit("/", 1)[-1]
    if rel.endswith((".html", ".htm")):
        return "redirect" if tree.pages[address(rel)].refresh else "page"
    if name in GENERATED or rel.endswith(".xml"):
        return "generated"
    return "site file" if rel in site_files else "theme file"


def source_files(site: Path, generator: str) -> set[str]:
    """Files of the site itself that the generator publishes at the same path (not the theme's)."""
    found: set[str] = set()
    roots = [site / "static", site / "content"] if generator == "hugo" else [site]
    for base in roots:
        for path in base.rglob("*") if base.is_dir() else ():
            rel = path.relative_to(base).as_posix()
            if path.is_file() and not any(p.startswith(("_", ".")) for p in rel.split("/")):
                found.add(rel)
    return found


# -- running the generators ------------------------------------------------------------------


@dataclass
class Run:
    ok: bool
    seconds: float
    log: str


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> Run:
    start = time.monotonic()
    try:
        done = subprocess.run(
            cmd,
            cwd=cwd,
            env={**os.environ, **(env or {})},
            timeout=timeout,
            capture_output=True,
            text=True,
            errors="replace",
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        return Run(False, time.monotonic() - start, str(err))
    log = f"$ {' '.join(cmd)}\n{done.stdout}{done.stderr}"
    return Run(done.returncode == 0, time.monotonic() - start, log)


def detect(site: Path) -> str:
    if (site / "_config.yml").exists() or (site / "_config.yaml").exists():
        return "jekyll"
    return "hugo"


def build_original(site: Path, spec: dict, dest: Path, work: Path, args: argparse.Namespace) -> Run:
    shutil.rmtree(dest, ignore_errors=True)
    env = {str(k): str(v) for k, v in (spec.get("env") or {}).items()}
    if spec["generator"] == "hugo":
        hugo = spec.get("hugo") or args.hugo
        return run(
            [
                hugo,
                "build",
                "--source",
                str(site),
                "--destination",
                str(dest),
                "--logLevel",
                "error",
            ],
            site,
            env,
        )
    config = next((n for n in ("_config.yml", "_config.yaml") if (site / n).exists()), None)
    cmd = [args.jekyll, "build", "--source", str(site), "--destination", str(dest)]
    if spec.get("jekyll_config"):
        extra = work / "jekyll-override.yml"  # JSON is YAML; Jekyll reads .yml or .toml only
        extra.write_text(json.dumps(spec["jekyll_config"]), encoding="utf-8")
        cmd += ["--config", ",".join(x for x in (config, str(extra)) if x)]
    env.setdefault("JEKYLL_NO_BUNDLER_REQUIRE", "true")  # no Bundler: the gems are Debian's
    return run(cmd, site, env)


def build_mentorblog(site: Path, generator: str, work: Path) -> tuple[Run, Run, Path]:
    new, out = work / "new", work / "public"
    shutil.rmtree(new, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    py = [sys.executable, "-m", "mentorblog"]
    imported = run([*py, "import", generator, str(site), "-s", str(new)], work)
    if not imported.ok:
        return imported, Run(False, 0.0, "not built: the import failed"), out
    built = run([*py, "build", "-s", str(new), "-d", str(out), "--no-cache"], work)
    return imported, built, out


# -- comparing -------------------------------------------------------------------------------


def internal_targets(tree: Tree, hosts: set[str], base_path: str) -> dict[str, set[str]]:
    """Broken internal links: target path -> pages linking to it."""
    broken: dict[str, set[str]] = {}
    for page_url, page in tree.pages.items():
        if page.refresh:
            continue
        for link in page.links:
            link = html.unescape(link.strip())
            if not link or link.startswith(("#", "mailto:", "tel:", "data:", "javascript:")):
                continue
            parts = urlsplit(urljoin("http://site.invalid" + page_url, link))
            if parts.scheme not in ("http", "https"):
                continue
            if parts.netloc != "site.invalid" and parts.netloc not in hosts:
                continue
            path = parts.path
            if base_path != "/" and path.startswith(base_path):
                path = "/" + path[len(base_path) :]
            if not tree.has(path):
                broken.setdefault(path, set()).add(page_url)
    return broken


def base_of(new_site: Path) -> tuple[set[str], str]:
    try:
        text = (new_site / "site.yaml").read_text(encoding="utf-8")
    except OSError:
        return set(), "/"
    for line in text.splitlines():
        if line.startswith("base_url:"):
            parts = urlsplit(line.split(":", 1)[1].strip().strip("'\""))
            return {parts.netloc}, (parts.path.rstrip("/") + "/") or "/"
    return set(), "/"


def when(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def sample(
    ref: Tree, mine: Tree, languages: Collection[str] = ()
) -> list[tuple[str, str, str, str]]:
    """(address, title, date, tags) verdicts for up to SAMPLES posts the original dated
    (not in the folder of a language left out)."""
    dated = sorted(
        u
        for u, p in ref.pages.items()
        if p.meta.get("article:published_time") and u.split("/")[1].lower() not in languages
    )
    step = max(1, len(dated) // SAMPLES)
    rows = []
    for url in dated[::step][:SAMPLES]:
        a, b = ref.pages[url], mine.pages.get(url)
        if b is None:
            rows.append((url, "missing", "missing", "missing"))
            continue
        t1 = " ".join(html.unescape((a.meta.get("og:title") or [a.title])[0]).split())
        t2 = " ".join(html.unescape((b.meta.get("og:title") or [b.title])[0]).split())
        d1 = when((a.meta.get("article:published_time") or [""])[0])
        d2 = when((b.meta.get("article:published_time") or [""])[0])
        g1, g2 = a.meta.get("article:tag"), b.meta.get("article:tag", [])
        rows.append(
            (
                url,
                "same" if t1 == t2 else f"{t1!r} -> {t2!r}",
                "same" if d1 and d1 == d2 else f"{d1} -> {d2}",
                "n/a" if g1 is None else ("same" if g1 == g2[: len(g1)] else f"{g1} -> {g2}"),
            )
        )
    return rows


@dataclass
class Result:
    name: str
    generator: str
    theme: str
    note: str = ""
    original_ok: bool = False
    imported_ok: bool = False
    built_ok: bool = False
    kinds: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (kept, total)
    raw: int = 0
    raw_original: int = 0
    broken: int = 0
    broken_original: int = 0
    samples: list[tuple[str, str, str, str]] = field(default_factory=list)
    notices: int = 0
    warnings: int = 0


def compare_site(site: Path, out: Path, args: argparse.Namespace) -> Result:
    spec_file = site / ".compat.json"
    spec = json.loads(spec_file.read_text(encoding="utf-8")) if spec_file.exists() else {}
    spec.setdefault("generator", detect(site))
    res = Result(site.name, spec["generator"], spec.get("theme", ""), spec.get("note", ""))
    work = out / site.name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    original = build_original(site, spec, work / "original", work, args)
    (work / "original.txt").write_text(original.log, encoding="utf-8")
    res.original_ok = original.ok
    imported, built, public = build_mentorblog(site, spec["generator"], work)
    (work / "import.txt").write_text(imported.log, encoding="utf-8")
    (work / "build.txt").write_text(built.log, encoding="utf-8")
    res.imported_ok, res.built_ok = imported.ok, built.ok
    res.notices = imported.log.count("not carried over: ")
    res.warnings = sum(1 for line in built.log.splitlines() if line.startswith("warning: "))
    if not original.ok:
        return res
    ref = Tree.scan(work / "original")
    mine = Tree.scan(public) if built.ok else Tree(public)
    own = source_files(site, spec["generator"])
    languages = language_prefixes(imported.log)
    missing: dict[str, list[str]] = {}
    for rel in sorted(ref.files):
        kind = classify(rel, ref, own)
        if kind == "theme file":
            continue
        if rel.split("/", 1)[0].lower() in languages:
            kind = "other language"  # mentorblog builds one language (multilingual: later)
        kept, total = res.kinds.get(kind, (0, 0))
        here = mine.has("/" + rel) if not rel.endswith("index.html") else mine.has(address(rel))
        res.kinds[kind] = (kept + here, total + 1)
        if not here:
            missing.setdefault(kind, []).append(
                address(rel) if kind in ("page", "redirect") else "/" + rel
            )
    with (work / "missing.txt").open("w", encoding="utf-8") as f:
        for kind, urls in sorted(missing.items()):
            f.write(f"## {kind} ({len(urls)})\n" + "".join(f"{u}\n" for u in urls))
    with (work / "raw-tags.txt").open("w", encoding="utf-8") as f:
        for url, page in sorted(mine.pages.items()):
            for snippet in page.raw:
                res.raw += 1
                f.write(f"{url}\t{snippet}\n")
        f.write("\n## in the original's own output\n")
        for url, page in sorted(ref.pages.items()):
            for snippet in page.raw:
                res.raw_original += 1
                f.write(f"{url}\t{snippet}\n")
    hosts, base_path = base_of(work / "new")
    broken = internal_targets(mine, hosts, base_path) if built.ok else {}
    broken_ref = internal_targets(ref, hosts, base_path)
    res.broken, res.broken_original = len(broken), len(broken_ref)
    with (work / "broken-links.txt").open("w", encoding="utf-8") as f:
        for target, pages in sorted(broken.items()):
            f.write(f"{target}\t<- {', '.join(sorted(pages)[:3])}\n")
        f.write("\n## broken in the original too\n")
        f.write("".join(f"{t}\n" for t in sorted(broken_ref)))
    res.samples = sample(ref, mine, languages) if built.ok else []
    with (work / "samples.txt").open("w", encoding="utf-8") as f:
        for row in res.samples:
            f.write("\t".join(row) + "\n")
    return res


def language_prefixes(import_log: str) -> set[str]:
    """The language folders (`/fr/`, and `/en/` for the default's redirect) of a
    multilingual Hugo site, from the import's report of the languages it left out."""
    found = re.findall(
        r"`languages\.([\w-]+)`: mentorblog builds one language; only "
        r"`([\w-]+)`",
        import_log,
    )
    return {code.lower() for pair in found for code in pair}


def fraction(pair: tuple[int, int] | None) -> str:
    if not pair or not pair[1]:
        return "-"
    return f"{pair[0]}/{pair[1]} ({100 * pair[0] // pair[1]} %)"


def table(results: list[Result]) -> str:
    head = (
        "| site | generator, theme | original builds | import, build | pages kept | "
        "redirects kept | site files kept | feeds etc. kept | raw tags (original) | "
        "broken links (original) | sampled posts: title/date/tags same | not carried over | "
        "other languages (not built) |"
    )
    lines = [head, "|" + "---|" * head.count(" | ") + "---|"]
    total: dict[str, list[int]] = {}
    for r in results:
        for kind, (kept, n) in r.kinds.items():
            total.setdefault(kind, [0, 0])
            total[kind][0] += kept
            total[kind][1] += n
        same = [sum(1 for s in r.samples if s[i] == "same") for i in (1, 2, 3)]
        tags_known = sum(1 for s in r.samples if s[3] != "n/a")
        samples = (
            f"{same[0]}/{len(r.samples)}, {same[1]}/{len(r.samples)}, {same[2]}/{tags_known}"
            if r.samples
            else "-"
        )
        lines.append(
            f"| {r.name} | {r.generator}, {r.theme} | {'yes' if r.original_ok else 'NO'} | "
            f"{'yes' if r.imported_ok else 'NO'}, {'yes' if r.built_ok else 'NO'} | "
            f"{fraction(r.kinds.get('page'))} | {fraction(r.kinds.get('redirect'))} | "
            f"{fraction(r.kinds.get('site file'))} | {fraction(r.kinds.get('generated'))} | "
            f"{r.raw} ({r.raw_original}) | {r.broken} ({r.broken_original}) | {samples} | "
            f"{r.notices} | {r.kinds.get('other language', (0, 0))[1] or '-'} |"
        )
    built = sum(r.built_ok for r in results)
    lines.append(
        f"| **all {len(results)}** | | {sum(r.original_ok for r in results)} | {built} built | "
        + " | ".join(
            fraction(tuple(total[k]) if k in total else None)  # type: ignore[arg-type]
            for k in ("page", "redirect", "site file", "generated")
        )
        + f" | {sum(r.raw for r in results)} ({sum(r.raw_original for r in results)}) | "
        f"{sum(r.broken for r in results)} ({sum(r.broken_original for r in results)}) | | "
        f"{sum(r.notices for r in results)} | "
        f"{sum(r.kinds.get('other language', (0, 0))[1] for r in results)} |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", type=Path, help="folder holding one folder per real site")
    parser.add_argument("--out", type=Path, help="where the details go (default: SITES/_compat)")
    parser.add_argument("--only", default="", help="comma-separated site folder names")
    parser.add_argument("--hugo", default=os.environ.get("HUGO", "hugo"))
    parser.add_argument("--jekyll", default=os.environ.get("JEKYLL", "jekyll"))
    args = parser.parse_args(argv)
    out = (args.out or args.sites / "_compat").resolve()
    only = {n for n in args.only.split(",") if n}
    sites = sorted(
        p
        for p in args.sites.resolve().iterdir()
        if p.is_dir() and not p.name.startswith(("_", ".")) and (not only or p.name in only)
    )
    results = []
    for site in sites:
        print(f"… {site.name}", file=sys.stderr, flush=True)
        results.append(compare_site(site, out, args))
    print(table(results))
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    if notes:
        print("\nReference builds:\n" + "\n".join(notes))
    print(f"\nDetails per site: {out}/<site>/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
