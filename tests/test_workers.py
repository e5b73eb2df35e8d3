"""Forked workers for `bilint check --jobs`: results in order, progress, a dead worker."""

from __future__ import annotations

import os

import pytest

from bilint import workers

pytestmark = pytest.mark.skipif(not workers.available(), reason="needs fork")


def _square(x: int) -> int:
    return x * x


def test_results_come_back_in_the_order_of_the_items() -> None:
    items = list(range(57))
    ticks: list[int] = []
    out = workers.map_forked(_square, items, 3, on_done=lambda: ticks.append(1))
    assert out == [x * x for x in items]
    assert len(ticks) == len(items)


def test_more_workers_than_items_and_no_items() -> None:
    assert workers.map_forked(_square, [4, 5], 8) == [16, 25]
    assert workers.map_forked(_square, [], 2) == []


def test_each_worker_is_told_it_is_one() -> None:
    def pid_and_flag(_: int) -> tuple[int, bool]:
        return os.getpid(), bool(os.environ.get("BILINT_TEST_WORKER"))

    out = workers.map_forked(pid_and_flag, list(range(20)), 2,
                             in_worker=lambda: os.environ.__setitem__("BILINT_TEST_WORKER", "1"))
    assert all(flag for _, flag in out)
    assert os.getpid() not in {pid for pid, _ in out}
    assert "BILINT_TEST_WORKER" not in os.environ


def test_a_worker_that_dies_loses_only_its_unfinished_items() -> None:
    def fragile(x: int) -> int:
        if x == 7:
            os._exit(3)  # a crash that no exception handler sees
        return x

    out = workers.map_forked(fragile, list(range(30)), 2, lost=lambda x: -1)
    assert out[7] == -1
    # Results come back as they are made: a crash loses the item it happened on and those
    # already handed to that worker, not the ones it had finished.
    assert sum(1 for x in out if x == -1) <= workers.AHEAD
    assert all(x in (i, -1) for i, x in enumerate(out))
    with pytest.raises(RuntimeError, match="stopped"):
        workers.map_forked(fragile, list(range(10)), 2)


def test_slow_items_do_not_hold_up_the_rest() -> None:
    # Items are handed out as workers finish: one long item does not take a fixed share.
    import time

    def pace(x: int) -> int:
        if x == 0:
            time.sleep(0.5)
        return os.getpid()

    out = workers.map_forked(pace, list(range(40)), 2)
    slow = out[0]
    assert sum(1 for pid in out if pid != slow) > 30
