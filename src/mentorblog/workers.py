"""Process pools: one function over many items, in worker processes or in this one.

A stage hands `parallel_map` a task `(worker, item) -> result` and a way to make its worker
(what each process keeps between tasks: a Markdown renderer and a pack file for parse, the
planned Site, a compiled Jinja environment and a view for render). Items are taken in order
and results come back in that order. With one job, or one item, the same task runs here.

On Linux the workers are forked: measured at 1,000 posts, a spawned pool took ~0.45 s to
start and each render worker unpickled the Site and compiled every template again, which ate
the gain of a second core; forked workers start in milliseconds with the modules, the Site
and the templates already in memory. The parent holds no threads or open pools when it forks.
Elsewhere (macOS, Windows) fork is unsafe or missing, so they spawn, and nothing may depend
on state a spawned worker would not have."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing import get_context
from typing import Generic, Protocol, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")


class Worker(Protocol):
    def close(self) -> None: ...


W = TypeVar("W", bound=Worker)

START_METHOD = "fork" if sys.platform == "linux" else "spawn"
FORKS = START_METHOD == "fork"

Progress = Callable[[str, int, int], None]  # (stage, items done, items in all)

# The worker of this process, made once by the pool's initializer and read by every task.
_current: Worker | None = None


def _start(make: Callable[[], Worker]) -> None:
    global _current
    _current = make()


def _run(task: Callable[[W, T], R], item: T) -> R:
    return task(cast(W, _current), item)


def parallel_map(
    task: Callable[[W, T], R],
    items: Sequence[T],
    jobs: int,
    make: Callable[[], W],
    *,
    on_result: Callable[[int], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
    consume: Callable[[R], None] | None = None,
    spare: Callable[[], None] | None = None,
) -> list[R]:
    """`task(worker, item)` for every item, in `jobs` processes (here when jobs <= 1), each
    with a worker from `make()`. As result i arrives, `consume(result)` and `on_result(i)`
    (progress) are called; `meanwhile()` runs in this process once the workers have their
    tasks, as this process would otherwise only wait. With `consume`, results are handed to
    it and not kept (the list returned is empty): the render stage's results, each output's
    recorded reads, grew the main process by ~50 MB at 10,000 posts when all were kept to
    the end. `spare()` is work a later stage
    would do anyway that is worth doing early only while this process waits: it runs after
    `meanwhile` when workers run, and not at all when everything runs here."""
    results: list[R] = []
    if jobs <= 1 or len(items) <= 1:
        if meanwhile:
            meanwhile()
        worker = make()
        try:
            for n, item in enumerate(items, 1):
                _arrived(task(worker, item), n, results, consume, on_result)
            return results
        finally:
            worker.close()
    # Forked workers share the parent's memory until they write to it, and a garbage
    # collection writes to every object it visits: frozen objects are left alone, so the
    # planned Site stays shared instead of being copied into each worker. They stay frozen
    # afterwards (see `settle`): what a build holds at a stage's start lives until it ends,
    # and unfrozen, collect's full collections walked every parsed page again (0.26 s of
    # its 0.85 s at 10,000 posts). Reference counts still free them; only a cycle among
    # them waits for the next build in this process, which unsettles them.
    gc.freeze()
    # What this process freed (the parse stage's arrivals, collect's work) would otherwise
    # stay in its heap, counted for it and mapped into every forked worker.
    release_freed_memory()
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=get_context(START_METHOD),
        initializer=_start,
        initargs=(make,),
    ) as pool:
        arriving = pool.map(partial(_run, task), items)
        if meanwhile:
            meanwhile()
        if spare:
            spare()
        for n, result in enumerate(arriving, 1):
            _arrived(result, n, results, consume, on_result)
            del result  # not kept until the next one arrives
    return results


def _arrived(
    result: R,
    n: int,
    results: list[R],
    consume: Callable[[R], None] | None,
    on_result: Callable[[int], None] | None,
) -> None:
    """Result `n` handed to `consume` (else kept in `results`), then reported."""
    if consume:
        consume(result)
    else:
        results.append(result)
    if on_result:
        on_result(n)


# Collections of the oldest generation after this many of the middle one, not Python's 10.
FULL_COLLECTION_EVERY = 100


def collect_rarely() -> None:
    """Fewer full garbage collections, for the whole process (the `mentorblog` command's).
    A build's objects are caches that grow until it ends, and the default theme's layouts
    make no reference cycles (a macro or a function that calls itself made one on every
    page), so a full collection walks a growing heap to free next to nothing. Measured at
    10,000 posts: 33 of them took 1.6 of a one-process build's 40 CPU s, and 0.6 CPU s
    (the feeds' worker's 0.46 s) with two workers. Young cycles are still collected as
    before; older ones wait ten times longer."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def settle() -> None:
    """What is alive now (the loaded site, the previous build's records) lives until the
    build ends: leave it out of every later garbage collection (`gc.freeze`), which would
    walk it each time. An edit build of 10,000 posts spent 1.9 of its 7 CPU seconds in 11
    full collections; frozen, 0.5 s. `unsettle` at the start of the next load in the same
    process (serve, check) gives the collector what that build left behind."""
    gc.freeze()


def unsettle() -> None:
    """Give back to the collector what an earlier build in this process settled, and collect
    it now: the next `settle` comes a few milliseconds later, before any full collection,
    and would freeze the cycles that build left (its site, replaced since) for good. serve
    kept one more site per edit (10 MB an edit at 1,000 posts). A process that has frozen
    nothing (a first build) collects nothing here."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


def release_freed_memory() -> None:
    """Hand the memory this process has freed back to the system, where the C library can
    (glibc's `malloc_trim`; elsewhere nothing happens). A render worker that built a feed or
    `/index.json` of 10,000 posts (66 MB of text, in many pieces) kept ~50 MB of freed heap
    for the rest of the build, in each worker: measured, it made most of the peak memory."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if sys.platform != "linux":
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim


def job_count(requested: int | None) -> int:
    """`--jobs`, or one per core."""
    return max(1, requested if requested is not None else (os.cpu_count() or 1))


def chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def progress_of(
    show: Progress | None, stage: str, tasks: Sequence[Sequence[object]]
) -> Callable[[int], None] | None:
    """Turns "task i arrived" into (stage, items done, items in all) for the CLI."""
    return None if show is None else _StageProgress(show, stage, [len(t) for t in tasks])


class _StageProgress:
    """How many items of a stage are done, as its tasks arrive in order."""

    def __init__(self, show: Progress, stage: str, sizes: list[int]) -> None:
        self._show = show
        self._stage = stage
        self._sizes = sizes
        self._total = sum(sizes)
        self._done = 0

    def __call__(self, arrived: int) -> None:
        self._done += self._sizes[arrived - 1]
        self._show(self._stage, self._done, self._total)


class Prefetched(Generic[R]):
    """`compute()` run in a forked process while this one goes on, for work a later step
    needs whose inputs nothing in between changes (the output folders an edit build scans,
    ~0.5 s at 10,000 posts, while it loads the site on one of two cores). Where fork is
    missing or fails, or the child fails, `result()` computes it here. The child is forked
    before this process holds threads or much memory, and sends its result pickled."""

    def __init__(self, compute: Callable[[], R]) -> None:
        self._compute = compute
        self._pid = 0
        self._fd = -1
        if not FORKS:
            return
        try:
            read, write = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: its result down the pipe, then gone without any cleanup
            status = 1
            try:
                os.close(read)
                with open(write, "wb") as out:
                    out.write(pickle.dumps(compute(), protocol=pickle.HIGHEST_PROTOCOL))
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self) -> R:
        """The result, from the child when it succeeded, else computed here."""
        if self._pid:
            pid, self._pid = self._pid, 0
            try:
                with open(self._fd, "rb") as pipe:
                    data = pipe.read()
            finally:
                _, status = os.waitpid(pid, 0)
            if status == 0 and data:
                found: R = pickle.loads(data)  # our own child's bytes
                return found
        return self._compute()

    def cancel(self) -> None:
        """Stop the child, if any, unless its result was taken."""
        if self._pid:
            pid, self._pid = self._pid, 0
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            os.close(self._fd)
            os.waitpid(pid, 0)
