"""Fact floods: a paragraph far denser in figures than any prose is not read fact by fact.

A data dump, a generated list or a corrupted file can hold one candidate number every two or
three characters: 1 MB of "-1-1-1..." is 500,000 facts, and at some 20 microseconds a fact
through extraction and comparison no checker finishes in seconds. Such a paragraph is not
prose, and a fact-by-fact report on it would be unreadable anyway, so it is skipped and
reported once (ALN003), as ruff skips what it cannot handle and says so.

The guard must cost nothing on normal text: it looks only at paragraphs of at least
`DENSE_FROM_CHARS` characters, and then counts candidates with two compiled stdlib patterns,
without running any extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import Lang
from ..rxcache import compile_regex
from .spelled import number_words

# Below this length a paragraph is read whatever it holds: even 2,000 facts cost well under a
# second, and the longest paragraphs of real articles are a few thousand characters.
DENSE_FROM_CHARS = 20_000
# Real prose has one candidate (digit run or number word, as counted here) per 30 to 120
# characters. Measured: TICO-19 medical and news text, one per 122 (en) and 103 (es-419)
# overall and one per 56 and 54 in its densest 20,000-character stretch; the example article,
# one per 32 to 36, and one per 40 (en) and 35 (es) as the 1 MB one-line adversarial case.
# One per 10 is over 3x denser than the densest of these and 5x than TICO-19, yet it catches
# the floods: "thousand thousand ..." (one per 9), "mil mil ..." (4), "-1-1-1..." (2).
DENSE_CHARS_PER_CANDIDATE = 10
# Capitalised words are what the name extractor reads, some 10 microseconds each: "A A A ..."
# is 500,000 of them in 1 MB. Prose has one per 30 to 60 characters, text in capitals one per
# 5 or 6 (a word and its space); one per 4 is denser than any of it.
DENSE_CHARS_PER_CAPITAL = 4

_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")
_CAPITALS = compile_regex(r"(?<![\p{L}\p{M}])\p{Lu}")  # a word's capital first letter


@dataclass(frozen=True)
class Density:
    """A paragraph too dense in figures to be prose: its length and how many candidates
    (digit runs and number words) it holds."""

    chars: int
    candidates: int
    what: str = "figures"  # or "capitalised words": what the paragraph is flooded with


def candidates(text: str, lang: Lang) -> int:
    """Digit runs and spelled-number words ("one", "uno", "mil", "thousand") in `text`: an
    upper bound on the numbers the extractors could find, for far less work."""
    known = number_words(lang.base)
    digits = len(_DIGITS.findall(text))
    words = sum(map(known.__contains__, _WORDS.findall(text.lower())))
    return digits + words


def too_dense(text: str, lang: Lang) -> Density | None:
    """The paragraph's density if it is too dense to be checked fact by fact, else None."""
    n = len(text)
    if n < DENSE_FROM_CHARS:
        return None
    found = candidates(text, lang)
    if found * DENSE_CHARS_PER_CANDIDATE > n:
        return Density(n, found)
    capitals = len(_CAPITALS.findall(text))
    if capitals * DENSE_CHARS_PER_CAPITAL > n:
        return Density(n, capitals, "capitalised words")
    return None
