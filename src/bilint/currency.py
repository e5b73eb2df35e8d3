"""Currencies: symbols, codes and names in English and Spanish, and which of them agree.

Symbols and full names come from CLDR through babel ("US$" is the `es` symbol of USD, "pesos
mexicanos" its name for MXN); `rules/lexicon/currency.yaml` adds the bare names, the symbols
news prints that CLDR lacks, and the families of ambiguous signs. A currency is an ISO code or
a family ("$": any currency written with the dollar sign); two currencies agree when they may
be the same one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .extract.surfaces import Surfaces, normalize
from .tables import snapshot

HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class After:
    """What a currency written after a number means."""

    currency: str
    multiplier: Decimal = Decimal(1)  # 0.01 for "cents"
    weight_too: bool = False  # "pounds", "libras": also a weight


@dataclass(frozen=True)
class Lexicon:
    before: dict[str, str]  # symbol or code written before a number -> currency
    after: Surfaces[After]
    families: dict[str, frozenset[str]]
    longest: int  # the longest symbol or code
    last_chars: frozenset[str]  # what a symbol or code may end with


@snapshot
def _data() -> dict[str, Any]:
    from .resources import load_lexicon

    data: dict[str, Any] = load_lexicon("currency.yaml")
    return data


@snapshot
def families() -> dict[str, frozenset[str]]:
    return {str(k): frozenset(v) for k, v in _data()["families"].items()}


def candidates(currency: str) -> frozenset[str]:
    return families().get(currency, frozenset((currency,)))


def compatible(a: str, b: str) -> bool:
    """Whether two currencies may be the same: "$" and USD, "peso" and MXN, not USD and EUR."""
    return a == b or bool(candidates(a) & candidates(b))


def show(currency: str) -> str:
    return {"peso": "pesos", "krona": "kronor"}.get(currency, currency)


@snapshot
def lexicon(base: str) -> Lexicon:
    from babel import Locale
    from babel.numbers import get_currency_name

    data = _data()
    codes = [str(c) for c in data["codes"]]
    loc = Locale.parse(base)
    dollar = str(data["dollar_sign"][base])

    symbols: dict[str, str] = {}
    for code in codes:
        sym = loc.currency_symbols.get(code)
        if sym and sym != code and sym != "$":
            symbols[str(sym)] = code
    for sym, code in data["symbols"].items():
        symbols[str(sym)] = str(code)
    symbols["$"] = dollar
    not_codes = set(data["not_codes"])
    for code in codes:
        if code not in not_codes:
            symbols[code] = code

    words: dict[str, After] = {}
    for code in codes:
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale=base)
            if name and name != code:
                words[name] = After(code)
    for name, code in data["names"][base].items():
        words[str(name)] = After(str(code))
    for name, code in data["subunits"][base].items():
        words[str(name)] = After(str(code), HUNDREDTH)
    for name in data["weight_names"][base]:
        words[str(name)] = After("GBP", weight_too=True)

    before_map = {normalize(k): v for k, v in symbols.items()}
    return Lexicon(before_map, Surfaces(words, {sym: After(c) for sym, c in symbols.items()}),
                   families(), max(map(len, before_map), default=0),
                   frozenset(k[-1] for k in before_map))


def before(lex: Lexicon, text: str, start: int) -> tuple[str, int] | None:
    """The currency written right before offset `start` ("US$ 10", "$5", "USD 50"), and
    where its symbol starts."""
    end = start
    if end and text[end - 1] in " \u00a0\u202f":
        end -= 1
    if not end or text[end - 1] not in lex.last_chars:
        return None
    for length in range(min(lex.longest, end), 0, -1):
        sym = text[end - length:end]
        cur = lex.before.get(sym)
        if cur is None:
            continue
        at = end - length
        # "USD" must not end a longer word; "$" may follow anything.
        if sym[0].isalnum() and at and text[at - 1].isalnum():
            continue
        return cur, at
    return None
