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
from ..model import Fact
from . import qualifiers

Extractor = Callable[[str, Lang], list[Fact]]

# Module names under bilint.extract, in precedence order. Each has `extract(text, lang)`.
EXTRACTORS: tuple[str, ...] = (
    "money",
    "percent",
    "quantity",
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


def expect(lang: Lang, size: int) -> None:
    """A document of `size` characters is about to be read, paragraph by paragraph: the name
    extractor loads its word lists whole for a long one."""
    if "names" in EXTRACTORS:
        from . import names

        names.expect(lang, size)


def extract(text: str, lang: Lang, offset: int = 0) -> list[Fact]:
    """All facts of `text`, their spans shifted by `offset`, in reading order."""
    kept: list[Fact] = []
    # One byte per character says whether a kept fact covers it: the overlap test costs the
    # length of a candidate, not the number of facts already kept.
    taken = bytearray(len(text))
    for fn in extractors():
        for fact in fn(text, lang):
            a, b = fact.span.start, fact.span.end
            if taken.find(1, a, b) >= 0:
                continue
            taken[a:b] = b"\x01" * (b - a)
            kept.append(fact)
    kept.sort(key=lambda f: f.span.start)
    # "about", "up to", "más de": recorded on whichever numeric fact won the surface.
    kept = qualifiers.annotate(text, lang, kept)
    if offset:
        kept = [f.moved(offset) for f in kept]
    return kept

