"""Spelled-out numbers in English and Spanish news sentences."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from bilint.extract.spelled import Spelled, find_spelled, scale_words
from bilint.resources import rules_path

W, ORD, F = "words", "ordinal", "fraction"
S, WK = False, True  # strong, weak

# Each case: a sentence and every number in it as (surface, value, form, weak).
EN_CASES: list[tuple[str, list[tuple[str, str, str, bool]]]] = [
    (
        "The bill passed two hundred thirty-eight to one hundred ninety.",
        [("two hundred thirty-eight", "238", W, S), ("one hundred ninety", "190", W, S)],
    ),
    (
        "Lawmakers voted two hundred and thirty-eight to one hundred and ninety-three.",
        [
            ("two hundred and thirty-eight", "238", W, S),
            ("one hundred and ninety-three", "193", W, S),
        ],
    ),
    ("She turned a hundred and five last week.", [("a hundred and five", "105", W, S)]),
    ("About a hundred people gathered outside.", [("a hundred", "100", W, WK)]),
    ("Twenty-one soldiers were wounded.", [("Twenty-one", "21", W, S)]),
    ("One million people fled the city.", [("One million", "1000000", W, S)]),
    (
        "The company reported four point seven six million subscribers.",
        [("four point seven six million", "4760000", W, S)],
    ),
    ("Half a million people marched on Sunday.", [("Half a million", "500000", W, S)]),
    ("A thousand troops were deployed.", [("A thousand", "1000", W, S)]),
    ("Five billion dollars were pledged.", [("Five billion", "5000000000", W, S)]),
    ("Two or three witnesses saw the crash.", [("Two", "2", W, S), ("three", "3", W, S)]),
    ("Someone called the police.", []),
    ("No one was hurt in the blast.", []),
    ("Anyone can apply, the minister said.", []),
    ("It is one of the worst droughts on record.", []),
    ("Once upon a time the town had a mill.", []),
    ("Once the vote closed, officials began counting.", []),
    ("One person died and seven were injured.", [("One", "1", W, WK), ("seven", "7", W, S)]),
    ("The first round ended in a draw.", [("first", "1", ORD, WK)]),
    ("He won a second term in office.", [("second", "2", ORD, WK)]),
    ("The third attempt succeeded.", [("third", "3", ORD, S)]),
    ("This is the twenty-first summit of its kind.", [("twenty-first", "21", ORD, S)]),
    ("Celebrations marked the hundredth anniversary.", [("hundredth", "100", ORD, S)]),
    (
        "It was the one hundred and first day of the strike.",
        [("one hundred and first", "101", ORD, S)],
    ),
    ("Half of the budget went to defence.", [("Half", "0.5", F, WK)]),
    ("A third of voters stayed home.", [("A third", "0.333333", F, WK)]),
    ("One third of the wells ran dry.", [("One third", "0.333333", F, S)]),
    ("Two thirds of members backed the plan.", [("Two thirds", "0.666667", F, S)]),
    ("A two-thirds majority is required.", [("two-thirds", "0.666667", F, S)]),
    ("Three quarters of the vote was counted.", [("Three quarters", "0.75", F, S)]),
    ("Prices fell by a quarter.", [("a quarter", "0.25", F, WK)]),
    # Periods counted, not a fraction: "los dos últimos trimestres".
    ("The past two quarters were weak.", [("two", "2", W, S)]),
    ("Rates rose by one and a half points.", [("one and a half", "1.5", W, S)]),
    ("Two and a half million homes lost power.", [("Two and a half million", "2500000", W, S)]),
    ("A million and a half visitors came.", [("A million and a half", "1500000", W, S)]),
    (
        "Between one hundred and two hundred people attended.",
        [("one hundred", "100", W, S), ("two hundred", "200", W, S)],
    ),
    ("one thousand and one nights", [("one thousand and one", "1001", W, S)]),
    (
        "A dozen protesters were detained; two dozen more fled.",
        [("A dozen", "12", W, WK), ("two dozen", "24", W, S)],
    ),
    ("Half a dozen ministers resigned.", [("Half a dozen", "6", W, S)]),
    (
        "The vote was held in nineteen ninety-nine.",
        [("nineteen", "19", W, S), ("ninety-nine", "99", W, S)],
    ),
    ("She was fined one point two million euros.", [("one point two million", "1200000", W, S)]),
    ("Inflation stood at zero point five.", [("zero point five", "0.5", W, S)]),
    ("A forty-year-old man was arrested.", [("forty", "40", W, S)]),
    ("Billions of dollars and thousands of jobs are at stake.", []),
    ("Hundreds of people queued.", []),
    (
        "One hundredth of a second separated them.",
        [("One hundredth", "0.01", F, S), ("second", "2", ORD, WK)],
    ),
    (
        "Seventy-five thousand three hundred and twelve votes were cast.",
        [("Seventy-five thousand three hundred and twelve", "75312", W, S)],
    ),
    ("Eleven\nhundred workers signed.", [("Eleven\nhundred", "1100", W, S)]),
    ("Twelve.\n\nFourteen.", [("Twelve", "12", W, S), ("Fourteen", "14", W, S)]),
    ("A third term is unlikely.", [("third", "3", ORD, S)]),
    # "Twice" is "dos veces" as often as "el doble", which states no 2: weak.
    ("The system is updated twice a year.", [("twice", "2", W, WK)]),
]

ES_CASES: list[tuple[str, list[tuple[str, str, str, bool]]]] = [
    ("Trescientos agentes fueron desplegados.", [("Trescientos", "300", W, S)]),
    (
        "La ley obtuvo doscientos treinta y ocho votos.",
        [("doscientos treinta y ocho", "238", W, S)],
    ),
    ("Hubo veintiún heridos.", [("veintiún", "21", W, S)]),
    ("Murieron veintiuno de los pasajeros.", [("veintiuno", "21", W, S)]),
    ("Veintiuna personas fueron detenidas.", [("Veintiuna", "21", W, S)]),
    ("Se registraron ciento cinco incendios.", [("ciento cinco", "105", W, S)]),
    ("Cien manifestantes se concentraron.", [("Cien", "100", W, S)]),
    ("Mil policías vigilan la frontera.", [("Mil", "1000", W, S)]),
    ("La reforma entró en vigor en dos mil veinte.", [("dos mil veinte", "2020", W, S)]),
    ("Un millón de personas salieron a la calle.", [("Un millón", "1000000", W, S)]),
    ("El fondo tiene dos millones de euros.", [("dos millones", "2000000", W, S)]),
    (
        "La deuda asciende a tres mil millones de dólares.",
        [("tres mil millones", "3000000000", W, S)],
    ),
    ("El PIB superó un billón de euros.", [("un billón", "1000000000000", W, S)]),
    ("Mil millones de dosis fueron enviadas.", [("Mil millones", "1000000000", W, S)]),
    ("Se invertirán mil quinientos millones.", [("mil quinientos millones", "1500000000", W, S)]),
    ("Costó un millón quinientos mil euros.", [("un millón quinientos mil", "1500000", W, S)]),
    (
        "La audiencia fue de cuatro coma siete seis millones.",
        [("cuatro coma siete seis millones", "4760000", W, S)],
    ),
    ("El paro bajó al dos coma cinco por ciento.", [("dos coma cinco", "2.5", W, S)]),
    ("Los precios subieron un cinco por ciento.", [("un", "1", W, WK), ("cinco", "5", W, S)]),
    ("Ganaron cien por cien de los escaños.", [("cien", "100", W, S)]),
    ("Llegaron dos y tres autobuses.", [("dos", "2", W, S), ("tres", "3", W, S)]),
    ("Un hombre resultó herido.", [("Un", "1", W, WK)]),
    ("Es una de las mayores crisis.", [("una", "1", W, WK)]),
    ("El acto empezó a la una.", [("una", "1", W, WK)]),
    ("Cada uno recibió un premio.", [("un", "1", W, WK)]),
    ("Uno de cada cuatro jóvenes está en paro.", [("Uno", "1", W, WK), ("cuatro", "4", W, S)]),
    ("El primer ministro dimitió.", [("primer", "1", ORD, WK)]),
    ("Es la primera vez que ocurre.", [("primera", "1", ORD, WK)]),
    ("Quedó en segundo lugar.", [("segundo", "2", ORD, WK)]),
    ("Fue el tercer intento.", [("tercer", "3", ORD, S)]),
    ("El tercero de los acusados declaró.", [("tercero", "3", ORD, S)]),
    ("Vive en el cuarto piso.", [("cuarto", "4", ORD, WK)]),
    ("Celebraron el vigésimo primer aniversario.", [("vigésimo primer", "21", ORD, S)]),
    ("Es su decimotercera temporada.", [("decimotercera", "13", ORD, S)]),
    ("Perdió la mitad de los votos.", [("mitad", "0.5", F, WK)]),
    ("Medio millón de personas votaron.", [("Medio millón", "500000", W, S)]),
    ("Esperó media hora.", [("media", "0.5", F, WK)]),
    ("Compró media docena de huevos.", [("media docena", "6", W, S)]),
    ("El Ministerio de Medio Ambiente lo confirmó.", []),
    ("La tensión crece en Oriente Medio.", []),
    ("Un tercio de los votantes se abstuvo.", [("Un tercio", "0.333333", F, S)]),
    ("Dos tercios del Congreso lo apoyan.", [("Dos tercios", "0.666667", F, S)]),
    ("Esperó un cuarto de hora.", [("un cuarto", "0.25", F, S)]),
    ("Alquiló un cuarto.", [("un cuarto", "0.25", F, WK)]),
    ("Tres cuartos de la población están vacunados.", [("Tres cuartos", "0.75", F, S)]),
    ("Una tercera parte del presupuesto.", [("Una tercera parte", "0.333333", F, S)]),
    ("Dos terceras partes del territorio.", [("Dos terceras partes", "0.666667", F, S)]),
    ("El paro subió tres décimas.", [("tres décimas", "0.3", F, S)]),
    ("Busca un quinto mandato.", [("un", "1", W, WK), ("quinto", "5", ORD, S)]),
    ("Se recaudaron dos millones y medio de euros.", [("dos millones y medio", "2500000", W, S)]),
    ("Llegó a las dos y media.", [("dos", "2", W, S), ("media", "0.5", F, WK)]),
    ("Once jugadores saltaron al campo.", [("Once", "11", W, S)]),
    (
        "Hubo veintiun muertos y dieciseis heridos, un millon de euros en daños.",
        [("veintiun", "21", W, S), ("dieciseis", "16", W, S), ("un millon", "1000000", W, S)],
    ),
    ("TREINTA Y OCHO DETENIDOS", [("TREINTA Y OCHO", "38", W, S)]),
    ("Millones de personas y miles de empresas.", []),
    ("Trabajan setecientas mil personas.", [("setecientas mil", "700000", W, S)]),
    ("Alrededor de dos docenas de diputados se contagiaron.", [("dos docenas", "24", W, S)]),
    # Without its accent, "décimos" is "decimos", we say.
    ("Aunque no debería hacer falta decirlo, nosotros lo decimos.", []),
    ("Ocupó el décimo lugar.", [("décimo", "10", ORD, S)]),
]


def _found(text: str, base: str) -> list[tuple[str, str, str, bool]]:
    return [(text[s.start : s.end], str(s.value), s.form, s.weak) for s in find_spelled(text, base)]


@pytest.mark.parametrize(("text", "expected"), EN_CASES, ids=[c[0][:40] for c in EN_CASES])
def test_english(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _found(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ES_CASES, ids=[c[0][:40] for c in ES_CASES])
def test_spanish(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _found(text, "es") == expected


def test_case_tables_are_big_enough() -> None:
    assert len(EN_CASES) >= 40 and len(ES_CASES) >= 40


@pytest.mark.parametrize(
    ("text", "base", "scale"),
    [
        ("one million", "en", "million"),
        ("two billion", "en", "billion"),
        ("five hundred thousand", "en", "thousand"),
        ("one million five hundred thousand", "en", "million"),
        ("two hundred", "en", None),
        ("a dozen", "en", None),
        ("dos millones", "es", "millones"),
        ("un millón", "es", "millón"),
        ("tres mil millones", "es", "mil millones"),
        ("un billón", "es", "billón"),
        ("dos millardos", "es", "millardos"),
        ("dos mil", "es", "mil"),
        ("UN MILLON", "es", "millón"),
    ],
)
def test_scale_name(text: str, base: str, scale: str | None) -> None:
    (found,) = find_spelled(text, base)
    assert (found.start, found.end, found.scale) == (0, len(text), scale)


def test_billion_differs_between_languages() -> None:
    (en,) = find_spelled("one billion", "en")
    (es,) = find_spelled("un billón", "es")
    assert en.value == Decimal(10**9)
    assert es.value == Decimal(10**12)


def test_scale_words() -> None:
    en = scale_words("en")
    es = scale_words("es")
    assert en["thousand"] == 1000 and en["millions"] == 10**6
    assert en["billion"] == 10**9 and en["trillion"] == 10**12
    assert es["mil"] == 1000 and es["millón"] == es["millones"] == 10**6
    assert es["mil millones"] == es["millardo"] == 10**9
    assert es["billón"] == es["billones"] == 10**12
    assert all(isinstance(v, Decimal) for v in [*en.values(), *es.values()])


def test_offsets_in_a_longer_text() -> None:
    text = "Según el informe, «doscientas mil» familias —y otras tres— perdieron su casa."
    found = find_spelled(text, "es")
    assert [text[s.start : s.end] for s in found] == ["doscientas mil", "tres"]
    assert found[0] == Spelled(
        text.index("doscientas"), text.index("»"), Decimal(200000), "words", False, "mil"
    )


def test_decomposed_accents() -> None:
    text = unicodedata.normalize("NFD", "Hubo veintiún muertos y un millón de heridos.")
    found = find_spelled(text, "es")
    assert [(text[s.start : s.end], s.value) for s in found] == [
        (unicodedata.normalize("NFD", "veintiún"), Decimal(21)),
        (unicodedata.normalize("NFD", "un millón"), Decimal(10**6)),
    ]


def test_not_inside_words() -> None:
    assert find_spelled("anyone, someone, oneself, tone, bones", "en") == []
    assert find_spelled("ninguno, alguno, undécimo", "es") == [
        Spelled(17, 25, Decimal(11), "ordinal", False, None)
    ]


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        find_spelled("one", "fr")


def test_rules_path_finds_the_lexicon() -> None:
    assert (rules_path() / "lexicon" / "numbers.en.yaml").is_file()
    assert (rules_path() / "lexicon" / "numbers.es.yaml").is_file()


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_num2words_round_trip(n: int) -> None:
    # num2words writes "one million, twenty-one thousand"; commas are not ours to join.
    for base in ("en", "es"):
        text = num2words(n, lang=base).replace(",", "")
        found = find_spelled(text, base)
        assert len(found) == 1, (text, found)
        (s,) = found
        assert (s.start, s.end, s.value, s.form) == (0, len(text), Decimal(n), "words"), text
        # A lone "one"/"uno" is ambiguous by design; every other number is strong.
        assert s.weak == (n == 1), text


@pytest.mark.parametrize("base,word", [("en", "one"), ("es", "uno"), ("en", "twenty-one")])
def test_long_runs_of_number_words(base: str, word: str) -> None:
    # Each word is its own number, however long the run; the time it takes is measured by
    # benchmarks/bench_extract.py, not asserted here.
    text = (word + " ") * (200_000 // (len(word) + 1))
    found = find_spelled(text, base)
    assert len(found) == 200_000 // (len(word) + 1)


def test_import_is_light() -> None:
    # yaml, babel and text2num cost import time: the lexicon is loaded on first use.
    src = Path(__file__).resolve().parents[1] / "src"
    code = (
        "import sys, bilint.extract; before = set(sys.modules); "
        "import bilint.extract.spelled; new = set(sys.modules) - before; "
        "print(sorted(m for m in new if m.split('.')[0] in ('yaml', 'babel', 'text_to_num')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(src)},
        check=True,
    )
    assert out.stdout.strip() == "[]"
