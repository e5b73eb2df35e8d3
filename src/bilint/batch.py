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
from dataclasses import dataclass, replace
from functools import partial
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


def check_pair(pair: Pair, details: bool = True) -> Outcome:
    """One pair checked. Without `details`, the result keeps its documents and findings but
    not the facts, groups and matches that only the editors' report shows: a worker then sends
    back a quarter of the data."""
    try:
        src, tgt = load_pair(pair.source, pair.target, pair.source_lang, pair.target_lang)
        result = check(src, tgt)
        if not details:
            result = replace(result, groups=[], src_facts=[], tgt_facts=[], matches=[])
        return Outcome(pair, result)
    except InputError as exc:
        return Outcome(pair, None, str(exc))
    except RecursionError:
        return Outcome(pair, None, f"{pair.source}: too deeply nested to check")
    except Exception as exc:  # a bug must not hide the other pairs' findings
        return Outcome(pair, None, f"{pair.source} -> {pair.target}: internal error "
                       f"({type(exc).__name__}: {exc}); please report it")


# Text that touches every extractor, so that their lazily compiled patterns exist before fork.
_SAMPLES = {
    "en": "On Tuesday, March 5, 2024, at 5:30 p.m., the Port Authority of New York approved "
          "$4.76 million, up 12% from 2023, for 3.5 miles of road; about two hundred people came.",
    "es": "El martes 5 de marzo de 2024, a las 17:30, la Autoridad Portuaria de Nueva York aprobó "
          "US$ 4,76 millones, un 12 % más que en 2023, para 3,5 millas de calles; vinieron unas "
          "doscientas personas.",
}


def _warm(pairs: Sequence[Pair]) -> None:
    """Build lazily made tables (locales, lexicons, compiled patterns, rules) once, in the
    parent: forked workers inherit them instead of each building its own copy."""
    from .extract import extract
    from .lang import LanguageError, parse_lang
    from .registry import all_rules

    all_rules()
    codes = {"en", "es"} | {c for p in pairs for c in (p.source_lang, p.target_lang) if c}
    for code in sorted(codes):
        try:
            lang = parse_lang(code)
        except LanguageError:
            continue  # reported by the worker that reads the pair
        extract(_SAMPLES.get(lang.base, _SAMPLES["en"]), lang)


def run(pairs: Sequence[Pair], jobs: int, progress: Progress | None = None,
        details: bool = True) -> Iterator[Outcome]:
    """Outcomes in the order of `pairs`."""
    if jobs <= 1 or len(pairs) < MIN_PARALLEL:
        for p in pairs:
            yield check_pair(p, details)
            if progress:
                progress.step()
        return
    _warm(pairs)
    methods = multiprocessing.get_all_start_methods()
    # fork shares the parent's loaded modules and tables: workers start in milliseconds.
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    workers = min(jobs, len(pairs))
    chunk = max(1, min(16, len(pairs) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for outcome in pool.map(partial(check_pair, details=details), pairs, chunksize=chunk):
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
