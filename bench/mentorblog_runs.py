"""mentorblog's own measurements: cold, warm and one-post-edit builds of the corpus, and the
markdown floor (bench/floor.py, plain and with a build's plugins), run with the interpreter
that has mentorblog's pinned dependencies."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

from measuring import (
    Result,
    Run,
    Settings,
    keep_best,
    measure,
    print_run,
    python_env,
    timed,
    wait_until_quiet,
)
from workspace import (
    BENCH,
    LOGS,
    REPO,
    WORK,
    copy_posts,
    ensure_venv,
    fresh_site,
    remove,
    tree_digest,
)

EDIT_AGAIN = "edit again"  # another post's edit right after the first
EDIT_SENTENCE = "One more sentence, appended by the benchmark to measure a one-post rebuild."


def mentorblog_requirements() -> list[str]:
    """mentorblog's dependencies from pyproject.toml, each pinned to the version the test extra
    pins when it pins one (so the markdown and template libraries are the tested ones)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pins: dict[str, str] = {}
    for req in project.get("optional-dependencies", {}).get("test", []):
        if "==" in req:
            name = req.split("==")[0].strip()
            pins[canonical(name)] = req.strip()
    reqs = []
    for req in project.get("dependencies", []):
        name = req.split(";")[0]
        for sep in "<>=!~[ ":
            name = name.split(sep)[0]
        reqs.append(pins.get(canonical(name), req))
    return reqs


def canonical(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def ensure_mentorblog_python(override: str | None) -> Path:
    if override:  # absolute, as builds run in the site's folder; a venv's link kept as it is
        return Path(os.path.abspath(override))
    return ensure_venv(
        WORK / "venv-mentorblog", mentorblog_requirements(), "mentorblog's dependencies"
    )


def mentorblog_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"mentorblog-{n}")
    (site / "site.yaml").write_text("title: Bench\nbaseURL: https://example.org/\n")
    copy_posts(posts, site / "content" / "posts")
    return site


def pick_edit_posts(site_posts: Path) -> tuple[Path, Path]:
    """The posts the edit measurements change: the middle one of the published (non-draft)
    posts, then the one after it."""
    published = [
        p
        for p in sorted(site_posts.glob("*.md"))
        if "\ndraft: true" not in p.read_text(encoding="utf-8").split("\n---", 2)[0]
    ]
    middle = len(published) // 2
    return published[middle], published[middle + 1]


def mentorblog_command(settings: Settings, site: Path, out: Path) -> list[str]:
    return [
        str(settings.mentorblog_python),
        "-m",
        "mentorblog",
        "build",
        "-s",
        str(site),
        "-d",
        str(out),
        "-q",
    ]


def measure_mentorblog(settings: Settings, posts: Path, n: int) -> list[Result]:
    """Cold, warm and one-post-edit builds, `repeat` times each, in that order per repeat.
    Two edits follow each other: the first after a cold build, which has no feed items kept
    yet (a build that keeps no output keeps none: build.py), and another post's edit after
    it, what every later edit build with the cache kept costs."""
    site = mentorblog_site(posts, n)
    out = WORK / "out" / f"mentorblog-{n}"
    cache = site / ".mentorblog-cache"
    cmd = mentorblog_command(settings, site, out)
    env = python_env(REPO / "src")
    posts = pick_edit_posts(site / "content" / "posts")
    originals = [p.read_bytes() for p in posts]
    cases = ("cold", "warm", "edit", EDIT_AGAIN)
    results = {case: Result(n, "mentorblog", case) for case in cases}

    for i in range(settings.repeat):
        for post, original in zip(posts, originals, strict=True):
            if post.read_bytes() != original:  # a rewrite would be a save just before the build
                post.write_bytes(original)
        remove(out)
        remove(cache)
        log = LOGS / f"mentorblog-{n}"
        cold = timed(
            settings,
            cmd,
            site,
            env,
            log / f"cold-{i + 1}.log",
            f"mentorblog cold build of {n} posts",
            out,
        )
        cold_digest = tree_digest(out)
        results["cold"].runs.append(cold)
        print_run(settings, results["cold"], cold, i)

        warm = timed(
            settings,
            cmd,
            site,
            env,
            log / f"warm-{i + 1}.log",
            f"mentorblog warm build of {n} posts",
            out,
            fresh=False,
        )
        warm.check = "identical to cold" if tree_digest(out) == cold_digest else "DIFFERS from cold"
        results["warm"].runs.append(warm)
        print_run(settings, results["warm"], warm, i)

        for case, post, original in zip(("edit", EDIT_AGAIN), posts, originals, strict=True):
            post.write_bytes(original.rstrip(b"\n") + f"\n\n{EDIT_SENTENCE}\n".encode())
            edit = timed(
                settings,
                cmd,
                site,
                env,
                log / f"{case.replace(' ', '-')}-{i + 1}.log",
                f"mentorblog one-post edit build of {n} posts ({case})",
                out,
                fresh=False,
            )
            edit.check = edit_check(out / "posts" / post.stem / "index.html", out)
            results[case].runs.append(edit)
            print_run(settings, results[case], edit, i)
        for post, original in zip(posts, originals, strict=True):
            post.write_bytes(original)
    return [keep_best(r) for r in results.values()]


def edit_check(page: Path, out: Path) -> str:
    """Whether the edited post's page shows the benchmark's sentence."""
    if not page.exists():
        return f"no page at {page.relative_to(out)}"
    if EDIT_SENTENCE in page.read_text(encoding="utf-8"):
        return "edit visible"
    return "STALE: edit not in the page"


