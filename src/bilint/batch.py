"""Checking many pairs: in worker processes when there are enough, with a progress bar on a
terminal when the work lasts more than a second.

A worker returns a Result or the one-line message of a file it could not read; one bad pair
never stops the others.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TextIO

from . import parallel
from . import workers as workers_mod
from .model import Document, line_starts
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
        _use_glossaries(pair.glossaries)
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


# None: unknown (another command of this process may have changed the glossary in force).
_glossaries_in_force: tuple[str, ...] | None = None


def _use_glossaries(paths: tuple[str, ...]) -> None:
    """Put a pair's glossaries in force; pairs come grouped by configuration, so this rarely
    reloads anything."""
    global _glossaries_in_force
    if paths != _glossaries_in_force:
        from .glossary import GlossaryError, use

        try:
            use(paths)
        except GlossaryError as exc:  # validated with the configuration; changed since?
            raise InputError(str(exc)) from None
        _glossaries_in_force = paths


# Text that touches every extractor, so that their lazily compiled patterns exist before fork.
_SAMPLES = {
    "en": "On Tuesday, March 5, 2024, at 5:30 p.m., the Port Authority of New York approved "
          "$4.76 million, up 12% from 2023, for 3.5 miles of road; about two hundred people came.",
    "es": "El martes 5 de marzo de 2024, a las 17:30, la Autoridad Portuaria de Nueva York aprobó "
          "US$ 4,76 millones, un 12 % más que en 2023, para 3,5 millas de calles; vinieron unas "
          "doscientas personas.",
}


def sample_document(code: str) -> Document:
    """Two sentences in language `code` that reach every extractor (`_SAMPLES`)."""
    from .lang import parse_lang
    from .segment import segment

    text = _SAMPLES.get(parse_lang(code).base, _SAMPLES["en"])
    return Document(f"warm.{code}.txt", code, text, segment(text, text), line_starts(text),
                    raw=text)


def _warm(pairs: Sequence[Pair]) -> None:
    """Build lazily made tables (locales, lexicons, compiled patterns, rules) once, in the
    parent, by checking a two-sentence pair in each language pair to come: forked workers
    inherit them instead of each building its own copy."""
    from .lang import LanguageError

    if pairs:
        # The glossaries most pairs use, loaded once for every worker.
        common = Counter(p.glossaries for p in pairs).most_common(1)[0][0]
        _use_glossaries(common)
    combos = {(p.source_lang or "en", p.target_lang or "es") for p in pairs} or {("en", "es")}
    for src, tgt in sorted(combos):
        try:
            check(sample_document(src), sample_document(tgt))
        except (LanguageError, InputError):
            continue  # reported by the worker that reads the pair


def run(pairs: Sequence[Pair], jobs: int, progress: Progress | None = None,
        details: bool = True) -> Iterator[Outcome]:
    """Outcomes in the order of `pairs`."""
    global _glossaries_in_force
    _glossaries_in_force = None
    if jobs <= 1 or len(pairs) < MIN_PARALLEL:
        for p in pairs:
            yield check_pair(p, details)
            if progress:
                progress.step()
        return
    _warm(pairs)
    if workers_mod.available():
        # Objects that exist now are never collected in the workers: the collector does not
        # touch (and so copy) the pages they share with the parent.
        gc.freeze()
        try:
            yield from workers_mod.map_forked(
                partial(check_pair, details=details), pairs, jobs,
                on_done=progress.step if progress else None, in_worker=parallel.in_worker,
                lost=_lost)
        finally:
            gc.unfreeze()
        return
    # Only where os.fork is missing: multiprocessing and its pool cost 15 ms of imports.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    # fork shares the parent's loaded modules and tables: workers start in milliseconds.
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    # Objects that exist now are never collected in the workers: the collector does not touch
    # (and so copy) the pages they share with the parent.
    gc.freeze()
    workers = min(jobs, len(pairs))
    # Small chunks: the last one decides when the run ends.
    chunk = max(1, min(8, len(pairs) // (workers * 16)))
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                 initializer=parallel.in_worker) as pool:
            for outcome in pool.map(partial(check_pair, details=details), pairs, chunksize=chunk):
                yield outcome
                if progress:
                    progress.step()
    finally:
        gc.unfreeze()


def _lost(pair: Pair) -> Outcome:
    return Outcome(pair, None, f"{pair.source} -> {pair.target}: internal error (a worker "
                   "process stopped); please report it")


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
