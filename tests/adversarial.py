"""Adversarial inputs: texts built to make a linter slow (issue 8, hardness), shared by
tests/test_hardness.py (through the command line, with a hang guard) and
benchmarks/adversarial.py (their timings).

Each case gives the text of the source file and of its translation at a size in characters.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MB = 1_000_000


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _prose(name: str) -> str:
    """The example article's paragraphs (front matter and heading left out) on one line."""
    body = (EXAMPLES / name).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    return " ".join(p.strip() for p in body.split("\n") if p.strip() and not p.startswith("#"))


def _one_line(name: str, size: int) -> str:
    return _repeat(_prose(name) + " ", size)


def _capitalised_words(size: int) -> str:
    # Made-up names, never ordinary words: a 100k-word run of them is one candidate name.
    syllables = ["Ba", "Ko", "Ri", "Tan", "Mel", "Zu", "Dor", "Vi"]
    names = ["".join(p) for p in itertools.product(syllables, repeat=3)]
    words = itertools.cycle(names)
    out: list[str] = []
    length = 0
    while length < size:
        w = next(words)
        out.append(w)
        length += len(w) + 1
    return " ".join(out)[:size]


def _nested(depth: int) -> str:
    return "(" * depth + "The council spent $4.76 million on 31,000 vehicles." + ")" * depth


@dataclass(frozen=True)
class Case:
    name: str
    # text of the source (English) and of the translation (Spanish) at `size` characters
    source: Callable[[int], str]
    target: Callable[[int], str]
    suffix: str = "txt"


CASES: tuple[Case, ...] = (
    Case("1,1,1,...", lambda n: _repeat("1,", n), lambda n: _repeat("1,", n)),
    Case("1.000.000.000...", lambda n: "1" + _repeat(".000", n - 1), lambda n: "1" + _repeat(".000", n - 1)),
    Case("capitalised words", _capitalised_words, _capitalised_words),
    Case("one line of prose", lambda n: _one_line("harbor-bridge.en.md", n),
         lambda n: _one_line("harbor-bridge.es.md", n)),
    Case("nested parentheses", lambda n: _nested(n // 100), lambda n: _nested(n // 100)),
    Case("-1-1-1...", lambda n: _repeat("-1", n), lambda n: _repeat("-1", n)),
    # Inputs that were quadratic before issue 8's fixes.
    Case("1 one 1 one ...", lambda n: _repeat("1 one ", n), lambda n: _repeat("1 uno ", n)),
    Case("mil mil mil ...", lambda n: _repeat("thousand ", n), lambda n: _repeat("mil ", n)),
    Case("A A A ...", lambda n: _repeat("A ", n), lambda n: _repeat("A ", n)),
    Case("President President ...", lambda n: _repeat("President ", n),
         lambda n: _repeat("Presidente ", n)),
    Case("line of | (Markdown)", lambda n: _repeat("|", n - 1) + "x", lambda n: _repeat("|", n - 1) + "x",
         "md"),
    Case("one long word (Markdown)", lambda n: _repeat("a", n), lambda n: _repeat("a", n), "md"),
    Case("long run of spaces", lambda n: "a" + _repeat(" ", n - 2) + "b", lambda n: "a" + _repeat(" ", n - 2) + "b"),
)


def write_pair(case: Case, size: int, directory: Path) -> tuple[Path, Path]:
    """The case's source and translation as `adversarial.en.*` and `adversarial.es.*`."""
    src = directory / f"adversarial.en.{case.suffix}"
    tgt = directory / f"adversarial.es.{case.suffix}"
    src.write_text(case.source(size) + "\n", encoding="utf-8")
    tgt.write_text(case.target(size) + "\n", encoding="utf-8")
    return src, tgt
