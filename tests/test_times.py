"""Clock times: extraction in both languages and comparison in both directions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilint.extract import extract, times
from bilint.lang import parse_lang
from bilint.pipeline import check, load_pair

Write = Callable[[str, str], str]


def shown(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.surface, f.shown) for f in extract(text, parse_lang(lang)) if f.kind == "time"]


EN = [
    ("The polls open at 5 a.m. tomorrow", [("5 a.m.", "05:00")]),
    ("and close at 5:30 p.m. sharp", [("5:30 p.m.", "17:30")]),
    ("The curfew starts at 10 PM.", [("10 PM", "22:00")]),
    ("The shops open at 9am.", [("9am", "09:00")]),
    ("at 17:30 local time", [("17:30 local time", "17:30 local")]),
    ("The vote closes at noon.", [("noon", "12:00")]),
    ("The curfew begins at midnight.", [("midnight", "00:00")]),
    ("at 12 noon", [("12 noon", "12:00")]),
    ("The rally starts at 5 p.m. ET.", [("5 p.m. ET", "17:00 US-Eastern")]),
    ("before 10 a.m. Central European Time (0800 UTC) on April 4",
     [("10 a.m. Central European Time", "10:00 CET"), ("0800 UTC", "08:00 UTC")]),
    ("at 3 p.m. GMT", [("3 p.m. GMT", "15:00 UTC")]),
    ("They woke at six in the morning.", [("six in the morning", "06:00")]),
    ("It ended at 11 at night.", [("11 at night", "23:00")]),
    ("We met at five o'clock.", [("five o'clock", "05:00 or 17:00")]),
    ("At 5:30 the polls close.", [("5:30", "05:30 or 17:30")]),
    ("between 3 p.m. and 6 a.m.", [("3 p.m.", "15:00"), ("6 a.m.", "06:00")]),
]

ES = [
    ("Se levantaron a las cinco de la mañana.", [("las cinco de la mañana", "05:00")]),
    ("Las urnas abren a las 5 a. m. mañana", [("las 5 a. m.", "05:00")]),
    ("Las urnas abren a las 5 a.m. mañana", [("las 5 a.m.", "05:00")]),
    ("Cierran a las 17:30.", [("las 17:30", "17:30")]),
    ("Cierran a las 5:30 de la tarde.", [("las 5:30 de la tarde", "17:30")]),
    ("La sesión empieza a las 17 horas.", [("las 17 horas", "17:00")]),
    ("La sesión empieza a las 17.30 horas.", [("las 17.30 horas", "17:30")]),
    ("La votación cierra al mediodía.", [("mediodía", "12:00")]),
    ("El toque de queda empieza a medianoche.", [("medianoche", "00:00")]),
    ("Llegaron a la una de la tarde.", [("la una de la tarde", "13:00")]),
    ("Terminó a las 12 de la noche.", [("las 12 de la noche", "00:00")]),
    ("Terminó a las once y media de la noche.", [("las once y media de la noche", "23:30")]),
    ("Salieron a las 2 de la madrugada.", [("las 2 de la madrugada", "02:00")]),
    ("El mitin empieza a las 5 p. m. hora del Este.", [("las 5 p. m. hora del Este", "17:00 US-Eastern")]),
    ("a las 10 a. m. (hora de Greenwich)", [("las 10 a. m. (hora de Greenwich)", "10:00 UTC")]),
    ("Se reunieron a las dos, dijo.", [("las dos", "02:00 or 14:00")]),
    ("entre las 3:00 p. m. y las 6:00 a. m.", [("las 3:00 p. m.", "15:00"), ("las 6:00 a. m.", "06:00")]),
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert shown(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ES)
def test_spanish_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert shown(text, "es") == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("in the 24 hours before", "en"),
    ("a ratio of 3:1", "en"),
    ("a marathon in 2:03:45", "en"),
    ("a 4.30 average", "en"),
    ("las 24 horas previas", "es"),
    ("trabajan alrededor de 4 horas al día", "es"),
    ("dijo a las dos mujeres", "es"),
    ("et al. 2020", "en"),
])
def test_not_times(text: str, lang: str) -> None:
    assert shown(text, lang) == []


def test_numbers_of_a_time_are_not_numbers() -> None:
    facts = extract("At 5:30 p.m., 238 migrants landed.", parse_lang("en"))
    assert [(f.kind, f.surface) for f in facts] == [("time", "5:30 p.m."), ("number", "238")]


@pytest.mark.parametrize("text", ["1:" * 40000, "10 a" * 30000, "a las " * 20000,
                                  "12 " * 30000, "5 p. m. hora " * 10000])
def test_adversarial_inputs_finish(text: str) -> None:
    # No timing assertion: a backtracking pattern would not return at all on these.
    times.extract(text, parse_lang("en"))
    times.extract(text, parse_lang("es"))


def findings(write: Write, en: str, es: str, reverse: bool = False) -> list[tuple[str, str, str]]:
    a = write("a.en.txt", en + "\n")
    b = write("b.es.txt", es + "\n")
    src, tgt = (b, a) if reverse else (a, b)
    result = check(*load_pair(src, tgt))
    return [(f.code, f.source.surface if f.source else "", f.target.surface if f.target else "")
            for f in result.findings if f.code[:3] in ("TIM", "NUM", "DAT")]


PAIRS = [
    ("The polls open at 5 a.m.", "Las urnas abren a las cinco de la mañana."),
    ("The polls open at 5 a.m.", "Las urnas abren a las 5 a. m."),
    ("The polls close at 5:30 p.m.", "Las urnas cierran a las 17:30."),
    ("The polls close at 5:30 p.m.", "Las urnas cierran a las 5:30 de la tarde."),
    ("The vote closes at noon.", "La votación cierra al mediodía."),
    ("The curfew begins at midnight.", "El toque de queda empieza a medianoche."),
    ("The rally starts at 5 p.m. ET.", "El mitin empieza a las 5 p. m. hora del Este."),
    ("The rally starts at 5 p.m. ET.", "El mitin empieza a las 5 p. m."),
    ("The launch is at 3 p.m. GMT.", "El lanzamiento es a las 15:00 hora de Greenwich."),
    ("At 5:30 the polls close.", "A las 17:30 cierran las urnas."),
    ("The curfew runs between 10 p.m. and 4 a.m.", "El toque de queda rige entre las 10:00 p. m. y las 4:00 a. m."),
]


@pytest.mark.parametrize(("en", "es"), PAIRS)
def test_faithful_translations_are_silent_both_ways(write: Write, en: str, es: str) -> None:
    assert findings(write, en, es) == []
    assert findings(write, en, es, reverse=True) == []


@pytest.mark.parametrize(("en", "es", "what"), [
    ("The polls open at 5 a.m.", "Las urnas abren a las 5 p. m.", ""),
    ("The polls open at 5 a.m.", "Las urnas abren a las cinco de la tarde.", ""),
    ("The polls close at 5:30 p.m.", "Las urnas cierran a las 3:30 de la tarde.", ""),
    ("The vote closes at noon.", "La votación cierra a medianoche.", ""),
    ("The rally starts at 5 p.m. ET.", "El mitin empieza a las 5 p. m. hora del Pacífico.",
     ": the time zone differs"),
])
def test_a_changed_hour_is_an_error_both_ways(write: Write, en: str, es: str, what: str) -> None:
    for reverse in (False, True):
        assert [f[0] for f in findings(write, en, es, reverse)] == ["TIM001"]
    result = check(*load_pair(write("a.en.txt", en), write("b.es.txt", es)))
    [finding] = [f for f in result.findings if f.code == "TIM001"]
    assert finding.severity == "error" and finding.message.endswith(what or ")")


def test_one_sided_times_are_warnings(write: Write) -> None:
    en, es = "The polls close at 5:30 p.m.", "Las urnas cierran."
    assert findings(write, en, es) == [("TIM002", "5:30 p.m.", "")]
    assert findings(write, en, es, reverse=True) == [("TIM003", "", "5:30 p.m.")]
