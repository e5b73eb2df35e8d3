"""The filter stage: pure functions from a Result to a Result, applied in order.

Suppressions come first (they must see every finding to know which directives were used),
then configuration, then --select/--ignore, then the baseline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from .pipeline import Result, apply_selection

Filter = Callable[[Result], Result]


def run_filters(results: Sequence[Result], filters: Sequence[Filter]) -> list[Result]:
    out = []
    for r in results:
        for f in filters:
            r = f(r)
        out.append(r)
    return out


def selection(select: frozenset[str] | None, ignore: frozenset[str]) -> Filter:
    """--select and --ignore; info-level rules are off unless selected."""

    def apply(r: Result) -> Result:
        chosen = set(select) if select is not None else None
        return replace(r, findings=apply_selection(r.findings, chosen, set(ignore)))

    return apply


def suppressions(r: Result) -> Result:
    """Inline directives of both files (see read/directives.py)."""
    from .suppress import apply

    return apply(r)
