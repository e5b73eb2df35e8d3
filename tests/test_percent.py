"""Percentages and percentage points, in both languages, and the PCT rules end to end."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bilint.pipeline import apply_selection

from .pairs import codes, facts, findings, loud

D = Decimal

EXTRACTED = [
    ("en", "a 50% discount", "50%", (D(50), "%")),
    ("es", "un 50 % de descuento", "50 %", (D(50), "%")),
    ("es", "un 50\u00a0% de descuento", "50\u00a0%", (D(50), "%")),
    ("en", "a 50 percent discount", "50 percent", (D(50), "%")),
    ("en", "a 50 per cent discount", "50 per cent", (D(50), "%")),
    ("es", "el 50 por ciento de los casos", "50 por ciento", (D(50), "%")),
    ("es", "el cincuenta por ciento de los casos", "cincuenta por ciento", (D(50), "%")),
    ("es", "el cien por cien de los casos", "cien por cien", (D(100), "%")),
    ("en", "fifty percent of cases", "fifty percent", (D(50), "%")),
    ("es", "una tasa de letalidad del 1,44 %", "1,44 %", (D("1.44"), "%")),
    ("en", "unemployment rose 2 percentage points", "2 percentage points", (D(2), "pp")),
    ("es", "el desempleo subió 2 puntos porcentuales", "2 puntos porcentuales", (D(2), "pp")),
    ("en", "a rise of 0.5 pp", "0.5 pp", (D("0.5"), "pp")),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value"), EXTRACTED, ids=[e[1] for e in EXTRACTED])
def test_extracts_percentages(lang: str, text: str, surface: str, value: tuple[Decimal, str]) -> None:
    [fact] = facts(text, lang, "percent")
    assert (fact.surface, fact.value) == (surface, value)


def test_ranges_state_the_sign_once() -> None:
    assert [f.value[0] for f in facts("95% CI: 1.10-1.86%", "en", "percent")] == [  # type: ignore[index]
        D(95), D("1.10"), D("1.86")]
    assert [f.value[0] for f in facts("una humedad del 40-50 %", "es", "percent")] == [  # type: ignore[index]
        D(40), D(50)]
    assert [f.value[0] for f in facts("entre el 10 y el 15 %", "es", "percent")] == [D(15)]  # type: ignore[index]
    assert [f.value[0] for f in facts("entre 10 y 15 %", "es", "percent")] == [D(10), D(15)]  # type: ignore[index]


@pytest.mark.parametrize(("en", "es"), [
    ("Visits declined by 40%.", "Las visitas disminuyeron un 40 %."),
    ("Visits declined by 40 percent.", "Las visitas disminuyeron un 40%."),
    ("Visits declined by 40%.", "Las visitas disminuyeron un cuarenta por ciento."),
    ("The humidity was 40-50%.", "La humedad era del 40-50 %."),
    ("It was 3.77 (95% CI: 2.02-4.59%).", "Era de 3,77 (IC del 95 %: 2,02-4,59 %)."),
    ("Unemployment rose 2 percentage points.", "El desempleo subió 2 puntos porcentuales."),
    ("Unemployment rose 2 percentage points.", "El desempleo subió 2 puntos."),
])
def test_same_percentage_passes_silently(tmp_path: Path, en: str, es: str) -> None:
    assert loud(findings(tmp_path, en, es)) == []


def test_changed_percentage(tmp_path: Path) -> None:
    found = findings(tmp_path, "a 50% discount for Year 2", "un 5 % de descuento para el Año 2")
    assert [(f.code, f.severity, f.message) for f in found] == [
        ("PCT001", "error", '"50%" (50%) became "5 %" (5%)')]


@pytest.mark.parametrize(("en", "es"), [
    ("Unemployment rose 2 percentage points.", "El desempleo subió un 2 %."),
    ("Unemployment rose 2 percent.", "El desempleo subió 2 puntos porcentuales."),
])
def test_points_and_percent_swapped(tmp_path: Path, en: str, es: str) -> None:
    found = findings(tmp_path, en, es)
    assert [(f.code, f.severity) for f in found] == [("PCT004", "error")]


def test_missing_percentage(tmp_path: Path) -> None:
    found = findings(tmp_path, "Visits declined by 40% in March.", "Las visitas disminuyeron en marzo.")
    assert [(f.code, f.severity) for f in found] == [("PCT002", "warning")]


def test_house_style_for_the_space_is_info_and_follows_cldr(tmp_path: Path) -> None:
    found = findings(tmp_path, "a 50% discount", "un 50% de descuento", "en", "es")
    assert [(f.code, f.severity) for f in found] == [("FMT003", "info")]
    assert apply_selection(found, None, set()) == []
    assert findings(tmp_path, "a 50% discount", "un 50 % de descuento", "en", "es") == []
    # Mexican Spanish writes "50%", as CLDR says.
    assert findings(tmp_path, "a 50% discount", "un 50% de descuento", "en", "es-MX") == []
    found = findings(tmp_path, "a 50% discount", "un 50 % de descuento", "en", "es-MX")
    assert codes(found) == ["FMT003"]


@pytest.mark.parametrize("text", ["%" * 100_000, "1%" * 50_000, ("1 a " * 30_000) + "2 %",
                                  "1 por " * 30_000 + "ciento", "5-" * 50_000 + "%"])
def test_adversarial_input(text: str) -> None:
    from bilint.extract import percent
    from bilint.lang import parse_lang

    found = percent.extract(text, parse_lang("es"))
    assert len(found) <= sum(c.isdigit() for c in text)
