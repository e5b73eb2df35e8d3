"""Extraction: the facts of one paragraph in one language.

Each extractor is a module with one job and a function `extract(text, lang) -> list[Fact]`
whose spans are offsets into `text`. They run in precedence order (money > percentage >
quantity > date/time > name > number), and a candidate that overlaps a fact already kept is
dropped, so one surface is one fact: "March 15" is a date, never also the number 15.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from ..lang import Lang
from ..model import Fact, Span

Extractor = Callable[[str, Lang], list[Fact]]

# Module names under bilint.extract, in precedence order. Each has `extract(text, lang)`.
EXTRACTORS: tuple[str, ...] = (
    "dates",
    "times",
    "names",
    "numbers",
)


def _load(names: Sequence[str]) -> list[Extractor]:
    return [import_module(f"{__name__}.{n}").extract for n in names]


_loaded: list[Extractor] | None = None


def extractors() -> list[Extractor]:
    global _loaded
    if _loaded is None:
        _loaded = _load(EXTRACTORS)
    return _loaded


def extract(text: str, lang: Lang, offset: int = 0) -> list[Fact]:
    """All facts of `text`, their spans shifted by `offset`, in reading order."""
    kept: list[Fact] = []
    for fn in extractors():
        for fact in fn(text, lang):
            if any(fact.span.overlaps(k.span) for k in kept):
                continue
            kept.append(fact)
    kept.sort(key=lambda f: f.span.start)
    if offset:
        kept = [_shift(f, offset) for f in kept]
    return kept


def _shift(fact: Fact, by: int) -> Fact:
    from dataclasses import replace

    return replace(fact, span=Span(fact.span.start + by, fact.span.end + by))
