"""DAT: dates changed, dropped or added; weekdays that do not fit their date; numeric dates in
the other language's order.

Dates are partial values, compared on what both texts state: "March 15, 2025" and "15 de
marzo" agree (the year is simply not repeated), "March 15" and "16 de marzo" do not. A
translation that states a date more or less precisely than its source ("March 15" / "marzo")
is only worth an info-level note.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

import regex

from ..extract.dates import SWAPPED
from ..extract.when import DateValue, show_date, weekday_of
from ..model import Document, Fact
from ..registry import rule
from .kinds import KindSpec, Verdict, register_kind, same_value

CHANGED = rule(
    "DAT001", "date-changed", "error", "A date has a different value in the translation.",
    what="Reports a date of the source whose counterpart in the translation states another day, "
    "month, year, weekday or part of the month (\"mid-March\" / \"a finales de marzo\"), or "
    "another relative date (\"last Tuesday\" / \"el jueves pasado\"). Only what both texts state "
    "is compared: a year the translation does not repeat is not a change.",
    why="Dates are what news is about. \"March 22\" printed as \"22 de mayo\" is an error no "
    "reader of the translation can detect.",
    example='```\nen: A formal notice of the grant, dated March 22\n'
    'es: Un aviso formal de la subvención, fechado el 22 de mayo\n```\n'
    'DAT001 "March 22" (22 March) became "22 de mayo" (22 May): the month differs',
)
MISSING = rule(
    "DAT002", "date-missing", "warning", "A date of the source is absent from the translation.",
    what="Reports a date or weekday of the source "
    "with no counterpart in the aligned paragraph of the translation or its neighbours.",
    why="A dropped date is dropped information: readers of the translation no longer know when.",
    example='```\nen: Rubio visited El Salvador in February.\nes: Rubio visitó El Salvador.\n```',
)
ADDED = rule(
    "DAT003", "date-added", "warning", "The translation states a date the source does not.",
    what="Reports a date of the translation with no counterpart in the aligned paragraph of the "
    "source or its neighbours.",
    why="An added date is either an error of the translator or information the source does not "
    "support.",
    example='```\nen: Rubio visited El Salvador.\nes: Rubio visitó El Salvador en febrero.\n```',
)
WEEKDAY = rule(
    "DAT004", "weekday-mismatch", "error",
    "A weekday does not fall on the date it is given with.",
    what="Reports a weekday written with a full date (\"Friday, March 15, 2025\") when that date "
    "falls on another day of the week, in either text. When the date has no year, the year is "
    "taken from the document date (front matter `date:` or `--date`), the one that puts the date "
    "nearest to it, and the message says so.",
    why="One of the two is wrong, and readers cannot tell which: the event is placed on two "
    "different days.",
    example='```\nen: on Friday, March 15, 2025\n```\n'
    'DAT004 "Friday, March 15, 2025": 15 March 2025 falls on a Saturday, not a Friday',
)
PRECISION = rule(
    "DAT005", "date-precision", "info",
    "The translation states a date more or less precisely than the source.",
    what="Reports a date of the source whose counterpart in the translation agrees on what both "
    "state but states more or less (\"March 15\" / \"marzo\", \"2020\" / \"marzo de 2020\").",
    why="Usually a choice of the translator, sometimes a dropped day. Off by default; select it "
    "to review such pairs.",
    example='```\nen: on March 15\nes: en marzo\n```',
)
DAY_DROPPED = rule(
    "DAT006", "date-day-missing", "warning",
    "The translation keeps a date's month but drops its day.",
    what="Reports a date of the source that states a day (\"on 16 March\") whose counterpart "
    "in the translation agrees on the month but states no day (\"el de marzo\", \"en marzo\").",
    why="The day is the fact readers look for; a dropped day is most often a dropped number, "
    "not a choice of style.",
    example='```\nen: On 16 March, Prime Minister Boris Johnson made an announcement\n'
    'es: El de marzo, el primer ministro Boris Johnson hizo un anuncio\n```',
)
ORDER = rule(
    "FMT005", "date-order", "warning",
    "A numeric date is written in the other language's order.",
    what="Reports a numeric date in the translation that cannot be read in the order of its "
    "locale (CLDR: month/day/year in en, day/month/year in es) but can in the other "
    "(\"3/15/2025\" in a Spanish text).",
    why="Readers of the translation read dates in their own order; when both orders are "
    "possible (\"3/4/2025\") they silently read another date.",
    example='```\nes: el 3/15/2025\n```\nWrite "15/3/2025" or "15 de marzo de 2025".',
)

RELATIVE = rule(
    "DAT007", "relative-date-unmatched", "info",
    "A relative date of one text has no counterpart in the other.",
    what="Reports a relative date (\"last year\", \"earlier this year\", \"ten years ago\", "
    "\"last Tuesday\") of either text with no counterpart in the aligned paragraph of the "
    "other or its neighbours. A relative date that has a counterpart with another value is "
    "date-changed; a calendar date or a weekday left alone is date-missing or date-added.",
    why="Translations paraphrase relative time (\"the past month\" / \"en un mes\", \"earlier "
    "this year\" / \"a principios de año\", \"in my senior year\" / \"en su último año\"): "
    "alone, such a difference is weak evidence of a dropped fact, so it is a note, not a "
    "warning. Select it to review them.",
    example='```\nen: helped design the course, having taken one of his classes last year\n'
    'es: ayudó a diseñar el curso tras haber asistido a una de sus clases\n```',
)

_FIELDS = ("year", "month", "day", "weekday", "part", "unit", "offset")
# What makes two statements of one kind: a month with its day is not a month alone, a week is
# not a weekday. The year, the weekday, a part and an offset may be left out by either side.
_SHAPE = ("month", "day", "unit")
_NAMES = {"year": "the year", "month": "the month", "day": "the day", "weekday": "the weekday",
          "part": "the part of the month", "unit": "the period", "offset": "the period"}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _values(fact: Fact) -> Iterator[DateValue]:
    if isinstance(fact.value, DateValue):
        yield fact.value
    for alt, _ in fact.alternatives:
        if isinstance(alt, DateValue):
            yield alt


def _compatible(a: DateValue, b: DateValue, strict: bool) -> bool:
    shared = False
    for name in _FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x is None or y is None:
            if strict and name in _SHAPE and (x is None) != (y is None):
                return False
            continue
        if x != y:
            return False
        if name != "part":
            shared = True
    return shared


def _named_in(fact: Fact, other: str, doc: Document) -> bool:
    """A weekday alone whose name the other text holds inside a title it keeps as a name ("on
    Fox News Sunday" / "el domingo en Fox News", "benched on Ryder Cup Saturday" / "el
    sábado"): the same day, which that text's extractor did not read as a date."""
    from ..extract.calvocab import vocab
    from ..glossary import strip_accents
    from ..lang import parse_lang

    v = fact.value
    if not isinstance(v, DateValue) or v.weekday is None or any(
            x is not None for x in (v.year, v.month, v.day, v.offset, v.unit)):
        return False
    try:
        names = [w for w, n in vocab(parse_lang(doc.lang)).weekdays.items() if n == v.weekday]
    except ValueError:
        return False
    # Inside a title: after a capitalised word ("Fox News Sunday", "Ryder Cup Saturday"), not
    # a weekday the other text states as one ("late Sunday"), which its extractor has read.
    plain = strip_accents(other)
    return any(regex.search(rf"\b\p{{Lu}}\p{{L}}*+[ \u00a0]++{regex.escape(n.capitalize())}\b", plain)
               for n in names)


def _relative(fact: Fact) -> bool:
    return any(v.offset is not None for v in _values(fact))


def _span_of_years(date: Fact, number: Fact) -> bool:
    """A relative date and the number of its periods: "for ten years" / "hace diez años",
    "136 years ago today" / "hace hoy 136 años"."""
    return any(v.offset is not None and v.unit is not None and v.offset != 0
               and abs(v.offset) == number.value for v in _values(date))


def agree(src: Fact, tgt: Fact) -> str | None:
    if src.kind != tgt.kind:
        # A year alone and a plain number: "the 2003 outbreak" / "el brote de 2003".
        got = same_value(src, tgt)
        if got is None and (_span_of_years(src, tgt) if src.kind == "date" else _span_of_years(tgt, src)):
            return ""
        return got
    for a in _values(src):
        for b in _values(tgt):
            if _compatible(a, b, strict=True):
                return ""
    return None


def _differences(a: DateValue, b: DateValue) -> list[str]:
    out: list[str] = []
    for name in _FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            what = _NAMES[name]
            if name == "year" and a.unit in ("decade", "century") and a.unit == b.unit:
                what = f"the {a.unit}"
            elif name == "part" and a.month is None and a.unit is None:
                what = "the part of the year"
            if what not in out:
                out.append(what)
    return out


def classify(src: Fact, tgt: Fact) -> Verdict:
    pairs = [(a, b) for a in _values(src) for b in _values(tgt)]
    said = f"\"{src.surface}\" ({src.shown}) became \"{tgt.surface}\" ({tgt.shown})"
    if any(_compatible(a, b, strict=False) for a, b in pairs):
        if _day(src) is not None and _day(tgt) is None:
            return Verdict(DAY_DROPPED, f"\"{src.surface}\" ({src.shown}) lost its day: "
                           f"\"{tgt.surface}\" ({tgt.shown})", src, tgt)
        return Verdict(PRECISION, f"\"{src.surface}\" ({src.shown}) is stated "
                       f"{'less' if _detail(src) > _detail(tgt) else 'differently'} precisely as "
                       f"\"{tgt.surface}\" ({tgt.shown})", src, tgt)
    a, b = pairs[0]
    diff = min((_differences(x, y) for x, y in pairs), key=len)
    if diff:
        return Verdict(CHANGED, f"{said}: {' and '.join(diff)} {'differ' if len(diff) > 1 else 'differs'}",
                       src, tgt)
    return Verdict(CHANGED, f"{said}: another date", src, tgt)


def _day(fact: Fact) -> int | None:
    return fact.value.day if isinstance(fact.value, DateValue) else None


def _detail(fact: Fact) -> int:
    v = fact.value
    return sum(getattr(v, n) is not None for n in _FIELDS) if isinstance(v, DateValue) else 0


def _document_date(doc: Document) -> _dt.date | None:
    if not doc.date:
        return None
    try:
        return _dt.date.fromisoformat(doc.date[:10])
    except ValueError:
        return None


def _nearest_year(month: int, day: int, around: _dt.date) -> int | None:
    """The year that puts day/month nearest to the document date: "December 28" in an article of
    January 3, 2025 is of 2024."""
    best: tuple[int, int] | None = None
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            gap = abs((_dt.date(year, month, day) - around).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def inspect(fact: Fact, doc: Document, is_source: bool) -> list[Verdict]:
    v = fact.value
    if not isinstance(v, DateValue):
        return []
    src, tgt = (fact, None) if is_source else (None, fact)
    out: list[Verdict] = []
    if fact.form == SWAPPED and not is_source:
        out.append(Verdict(ORDER, f"\"{fact.surface}\" is not a date in the {doc.lang} order "
                           f"(day and month swapped); read as {fact.shown}", src, tgt))
    if v.weekday is None or v.day is None or v.month is None:
        return out
    year, note = v.year, ""
    if year is None:
        around = _document_date(doc)
        if around is None:
            return out
        year = _nearest_year(v.month, v.day, around)
        if year is None:
            return out
        note = f" (the year {year} is taken from the document date {around.isoformat()})"
    actual = weekday_of(year, v.month, v.day)
    if actual is not None and actual != v.weekday:
        when = show_date(DateValue(year, v.month, v.day))
        out.append(Verdict(WEEKDAY, f"\"{fact.surface}\": {when} falls on a {_WEEKDAYS[actual]}, not a "
                           f"{_WEEKDAYS[v.weekday]}{note}", src, tgt))
    return out


register_kind(KindSpec("date", CHANGED, MISSING, ADDED, agree=agree, classify=classify,
                       inspect=inspect, compatible=frozenset({"number"}),
                       kept_verbatim_is_name=True,
                       alone=lambda fact, _: RELATIVE if _relative(fact) else None,
                       named_in=_named_in))
