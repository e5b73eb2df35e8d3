"""Quantities: a number and a unit of length, mass, volume, area, speed or temperature, as
`(Decimal, unit id)`: "85 mph" is (85, "mi/h"), "136 km/h" (136, "km/h"), "seis metros" (6, "m").

Units and their names in both languages are in `rules/lexicon/units.yaml`; whether two
quantities in different units agree is `bilint.units`' business (a translator converts).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import regex

from .. import units
from ..lang import Lang
from ..model import Fact, Span
from ..rxcache import compile_regex
from ..tables import snapshot
from . import amounts, numbers
from .numfmt import show_number
from .surfaces import Surfaces

# "(?!)" never matches: it only keeps "de" from being a required string, which the regex module
# would look for in the rest of the text before each match (quadratic in a long text without it).
_DE = compile_regex(r"[\s\u00a0]++(?:de|(?!))[\s\u00a0]++", regex.IGNORECASE)
# Digits glued to a unit ("10km", "85mph", "5kg"), which the number extractor leaves alone as it
# leaves "3D" and "737s".
_GLUED_HINT = re.compile(r"\d[^\W\d_]")  # stdlib re: a fast scan, most paragraphs have none
_GLUED = compile_regex(r"(?<![\p{L}\p{N}.,_-])\d++(?:[.,]\d++)*+(?=[\p{L}µμ])")


@snapshot
def _surfaces(base: str) -> Surfaces[str]:
    t = units.table()
    skip = t.not_symbols.get(base, frozenset())
    return Surfaces(t.words[base], {s: u for s, u in t.symbols.items() if s not in skip})


def _find(text: str, n: Fact, lang: Lang) -> amounts.Found[str] | None:
    if n.form == "ordinal":
        return None
    surfaces = _surfaces(lang.base)
    m = surfaces.match(text, n.span.end, space=True)
    if (m is None and text.startswith("-", n.span.end)
            and lang.base in units.table().hyphen_joins):
        m = surfaces.match(text, n.span.end + 1)  # "a 20-foot wall"
    if m is None and lang.base == "es" and n.scale_word:
        de = _DE.match(text, n.span.end)  # "2 millones de toneladas"
        if de:
            m = surfaces.match(text, de.end())
    if m is None:
        return None
    return m[0], n.span.start, m[1], False


def _glued(text: str, lang: Lang, taken: list[Fact]) -> list[Fact]:
    """Numbers written against their unit: "10km". Only symbols of two letters or more count
    ("5g" is a network, "2m" two million)."""
    out: list[Fact] = []
    if not _GLUED_HINT.search(text):
        return out
    symbols = _surfaces(lang.base)
    for m in _GLUED.finditer(text):
        unit = symbols.match(text, m.end())
        if unit is None or unit[1] - m.end() < 2:
            continue
        if any(f.span.start <= m.start() < f.span.end for f in taken):
            continue
        try:
            value, issue, alts = numbers._read_digits(m.group(), lang)
        except InvalidOperation:
            continue
        out.append(Fact("number", value, Span(m.start(), m.end()), m.group(),
                        alternatives=alts, format_issue=issue, display=show_number(value)))
    return out


def _restates(a: Fact, b: Fact) -> bool:
    assert isinstance(a.value, tuple) and isinstance(b.value, tuple)
    return units.agrees(a.value[0], a.value[1], b.value[0], b.value[1])


def show(amount: Decimal, unit: str) -> str:
    return f"{show_number(amount)} {unit}"


def extract(text: str, lang: Lang) -> list[Fact]:
    nums = amounts.base_numbers(text, lang)
    glued = _glued(text, lang, list(nums))
    if glued:
        nums = tuple(sorted((*nums, *glued), key=lambda f: f.span.start))
    if not nums:
        return []
    facts = [_with_inches(text, amounts.fact_of(text, "quantity", h, show(h.value, h.payload)), lang.base)
             for h in amounts.attach(text, lang, nums, _find)]
    return amounts.weaken_restatements(text, facts, lang.base, _restates)


@snapshot
def _inches(base: str) -> regex.Pattern[str]:
    """A height's inches after its feet: "a 6-foot-6 junior", "6 feet 2 inches", "5 ft 11 in",
    "6 pies 6 pulgadas" (the inch's names and symbols from units.yaml)."""
    t = units.table()
    names = sorted({w for w, u in t.words[base].items() if u == "in"}
                   | {w for w, u in t.symbols.items() if u == "in"}, key=len, reverse=True)
    alt = "|".join(regex.escape(n) for n in names)
    return regex.compile(rf"(?:-|[\s\u00a0]++)(\d{{1,2}}+)(?:(?<=-\d{{1,2}})(?![\d.,])"
                         rf"|[\s\u00a0]*+(?:{alt})(?![\p{{L}}]))", regex.IGNORECASE)


def _with_inches(text: str, fact: Fact, base: str) -> Fact:
    assert isinstance(fact.value, tuple)
    amount, unit = fact.value
    if unit != "ft" or fact.alternatives:
        return fact
    m = _inches(base).match(text, fact.span.end)
    if m is None or int(m.group(1)) >= 12:
        return fact
    total = amount + Decimal(m.group(1)) / 12
    inches = f"{show_number(amount)} ft {m.group(1)} in"
    return Fact("quantity", (total, unit), Span(fact.span.start, m.end()), text[fact.span.start:m.end()],
                strength=fact.strength, qualifier=fact.qualifier, form=fact.form,
                format_issue=fact.format_issue, scale_word=fact.scale_word, display=inches)
