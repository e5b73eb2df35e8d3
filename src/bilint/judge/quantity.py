"""QTY: quantities changed, dropped or added, and units changed without converting the value.
Converted values agree within the rounding rule of `bilint.units`."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .. import units
from ..extract.numfmt import show_number
from ..model import Fact
from ..registry import rule
from . import qualifier
from .kinds import KindSpec, Verdict, readings, register_kind

CHANGED = rule(
    "QTY001", "quantity-changed", "error", "A quantity has a different value in the translation.",
    what="Reports a measurement (length, mass, volume, area, speed, temperature) in the source "
    "whose counterpart in the translation has another value. A value converted to another unit "
    "agrees when it is the conversion rounded to the precision the translation writes: "
    "\"85 mph\" and \"136 km/h\", \"385 miles\" and \"620 kilómetros\", \"20 feet\" and \"seis "
    "metros\", \"10 inches\" and \"25 centímetros\" all agree.",
    why="A wrong measurement misinforms: a storm surge of 20 feet is not one of 20 metres.",
    example='```\nen: winds of 85 mph\nes: vientos de 163 km/h\n```\n'
    'QTY001 "85 mph" (85 mi/h, about 136.8 km/h) became "163 km/h" (163 km/h)',
    options="The rounding rule: the target agrees when it is the converted source rounded up or "
    "down to the target's last significant digit (never coarser than two significant figures "
    "from 10 up), or within 2.5% of it. Units and their names are in "
    "`rules/lexicon/units.yaml`.",
)
MISSING = rule(
    "QTY002", "quantity-missing", "warning", "A quantity of the source is absent from the translation.",
    what="Reports a measurement in the source with no counterpart in the translation, in any unit "
    "(a plain number of the same value counts). A conversion given in parentheses (\"45 miles "
    "(72 kilometers)\") is one fact: a translation may keep either.",
    why="A dropped measurement is dropped information.",
    example='```\nen: a 20-foot storm surge\nes: una marejada ciclónica\n```',
)
ADDED = rule(
    "QTY003", "quantity-added", "warning", "The translation states a quantity the source does not.",
    what="Reports a measurement in the translation with no counterpart in the source.",
    why="An added measurement is an error or information the source does not support.",
    example='```\nen: a storm surge\nes: una marejada de seis metros\n```',
)
UNIT = rule(
    "QTY004", "unit-changed", "error",
    "The unit changed but the number did not: the value was not converted.",
    what="Reports a measurement whose number is kept in the translation with another unit, "
    "without conversion (\"20 feet\" / \"20 metros\"), or with a unit of another kind "
    "(\"10 km\" / \"10 kg\").",
    why="Changing the unit without converting the number changes the fact, by a factor of "
    "three for feet and metres, 1.6 for miles and kilometres.",
    example='```\nen: a 20-foot wall\nes: un muro de 20 metros\n```\nWrite "seis metros".',
)


def _values(f: Fact) -> Iterator[tuple[Decimal, str | None, str]]:
    for value, code in readings(f):
        if isinstance(value, tuple):
            yield value[0], value[1], code
        elif isinstance(value, Decimal):
            yield value, None, code


def pounds_agree(a: Fact, b: Fact) -> bool:
    """"50 pounds" read as a weight and "£50" (or "50 libras esterlinas") as money."""
    qty, money = (a, b) if a.kind == "quantity" else (b, a)
    if not (isinstance(qty.value, tuple) and isinstance(money.value, tuple)):
        return False
    return bool(qty.value[1] == "lb" and money.value[1] == "GBP" and qty.value[0] == money.value[0])


def agree(src: Fact, tgt: Fact) -> str | None:
    if "money" in (src.kind, tgt.kind):
        return "" if pounds_agree(src, tgt) else None
    best: str | None = None
    s_values = list(_values(src))
    for t_amount, t_unit, code in _values(tgt):
        for s_amount, s_unit, _ in s_values:
            if s_unit is None or t_unit is None:
                ok = s_amount == t_amount
            else:
                ok = units.agrees(s_amount, s_unit, t_amount, t_unit)
            if ok and (best is None or (best and not code)):
                best = code
    return best


def classify(src: Fact, tgt: Fact) -> Verdict | None:
    assert isinstance(src.value, tuple) and isinstance(tgt.value, tuple)
    s_amount, s_unit = src.value
    t_amount, t_unit = tgt.value
    s, t = units.unit(s_unit), units.unit(t_unit)
    if s_amount == t_amount and s_unit != t_unit:
        return Verdict(
            UNIT,
            f"\"{src.surface}\" ({src.shown}) became \"{tgt.surface}\" ({tgt.shown}): the unit "
            "changed but the number was not converted",
            src, tgt,
        )
    if s.dim == t.dim and s_unit != t_unit:
        conv = units.convert(s_amount, s_unit, t_unit)
        if conv is not None:
            approx = show_number(Decimal(f"{conv:.3g}") if abs(conv) < 1000 else Decimal(round(conv)))
            return Verdict(
                CHANGED,
                f"\"{src.surface}\" ({src.shown}, about {approx} {t_unit}) became "
                f"\"{tgt.surface}\" ({tgt.shown})",
                src, tgt,
            )
    return None


register_kind(KindSpec("quantity", CHANGED, MISSING, ADDED, agree=agree,
                       compatible=frozenset({"number", "money"}), classify=classify,
                       on_match=qualifier.on_match))
