"""Reading the facts of both sides at once on two cores, for long texts.

Extraction is the bulk of a check and the two documents are independent, so a long pair
extracts its source in a forked child while the parent does the target. Short pairs (a typical
article) stay in one process: a fork costs more than it saves there.

A bare fork and a pipe rather than a process pool: the child already holds the documents (no
copy of them is sent), and there is no pool to start and stop.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import TypeVar

from .model import Document

# Characters of prose in both documents together from which a second process pays off.
PARALLEL_FROM = 200_000

T = TypeVar("T")


# False in the workers of `bilint check --jobs`, which already keep every core busy.
ALLOWED = True


def can_fork() -> bool:
    return ALLOWED and (os.cpu_count() or 1) >= 2 and hasattr(os, "fork")


def in_worker() -> None:
    """Called when a process becomes one of several workers (batch.py)."""
    global ALLOWED
    ALLOWED = False


def facts_both(src: Document, tgt: Document, facts_of: Callable[[Document], T]) -> tuple[T, T]:
    if len(src.text) + len(tgt.text) < PARALLEL_FROM or not can_fork():
        return facts_of(src), facts_of(tgt)
    return both(lambda: facts_of(src), lambda: facts_of(tgt))


def both(first: Callable[[], T], second: Callable[[], T],
         second_fails_first: bool = False) -> tuple[T, T]:
    """first() in a forked child and second() here, at once. An exception of either is raised
    here: the first's before the second's, or the reverse with `second_fails_first` (the
    source's error is the one to report, whichever side it was read in)."""
    import pickle  # here: a short pair never needs it, and start-up stays shorter

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        _child(read_fd, write_fd, first)
    os.close(write_fd)
    failure: Exception | None = None
    try:
        try:
            mine = second()
        except Exception as exc:  # raised below, once the first side's outcome is known
            failure = exc
        with os.fdopen(read_fd, "rb") as pipe:
            ok, theirs = pickle.load(pipe)
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.waitpid(pid, 0)
    if failure is not None and (second_fails_first or ok):
        raise failure
    if not ok:
        raise theirs
    return theirs, mine


def _child(read_fd: int, write_fd: int, work: Callable[[], object]) -> None:
    """Runs in the forked child: the result of `work`, or its exception, into the pipe."""
    import pickle

    os.close(read_fd)
    try:
        try:
            payload: tuple[bool, object] = (True, work())
        except BaseException as exc:  # re-raised in the parent, which reports it
            payload = (False, exc)
        # Pickled whole before writing: a pipe holds 64 KiB, so pickling into it would stall
        # until the parent reads, and then the two would take turns instead of overlapping.
        try:
            data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            data = pickle.dumps((False, RuntimeError(repr(payload[1]))))
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
    finally:
        # No interpreter teardown, no atexit handlers of the parent run twice.
        os._exit(0)
