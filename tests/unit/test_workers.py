"""workers.parallel_map: results in order, in worker processes or here, and `spare` work only
while workers work; release_freed_memory gives freed heap back."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

import pytest

from mentorblog.workers import FORKS, Prefetched, parallel_map, release_freed_memory


class _Worker:
    def __init__(self) -> None:
        self.pid = os.getpid()

    def close(self) -> None:
        """Nothing held."""


def _square(worker: _Worker, item: int) -> tuple[int, int]:
    return item * item, worker.pid


def test_results_come_back_in_order_from_worker_processes() -> None:
    results = parallel_map(_square, list(range(20)), 2, _Worker)
    assert [r for r, _ in results] == [i * i for i in range(20)]
    assert os.getpid() not in {pid for _, pid in results}


def test_spare_work_runs_beside_workers_and_not_when_everything_runs_here() -> None:
    calls: list[str] = []
    parallel_map(_square, [1, 2, 3], 2, _Worker, spare=lambda: calls.append("pool"))
    here = parallel_map(_square, [1, 2, 3], 1, _Worker, spare=lambda: calls.append("here"))
    assert calls == ["pool"]
    assert {pid for _, pid in here} == {os.getpid()}


def _rss_kb() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


@pytest.mark.skipif(sys.platform != "linux", reason="malloc_trim is glibc's")
def test_freed_heap_goes_back_to_the_system() -> None:
    """Blocks freed below one still in use stay with the process until trimmed, as the
    pieces of a large feed did in a render worker."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(4000) for _ in range(40_000)]  # ~160 MB below the last one
    for block in blocks:
        ctypes.memset(block, 1, 4000)
    for block in blocks[:-1]:
        libc.free(block)
    held = _rss_kb()
    release_freed_memory()
    assert held - _rss_kb() > 100_000  # KB: most of the 160 MB freed
    libc.free(blocks[-1])


def _pid_plus(n: int) -> tuple[int, int]:
    return os.getpid(), n + 1


@pytest.mark.skipif(not FORKS, reason="without fork the work is done here")
def test_prefetched_work_runs_in_a_forked_process_and_comes_back() -> None:
    pid, value = Prefetched(lambda: _pid_plus(41)).result()
    assert value == 42
    assert pid != os.getpid()


def test_work_the_child_fails_at_is_done_here() -> None:
    parent = os.getpid()

    def only_here() -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return 7

    assert Prefetched(only_here).result() == 7


def test_an_error_of_the_work_itself_reaches_the_caller() -> None:
    def broken() -> int:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        Prefetched(broken).result()


@pytest.mark.skipif(not FORKS, reason="without fork there is no child")
def test_cancel_stops_the_child_and_reaps_it() -> None:
    import time

    work = Prefetched(lambda: time.sleep(60))
    pid = work._pid
    assert pid
    started = time.monotonic()
    work.cancel()
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped
    work.cancel()  # twice is harmless