JOBS_ORDER = (1, 2, 2, 1)  # each repeat's cold builds, by --jobs


def measure_jobs(settings: Settings, posts: Path, n: int) -> list[Result]:
    """Cold builds in one process (`--jobs 1`) and with one worker per core (`--jobs 2` on two
    cores): the report works out the part of a cold build that does not run in parallel.
    Each repeat runs four, `--jobs` 1, 2, 2, 1, so both meet the same state of the machine:
    run one after the other at the end of a bench run, each set got slower from run to run
    (at 1,000 posts --jobs 1 took 4.4, 5.1, then 5.6 CPU s, where a lone build takes 4.6),
    which made the serial part look twice its size, and alternated once each, a drift of
    20 % within a pair still moved it by 20 points. A drift steady over the four cancels
    (`report.serial_fraction`). After each build, the floor with plugins runs in as many
    processes (`floor.py --processes`): work that is all parallel, measured the same way,
    shows what part of the serial fraction this machine makes by itself."""
    site = mentorblog_site(posts, n)
    out = WORK / "out" / f"mentorblog-{n}"
    env = python_env(REPO / "src")
    results = {jobs: Result(n, "mentorblog", f"cold --jobs {jobs}") for jobs in (1, 2)}
    floors = {jobs: Result(n, "floor", floor_case(jobs)) for jobs in (1, 2)}
    for i in range(settings.jobs_repeat or settings.repeat):
        for k, jobs in enumerate(JOBS_ORDER):
            result = results[jobs]
            remove(out)
            remove(site / ".mentorblog-cache")
            run = timed(
                settings,
                [*mentorblog_command(settings, site, out), "--jobs", str(jobs)],
                site,
                env,
                LOGS / f"mentorblog-{n}" / f"jobs-{jobs}-{i + 1}{'ab'[k // 2]}.log",
                f"mentorblog cold build of {n} posts with --jobs {jobs}",
                out,
            )
            result.runs.append(run)
            print_run(settings, result, run, i)
            floor = _floor_run(settings, posts, n, jobs, f"{i + 1}{'ab'[k // 2]}")
            floors[jobs].runs.append(floor)
            print_run(settings, floors[jobs], floor, i)
    return [keep_best(r) for r in [*results.values(), *floors.values()]]


PLUGINS_CASE = "1 core, plugins"  # the floor with the markdown-it-py setup a build uses


def floor_case(processes: int) -> str:
    """The floor with plugins in forked processes, beside the serial part's builds."""
    return f"plugins, {processes} process{'es' if processes > 1 else ''}"


def _floor_run(settings: Settings, posts: Path, n: int, processes: int, tag: str) -> Run:
    """One pass of the floor with plugins in `processes` forked processes."""
    plural = "es" if processes > 1 else ""
    run, data = _floor(
        settings,
        [str(posts), "--plugins", "--processes", str(processes)],
        LOGS / f"floor-{n}-processes-{processes}-{tag}.log",
        True,
        f"the markdown floor over {n} posts in {processes} process{plural}",
    )
    run.check = f"{data['posts']} bodies in {processes} process{plural}"
    return run


def _floor(
    settings: Settings, args: list[str], log: Path, plugins: bool, what: str
) -> tuple[Run, dict[str, Any]]:
    """floor.py run with `args`, measured: the render time alone, the CPU of the render
    alone, the memory of the whole process (other load and I/O stalls are the process's,
    scaled to the share of it spent rendering); and what floor.py printed."""
    proc = measure(
        [str(settings.mentorblog_python), str(BENCH / "floor.py"), *args],
        cwd=BENCH,
        env=python_env(REPO / "src" if plugins else None),
        log=log,
        timeout=settings.timeout,
        what=what,
    )
    lines = [ln for ln in log.read_text().splitlines() if ln.startswith("{")]
    data: dict[str, Any] = json.loads(lines[-1])
    share = data["wall"] / max(proc.wall, 1e-9)
    run = Run(
        wall=data["wall"],
        cpu=data["cpu"],
        peak_mem=proc.peak_mem,
        peak_rss_sum=proc.peak_rss_sum,
        other_cpu=proc.other_cpu * share,
        io_stall=proc.io_stall * share,
        kernel=data.get("kernel"),
    )
    return run, data


def measure_floor(settings: Settings, posts: Path, n: int) -> list[Result]:
    """markdown-it-py over every post body, best of `repeat` passes in one process: plain
    commonmark, then with the plugins and rules a default mentorblog build configures."""
    return [_measure_floor(settings, posts, n, plugins) for plugins in (False, True)]


def _measure_floor(settings: Settings, posts: Path, n: int, plugins: bool) -> Result:
    result = Result(n, "floor", PLUGINS_CASE if plugins else "1 core")
    if settings.wait_idle > 0:
        wait_until_quiet(settings.wait_idle)
    run, data = _floor(
        settings,
        [str(posts), "--repeat", str(settings.repeat), *(["--plugins"] if plugins else [])],
        LOGS / f"floor-{n}{'-plugins' if plugins else ''}.log",
        plugins,
        f"the markdown floor over {n} posts",
    )
    run.check = f"{data['posts']} bodies, {1000 * data['wall'] / data['posts']:.2f} ms each"
    result.runs.append(run)
    print_run(settings, result, run, 0)
    return keep_best(result)
