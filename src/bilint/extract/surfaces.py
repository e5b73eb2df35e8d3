"""Vocabularies of surfaces (unit names, currency names and symbols, percent words, qualifiers)
looked up at a given position of a text, longest first.

The text after the position is cut into a few tokens (a run of letters, or one other
character) and the surfaces are looked up in dictionaries, so a lookup costs a handful of
dictionary probes whatever the size of the vocabulary; a regular expression alternating
hundreds of surfaces is slow to compile and to try at every number. Words match without regard
to case or accents ("Kilometros" finds "kilómetros"); symbols match exactly ("mL" and "ml" are
listed, "M" is not "m"). Runs of white space count as one space, and a surface matches only
where the text has a space if the surface has one ("km2" is not "km 2").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Generic, TypeVar

from ..rxcache import compile_regex

T = TypeVar("T")

# Optional white space, then a token: a run of letters (with a final dot for abbreviations is
# a separate token), or a single other character.
_TOKEN = compile_regex(r"([\s\u00a0\u202f]*+)([\p{L}\p{M}]++|[^\s\u00a0\u202f\p{L}\p{M}])")
_WORDS_ONLY = compile_regex(r"[\p{L}\p{M} ]++")
_TOKENS = compile_regex(r"[\p{L}\p{M}]++|[^\s\u00a0\u202f\p{L}\p{M}]")


def _strip_table() -> dict[int, str]:
    # Latin letters with diacritics (U+00C0 to U+024F) to their base letter.
    table = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    return table


_STRIP = _strip_table()


def fold(s: str) -> str:
    """Lower case without accents, spaces collapsed: the key of a word surface."""
    low = s.lower()
    if not low.isascii():
        low = low.translate(_STRIP)
    return low if " " not in low and "\u00a0" not in low else " ".join(low.split())


def normalize(surface: str) -> str:
    """A surface as the lookup sees it: tokens, with one space where white space separates
    them ("° C" and "°  C" are "° C"; "km/h" stays "km/h")."""
    if _WORDS_ONLY.fullmatch(surface):
        return " ".join(surface.split())
    out: list[str] = []
    for m in _TOKEN.finditer(surface):
        if m.group(1) and out:
            out.append(" ")
        out.append(m.group(2))
    return "".join(out)


@lru_cache(maxsize=1024)
def first_token(text: str, pos: int) -> tuple[str, str, int, int] | None:
    """The token at `pos`, white space first skipped: (token, folded, start, end). Cached:
    the money, percent, quantity and qualifier lookups after a number all start with it."""
    m = _TOKEN.match(text, pos)
    if m is None:
        return None
    tok = m.group(2)
    return tok, fold(tok), m.start(2), m.end()


def tokens_ahead(text: str, pos: int, limit: int) -> Iterator[tuple[str, int]]:
    """The text from `pos` normalized as `normalize` does, one token longer at each step,
    with the offset where each prefix ends."""
    key = ""
    for _ in range(limit):
        m = _TOKEN.match(text, pos)
        if m is None or (m.group(1) and not key):
            return
        key += (" " if m.group(1) else "") + m.group(2)
        pos = m.end()
        yield key, pos


class Surfaces(Generic[T]):
    """Surface -> payload; `match(text, pos)` gives the longest surface starting at `pos`."""

    def __init__(self, words: dict[str, T], symbols: dict[str, T]) -> None:
        self._words = {fold(normalize(w)): v for w, v in words.items()}
        self._symbols = {normalize(s): v for s, v in symbols.items()}
        self._limit = max((len(_TOKENS.findall(s)) for s in [*self._words, *self._symbols]),
                          default=0)
        # Every surface's prefixes at token boundaries: a lookup stops as soon as the text
        # can no longer lead to a surface (after one token, for most numbers).
        self._word_prefixes = {p for w in self._words for p in _prefixes(w)}
        self._symbol_prefixes = {p for s in self._symbols for p in _prefixes(s)}

    def match(self, text: str, pos: int, space: bool = False) -> tuple[T, int] | None:
        """The longest surface at `pos` (after white space if `space`), and where it ends."""
        first = first_token(text, pos)
        if first is None or (first[2] != pos and not space):
            return None
        tok, folded, start, end = first
        if tok not in self._symbol_prefixes and folded not in self._word_prefixes:
            return None  # what most numbers are followed by
        best: tuple[T, int] | None = None
        for key, end in tokens_ahead(text, start, self._limit):
            folded = fold(key)
            symbol_path = key in self._symbol_prefixes
            if not symbol_path and folded not in self._word_prefixes:
                break
            # A letter or digit right after would make the surface part of a longer token.
            if end < len(text) and text[end].isalnum() and (key[-1].isalnum() or key[-1] == "."):
                continue
            hit = self._symbols.get(key) if symbol_path else None
            if hit is None:
                hit = self._words.get(folded)
            if hit is not None:
                best = hit, end
        return best


def _prefixes(key: str) -> list[str]:
    if _WORDS_ONLY.fullmatch(key):
        words = key.split(" ")
        return [" ".join(words[:i]) for i in range(1, len(words) + 1)]
    out, acc = [], ""
    for m in _TOKEN.finditer(key):
        acc += (" " if m.group(1) else "") + m.group(2)
        out.append(acc)
    return out
