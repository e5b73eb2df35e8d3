"""The number extractor, on sentences of the kind news prints, in both languages."""

from __future__ import annotations

from collections.abc import Hashable
from decimal import Decimal
from pathlib import Path

import pytest

from bilint.extract import extract
from bilint.extract.numbers import extract as number_extractor
from bilint.lang import parse_lang

from .pairs import findings

D = Decimal


def numbers(text: str, lang: str) -> list[tuple[str, Hashable, str]]:
    # The number extractor alone: money, dates and names claim some of these surfaces first
    # when every extractor runs, which their own tests cover.
    return [(f.surface, f.value, f.strength) for f in number_extractor(text, parse_lang(lang))
            if f.kind == "number"]


def strong(text: str, lang: str) -> list[tuple[str, Hashable]]:
    return [(s, v) for s, v, st in numbers(text, lang) if st == "strong"]


EN = [
    ("deportation flights carrying 238 Venezuelan migrants", [("238", D(238))]),
    ("about 31,000 vehicles a day", [("31,000", D(31000))]),
    ("a bridge 1.2 kilometers long", [("1.2", D("1.2"))]),
    ("approved $15 million in funding", [("15 million", D(15_000_000))]),
    ("the $4.76 million grant", [("4.76 million", D(4_760_000))]),
    ("a $2.8bn contract", [("2.8bn", D(2_800_000_000))]),
    ("a £125m stadium", [("125m", D(125_000_000))]),
    ("a salary of $90k", [("90k", D(90_000))]),
    ("the 1,000,000th visitor", [("1,000,000th", D(1_000_000))]),
    ("a debt of 1.5 trillion dollars", [("1.5 trillion", D("1.5E12"))]),
    ("2 billion people", [("2 billion", D(2_000_000_000))]),
    ("temperatures fell to -5 overnight", [("-5", D(-5))]),
    ("between 3-5 days", [("3", D(3)), ("5", D(5))]),
    ("from 3 to 5 years", [("3", D(3)), ("5", D(5))]),
    ("the council voted 7 to 2", [("7", D(7)), ("2", D(2))]),
    ("members of MS-13 were sent", []),
    ("the COVID-19 pandemic", []),
    ("leaders of the G7 met", []),
    ("an F-35 fighter jet", []),
    # A model number changed is a changed fact ("Boeing 737" / "Boeing 747"): kept strong.
    ("a Boeing 737 Max", [("737", D(737))]),
    ("SARS-CoV-2 infections", []),
    ("a 3D printer", []),
    ("see https://example.com/2025/04/28/story.html for more", []),
    ("his 2nd term", [("2nd", D(2))]),
    ("the 21st century", [("21st", D(21))]),
    ("two hundred thirty-eight people", [("two hundred thirty-eight", D(238))]),
    ("a hundred and five days", [("a hundred and five", D(105))]),
    ("nine members were returned", [("nine", D(9))]),
    ("Three hundred residents signed", [("Three hundred", D(300))]),
    ("four point seven six million dollars", [("four point seven six million", D(4_760_000))]),
    ("two million visitors", [("two million", D(2_000_000))]),
    ("a population of 8.3 million", [("8.3 million", D(8_300_000))]),
    ("It happened in 2022", [("2022", D(2022))]),
    ("14 of the bridge's 38 steel supports", [("14", D(14)), ("38", D(38))]),
    ("the third attempt", [("third", D(3))]),
    ("twenty-one days", [("twenty-one", D(21))]),
    ("fifteen years", [("fifteen", D(15))]),
    ("nearly 1,500 troops", [("1,500", D(1500))]),
    ("a 0.5 percent rise", [("0.5", D("0.5"))]),
    ("one thousand two hundred people", [("one thousand two hundred", D(1200))]),
    ("a million reasons", [("a million", D(1_000_000))]),
    ("the 1990s", [("1990s", D(1990))]),
    ("the 2019-20 season", [("2019", D(2019)), ("20", D(2020))]),
    ("a factor of 4-5x", [("4", D(4)), ("5x", D(5))]),
    ("a $300+ billion impact", [("300+ billion", D(300_000_000_000))]),
    ("from 13.04% in Algeria to .08% in New Zealand", [("13.04", D("13.04")), (".08", D("0.08"))]),
    ("group 2B viruses", []),
    ("it rose 12.75 points", [("12.75", D("12.75"))]),
    ("ten thousand protesters", [("ten thousand", D(10_000))]),
    ("covers 60% of the cost", [("60", D(60))]),
    ("They drove Route 66 west", [("66", D(66))]),
    ("it costs 3,5 dollars", [("3,5", D("3.5"))]),
    ("at least 75 years", [("75", D(75))]),
    ("10,000 to 20,000 people", [("10,000", D(10_000)), ("20,000", D(20_000))]),
    ("one email reads", []),
    ("no one knows", []),
    ("someone said", []),
    ("once upon a time", []),
    ("the first flight", []),
    ("it took a second", []),
    ("2.5 meters wide", [("2.5", D("2.5"))]),
    ("some 4,000 homes", [("4,000", D(4000))]),
    ("eleven players", [("eleven", D(11))]),
    ("two-thirds of voters", [("two-thirds", D("0.666667"))]),
    ("$1.2 billion budget", [("1.2 billion", D(1_200_000_000))]),
]

