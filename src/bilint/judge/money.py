"""MON: amounts of money changed, dropped or added, and currencies changed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from .. import currency
from ..model import Fact
from ..registry import rule
from . import number, qualifier
from .kinds import KindSpec, Verdict, readings, register_kind

CHANGED = rule(
    "MON001", "amount-changed", "error", "An amount of money has a different value in the translation.",
    what="Reports an amount of money in the source whose counterpart in the aligned paragraph of "
    "the translation has another value, whatever the notation: \"$4.76 million\", "
    "\"US$ 4,76 millones\", \"4.760.000 dólares\" and \"cuatro millones setecientos sesenta mil "
    "dólares\" are the same amount.",
    why="A changed amount misinforms every reader of the translation, and no reader can detect it.",
    example='```\nen: the $4.76 million grant\nes: la subvención de US$ 4,67 millones\n```\n'
    'MON001 "$4.76 million" (4,760,000 USD) became "US$ 4,67 millones" (4,670,000 USD)',
)
MISSING = rule(
    "MON002", "money-missing", "warning", "An amount of money of the source is absent from the translation.",
    what="Reports an amount of money in the source with no counterpart of equal value in the "
    "aligned paragraph of the translation or its neighbours. A plain number of equal value "
    "counts as a counterpart (\"US$ 15 millones\" may be \"15 millones\" once the currency is "
    "clear).",
    why="A dropped amount is dropped information.",
    example='```\nen: a one-time fee of $10 million\nes: una tarifa única\n```',
)
ADDED = rule(
    "MON003", "money-added", "warning", "The translation states an amount of money the source does not.",
    what="Reports an amount of money in the translation with no counterpart of equal value in the "
    "source.",
    why="An added amount is an error or information the source does not support.",
    example='```\nen: a one-time fee\nes: una tarifa única de US$ 10 millones\n```',
)
CURRENCY = rule(
    "MON004", "currency-changed", "error", "An amount of money is in another currency in the translation.",
    what="Reports an amount whose counterpart has the same value but another currency: dollars "
    "rendered as euros, pounds as dollars, \"US$\" as \"€\". \"$\" and \"US$\" are the same "
    "currency in a US story; a bare \"$\" in a Spanish text may be dollars or pesos and agrees "
    "with either (see MON005).",
    why="The figure is right and the fact is wrong: 15 million euros is not 15 million dollars.",
    example='```\nen: $15 million in funding\nes: 15 millones de euros en fondos\n```',
    options="What \"$\" means in each language, and the families of ambiguous signs, are in "
    "`rules/lexicon/currency.yaml` (`dollar_sign`, `families`).",
)
DOLLAR_SIGN = rule(
    "MON005", "ambiguous-dollar-sign", "info",
    "A bare \"$\" in the translation may be read as pesos; the source means US dollars.",
    what="Reports an amount in US dollars in the source rendered with a bare \"$\" in a Spanish "
    "translation, where \"$\" is also the sign of the peso (Mexico, Argentina, Chile, "
    "Colombia...). Off by default: the policy is a house decision.",
    why="A reader in Mexico reads \"$100 millones\" as pesos; \"US$ 100 millones\" cannot be "
    "misread.",
    example='```\nen: a $100 million donation\nes: una donación de $100 millones\n```\n'
    'Write "US$ 100 millones" or "100 millones de dólares".',
    options="Select the rule (`--select MON005`) to apply the policy. What \"$\" means per "
    "language is `dollar_sign` in `rules/lexicon/currency.yaml` (en: USD, es: any \"$\" "
    "currency).",
)


def _money_readings(f: Fact) -> Iterator[tuple[Decimal, str | None, str]]:
    """(amount, currency or None when implied, FMT code) for a money or plain number fact."""
    for value, code in readings(f):
        if isinstance(value, tuple):
            amount, cur = value
            yield amount, cur, code
        elif isinstance(value, Decimal):
            yield value, None, code


def agree(src: Fact, tgt: Fact) -> str | None:
    if "quantity" in (src.kind, tgt.kind):
        from .quantity import pounds_agree

        return "" if pounds_agree(src, tgt) else None
    best: str | None = None
    s_readings = list(_money_readings(src))
    for t_amount, t_cur, code in _money_readings(tgt):
        for s_amount, s_cur, _ in s_readings:
            if s_amount != t_amount:
                continue
            if s_cur is not None and t_cur is not None and not currency.compatible(s_cur, t_cur):
                continue
            if best is None or (best and not code):
                best = code
    return best


def _amount_only(f: Fact) -> Fact:
    assert isinstance(f.value, tuple)
    return replace(f, value=f.value[0], alternatives=())


def classify(src: Fact, tgt: Fact) -> Verdict | None:
    assert isinstance(src.value, tuple) and isinstance(tgt.value, tuple)
    s_amount, s_cur = src.value
    t_amount, t_cur = tgt.value
    if number.is_billion_swap(_amount_only(src), _amount_only(tgt)):
        return Verdict(
            number.BILLION,
            f"\"{src.surface}\" ({src.shown}) became \"{tgt.surface}\" ({tgt.shown}): "
            f"\"{src.scale_word}\" and \"{tgt.scale_word}\" differ by a factor of 1,000",
            src, tgt,
        )
    same_amount = any(a == b for a, _, _ in _money_readings(src) for b, _, _ in _money_readings(tgt))
    if same_amount and not currency.compatible(s_cur, t_cur):
        return Verdict(
            CURRENCY,
            f"\"{src.surface}\" ({src.shown}) became \"{tgt.surface}\" ({tgt.shown}): "
            f"{currency.show(s_cur)} is not {currency.show(t_cur)}",
            src, tgt,
        )
    return None


def on_match(src: Fact, tgt: Fact) -> list[Verdict]:
    out = qualifier.on_match(src, tgt)
    if (isinstance(src.value, tuple) and isinstance(tgt.value, tuple) and src.value[1] == "USD"
            and tgt.value[1] == "$" and tgt.strength == "strong"):
        out.append(Verdict(
            DOLLAR_SIGN,
            f"\"{tgt.surface}\" writes a bare \"$\", which Spanish readers may take for pesos; "
            f"\"{src.surface}\" is in US dollars: write \"US$\"",
            src, tgt,
        ))
    return out


register_kind(KindSpec("money", CHANGED, MISSING, ADDED, agree=agree,
                       compatible=frozenset({"number", "quantity"}), classify=classify,
                       on_match=on_match))
