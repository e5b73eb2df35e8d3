"""Qualifiers ("about", "up to", "más de") on numbers, amounts, percentages and quantities."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilint.pipeline import apply_selection

from .pairs import facts, findings, loud

QUALIFIED = [
    ("en", "El Salvador agreed to accept up to 300 people", "300", "max"),
    ("es", "El Salvador acordó aceptar hasta 300 personas", "300", "max"),
    ("en", "more than 13 tonnes of supplies", "13 tonnes", "more"),
    ("es", "más de 13 toneladas de suministros", "13 toneladas", "more"),
    ("es", "aproximadamente US$ 20.000 por persona", "US$ 20.000", "about"),
    ("en", "about $20,000 per person", "$20,000", "about"),
    ("en", "just under $5 million has been sent", "$5 million", "under"),
    ("es", "un poco menos de US$ 5 millones", "US$ 5 millones", "under"),
    ("es", "genética de más del 99,98 %", "99,98 %", "more"),
    ("es", "provocan alrededor del 15 %", "15 %", "about"),
    ("es", "hasta un 50 % de descuento", "50 %", "max"),
    ("es", "casi 620 kilómetros", "620 kilómetros", "under"),
    ("en", "at least 6 feet apart", "6 feet", "min"),
    ("es", "al menos 2 metros", "2 metros", "min"),
    ("es", "por lo menos 2 metros", "2 metros", "min"),
    ("en", "people aged 65 or more", "65", "min"),
    ("es", "personas de 65 o más", "65", "min"),
    ("en", "in under 5 days", "5", "less"),
    ("es", "los menores de 5 años", "5", "less"),
    ("en", "nearly 300 people", "300", "under"),
    ("en", "some 300 people", "300", "about"),
    ("es", "unos 300 migrantes", "300", "about"),
    ("en", "fewer than 300 people", "300", "less"),
    ("en", "ca. 80% of cases", "80%", "about"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "qualifier"), QUALIFIED, ids=[q[1] for q in QUALIFIED])
def test_qualifier_is_recorded(lang: str, text: str, surface: str, qualifier: str) -> None:
    [fact] = [f for f in facts(text, lang) if f.surface == surface]
    assert fact.qualifier == qualifier


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "238 Venezuelan migrants", "238"),
    ("es", "los 238 miembros", "238"),
    ("en", "the 300 people who arrived", "300"),
    ("es", "con 300 personas", "300"),
    ("en", "someone said 300", "300"),
])
def test_no_qualifier(lang: str, text: str, surface: str) -> None:
    [fact] = [f for f in facts(text, lang) if f.surface == surface]
    assert fact.qualifier is None


@pytest.mark.parametrize(("en", "es"), [
    ("El Salvador agreed to accept up to 300 people.", "El Salvador acordó aceptar a más de 300 personas."),
    ("More than 300 people were sent.", "Menos de 300 personas fueron enviadas."),
    ("Winds of more than 85 mph were recorded.", "Se registraron vientos de hasta 136 km/h."),
    ("Nearly 40% of cases were mild.", "Más del 40 % de los casos fueron leves."),
])
def test_contradicting_qualifier_is_a_warning(tmp_path: Path, en: str, es: str) -> None:
    found = loud(findings(tmp_path, en, es))
    assert len(found) == 1 and found[0].startswith("NUM005"), found


@pytest.mark.parametrize(("en", "es"), [
    ("El Salvador agreed to accept up to 300 people.", "El Salvador acordó aceptar hasta 300 personas."),
    ("About 300 people were sent.", "Más de 300 personas fueron enviadas."),
    ("Under 5 years old.", "Menores de 5 años."),
    ("Over 65 years old.", "Mayores de 65 años."),
    ("Just under $5 million has been sent.", "Se enviaron un poco menos de US$ 5 millones."),
])
def test_compatible_qualifiers_are_silent(tmp_path: Path, en: str, es: str) -> None:
    assert loud(findings(tmp_path, en, es)) == []


def test_dropped_hedge_is_info_and_off_by_default(tmp_path: Path) -> None:
    found = findings(tmp_path, "Droplets travel up to 4.5 metres.", "Las gotas se desplazan 4,5 metros.")
    assert [(f.code, f.severity) for f in found] == [("NUM006", "info")]
    assert apply_selection(found, None, set()) == []


def test_contradiction_message(tmp_path: Path) -> None:
    [f] = findings(tmp_path, "up to 300 people", "más de 300 personas")
    assert f.message == ('"300" is qualified "up to" in the source but "more than" in the '
                         'translation ("300")')


@pytest.mark.parametrize("text", ["más de " * 30_000 + "300", "hasta un " * 30_000 + "5 %",
                                  "1 o más " * 30_000, "~3 " * 30_000])
def test_adversarial_input(text: str) -> None:
    from bilint.extract import numbers, qualifiers
    from bilint.lang import parse_lang

    es = parse_lang("es")
    found = qualifiers.annotate(text, es, numbers.extract(text, es))
    assert all(f.qualifier is not None for f in found if f.kind == "number" and f.strength == "strong")