ES = [
    ("vuelos que llevaron a 238 migrantes venezolanos", [("238", D(238))]),
    ("unos 31.000 vehículos al día", [("31.000", D(31000))]),
    ("un puente de 1,2 kilómetros", [("1,2", D("1.2"))]),
    ("aprobó US$ 15 millones en fondos", [("15 millones", D(15_000_000))]),
    ("la subvención de US$ 4,76 millones", [("4,76 millones", D(4_760_000))]),
    ("un contrato de 2,8 billones", [("2,8 billones", D("2.8E12"))]),
    ("un contrato de 2.800 millones", [("2.800 millones", D(2_800_000_000))]),
    ("un contrato de 2,8 mil millones", [("2,8 mil millones", D(2_800_000_000))]),
    ("unos 15 mil vehículos", [("15 mil", D(15_000))]),
    ("100 000 personas", [("100 000", D(100_000))]),
    ("39 768 casos confirmados", [("39 768", D(39_768))]),
    ("la temperatura bajó a -5 grados", [("-5", D(-5))]),
    ("entre 3 y 5 días", [("3", D(3)), ("5", D(5))]),
    ("de 3 a 5 años", [("3", D(3)), ("5", D(5))]),
    ("el concejo votó 7 a 2", [("7", D(7)), ("2", D(2))]),
    ("miembros de la pandilla MS-13", []),
    ("la pandemia de COVID-19", []),
    ("los líderes del G7", []),
    ("un caza F-35", []),
    ("trescientos vecinos", [("trescientos", D(300))]),
    ("doscientos treinta y ocho migrantes", [("doscientos treinta y ocho", D(238))]),
    ("veintiún días", [("veintiún", D(21))]),
    ("Al ser devueltos los nueve", [("nueve", D(9))]),
    ("dos presuntos miembros", [("dos", D(2))]),
    ("Trescientos vecinos firmaron", [("Trescientos", D(300))]),
    ("dos millones de visitantes", [("dos millones", D(2_000_000))]),
    ("tres mil millones de personas", [("tres mil millones", D(3_000_000_000))]),
    ("un billón de dólares", [("un billón", D(10**12))]),
    ("mil personas", [("mil", D(1000))]),
    ("ciento cinco días", [("ciento cinco", D(105))]),
    ("en 2022", [("2022", D(2022))]),
    ("el 1.º de marzo", [("1.º", D(1))]),
    ("el 2º lugar", [("2º", D(2))]),
    ("la tercera vez", [("tercera", D(3))]),
    ("cuatro millones setecientos sesenta mil dólares", [("cuatro millones setecientos sesenta mil", D(4_760_000))]),
    ("14 de los 38 soportes", [("14", D(14)), ("38", D(38))]),
    ("un 0,5 por ciento", [("0,5", D("0.5"))]),
    ("subió 12,75 puntos", [("12,75", D("12.75"))]),
    ("diez mil manifestantes", [("diez mil", D(10_000))]),
    ("cubrirá el 60 % del costo", [("60", D(60))]),
    ("al menos 75 años", [("75", D(75))]),
    ("de 10.000 a 20.000 personas", [("10.000", D(10_000)), ("20.000", D(20_000))]),
    ("once jugadores", [("once", D(11))]),
    ("quince años", [("quince", D(15))]),
    ("cincuenta y cinco votos", [("cincuenta y cinco", D(55))]),
    ("veintidós heridos", [("veintidós", D(22))]),
    ("1.500 soldados", [("1.500", D(1500))]),
    ("2,5 metros de ancho", [("2,5", D("2.5"))]),
    ("unas 4.000 viviendas", [("4.000", D(4000))]),
    ("un día antes", []),
    ("una persona", []),
    ("el primer vuelo", []),
    ("la ruta 66", [("66", D(66))]),
    ("el 21 de marzo", [("21", D(21))]),
    ("diecinueve estados", [("diecinueve", D(19))]),
    ("dieciséis meses", [("dieciséis", D(16))]),
    ("quinientos migrantes", [("quinientos", D(500))]),
    ("setecientos", [("setecientos", D(700))]),
    ("novecientos noventa y nueve", [("novecientos noventa y nueve", D(999))]),
    ("dos mil veinte", [("dos mil veinte", D(2020))]),
    ("1.234,5 toneladas", [("1.234,5", D("1234.5"))]),
]


