"""Money: extraction of amount and currency in both languages, and the MON rules end to end."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from .pairs import codes, facts, findings, loud

D = Decimal
M = 10**6

EXTRACTED = [
    ("en", "the $4.76 million grant", "$4.76 million", (D("4.76") * M, "USD")),
    ("es", "la subvención de US$ 4,76 millones", "US$ 4,76 millones", (D("4.76") * M, "USD")),
    ("es", "una subvención de 4.760.000 dólares", "4.760.000 dólares", (D(4_760_000), "USD")),
    ("es", "cuatro millones setecientos sesenta mil dólares en fondos",
     "cuatro millones setecientos sesenta mil dólares", (D(4_760_000), "USD")),
    ("es", "unos 4,76 millones de dólares estadounidenses",
     "4,76 millones de dólares estadounidenses", (D("4.76") * M, "USD")),
    ("en", "a £125m stadium", "£125m", (D(125) * M, "GBP")),
    ("es", "un estadio de 125 millones de libras", "125 millones de libras", (D(125) * M, "GBP")),
    ("es", "un estadio de 125 millones de libras esterlinas",
     "125 millones de libras esterlinas", (D(125) * M, "GBP")),
    ("en", "a $2.8bn contract", "$2.8bn", (D("2.8E9"), "USD")),
    ("en", "an entry fee of €10", "€10", (D(10), "EUR")),
    ("es", "una entrada de 10 €", "10 €", (D(10), "EUR")),
    ("es", "una entrada de 10 euros", "10 euros", (D(10), "EUR")),
    ("es", "recibió 50 000 USD en fondos", "50 000 USD", (D(50_000), "USD")),
    ("en", "it costs 50 cents", "50 cents", (D("0.5"), "USD")),
    ("es", "cuesta 30 pesos mexicanos", "30 pesos mexicanos", (D(30), "MXN")),
    ("es", "cuesta 30 pesos", "30 pesos", (D(30), "peso")),
    ("es", "una donación de $100 millones", "$100 millones", (D(100) * M, "$")),
    ("en", "a donation of $100 million", "$100 million", (D(100) * M, "USD")),
    ("es", "dos millones de dólares", "dos millones de dólares", (D(2) * M, "USD")),
    ("en", "a prize of R$ 5,000", "R$ 5,000", (D(5000), "BRL")),
    ("en", "an impact of $300+ billion", "$300+ billion", (D("3E11"), "USD")),
    ("en", "one million Swiss francs", "one million Swiss francs", (D(M), "CHF")),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value"), EXTRACTED, ids=[e[1] for e in EXTRACTED])
def test_extracts_amount_and_currency(lang: str, text: str, surface: str, value: tuple[Decimal, str]) -> None:
    [fact] = facts(text, lang, "money")
    assert (fact.surface, fact.value) == (surface, value)


def test_range_states_the_currency_and_scale_once() -> None:
    assert [f.value for f in facts("between $10 and $15 million", "en", "money")] == [
        (D(10) * M, "USD"), (D(15) * M, "USD")]
    assert [f.value for f in facts("entre US$ 10 y 15 millones", "es", "money")] == [
        (D(10) * M, "USD"), (D(15) * M, "USD")]
    assert [f.value for f in facts("$10-15 million", "en", "money")] == [
        (D(10) * M, "USD"), (D(15) * M, "USD")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "They shipped 50 pounds of rice."),
    ("en", "Officials bought 2 million pounds of beef."),
    ("en", "in 2013 dollars"),
    ("en", "The top 3 won prizes."),
    ("es", "Compró 50 libras de arroz."),
    ("en", "The TOP 10 list"),
])
def test_not_money(lang: str, text: str) -> None:
    assert facts(text, lang, "money") == []


@pytest.mark.parametrize(("en", "es"), [
    ("The US approved $15 million in funding.", "EE.UU. aprobó US$ 15 millones en fondos."),
    ("The US approved $15 million in funding.", "EE.UU. aprobó 15 millones de dólares en fondos."),
    ("The US approved $15 million in funding.", "EE.UU. aprobó $15 millones en fondos."),
    # The currency is clear from the context: a plain number of the same value is enough.
    ("The US approved $15 million in funding.", "EE.UU. aprobó 15 millones en fondos."),
    ("The grant was $4.76 million.", "La subvención fue de cuatro millones setecientos sesenta mil dólares."),
    ("A £125m stadium was built.", "Se construyó un estadio de 125 millones de libras."),
    ("The cost was between $10 and $15 million.", "El costo fue de entre 10 y 15 millones de dólares."),
    ("It costs 50 cents.", "Cuesta 50 centavos de dólar."),
    ("It raised €92 million ($100 million).", "Recaudó 100 millones de dólares."),
    ("The fine was 500 pesos.", "La multa fue de $500."),
])
def test_same_amount_passes_silently(tmp_path: Path, en: str, es: str) -> None:
    assert loud(findings(tmp_path, en, es)) == []


def test_amount_changed(tmp_path: Path) -> None:
    found = findings(tmp_path, "the $4.76 million grant", "la subvención de US$ 4,67 millones")
    assert codes(found) == ["MON001"]
    assert found[0].severity == "error"
    assert found[0].message == ('"$4.76 million" (4,760,000 USD) became "US$ 4,67 millones" '
                                '(4,670,000 USD)')


@pytest.mark.parametrize(("en", "es"), [
    ("The US approved $15 million.", "EE.UU. aprobó 15 millones de euros."),
    ("The US approved $15 million.", "EE.UU. aprobó € 15 millones."),
    ("The fine was 500 pesos.", "La multa fue de 500 dólares."),
    ("A £125m stadium.", "Un estadio de 125 millones de dólares."),
])
def test_currency_changed(tmp_path: Path, en: str, es: str) -> None:
    found = findings(tmp_path, en, es)
    assert codes(found) == ["MON004"], found
    assert found[0].severity == "error"


def test_billion_read_as_billon(tmp_path: Path) -> None:
    found = findings(tmp_path, "a $2.8bn contract", "un contrato de 2,8 billones de dólares")
    assert codes(found) == ["NUM004"]


def test_missing_and_added_are_warnings(tmp_path: Path) -> None:
    found = findings(tmp_path, "a one-time fee of $10 million was paid", "se pagó una tarifa única")
    assert [(f.code, f.severity) for f in found] == [("MON002", "warning")]
    found = findings(tmp_path, "a one-time fee was paid", "se pagó una tarifa única de US$ 10 millones")
    assert [(f.code, f.severity) for f in found] == [("MON003", "warning")]


def test_bare_dollar_sign_is_quiet_by_default_and_reported_when_selected(tmp_path: Path) -> None:
    found = findings(tmp_path, "a $100 million donation", "una donación de $100 millones")
    assert [(f.code, f.severity) for f in found] == [("MON005", "info")]
    assert "US$" in found[0].message
    from bilint.pipeline import apply_selection

    assert apply_selection(found, None, set()) == []
    assert findings(tmp_path, "a $100 million donation", "una donación de US$ 100 millones") == []


def test_spanish_source_english_target(tmp_path: Path) -> None:
    assert loud(findings(tmp_path, "La subvención fue de US$ 4,76 millones.",
                         "The grant was $4.76 million.", "es", "en")) == []
    found = findings(tmp_path, "La subvención fue de US$ 4,76 millones.",
                     "The grant was $4.67 million.", "es", "en")
    assert codes(found) == ["MON001"]


@pytest.mark.parametrize("text", [
    "$" * 100_000 + "5",
    "US$ " * 30_000 + "5 millones",
    ("5 " * 50_000) + "dólares",
    ("1 a " * 30_000) + "2 dólares",
    "$1-" * 30_000,
    "5 millones de " * 20_000,
])
def test_adversarial_input_is_read_in_one_pass(text: str) -> None:
    # Each number is looked at a bounded number of times: a quadratic pattern would take
    # minutes here.
    from bilint.extract import money
    from bilint.lang import parse_lang

    found = money.extract(text, parse_lang("es"))
    assert len(found) <= sum(c.isdigit() for c in text)
    assert all(isinstance(f.value, tuple) for f in found)
