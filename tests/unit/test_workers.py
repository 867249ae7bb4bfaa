"""workers.parallel_map: results in order, in worker processes or here, and `spare` work only
while workers work."""

from __future__ import annotations

import os

from mentorblog.workers import parallel_map


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
