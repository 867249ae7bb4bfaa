"""Measuring one command: wall time, CPU time of its whole process tree (wait4), the peak
memory of that tree (sampled from /proc), and what else the machine did meanwhile (other load,
I/O stalls). Also the file-system settling before a tool's first run, and the bookkeeping of
repeated runs (Settings, Result, keeping the best). Linux only: it reads /proc."""

from __future__ import annotations

import dataclasses
import os
import shlex
import shutil
import signal
import subprocess
import sysconfig
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from workspace import BENCH, REPO, WORK, BenchError, count_files, rel

SAMPLE_INTERVAL = 0.05  # seconds between two memory samples of the process tree
NOISY = 0.1  # a run during which other processes kept more cores than this busy is flagged
CLK_TCK = os.sysconf("SC_CLK_TCK")


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
    kernel: float | None = None  # of `cpu`, seconds in the kernel (None: not measured)

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


def settle(site: Path, also: Sequence[Path] = ()) -> bool:
    """Put the file system in the same state before every cold run, whatever ran before:
    write dirty data back, drop the kernel's caches (root only), then read back what the
    runs read (`site`, the bench's tools, and `also`), so the OS caches are warm again.

    Each cold build makes ~25,000 files and is preceded by deleting the last one's. This
    machine's ext4 has no journal, and without one ext4 does not reuse an inode deleted in
    the last 60 s (300 s while its inode table block is dirty): every file made then scans
    past the freed inodes, looking up each one's block in the kernel's buffer cache. Cold
    builds of 1,000 posts right after deleting the previous output spent 0.94-2.57 s in the
    kernel, and 0.47-0.51 s after this (wall 2.65-3.72 s against 2.39-2.61 s): a block not
    in the cache counts as written back.
    The dentries and inodes that piled up over a run (1.3 GB of slab after a dozen) made
    creating files 15 times slower too. Without this, a run measured how recently and how
    much the bench had deleted, not the tool. False when not allowed (not root)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    node = shutil.which("node")
    warm = [
        site,
        REPO / "src",
        BENCH,
        WORK / "venv-mentorblog",
        WORK / "venv-peers",
        WORK / "eleventy",
        WORK / "pycache",
        stdlib,
        *also,
    ]
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
            subfolders[:] = [
                d
                for d in subfolders
                if Path(folder) / d != WORK
                and not (in_stdlib and d in ("site-packages", "dist-packages"))
            ]
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
    return Run(
        wall=wall,
        cpu=cpu,
        peak_mem=peak,
        other_cpu=max(0.0, busy - cpu),
        io_stall=stall,
        peak_rss_sum=sampler.peak_rss_sum,
        kernel=usage.ru_stime,
    )


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
    # Repeats of the --jobs 1 / --jobs 2 builds (the serial part): at least 3 unless
    # --repeat says otherwise, since one repeat at 10,000 posts gave 9.5-30 % on this
    # shared machine for the same code.
    jobs_repeat: int = 0


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


def interpreter_environment(python: Path) -> list[Path]:
    """The virtual environment `python` runs in (its folder holds `pyvenv.cfg`): the
    packages a measured mentorblog imports, when `--python` names an interpreter outside
    `bench/.work/`. None for an interpreter of its own (its standard library is read
    anyway)."""
    folder = python.parent.parent
    return [folder] if (folder / "pyvenv.cfg").is_file() else []


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
    """One measured run, after settling the file system (`fresh`: a cold run, whose caller
    has just deleted the last output; not a warm or edit build, which measure what the
    cold one left) and waiting for the machine to be quiet if asked to."""
    if settings.settle and fresh:
        settle(cwd, also=interpreter_environment(settings.mentorblog_python))
    if settings.wait_idle > 0:
        wait_until_quiet(settings.wait_idle)
    run = measure(cmd, cwd=cwd, env=env, log=log, timeout=settings.timeout, what=what)
    if output is not None:
        run.files = count_files(output)
        if run.files == 0:
            raise BenchError(f"{what} wrote no files into {rel(output)}; log {rel(log)}")
    return run


def print_run(settings: Settings, result: Result, run: Run, i: int) -> None:
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
