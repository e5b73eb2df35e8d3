"""Money: an amount and its currency as one fact, `(Decimal, currency)`.

"$4.76 million", "US$ 4,76 millones", "4.760.000 dólares" and "cuatro millones setecientos
sesenta mil dólares" are one value, (4760000, "USD"). The currency is a symbol or code before
the number ("$", "US$", "€", "USD 50"), or a symbol, code or name after it ("10 €", "50 000
USD", "dólares", "libras esterlinas", "pesos mexicanos", after "de" when a scale word comes
first: "125 millones de libras"). What each means is in `bilint.currency`.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from .. import currency
from ..lang import Lang
from ..model import Fact
from ..rxcache import compile_regex
from . import amounts
from .numfmt import show_number

# "(?!)" never matches: it only keeps "de" from being a required string, which the regex module
# would look for in the rest of the text before each match (quadratic in a long text without it).
_DE = compile_regex(r"[\s\u00a0]++(?:de|(?!))[\s\u00a0]++", regex.IGNORECASE)
_OF_AFTER = compile_regex(r"[\s\u00a0]++(?:of|de)[\s\u00a0]", regex.IGNORECASE)
_MILLION = Decimal(10**6)
_YEAR_BEFORE = compile_regex(r"\b(?:in|en|of|de|del)[\s\u00a0]++\Z", regex.IGNORECASE)

Payload = tuple[str, Decimal]  # currency, multiplier (0.01 for cents)


def _constant_dollars(text: str, n: Fact) -> bool:
    """"(in 2013 dollars)", "en dólares de 2013": a year names the dollars' value, not an
    amount."""
    s = n.surface
    if not (len(s) == 4 and s.isdigit() and 1800 <= int(s) <= 2100):
        return False
    return _YEAR_BEFORE.search(text, max(0, n.span.start - 8), n.span.start) is not None


def _after(text: str, n: Fact, lex: currency.Lexicon, base: str) -> tuple[Payload, int] | None:
    if _constant_dollars(text, n):
        return None
    m = lex.after.match(text, n.span.end, space=True)
    if m is None and base == "es" and n.scale_word:
        de = _DE.match(text, n.span.end)
        if de:
            m = lex.after.match(text, de.end())
    if m is None:
        return None
    after, end = m
    if after.weight_too:
        # "50 pounds of rice" is a weight; "£125m" written out is "125 millones de libras".
        scaled = isinstance(n.value, Decimal) and n.value >= _MILLION and n.scale_word
        if not scaled or _OF_AFTER.match(text, end):
            return None
    return (after.currency, after.multiplier), end


def _find(text: str, n: Fact, lang: Lang) -> amounts.Found[Payload] | None:
    lex = currency.lexicon(lang.base)
    start = n.span.start
    found = currency.before(lex, text, start)
    if found:
        cur, at = found
        end = n.span.end
        tail = _after(text, n, lex, lang.base)
        # "US$ 4,76 millones de dólares" says the currency twice: one fact.
        if tail and currency.compatible(tail[0][0], cur):
            end = tail[1]
        return (cur, Decimal(1)), at, end, True
    tail = _after(text, n, lex, lang.base)
    if tail:
        return tail[0], start, tail[1], False
    return None


def _restates(a: Fact, b: Fact) -> bool:
    """"€92 million ($100 million)": a rate we cannot check, or the same amount again."""
    assert isinstance(a.value, tuple) and isinstance(b.value, tuple)
    return bool(a.value[1] != b.value[1] or a.value[0] == b.value[0])


def money_fact(text: str, hit: amounts.Hit[Payload]) -> Fact:
    cur, mult = hit.payload
    amount = hit.value * mult
    return Fact(
        kind="money",
        value=(amount, cur),
        span=hit.span,
        surface=text[hit.span.start:hit.span.end],
        strength=hit.number.strength,
        form=hit.number.form,
        alternatives=tuple(((v * mult, cur), c) for v, c in hit.alternatives),
        format_issue=hit.number.format_issue,
        scale_word=hit.number.scale_word,
        display=f"{show_number(amount)} {currency.show(cur)}",
    )


def extract(text: str, lang: Lang) -> list[Fact]:
    nums = amounts.base_numbers(text, lang)
    if not nums:
        return []
    hits = amounts.attach(text, lang, nums, _find)
    facts = [money_fact(text, h) for h in hits]
    return amounts.weaken_restatements(text, facts, lang.base, _restates)
