"""Large sorted word lists (rules/lexicon/common.*.txt), looked up without reading them whole.

A check asks a few hundred words of a list of 65,000 to 86,000; making a set of all of them
cost more than the rest of a short article's extraction. The list stays one string; the words
that share a word's first three letters are found by binary search over its sorted lines and made
into a set the first time one of them is asked.

Each list has a companion, `<name>.folded.txt`: its accented words without their accents,
sorted ("jóvenes" -> "jovenes"), so that a word written without an accent is found as quickly.
`python -m bilint.wordlist` rewrites the companions after a list changes; a test fails while
one is stale.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from .resources import rules_path

_LAST = "\U0010ffff"  # sorts after every character: key + _LAST bounds the words starting key


# Chunks read before the whole list is made into one set.
_WHOLE_AFTER = 400


class WordList:
    """Membership in a sorted list of words, one per line; `#` lines at its head are comments."""

    __slots__ = ("_chunks", "_extra", "_text", "_whole")

    def __init__(self, text: str, extra: Iterable[str] = ()) -> None:
        lines = text.split("\n", 64) if text.startswith("#") else []
        head = 0
        for line in lines:
            if not line.startswith("#"):
                break
            head += len(line) + 1
        # Framed by newlines: every line, the first included, starts after one.
        self._text = "\n" + text[head:].strip("\n") + "\n"
        self._chunks: dict[str, frozenset[str]] = {}
        self._extra = frozenset(extra)
        self._whole: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._whole is not None:
            return word in self._whole or word in self._extra
        chunk = self._chunks.get(word[:3])
        if chunk is None:
            chunk = self._chunk(word[:3])
        return word in chunk or word in self._extra

    def load(self) -> None:
        """Make the whole list one set now: a long text will ask about most of it, and reading
        chunks first would only add to that."""
        if self._whole is None:
            # Without the framing newlines: "" is no word ("S" would be the plural of it).
            lines = self._text[1:-1].split("\n")
            self._whole = frozenset(lines) if lines != [""] else frozenset()

    def _chunk(self, key: str) -> frozenset[str]:
        """The words starting with `key`, remembered."""
        if not key:
            return frozenset()
        if len(self._chunks) >= _WHOLE_AFTER:
            # A long text asks about most of the list: one set of it all is cheaper from here.
            self.load()
            assert self._whole is not None
            return self._whole
        start, end = self._first_from(key), self._first_from(key + _LAST)
        chunk = self._chunks[key] = frozenset(self._text[start:end].split("\n"))
        return chunk

    def _first_from(self, target: str) -> int:
        """Offset of the first line not sorting before `target` (len(text) when none)."""
        text = self._text
        lo, hi = 1, len(text)  # both line starts; the answer lies in [lo, hi]
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1
            end = text.find("\n", start)
            if text[start:end] < target:
                lo = end + 1
            else:
                hi = start
        return lo


def folded_companion(text: str) -> str:
    """The companion of a list: its non-ASCII words without accents, sorted, one per line."""
    from .glossary import strip_accents  # the folding the name extractor looks words up with

    words = {strip_accents(w) for w in text.split("\n") if w and not w.startswith("#") and not w.isascii()}
    return "".join(f"{w}\n" for w in sorted(words))


def companion_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".txt") + ".folded.txt")


def lists() -> list[Path]:
    return sorted(p for p in (rules_path() / "lexicon").glob("common.*.txt")
                  if not p.name.endswith(".folded.txt"))


def main() -> int:
    """Rewrite the companion of every list under rules/lexicon."""
    for path in lists():
        out = companion_path(path)
        out.write_text(folded_companion(path.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
