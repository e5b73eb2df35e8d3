"""Dates: extraction in both languages, comparison in both directions, the weekday check."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilint.cli import cli
from bilint.extract import dates, extract
from bilint.lang import parse_lang
from bilint.pipeline import check, load_pair

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_7d743c62b215637b.txt"

Write = Callable[[str, str], str]


def shown(text: str, lang: str) -> list[tuple[str, str]]:
    """(surface, displayed value) of each date fact, through the whole extraction."""
    return [(f.surface, f.shown) for f in extract(text, parse_lang(lang)) if f.kind == "date"]


EN = [
    ("El Salvador agreed to accept up to 300 people in mid-March.", [("mid-March", "mid-March")]),
    ("The law took effect in mid-2020 and was amended in late-2021.",
     [("mid-2020", "mid-2020"), ("late-2021", "late 2021")]),
    ("telling reporters earlier this month that", [("earlier this month", "this month")]),
    ("flights to the country last month sparked", [("last month", "last month")]),
    ("as of late April, just under $5 million", [("late April", "late April")]),
    ("during Rubio's visit in February.", [("February", "February")]),
    ("I went to El Salvador last week", [("last week", "last week")]),
    ("Judge Alvin Hellerstein said in court last Tuesday.", [("last Tuesday", "last Tuesday")]),
    ("A day before the March 15 flights", [("March 15", "15 March")]),
    ("the grant, dated March 22, notes", [("March 22", "22 March")]),
    ("on Saturday, March 15, 2025, the flights left", [("Saturday, March 15, 2025", "Saturday 15 March 2025")]),
    ("On 15 March 2025 the flights left", [("15 March 2025", "15 March 2025")]),
    ("on the 15th of March", [("the 15th of March", "15 March")]),
    ("by Sept. 30, 2024", [("Sept. 30, 2024", "30 September 2024")]),
    ("The names were issued in September 2017.", [("September 2017", "September 2017")]),
    ("The study was published on 3/15/2025.", [("3/15/2025", "15 March 2025")]),
    ("The study was published on 2025-03-15.", [("2025-03-15", "15 March 2025")]),
    ("The outbreak began in 2019.", [("2019", "2019")]),
    ("Prices rose in early 2020 and fell at the end of 2021.", [("early 2020", "early 2020"), ("the end of 2021", "late 2021")]),
    ("popular in the 1990s", [("the 1990s", "the 1990s")]),
    ("a hit in the '80s", [("the '80s", "the 1980s")]),
    ("since the early nineties", [("the early nineties", "the early 1990s")]),
    ("in the 19th century", [("the 19th century", "the 19th century")]),
    ("in the twenty-first century", [("the twenty-first century", "the 21st century")]),
    ("during the 1 January–15 March 2020 period", [("the 1 January", "1 January 2020"), ("15 March 2020", "15 March 2020")]),
    ("on March 3 and 5", [("March 3", "3 March"), ("5", "5 March")]),
    ("from 1-15 March", [("1", "1 March"), ("15 March", "15 March")]),
    ("The ministry reported two days ago that", [("two days ago", "2 days ago")]),
    ("yesterday the ministry said", [("yesterday", "yesterday")]),
    ("The talks resume tomorrow.", [("tomorrow", "tomorrow")]),
    ("They met on Tuesday.", [("Tuesday", "Tuesday")]),
    ("They will meet next Friday.", [("next Friday", "next Friday")]),
    ("late last year", [("late last year", "late last year")]),
    ("for the May/June 2020 series", [("May", "May 2020"), ("June 2020", "June 2020")]),
]

ES = [
    ("El Salvador acordó aceptar hasta 300 personas a mediados de marzo.", [("mediados de marzo", "mid-March")]),
    ("diciendo a los reporteros a principios de este mes que", [("principios de este mes", "early this month")]),
    ("los vuelos al país el mes pasado causaron", [("mes pasado", "last month")]),
    ("a finales de abril, se habían enviado", [("finales de abril", "late April")]),
    ("durante la visita de Rubio en febrero.", [("febrero", "February")]),
    ("fui a El Salvador la semana pasada", [("semana pasada", "last week")]),
    ("dijo el juez en la corte el martes pasado.", [("martes pasado", "last Tuesday")]),
    ("Un día antes de los vuelos del 15 de marzo", [("15 de marzo", "15 March")]),
    ("la subvención, fechado el 22 de marzo, señala", [("22 de marzo", "22 March")]),
    ("el sábado 15 de marzo de 2025 partieron los vuelos", [("sábado 15 de marzo de 2025", "Saturday 15 March 2025")]),
    ("el 1.º de marzo", [("1.º de marzo", "1 March")]),
    ("el primero de marzo", [("primero de marzo", "1 March")]),
    ("Los nombres se emitieron en septiembre de 2017.", [("septiembre de 2017", "September 2017")]),
    ("El estudio se publicó el 15/3/2025.", [("15/3/2025", "15 March 2025")]),
    ("El estudio se publicó el 2025-03-15.", [("2025-03-15", "15 March 2025")]),
    ("El brote comenzó en 2019.", [("2019", "2019")]),
    ("Los precios subieron a principios de 2020 y bajaron a finales de 2021.", [("principios de 2020", "early 2020"), ("finales de 2021", "late 2021")]),
    ("popular en los años noventa", [("los años noventa", "the 1990s")]),
    ("popular en la década de 1990", [("década de 1990", "the 1990s")]),
    ("un éxito en los 80.", [("los 80", "the 1980s")]),
    ("en el siglo XIX", [("siglo XIX", "the 19th century")]),
    ("desde el 31 de enero hasta el 15 de marzo de 2020", [("31 de enero", "31 January 2020"), ("15 de marzo de 2020", "15 March 2020")]),
    ("del 1 al 15 de marzo", [("1", "1 March"), ("15 de marzo", "15 March")]),
    ("entre el 3 y el 5 de marzo", [("3", "3 March"), ("5 de marzo", "5 March")]),
    ("El ministerio informó hace dos días que", [("hace dos días", "2 days ago")]),
    ("ayer el ministerio dijo", [("ayer", "yesterday")]),
    ("Se reunieron el martes.", [("martes", "Tuesday")]),
    ("Se reunirán el próximo viernes.", [("próximo viernes", "next Friday")]),
    ("Se reunieron el pasado martes.", [("pasado martes", "last Tuesday")]),
    ("a finales del año pasado", [("finales del año pasado", "late last year")]),
    ("el domingo 6 de enero", [("domingo 6 de enero", "Sunday 6 January")]),
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert shown(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ES)
def test_spanish_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert shown(text, "es") == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("May I ask a question?", "en"),
    ("Theresa May said the vote would go ahead.", "en"),
    ("the college tournament, March Madness, was cancelled", "en"),
    ("Scottish virologist June Almeida imaged the virus", "en"),
    ("voters went to the polls on Super Tuesday", "en"),
    ("N95 (series # 1860s) masks", "en"),
    ("las protestas en la Plaza de Mayo", "es"),
    ("el vuelo a Santo Domingo", "es"),
    ("más de 2000 personas", "es"),
    ("a las 10:00 a. m.", "es"),
    ("las cinco de la mañana", "es"),
    ("la temporada 2019-2020", "es"),
])
def test_not_dates(text: str, lang: str) -> None:
    assert shown(text, lang) == []


def test_years_in_dates_are_not_numbers() -> None:
    facts = extract("On March 15, 2025, 238 migrants were sent.", parse_lang("en"))
    assert [(f.kind, f.surface) for f in facts] == [("date", "March 15, 2025"), ("number", "238")]
    facts = extract("El 15 de marzo de 2025 fueron enviados 238 migrantes.", parse_lang("es"))
    assert [(f.kind, f.surface) for f in facts] == [("date", "15 de marzo de 2025"), ("number", "238")]


def test_numeric_date_in_the_other_order_is_marked() -> None:
    [fact] = dates.extract("el 3/15/2025", parse_lang("es"))
    assert (fact.shown, fact.form) == ("15 March 2025", dates.SWAPPED)
    [fact] = dates.extract("el 4/3/2025", parse_lang("es"))  # readable in es order: 4 March
    assert (fact.shown, fact.form) == ("4 March 2025", "numeric")
    [fact] = dates.extract("on 4/3/2025", parse_lang("en"))  # April 3 in en
    assert fact.shown == "3 April 2025"


@pytest.mark.parametrize("text", [
    "de " * 30000, "15 de " * 20000, "March " * 20000, "1/2/" * 20000, "los años " * 20000,
    "1999 " * 20000, "hace hace " * 20000, "mid-mid-" * 20000, "1 and 2 and " * 20000,
    "Saturday, " * 20000,
])
def test_adversarial_inputs_finish(text: str) -> None:
    # No timing assertion: a backtracking pattern would not return at all on these.
    dates.extract(text, parse_lang("en"))
    dates.extract(text, parse_lang("es"))


# --- comparing ----------------------------------------------------------------------------

def findings(write: Write, en: str, es: str, reverse: bool = False,
             date: str | None = None) -> list[tuple[str, str, str]]:
    """(code, source surface, target surface) of the DAT, TIM, NUM and FMT findings a user
    sees by default (info-level ones are off)."""
    a = write("a.en.txt", en + "\n")
    b = write("b.es.txt", es + "\n")
    src, tgt = (b, a) if reverse else (a, b)
    result = check(*load_pair(src, tgt, date=date))
    return [(f.code, f.source.surface if f.source else "", f.target.surface if f.target else "")
            for f in result.findings
            if f.code[:3] in ("DAT", "TIM", "NUM", "FMT") and f.severity != "info"]


PAIRS = [
    ("El Salvador agreed in mid-March to accept 300 people.", "El Salvador acordó a mediados de marzo aceptar a 300 personas."),
    ("The law took effect in mid-2020.", "La ley entró en vigor a mediados de 2020."),
    # Days named by their date: "9/11" is "el 11-S" (and a ratio copied as it is, a ratio).
    ("Security has tightened since 9/11.", "La seguridad se ha reforzado desde el 11-S."),
    ("The ratio was 9/11 in favor.", "La proporción fue de 9/11 a favor."),
    # A spelled day takes "of".
    ("The Fourth of July parade drew crowds.", "El desfile del 4 de julio atrajo multitudes."),
    ("Workers marched on the first of May.", "Los trabajadores marcharon el primero de mayo."),
    ("Trump told reporters earlier this month that Bukele was doing a fantastic job.", "Trump dijo a los reporteros a principios de este mes que Bukele hacía un trabajo fantástico."),
    ("Flights carrying 238 migrants last month sparked a legal battle.", "Los vuelos con 238 migrantes el mes pasado causaron una batalla legal."),
    ("As of late April, $5 million had been sent.", "A finales de abril, se habían enviado 5 millones de dólares."),
    ("They discussed it during Rubio's visit in February.", "Lo conversaron durante la visita de Rubio en febrero."),
    ("I went to El Salvador last week.", "Fui a El Salvador la semana pasada."),
    ("The judge spoke in court last Tuesday.", "El juez habló en la corte el martes pasado."),
    ("A day before the March 15 flights, the government agreed.", "Un día antes de los vuelos del 15 de marzo, el gobierno aceptó."),
    ("The notice, dated March 22, describes the grant.", "El aviso, fechado el 22 de marzo, describe la subvención."),
    ("On Saturday, March 15, 2025, the planes left.", "El sábado 15 de marzo de 2025 partieron los aviones."),
    ("On 11 March 2020, the WHO declared a pandemic.", "El 11 de marzo de 2020, la OMS declaró una pandemia."),
    ("On 11 March 2020, the WHO declared a pandemic.", "El 11 de marzo, la OMS declaró una pandemia."),
    ("The names were issued in September 2017.", "Los nombres se emitieron en septiembre de 2017."),
    ("The study appeared on 3/15/2025.", "El estudio apareció el 15/3/2025."),
    ("The study appeared on 2025-03-15.", "El estudio apareció el 15 de marzo de 2025."),
    ("The outbreak began in 2019.", "El brote comenzó en 2019."),
    ("The 2003 outbreak was smaller.", "El brote de 2003 fue menor."),
    ("Prices rose in early 2020.", "Los precios subieron a principios de 2020."),
    ("The drug was popular in the 1990s.", "El fármaco era popular en los años noventa."),
    ("The drug was popular in the 1990s.", "El fármaco era popular en la década de 1990."),
    ("It was first recognized in the mid 19th century.", "Se reconoció por primera vez a mediados del siglo XIX."),
    ("It is the challenge of the twenty-first century.", "Es el reto del siglo XXI."),
    ("The 1 January–15 March 2020 period was studied.", "Se estudió el período desde el 1 de enero hasta el 15 de marzo de 2020."),
    ("Schools closed from 1-15 March.", "Las escuelas cerraron del 1 al 15 de marzo."),
    ("The votes were held on March 3 and 5.", "Las votaciones se celebraron el 3 y el 5 de marzo."),
    ("The ministry reported two days ago that cases rose.", "El ministerio informó hace dos días que los casos aumentaron."),
    ("Yesterday the ministry reported 40 cases.", "Ayer el ministerio informó 40 casos."),
    ("The ministers meet tomorrow.", "Los ministros se reúnen mañana."),
    ("The ministers met on Tuesday.", "Los ministros se reunieron el martes."),
    ("The ministers will meet next Friday.", "Los ministros se reunirán el próximo viernes."),
    ("The law was passed late last year.", "La ley se aprobó a finales del año pasado."),
    ("The exams for the May/June 2020 series were cancelled.", "Se cancelaron los exámenes de mayo y junio de 2020."),
    ("Masses on Sundays were cancelled.", "Se cancelaron las misas de los domingos."),
]


@pytest.mark.parametrize(("en", "es"), PAIRS)
def test_faithful_translations_are_silent_both_ways(write: Write, en: str, es: str) -> None:
    assert findings(write, en, es) == []
    assert findings(write, en, es, reverse=True) == []


CHANGED = [
    # (en, es, what the message names)
    ("A day before the March 15 flights.", "Un día antes de los vuelos del 16 de marzo.", "the day differs"),
    ("The notice, dated March 22, was sent.", "El aviso, fechado el 22 de mayo, fue enviado.", "the month differs"),
    ("On 11 March 2020 the WHO spoke.", "El 11 de marzo de 2021 la OMS habló.", "the year differs"),
    ("The outbreak began in 2019.", "El brote comenzó en 2018.", "the year differs"),
    ("The attacks of 9/11 changed the city.", "Los atentados del 12-S cambiaron la ciudad.", "the day differs"),
    ("The Fourth of July parade drew crowds.", "El desfile del 5 de julio atrajo multitudes.", "the day differs"),
    ("The judge spoke last Tuesday.", "El juez habló el jueves pasado.", "the weekday differs"),
    ("The ministers met on Tuesday.", "Los ministros se reunieron el miércoles.", "the weekday differs"),
    ("El Salvador agreed in mid-March.", "El Salvador aceptó a finales de marzo.", "the part of the month differs"),
    ("Prices rose in early 2020.", "Los precios subieron a finales de 2020.", "the part of the year differs"),
    ("I went there last week.", "Fui allí la semana próxima.", "the period differs"),
    ("It was popular in the 1990s.", "Era popular en los años ochenta.", "the decade differs"),
    ("It was recognized in the mid 19th century.", "Se reconoció a mediados del siglo XX.", "the century differs"),
    ("The study appeared on 3/15/2025.", "El estudio apareció el 15/4/2025.", "the month differs"),
    ("It was reported two days ago.", "Se informó hace tres días.", "the period differs"),
]


@pytest.mark.parametrize(("en", "es", "what"), CHANGED)
def test_a_changed_component_is_an_error_both_ways(write: Write, en: str, es: str, what: str) -> None:
    for reverse in (False, True):
        found = findings(write, en, es, reverse)
        assert [f[0] for f in found] == ["DAT001"], found
    result = check(*load_pair(write("a.en.txt", en), write("b.es.txt", es)))
    [finding] = [f for f in result.findings if f.code == "DAT001"]
    assert finding.severity == "error" and finding.message.endswith(what)


def test_one_sided_dates_are_warnings(write: Write) -> None:
    en = "Rubio visited El Salvador in February."
    es = "Rubio visitó El Salvador."
    assert findings(write, en, es) == [("DAT002", "February", "")]
    assert findings(write, en, es, reverse=True) == [("DAT003", "", "February")]


def test_a_relative_date_alone_is_a_note(write: Write) -> None:
    # Translations paraphrase relative time: alone, it is weak evidence (DAT007, info).
    es = "Rubio visitó El Salvador el mes pasado."
    assert findings(write, "Rubio visited El Salvador.", es) == []
    result = check(*load_pair(write("a.en.txt", "Rubio visited El Salvador.\n"),
                              write("b.es.txt", es + "\n")))
    assert [(f.code, f.severity) for f in result.findings] == [("DAT007", "info")]
    en = "Raymond took one of his classes last year during his first year at Harvard."
    assert findings(write, en, "Raymond asistió a una de sus clases durante su primer año en Harvard.") == []
    # Against another relative date it is still a change.
    assert [f[0] for f in findings(write, "I went there last week.", "Fui allí la semana próxima.")] == ["DAT001"]


def test_a_dotted_month_abbreviation_after_a_cue_is_a_month(write: Write) -> None:
    en = "The airport will remain closed until Oct."
    assert findings(write, en, "El aeropuerto permanecerá cerrado hasta octubre.") == []
    assert findings(write, en, "El aeropuerto permanecerá cerrado hasta noviembre.") == [
        ("DAT001", "Oct.", "noviembre")]
    # Alone and undotted, an abbreviation is a word: "Mar" is no March.
    assert shown("The Mar is a hotel.", "en") == []


def test_a_span_of_years_agrees_with_its_number(write: Write) -> None:
    en = "Willoughby and Baldwin have been close to Jones for ten years."
    es = "Willoughby y Baldwin hace diez años que mantienen una estrecha relación con Jones."
    assert findings(write, en, es) == []
    # Another number of years: the source's number is missing.
    assert findings(write, en, es.replace("diez", "ocho")) == [("NUM002", "ten", "")]


def test_numbers_in_a_changed_date_are_not_numbers(write: Write) -> None:
    en = "On March 15, 2025, 238 migrants were sent."
    es = "El 16 de marzo de 2025, 238 migrantes fueron enviados."
    assert findings(write, en, es) == [("DAT001", "March 15, 2025", "16 de marzo de 2025")]


def test_a_less_precise_date_is_only_info(write: Write) -> None:
    # A dropped year is a choice of style; a dropped day is a dropped fact (DAT006, warning).
    en = "The flights left on March 15, 2025."
    es = "Los vuelos partieron el 15 de marzo."
    assert findings(write, en, es) == []
    result = check(*load_pair(write("a.en.txt", "The report came in 2020."),
                              write("b.es.txt", "El informe llegó en marzo de 2020.")))
    assert [(f.code, f.severity) for f in result.findings if f.code.startswith("DAT")] == [
        ("DAT005", "info")]
    result = check(*load_pair(write("c.en.txt", "The flights left on March 15."),
                              write("d.es.txt", "Los vuelos partieron en marzo.")))
    assert [(f.code, f.severity) for f in result.findings if f.code.startswith("DAT")] == [
        ("DAT006", "warning")]


def test_numeric_date_in_english_order_in_spanish_is_fmt(write: Write) -> None:
    found = findings(write, "The study appeared on 3/15/2025.", "El estudio apareció el 3/15/2025.")
    assert found == [("FMT005", "", "3/15/2025")]


# --- the calendar -------------------------------------------------------------------------

# Real dates and the weekday they fall on.
CALENDAR = [
    ("2025-03-15", 5), ("2025-03-22", 5), ("2024-02-29", 3), ("2020-03-11", 2), ("2020-01-01", 2),
    ("2019-12-31", 1), ("2001-09-11", 1), ("1969-07-20", 6), ("2000-01-01", 5), ("1989-11-09", 3),
    ("2016-11-08", 1), ("2024-11-05", 1), ("2020-03-13", 4), ("2021-01-06", 2), ("2008-09-15", 0),
    ("1945-05-08", 1), ("2025-04-28", 0), ("2025-12-25", 3), ("1999-12-31", 4), ("2012-02-29", 2),
    ("2023-10-07", 5), ("2004-03-11", 3), ("1994-01-01", 5), ("2010-01-12", 1),
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def _calendar_pair(iso: str, weekday: int, with_year: bool = True) -> tuple[str, str]:
    y, m, d = (int(x) for x in iso.split("-"))
    year_en = f", {y}" if with_year else ""
    year_es = f" de {y}" if with_year else ""
    return (f"The agreement was signed on {EN_DAYS[weekday]}, {EN_MONTHS[m - 1]} {d}{year_en}.",
            f"El acuerdo se firmó el {ES_DAYS[weekday]} {d} de {ES_MONTHS[m - 1]}{year_es}.")


@pytest.mark.parametrize(("iso", "weekday"), CALENDAR)
def test_weekday_that_fits_its_date_is_silent(write: Write, iso: str, weekday: int) -> None:
    en, es = _calendar_pair(iso, weekday)
    assert findings(write, en, es) == []


@pytest.mark.parametrize(("iso", "weekday"), CALENDAR)
def test_weekday_that_does_not_fit_is_an_error_in_each_file(write: Write, iso: str,
                                                            weekday: int) -> None:
    wrong = (weekday + 1) % 7
    en, es = _calendar_pair(iso, wrong)
    found = findings(write, en, es)
    assert [(code, bool(s), bool(t)) for code, s, t in found] == [
        ("DAT004", True, False), ("DAT004", False, True)]
    result = check(*load_pair(write("a.en.txt", en), write("b.es.txt", es)))
    messages = {f.message for f in result.findings if f.code == "DAT004"}
    assert all(f"falls on a {EN_DAYS[weekday]}, not a {EN_DAYS[wrong]}" in m for m in messages)
    # Only the Spanish side wrong: the error is in the Spanish file, and the weekdays differ.
    en_ok, _ = _calendar_pair(iso, weekday)
    assert findings(write, en_ok, es) == [("DAT001", en_ok.split("on ")[1].rstrip("."),
                                          es.split("el ", 1)[1].rstrip(".")),
                                          ("DAT004", "", es.split("el ", 1)[1].rstrip("."))]


@pytest.mark.parametrize(("iso", "weekday"), CALENDAR[:8])
def test_year_from_the_date_option(write: Write, iso: str, weekday: int) -> None:
    en, es = _calendar_pair(iso, (weekday + 2) % 7, with_year=False)
    a, b = write("a.en.txt", en + "\n"), write("b.es.txt", es + "\n")
    r = CliRunner().invoke(cli, ["compare", a, b, "--date", iso, "--format", "json"])
    data = json.loads(r.output)
    weekday_findings = [f for f in data if f["code"] == "DAT004"]
    assert len(weekday_findings) == 2 and r.exit_code == 1
    assert all(f"taken from the document date {iso}" in f["message"] for f in weekday_findings)
    # Without a year or a document date there is nothing to check against.
    r = CliRunner().invoke(cli, ["compare", a, b, "--format", "json"])
    assert [f for f in json.loads(r.output) if f["code"] == "DAT004"] == []


def test_year_from_front_matter_nearest_to_the_date(write: Write) -> None:
    # Published on 3 January 2025: "Friday, December 27" is of 2024, and that was a Friday.
    head = "---\ntitle: t\ndate: 2025-01-03\n---\n\n"
    a = write("a.en.md", head + "The strike began on Friday, December 27.\n")
    b = write("a.es.md", head + "La huelga comenzó el viernes 27 de diciembre.\n")
    r = CliRunner().invoke(cli, ["compare", a, b, "--format", "concise"])
    assert r.exit_code == 0 and "DAT" not in r.output
    b = write("a.es.md", head + "La huelga comenzó el jueves 27 de diciembre.\n")
    r = CliRunner().invoke(cli, ["compare", a, b, "--format", "concise"])
    assert "DAT004" in r.output and "(the year 2024 is taken from the document date 2025-01-03)" \
        in r.output


def test_bad_date_option_is_a_usage_error(write: Write) -> None:
    a, b = write("a.en.txt", "x\n"), write("b.es.txt", "y\n")
    r = CliRunner().invoke(cli, ["compare", a, b, "--date", "2025-13-01"])
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.output


# --- the seed article ---------------------------------------------------------------------

needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is absent")


def _seed_findings(tmp_path: Path, old: str = "", new: str = "") -> list[tuple[str, int]]:
    text = SEED.read_text(encoding="utf-8")
    if old:
        assert text.count(old) == 1
        text = text.replace(old, new)
    path = tmp_path / "seed.txt"
    path.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(cli, ["compare", str(path), "--format", "json"])
    return [(f["code"], (f["target"] or f["source"])["line"]) for f in json.loads(r.output)
            if f["code"][:3] in ("DAT", "TIM")]


@needs_seed
@pytest.mark.shared
def test_seed_is_silent_on_dates(tmp_path: Path) -> None:
    assert _seed_findings(tmp_path) == []


@needs_seed
@pytest.mark.shared
@pytest.mark.parametrize(("old", "new"), [
    ("vuelos del 15 de marzo", "vuelos del 16 de marzo"),
    ("fechado el 22 de marzo", "fechado el 22 de mayo"),
])
def test_seed_planted_date_changes(tmp_path: Path, old: str, new: str) -> None:
    line = next(i for i, t in enumerate(SEED.read_text(encoding="utf-8").splitlines(), 1) if old in t)
    assert _seed_findings(tmp_path, old, new) == [("DAT001", line)]


@pytest.mark.parametrize(("en", "es"), [
    ("The This Morning presenter, 37, said she is leaving.",
     "La presentadora de This Morning, de 37 años, dijo que se va."),
    ("Kanye West was booed at Saturday Night Live.",
     "Kanye West fue abucheado en Saturday Night Live."),
    ("She told the Sunday Times she would stay.",
     "Dijo al Sunday Times que se quedaría."),
])
def test_a_title_kept_untranslated_is_not_a_missing_date(write: Callable[[str, str], str], en: str, es: str) -> None:
    result = check(*load_pair(write("a.en.txt", en), write("b.es.txt", es)))
    assert [f.code for f in result.findings if f.code.startswith("DAT")] == []


def test_a_translated_weekday_beside_a_kept_title_is_still_checked(write: Callable[[str, str], str]) -> None:
    result = check(*load_pair(
        write("a.en.txt", "Kanye West was booed at Saturday Night Live on Sunday."),
        write("b.es.txt", "Kanye West fue abucheado en Saturday Night Live el lunes.")))
    assert [(f.code, f.source and f.source.surface, f.target and f.target.surface)
            for f in result.findings if f.code.startswith("DAT")] == [("DAT001", "Sunday", "lunes")]
