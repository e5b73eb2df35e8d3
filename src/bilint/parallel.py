"""Reading the facts of both sides at once on two cores, for long texts.

Extraction is the bulk of a check and the two documents are independent, so a long pair
extracts its source in a forked child while the parent does the target. Short pairs (a typical
article) stay in one process: a fork costs more than it saves there.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable

from .model import Document, Fact

# Characters of prose in both documents together from which a second process pays off.
PARALLEL_FROM = 200_000

FactsOf = Callable[[Document], list[list[Fact]]]


def _can_fork() -> bool:
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return False
    # Workers of `bilint check --jobs` are daemons, which may not have children.
    return not multiprocessing.current_process().daemon


def facts_both(src: Document, tgt: Document,
               facts_of: FactsOf) -> tuple[list[list[Fact]], list[list[Fact]]]:
    if len(src.text) + len(tgt.text) < PARALLEL_FROM or not _can_fork():
        return facts_of(src), facts_of(tgt)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:
        pending = pool.apply_async(facts_of, (src,))
        tgt_facts = facts_of(tgt)
        return pending.get(), tgt_facts
