"""The unit table (rules/lexicon/units.yaml): every factor checked against pint, the rounding rule
on its edges, and the surfaces in both languages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bilint import units

D = Decimal

# Our unit id -> pint's name for it (the first factor when a name has several meanings).
PINT_NAMES = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "µm": "micrometer",
    "nm": "nanometer", "mi": "mile", "nmi": "nautical_mile", "ft": "foot", "in": "inch",
    "yd": "yard", "t": "metric_ton", "ton": "short_ton", "kg": "kilogram", "g": "gram",
    "mg": "milligram", "µg": "microgram", "lb": "pound", "oz": "ounce", "L": "liter",
    "mL": "milliliter", "gal": "gallon", "fl oz": "fluid_ounce", "bbl": "oil_barrel",
    "cc": "cubic_centimeter", "ha": "hectare", "mi/h": "mile/hour",
    "km/h": "kilometer/hour", "kn": "knot", "km²": "kilometer**2", "mi²": "mile**2",
    "ft²": "foot**2", "m³": "meter**3", "ft³": "foot**3", "in/h": "inch/hour",
    "cm/h": "centimeter/hour", "mm/h": "millimeter/hour", "m/s": "meter/second",
}
BASE = {"length": "meter", "mass": "kilogram", "volume": "liter", "area": "meter**2",
        "speed": "meter/second"}


def test_every_factor_agrees_with_pint() -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    for uid, name in PINT_NAMES.items():
        u = units.unit(uid)
        expected = ureg.Quantity(1, name).to(BASE[u.dim]).magnitude
        assert u.factors[0] == pytest.approx(expected, rel=1e-9), uid


def test_acre_is_the_international_acre() -> None:
    # pint's "acre" is the US survey acre (4046.8726 m², retired in 2023); news means the
    # international one: 43,560 international square feet.
    assert units.unit("acre").factors[0] == pytest.approx(43560 * 0.3048**2, rel=1e-12)


def test_temperatures_agree_with_pint() -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    for f in (-40, 0, 32, 98.6, 212):
        c = ureg.Quantity(f, ureg.degF).to(ureg.degC).magnitude
        assert units.convert(D(str(f)), "°F", "°C") == pytest.approx(c)


@pytest.mark.parametrize(("src", "su", "tgt", "tu", "agrees"), [
    (85, "mi/h", 136, "km/h", True),    # 136.8: truncated, as translators do
    (85, "mi/h", 137, "km/h", True),
    (85, "mi/h", 140, "km/h", True),     # to the ten, up
    (85, "mi/h", 120, "km/h", False),
    (385, "mi", 620, "km", True),       # 619.6, written to the ten
    (10, "in", 25, "cm", True),
    (10, "in", 30, "cm", False),        # not two significant figures of 25.4
    (1, "in", 2, "cm", True),           # 2.54: a single digit is its own precision
    (30000, "ft", 9000, "m", True),     # 9,144: within 2.5%
    (30000, "ft", 8000, "m", False),
    (20, "ft", 20, "m", False),
    (10, "km", 10, "km", True),
    (10, "km", D("10.5"), "km", False),  # the same unit: equal or nothing
    (100, "°F", 38, "°C", True),
    (212, "°F", 120, "°C", False),      # a temperature this high is not a difference
    (2, "°C", D("3.6"), "°F", True),    # a difference of temperatures
    (90, "°", 90, "°", True),
    (100, "°", 38, "°C", True),         # "100 degrees" in a US story
    (17, "ton", 17, "t", True),         # "tons" may be metric
    (10, "km", 10, "kg", False),
])
def test_rounding_rule(src: int, su: str, tgt: int, tu: str, agrees: bool) -> None:
    assert units.agrees(D(src), su, D(tgt), tu) is agrees


def test_last_place() -> None:
    assert [units.last_place(D(x)) for x in ("620", "6", "2.5", "0.25", "1000")] == [
        D(10), D(1), D("0.1"), D("0.01"), D(1000)]


def test_surfaces_in_both_languages() -> None:
    t = units.table()
    assert t.words["es"]["kilómetros por hora"] == "km/h"
    assert t.words["en"]["square miles"] == "mi²"
    assert t.words["es"]["millas cuadradas"] == "mi²"
    assert t.words["es"]["metros cúbicos"] == "m³"
    assert t.symbols["mph"] == "mi/h"
    assert t.symbols["km/h"] == "km/h"
    assert "ha" in t.not_symbols["es"]