@pytest.mark.parametrize("text,expected", EN)
def test_english_numbers(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert strong(text, "en") == expected


@pytest.mark.parametrize("text,expected", ES)
def test_spanish_numbers(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert strong(text, "es") == expected


def test_tables_are_large_enough() -> None:
    assert len(EN) >= 60 and len(ES) >= 60


@pytest.mark.parametrize("text", ["un día antes", "una persona", "el primer vuelo", "uno de ellos"])
def test_spanish_articles_are_weak_numbers(text: str) -> None:
    found = numbers(text, "es")
    assert found and all(st == "weak" for _, _, st in found)


def test_locale_decides_separators() -> None:
    # es (Spain, CLDR) writes 4,76 and 20.000; es-MX writes 4.76 and 20,000.
    assert strong("US$ 4,76 millones y 20.000 por persona", "es") == [
        ("4,76 millones", D(4_760_000)), ("20.000", D(20000))]
    assert strong("US$ 4.76 millones y 20,000 por persona", "es-MX") == [
        ("4.76 millones", D(4_760_000)), ("20,000", D(20000))]


def test_wrong_decimal_mark_is_read_and_flagged() -> None:
    (fact,) = number_extractor("la subvención de US$ 4.76 millones", parse_lang("es"))
    assert fact.value == D(4_760_000)
    assert fact.format_issue == "FMT001"


def test_ambiguous_grouping_keeps_the_other_reading() -> None:
    # "1,000" in a Spanish text is 1 (three decimals) or an English-style thousand.
    (fact,) = number_extractor("1,000 personas", parse_lang("es"))
    assert fact.value == D(1)
    assert (D(1000), "FMT002") in fact.alternatives


def test_time_of_day_is_not_a_number() -> None:
    facts = extract("a las 17:30 de la tarde", parse_lang("es"))
    assert [f.kind for f in facts] == ["time"]


@pytest.mark.parametrize("text", ["1,1," * 2000, "1.000." * 2000, "9" * 20000, "-1-" * 3000])
def test_adversarial_digit_runs_finish(text: str) -> None:
    # No timing assertion: a backtracking pattern would not return at all on these.
    extract(text, parse_lang("es"))
    extract(text, parse_lang("en"))


def _codes(tmp: Path, en: str, es: str) -> list[str]:
    return [f.code for f in findings(tmp, en, es) if f.severity != "info"]


@pytest.mark.parametrize(("en", "es", "codes"), [
    # Spanish puts the half after the noun: "dos años y medio" is "two and a half years".
    ("He spent two and a half years in prison.", "Pasó dos años y medio en prisión.", []),
    ("He spent 2.5 years in prison.", "Pasó dos años y medio en prisión.", []),
    ("He spent 2 and a half years in prison.", "Pasó 2 años y medio en prisión.", []),
    ("He was sentenced to three years and a half.", "Fue condenado a tres años y medio.", []),
    ("The meeting lasted an hour and a half.", "La reunión duró una hora y media.", []),
    ("He ran 2.5 miles.", "Corrió 2 millas y media.", []),
    ("It cost $2.5 million.", "Costó 2 millones y medio de dólares.", []),
    ("They met at 5:30.", "Se reunieron a las cinco y media.", []),
    # A changed count is still a changed count.
    ("He spent two and a half years in prison.", "Pasó tres años y medio en prisión.", ["NUM001"]),
    ("He spent two and a half years in prison.", "Pasó dos años en prisión.", ["NUM001"]),
])
def test_a_count_and_a_half(tmp_path: Path, en: str, es: str, codes: list[str]) -> None:
    assert _codes(tmp_path, en, es) == codes


@pytest.mark.parametrize(("en", "es", "codes"), [
    # Below zero in words: "minus 10 degrees" and "10 grados bajo cero" are both -10.
    ("It dropped to -10 degrees.", "Bajó a 10 grados bajo cero.", []),
    ("It dropped to minus 10 degrees.", "Bajó a 10 grados bajo cero.", []),
    ("It dropped to minus 10 degrees.", "Bajó a -10 grados.", []),
    ("It dropped to 10 degrees.", "Bajó a 10 grados bajo cero.", ["QTY001"]),
    ("It dropped to minus 10 degrees.", "Bajó a 12 grados bajo cero.", ["QTY001"]),
])
def test_below_zero_in_words(tmp_path: Path, en: str, es: str, codes: list[str]) -> None:
    assert _codes(tmp_path, en, es) == codes


@pytest.mark.parametrize(("en", "es", "codes"), [
    # A Roman numeral numbering a phase or a type is that number: trials are "Phase III" in
    # one text and "fase 3" in the other.
    ("It is undergoing a phase 2 trial in Italy.", "Se encuentra en un ensayo de fase II en Italia.", []),
    ("The Phase III trial enrolled 30,000 people.", "El ensayo de fase 3 inscribió a 30.000 personas.", []),
    ("People with type II diabetes are at risk.", "Las personas con diabetes tipo 2 están en riesgo.", []),
    ("Dysfunction of type-I and type-II pneumocytes lowers the surfactant level.",
     "La disfunción de los neumocitos tipo I y tipo II disminuye el nivel de surfactante.", []),
    ("It failed in Phase II-III clinical trials.", "Fracasó en los ensayos clínicos en fase II y III.", []),
    ("Drugs in Phase I-IV development were listed.", "Se enumeraron fármacos en fase I a IV.", []),
    # A changed or dropped numeral is reported as a changed or dropped number.
    ("The Phase III trial enrolled 30,000 people.", "El ensayo de fase II inscribió a 30.000 personas.",
     ["NUM001"]),
    ("The Phase III trial enrolled 30,000 people.", "El ensayo inscribió a 30.000 personas.", ["NUM002"]),
    # The pronoun is no numeral; a numeral in a name stays the name's ("World War II").
    ("This is the type I like.", "Este es el tipo que me gusta.", []),
    ("He fought in World War II.", "Luchó en la Segunda Guerra Mundial.", []),
])
def test_roman_numerals_that_number_a_phase_or_a_type(tmp_path: Path, en: str, es: str,
                                                     codes: list[str]) -> None:
    assert _codes(tmp_path, en, es) == codes


def test_both_figures_of_a_golf_score_are_numbers() -> None:
    # Match play: "won 5&4" is five up with four to play; Spanish writes "5-4" or "5 y 4".
    from bilint.extract import extract
    from bilint.lang import parse_lang

    facts = extract("Spieth was blown out 5&4 by Olesen, and Rose won 2&1.", parse_lang("en"))
    assert sorted(int(str(f.value)) for f in facts if f.kind == "number") == [1, 2, 4, 5]


def test_both_and_ambos_are_two_without_a_figure() -> None:
    # A translator writes "ambos" for "the two", and "los dos" for "both": neither is a number
    # missing or added.
    from bilint.lang import parse_lang
    from bilint.model import Document, line_starts
    from bilint.pipeline import check
    from bilint.segment import segment

    def findings(en: str, es: str) -> list[str]:
        docs = [Document(p, lang, t, segment(t, t), line_starts(t), raw=t)
                for p, lang, t in (("a.en.md", "en", en), ("a.es.md", "es", es))]
        return [f.code for f in check(*docs).findings if f.severity != "info"]

    assert parse_lang("es")  # the languages exist
    assert findings("The two governments struck a deal in June.",
                    "En junio, ambos gobiernos alcanzaron un acuerdo.") == []
    assert findings("He denied it when they were both teenagers.",
                    "Lo negó cuando los dos eran adolescentes.") == []
    # A figure that stays a figure is still checked against them.
    assert findings("He denied it when they were both teenagers.",
                    "Lo negó cuando los tres eran adolescentes.") == ["NUM003"]


def test_two_said_without_a_figure() -> None:
    from bilint.model import Document, line_starts
    from bilint.pipeline import check
    from bilint.segment import segment

    def findings(en: str, es: str) -> list[str]:
        docs = [Document(p, lang, t, segment(t, t), line_starts(t), raw=t)
                for p, lang, t in (("a.en.md", "en", en), ("a.es.md", "es", es))]
        return [f.code for f in check(*docs).findings if f.severity != "info"]

    pairs = [
        ("It would see her through the next couple of decades.",
         "Lo que la mantendría en las próximas dos décadas."),
        ("French was the only language spoken by a double-digit percentage.",
         "El único idioma hablado por un porcentaje de dos dígitos era el francés."),
        ("Mickelson was playing in the biennial event.",
         "Mickelson jugaba en el evento que se celebra cada dos años."),
        ("A quick decision could start a tailspin in either country.",
         "Una decisión rápida podría iniciar una caída en cualquiera de los dos países."),
    ]
    for en, es in pairs:
        assert findings(en, es) == [], en
    # Those words say two, not three.
    assert findings(*pairs[0][:1], pairs[0][1].replace("dos", "tres")) == ["NUM003"]
