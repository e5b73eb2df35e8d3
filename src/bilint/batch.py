"""Checking many pairs: in worker processes when there are enough, with a progress bar on a
terminal when the work lasts more than a second.

A worker returns a Result or the one-line message of a file it could not read; one bad pair
never stops the others.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TextIO

from .pairing import Pair
from .pipeline import Result, check, load_pair
from .read.files import InputError

# Below this many pairs, starting processes costs more than it saves.
MIN_PARALLEL = 4
PROGRESS_DELAY = 1.0


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Outcome:
    pair: Pair
    result: Result | None
    error: str | None = None


def check_pair(pair: Pair) -> Outcome:
    try:
        src, tgt = load_pair(pair.source, pair.target, pair.source_lang, pair.target_lang)
        return Outcome(pair, check(src, tgt))
    except InputError as exc:
        return Outcome(pair, None, str(exc))
    except RecursionError:
        return Outcome(pair, None, f"{pair.source}: too deeply nested to check")
    except Exception as exc:  # a bug must not hide the other pairs' findings
        return Outcome(pair, None, f"{pair.source} -> {pair.target}: internal error "
                       f"({type(exc).__name__}: {exc}); please report it")


def _warm() -> None:
    """Load lazily built tables (locales, lexicons, rules) once, before workers fork."""
    from .lang import parse_lang
    from .registry import all_rules

    all_rules()
    for code in ("en", "es"):
        parse_lang(code)


def run(pairs: Sequence[Pair], jobs: int, progress: Progress | None = None) -> Iterator[Outcome]:
    """Outcomes in the order of `pairs`."""
    if jobs <= 1 or len(pairs) < MIN_PARALLEL:
        for p in pairs:
            yield check_pair(p)
            if progress:
                progress.step()
        return
    _warm()
    methods = multiprocessing.get_all_start_methods()
    # fork shares the parent's loaded modules and tables: workers start in milliseconds.
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    workers = min(jobs, len(pairs))
    chunk = max(1, min(16, len(pairs) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for outcome in pool.map(check_pair, pairs, chunksize=chunk):
            yield outcome
            if progress:
                progress.step()


class Progress:
    """`[#####     ] 120/200 pairs` on stderr, from the first second on, erased at the end."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.shown = False
        self._last = 0.0

    @staticmethod
    def wanted(stream: TextIO | None = None) -> bool:
        s = stream or sys.stderr
        return s.isatty() and os.environ.get("TERM") != "dumb"

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.start < PROGRESS_DELAY or (now - self._last < 0.1 and self.done < self.total):
            return
        self._last = now
        width = 30
        filled = width * self.done // max(1, self.total)
        self.stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {self.done}/{self.total} pairs")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
