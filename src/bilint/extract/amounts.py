"""What money, percentages and quantities share: a number with something attached (a currency,
a percent sign, a unit), ranges that state the unit once ("1 to 4 inches", "US$ 10 a 15
millones"), and conversions in parentheses ("45 miles (72 kilometers)").

The numbers come from `extract.numbers` (its results are cached per paragraph, so the three
extractors and the number extractor itself read each paragraph once); an extractor supplies
`find`, which says what is attached to one number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Generic, TypeVar

import regex

from ..lang import Lang
from ..model import Fact, Span
from ..rxcache import compile_regex
from . import numbers, spelled

T = TypeVar("T")

# (payload, start, end, prefix): the attached thing, the span of number and attachment, and
# whether the attachment comes before the number ("$5", "US$ 10").
Found = tuple[T, int, int, bool]
Finder = Callable[[str, Fact, Lang], "Found[T] | None"]


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    number: Fact
    payload: T
    span: Span
    value: Decimal
    alternatives: tuple[tuple[Decimal, str], ...]
    prefix: bool


def fact_of(text: str, kind: str, hit: Hit[str], display: str) -> Fact:
    """The fact of a number with its unit attached ("50 %", "20 feet"): the number's own
    reading, strength and notation, the unit in the value."""
    n = hit.number
    return Fact(
        kind=kind,
        value=(hit.value, hit.payload),
        span=hit.span,
        surface=text[hit.span.start:hit.span.end],
        strength=n.strength,
        form=n.form,
        alternatives=tuple(((v, hit.payload), c) for v, c in hit.alternatives),
        format_issue=n.format_issue,
        scale_word=n.scale_word,
        display=display,
    )


_last: list[tuple[str, Lang, tuple[Fact, ...]]] = []


def base_numbers(text: str, lang: Lang) -> tuple[Fact, ...]:
    """The numbers of a paragraph, once for the three extractors that read them one after the
    other (by identity: hashing the key would cost more than the lookup saves)."""
    if _last and _last[0][0] is text and _last[0][1] is lang:
        return _last[0][2]
    found = tuple(f for f in numbers.extract(text, lang) if f.kind == "number")
    _last[:] = [(text, lang, found)]
    return found


# Between the two ends of a range or a short list: "1 to 4", "10-15", "de 1 a 2", "2 o 3".
# "and"/"y" only after "between"/"entre": "in 2019 and 15 percent" is not a range.
_CONNECT = {
    "en": compile_regex(r"[\s\u00a0]*+(?:[-\u2013\u2014]|to|or|through|and)[\s\u00a0]*+\Z",
                        regex.IGNORECASE),
    "es": compile_regex(r"[\s\u00a0]*+(?:[-\u2013\u2014]|al?|hasta|o|u|y|e)[\s\u00a0]*+\Z",
                        regex.IGNORECASE),
}
_BETWEEN = {
    "en": compile_regex(r"\bbetween[\s\u00a0]++\Z", regex.IGNORECASE),
    "es": compile_regex(r"\bentre[\s\u00a0]++\Z", regex.IGNORECASE),
}
_NEEDS_BETWEEN = frozenset({"and", "y", "e"})


def connected(text: str, left_start: int, left_end: int, right_start: int, base: str) -> bool:
    """Whether two numbers are the ends of one range ("between 2 and 3", "10-15")."""
    gap = text[left_end:right_start]
    if len(gap) > 12:
        return False
    m = _CONNECT[base].match(gap)
    if not m:
        return False
    if gap.strip().lower() in _NEEDS_BETWEEN:
        return _BETWEEN[base].search(text, max(0, left_start - 12), left_start) is not None
    return True


@cache
def _abbreviations(base: str) -> dict[str, Decimal]:
    table = {k.lower(): v for k, v in numbers._ABBREVIATIONS.get(base, {}).items()}
    table.update(spelled.scale_words(base))
    return table


def multiplier(fact: Fact, base: str) -> Decimal:
    """What the scale word of `fact` multiplies by (1 without one)."""
    if not fact.scale_word:
        return Decimal(1)
    return _abbreviations(base).get(fact.scale_word.lower().rstrip("."), Decimal(1))


def attach(text: str, lang: Lang, nums: Sequence[Fact], find: Finder[T]) -> list[Hit[T]]:
    """The numbers of `text` with their attachment, the ends of ranges included."""
    found: list[Found[T] | None] = [find(text, n, lang) for n in nums]
    if not any(found):
        return []
    values = [n.value for n in nums]
    alts = [n.alternatives for n in nums]
    base = lang.base
    for i in range(len(nums) - 1):
        left, right = nums[i], nums[i + 1]
        fl, fr = found[i], found[i + 1]
        if fl is None and fr is None:
            continue
        l_end = fl[2] if fl else left.span.end
        r_start = fr[1] if fr else right.span.start
        l_start = fl[1] if fl else left.span.start
        if not connected(text, l_start, l_end, r_start, base):
            continue
        if fl is None and fr is not None and not fr[3] and isinstance(values[i], Decimal):
            # "1 to 4 inches": the unit is written once, after the range.
            found[i] = (fr[0], left.span.start, left.span.end, False)
        elif fl is not None and fr is None and fl[3]:
            # "US$ 10 a 15 millones": the currency is written once, before the range.
            found[i + 1] = (fl[0], right.span.start, right.span.end, True)
        # "2 to 3 million", "$10-15 million": the scale is written once, after the range.
        lv, rv = values[i], values[i + 1]
        if (isinstance(lv, Decimal) and isinstance(rv, Decimal) and not left.scale_word
                and right.scale_word and found[i] is not None):
            mult = multiplier(right, base)
            if mult > 1 and lv < rv / mult:
                values[i] = lv * mult
                alts[i] = tuple((v * mult, c) for v, c in alts[i] if isinstance(v, Decimal))
    hits: list[Hit[T]] = []
    for n, f, v, a in zip(nums, found, values, alts, strict=True):
        if f is None or not isinstance(v, Decimal):
            continue
        clean = tuple((x, c) for x, c in a if isinstance(x, Decimal))
        hits.append(Hit(n, f[0], Span(f[1], f[2]), v, clean, f[3]))
    return hits


def runs(text: str, facts: Sequence[Fact], base: str) -> list[list[int]]:
    """Indices of `facts` grouped into ranges ("1 to 2 metres" is one run of two)."""
    out: list[list[int]] = []
    for i, f in enumerate(facts):
        if out and connected(text, facts[out[-1][-1]].span.start, facts[out[-1][-1]].span.end,
                             f.span.start, base):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def weaken_restatements(text: str, facts: list[Fact], base: str,
                        same: Callable[[Fact, Fact], bool]) -> list[Fact]:
    """A conversion in parentheses restates the value before it ("45 miles (72 kilometers)",
    "1 to 2 metres (3 to 6 feet)"): it becomes weak and a reading of the value before, so
    that a translation that keeps only one of the two is not short of a fact. A parenthesis
    that disagrees stays strong."""
    if len(facts) < 2:
        return facts
    groups = runs(text, facts, base)
    out = list(facts)
    for before, after in zip(groups, groups[1:], strict=False):
        gap = text[facts[before[-1]].span.end:facts[after[0]].span.start]
        if len(gap) > 20 or not gap.strip().startswith("(") or ")" in gap:
            continue
        if len(before) != len(after):
            continue
        if all(same(facts[a], facts[b]) for a, b in zip(before, after, strict=True)):
            for a, b in zip(before, after, strict=True):
                # The first also reads as the second: a translation that keeps only
                # "$100 million" of "€92 million ($100 million)" keeps the fact.
                extra = ((facts[b].value, ""), *facts[b].alternatives)
                out[a] = replace(out[a], alternatives=out[a].alternatives + extra)
                out[b] = replace(out[b], strength="restated")
    return out
