"""Qualifiers: "about", "up to", "more than", "casi", "hasta", "más de"... recorded on the
`Fact.qualifier` of numbers, amounts, percentages and quantities as a class (`about`, `under`,
`over`, `max`, `less`, `more`, `min`; see `rules/lexicon/qualifiers.yaml`).

This runs after the extractors, on the facts they kept, so that each of them need not know
about qualifiers: the phrase must end right before the fact (an article may come between in
Spanish: "más del 40 %") or start right after it ("300 or more").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..lang import Lang
from ..model import Fact
from ..tables import snapshot
from .surfaces import Surfaces, fold

KINDS = frozenset({"number", "money", "percent", "quantity"})
_WINDOW = 48
# Spanish contracts "de el" and "a el": "más del 40 %" is "más de" + "el 40 %".
_CONTRACTED = {"del": ["de", "el"], "al": ["a", "el"]}


@dataclass(frozen=True)
class Vocabulary:
    before: dict[tuple[str, ...], str]  # folded words of a phrase -> class
    # Every ending of a phrase ("de", "más de"...): reading backwards from a number stops at
    # the first word that cannot be part of a phrase, one or two words for most numbers.
    endings: frozenset[tuple[str, ...]]
    articles: frozenset[str]
    after: Surfaces[str]
    longest: int  # words in the longest phrase that comes before
    last_words: frozenset[str]  # what a phrase, an article or a contraction ends with


@snapshot
def data() -> dict[str, Any]:
    from ..resources import load_lexicon

    out: dict[str, Any] = load_lexicon("qualifiers.yaml")
    return out


@snapshot
def vocabulary(base: str) -> Vocabulary:
    d = data()
    before: dict[tuple[str, ...], str] = {}
    for cls, phrases in d["before"][base].items():
        for p in phrases:
            before[tuple(fold(w) for w in str(p).split())] = str(cls)
    after: dict[str, str] = {}
    for cls, phrases in d["after"][base].items():
        for p in phrases:
            after.setdefault(str(p), str(cls))
    endings = frozenset(k[i:] for k in before for i in range(len(k)))
    longest = max(map(len, before), default=0)
    articles = frozenset(fold(str(a)) for a in d["articles"][base])
    last_words = frozenset({k[-1] for k in before} | articles | set(_CONTRACTED))
    return Vocabulary(before, endings, articles, Surfaces(after, {}), longest, last_words)


_OPENERS = "([{\"'\u201c\u2018\u00ab\u00bf\u00a1"


def _words_before(text: str, start: int, count: int) -> list[str]:
    """Up to `count` words ending right before `start`, folded, the last first."""
    window = text[max(0, start - _WINDOW):start]
    if not window or window[-1].isalnum():
        return []  # glued to a word: "COVID-19", "x300"
    chunks = window.rsplit(None, count)
    if start > _WINDOW and len(chunks) > count:
        chunks = chunks[1:]  # the first may be cut by the window
    if not chunks:
        return []
    out: list[str] = []
    for c in reversed(chunks):
        w = fold(c.lstrip(_OPENERS))
        if not out and w in _CONTRACTED:  # "más del 40 %", but "al menos 2"
            out.extend(reversed(_CONTRACTED[w]))
        else:
            out.append(w)
        if c[:1] in _OPENERS:
            break  # "(about 72 km)": a phrase does not run across a bracket
    return out


def _before(text: str, start: int, voc: Vocabulary) -> str | None:
    """The class of the qualifier phrase that ends right before `start`, an article aside."""
    # Most numbers follow a word that ends no phrase: one lookup settles them.
    lo = max(0, start - 16)
    last = text[lo:start].rsplit(None, 1)
    if not last or fold(last[-1].lstrip(_OPENERS)) not in voc.last_words:
        return None
    words = _words_before(text, start, voc.longest + 1)
    for skip in (0, 1):
        if skip and not (words and words[0] in voc.articles):
            break
        found: str | None = None
        phrase: tuple[str, ...] = ()
        for w in words[skip:]:
            phrase = (w, *phrase)
            if phrase not in voc.endings:
                break
            found = voc.before.get(phrase, found)
        if found is not None:
            return found
    return None


def qualifier_of(text: str, fact: Fact, base: str) -> str | None:
    voc = vocabulary(base)
    cls = _before(text, fact.span.start, voc)
    if cls is not None:
        return cls
    m = voc.after.match(text, fact.span.end, space=True)
    return m[0] if m else None


def annotate(text: str, lang: Lang, facts: list[Fact]) -> list[Fact]:
    """`facts` with the qualifier of each number, amount, percentage and quantity set."""
    out = []
    for f in facts:
        # A weak fact ("un", "one") is never reported, nor is its qualifier.
        if f.kind in KINDS and f.qualifier is None and f.strength == "strong":
            q = qualifier_of(text, f, lang.base)
            if q is not None:
                f = replace(f, qualifier=q)
        out.append(f)
    return out


@snapshot
def _bounds() -> tuple[frozenset[str], frozenset[str]]:
    d = data()
    return frozenset(d["lower"]), frozenset(d["upper"])


def contradict(a: str | None, b: str | None) -> bool:
    """One qualifier bounds the value from below, the other from above."""
    lower, upper = _bounds()
    return (a in lower and b in upper) or (a in upper and b in lower)
