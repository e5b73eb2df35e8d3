"""Units of measurement: the table in `rules/lexicon/units.yaml`, conversions, and the rounding
rule by which a converted value agrees with its source.

We keep our own table rather than use pint: pint takes 0.3 to 0.5 s to import and another 0.5 s
to build its registry (more than the whole TICO-19 check), knows no Spanish unit names, and we
need only some forty factors, which are exact definitions. The tests compare every factor with
pint when it is installed.

The rounding rule (what a careful translator does): the source value is converted to the
target's unit, and the target value agrees when it is that conversion rounded, up or down, to
the target's own precision (its last significant digit: "620" is written to the ten, "6" to the
unit, "2,5" to the tenth), though never coarser than two significant figures of the conversion
once it reaches 10 ("30 cm" is not 10 inches, 25.4 cm); or when it is within 2.5% of it
("9.000 metros" for 30,000 feet, 9,144 m). Values in the same unit must be equal, except
"degrees" alone, which may be either scale on either side ("80 degrees" in a US story is "26
grados" in a Spanish one).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .tables import snapshot

RELATIVE_SLACK = 0.025
BARE_DEGREE = "°"
# A difference of temperatures ("warmed by 1.5 °C", "2.7 °F") is small; reading a large value
# as one would let "212 °F" pass as "120 °C".
DELTA_MAX = 20


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    dim: str
    # To the dimension's base unit; several when the name is ambiguous ("ton", "gallon").
    factors: tuple[float, ...]
    offset: float = 0.0


@dataclass(frozen=True)
class Table:
    units: dict[str, Unit]
    # Per language ("en", "es"): word surface -> unit id; symbols are shared.
    words: dict[str, dict[str, str]]
    symbols: dict[str, str]
    hyphen_joins: frozenset[str]
    # Per language: symbols that are words of that language ("ha" in Spanish).
    not_symbols: dict[str, frozenset[str]]


@snapshot
def table() -> Table:
    from .resources import load_lexicon

    data: dict[str, Any] = load_lexicon("units.yaml")
    return _build(data)


def _factors(raw: Any) -> tuple[float, ...]:
    return tuple(float(x) for x in raw) if isinstance(raw, list) else (float(raw),)


def _build(data: dict[str, Any]) -> Table:
    units: dict[str, Unit] = {}
    words: dict[str, dict[str, str]] = {"en": {}, "es": {}}
    symbols: dict[str, str] = {}

    def add(uid: str, unit: Unit, syms: list[str], by_lang: dict[str, list[str]]) -> None:
        units.setdefault(uid, unit)
        for s in syms:
            symbols.setdefault(str(s), uid)
        for lang, ws in by_lang.items():
            for w in ws:
                words[lang].setdefault(str(w), uid)

    composes: dict[str, dict[str, Any]] = data.get("compose", {})
    for uid, spec in data["units"].items():
        uid = str(uid)
        unit = Unit(uid, spec["dim"], _factors(spec["factor"]), float(spec.get("offset", 0)))
        syms = [str(s) for s in spec.get("symbols", [])]
        add(uid, unit, syms, {lang: spec.get(lang, []) for lang in words})
        for name in spec.get("compose", []):
            c = composes[name]
            power = int(c.get("power", 1))
            scale = float(c.get("scale", 1)) / float(c.get("divide", 1))
            cid = c["id"].format(uid)
            cunit = Unit(cid, c["dim"], tuple(f**power * scale for f in unit.factors))
            csyms = [t.format(s) for t in c.get("symbols", []) for s in syms + [uid]]
            add(cid, cunit, csyms,
                {lang: [t.format(w) for t in c.get(lang, []) for w in spec.get(lang, [])]
                 for lang in words})
    not_symbols = {str(k): frozenset(str(x) for x in v)
                   for k, v in data.get("not_symbols", {}).items()}
    return Table(units, words, symbols, frozenset(data.get("hyphen_joins", [])), not_symbols)


def unit(uid: str) -> Unit:
    return table().units[uid]


# --- conversion ----------------------------------------------------------------------------


def _conversions(amount: float, src: Unit, tgt: Unit) -> Iterator[float]:
    """Every reading of `amount` `src` in `tgt`: one per pair of factors; for temperatures both
    a temperature and, for small values, a difference of temperatures ("rose 2 °C" is "rose
    3.6 °F")."""
    if src.dim != tgt.dim:
        return
    if src.dim == "temperature":
        yield from _temperatures(amount, src, tgt)
        return
    for fs in src.factors:
        for ft in tgt.factors:
            yield amount * fs / ft


def _temperatures(amount: float, src: Unit, tgt: Unit) -> Iterator[float]:
    scales = [u for u in (src, tgt)]
    # A bare "degrees" may be either scale: try it as each.
    options_src = _degree_scales(scales[0])
    options_tgt = _degree_scales(scales[1])
    for s in options_src:
        for t in options_tgt:
            fs, os_ = s
            ft, ot = t
            yield (amount + os_) * fs / ft - ot  # a temperature
            if abs(amount) <= DELTA_MAX:
                yield amount * fs / ft  # a difference of temperatures


def _degree_scales(u: Unit) -> list[tuple[float, float]]:
    if u.id == BARE_DEGREE:
        c, f = table().units["°C"], table().units["°F"]
        return [(c.factors[0], c.offset), (f.factors[0], f.offset)]
    return [(u.factors[0], u.offset)]


def convert(amount: Decimal, src: str, tgt: str) -> float | None:
    """`amount` `src` in `tgt`, by the first factors (for messages)."""
    for value in _conversions(float(amount), unit(src), unit(tgt)):
        return value
    return None


def last_place(value: Decimal) -> Decimal:
    """The place of the last significant digit: 620 -> 10, 6 -> 1, 2.5 -> 0.1."""
    exp = value.normalize().as_tuple().exponent
    assert isinstance(exp, int)
    return Decimal(1).scaleb(exp)


def rounds_to(target: Decimal, converted: float) -> bool:
    """Whether a translator who converted to `converted` could have written `target`."""
    diff = abs(float(target) - converted)
    if converted == 0:
        return target == 0
    place = float(last_place(target))
    if place >= 1:
        # Two significant figures once the conversion reaches 10: "30" for 25.4 is not a rounding.
        place = min(place, 10.0 ** max(0, math.floor(math.log10(abs(converted))) - 1))
    return diff < place or diff <= RELATIVE_SLACK * abs(converted)


def agrees(src_amount: Decimal, src_unit: str, tgt_amount: Decimal, tgt_unit: str) -> bool:
    """The rounding rule of this module's docstring."""
    if src_unit == tgt_unit and src_unit != BARE_DEGREE:
        return src_amount == tgt_amount
    s, t = unit(src_unit), unit(tgt_unit)
    if s.dim != t.dim:
        return False
    if BARE_DEGREE in (src_unit, tgt_unit) and src_amount == tgt_amount:
        return True
    return any(rounds_to(tgt_amount, c) for c in _conversions(float(src_amount), s, t))
