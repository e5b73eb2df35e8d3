"""Many independent items on several cores, by forked workers fed over pipes.

Leaner than a process pool for `bilint check`: a worker is forked with everything the parent
loaded (modules, compiled patterns, word lists), gets the index of its next item as four bytes,
and sends each result back as soon as it has it. The parent only hands out indices and unpickles
results: no task is pickled, no thread runs beside the workers, and a worker that has finished
its items takes more (items differ in size).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Items sent ahead to each worker, so that it never waits for the parent between two.
AHEAD = 2
# A result's frame: the item's index and the length of its pickle, then the pickle.
_HEAD = 8


def available() -> bool:
    return hasattr(os, "fork")


def map_forked(fn: Callable[[T], R], items: Sequence[T], workers: int,
               on_done: Callable[[], None] | None = None,
               in_worker: Callable[[], None] | None = None,
               lost: Callable[[T], R] | None = None) -> list[R]:
    """[fn(item) for item in items] on `workers` forked processes, in the order of `items`.
    `on_done` is called in the parent as each item is finished, `in_worker` once in each
    worker, and `lost(item)` stands for the result of an item whose worker died."""
    n = len(items)
    results: list[R | None] = [None] * n
    done = [False] * n
    children: list[_Child] = []
    try:
        for _ in range(min(workers, n)):
            children.append(_Child.fork(fn, items, in_worker, children))
        next_item = 0
        for child in children:
            for _ in range(AHEAD):
                next_item = child.give(next_item, n)
        sel = selectors.DefaultSelector()
        for child in children:
            sel.register(child.results, selectors.EVENT_READ, child)
        while sel.get_map():
            for key, _ in sel.select():
                child = key.data
                chunk = os.read(key.fd, 1 << 16)
                if not chunk:
                    sel.unregister(key.fd)
                    os.close(key.fd)
                    continue
                for i, r in child.received(chunk):
                    results[i], done[i] = r, True
                    if on_done:
                        on_done()
                    next_item = child.give(next_item, n)
    except BaseException:
        for child in children:
            child.kill()
        raise
    finally:
        for child in children:
            child.reap()
    for i in range(n):
        if not done[i]:
            if lost is None:
                raise RuntimeError(f"a worker stopped before finishing item {i}")
            results[i] = lost(items[i])
    return results  # type: ignore[return-value]  # every slot is filled above


class _Child:
    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid = pid
        self.tasks: int | None = tasks
        self.results = results
        self.pending = bytearray()

    @classmethod
    def fork(cls, fn: Callable[[T], R], items: Sequence[T],
             in_worker: Callable[[], None] | None, siblings: list[_Child]) -> _Child:
        task_r, task_w = os.pipe()
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            # The parent's ends of the siblings' pipes too: a sibling sees the end of its
            # tasks only when no process holds their write end open.
            for fd in (task_w, res_r, *(x for s in siblings for x in s.fds())):
                os.close(fd)
            _work(fn, items, in_worker, task_r, res_w)
        for fd in (task_r, res_w):
            os.close(fd)
        return cls(pid, task_w, res_r)

    def fds(self) -> list[int]:
        return [fd for fd in (self.tasks, self.results) if fd is not None]

    def give(self, next_item: int, n: int) -> int:
        """Send the next item, or close the task pipe when there is none; the index after."""
        if self.tasks is None:
            return next_item
        if next_item >= n:
            os.close(self.tasks)
            self.tasks = None
            return next_item
        try:
            os.write(self.tasks, next_item.to_bytes(4, "little"))
        except BrokenPipeError:  # the worker died: the others take the rest
            os.close(self.tasks)
            self.tasks = None
            return next_item
        return next_item + 1

    def received(self, chunk: bytes) -> list[tuple[int, object]]:
        """The results that `chunk` completes; a frame cut short by a dying worker never is."""
        self.pending += chunk
        out = []
        while len(self.pending) >= _HEAD:
            size = int.from_bytes(self.pending[4:_HEAD], "little")
            if len(self.pending) < _HEAD + size:
                break
            index = int.from_bytes(self.pending[:4], "little")
            out.append((index, pickle.loads(self.pending[_HEAD:_HEAD + size])))
            del self.pending[:_HEAD + size]
        return out

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def reap(self) -> None:
        if self.tasks is not None:
            os.close(self.tasks)
            self.tasks = None
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _work(fn: Callable[[T], R], items: Sequence[T], in_worker: Callable[[], None] | None,
          tasks: int, results: int) -> None:
    """A worker's life: items by index until the task pipe closes, each result sent at once
    (the parent unpickles it while this worker goes on, instead of all at the end)."""
    try:
        if in_worker:
            in_worker()
        with os.fdopen(tasks, "rb") as feed, os.fdopen(results, "wb") as pipe:
            while True:
                index = feed.read(4)
                if len(index) < 4:
                    break
                data = pickle.dumps(fn(items[int.from_bytes(index, "little")]),
                                    protocol=pickle.HIGHEST_PROTOCOL)
                pipe.write(index + len(data).to_bytes(4, "little") + data)
                pipe.flush()
    finally:
        os._exit(0)
