"""Dates, in English and Spanish, as partial values: whatever a text states of year, month,
day, weekday and part of the month or year.

"Saturday, March 15, 2025", "15 March 2025", "the 15th of March" / "el sábado 15 de marzo de
2025", "el 1.º de marzo", "el primero de marzo"; numeric dates in the locale's order (CLDR:
"3/15/2025" in en, "15/3/2025" in es) and ISO "2025-03-15"; "September 2017" / "septiembre
de 2017"; a year after a word that makes it one ("in 2020", "desde 2003"); a month alone;
"mid-March" / "a mediados de marzo"; decades ("the 1990s" / "los años noventa") and centuries
("the 19th century" / "el siglo XIX"); lists and ranges of days ("March 3 and 5", "del 1 al 15
de marzo"); weekdays; relative expressions ("last week", "two days ago", "last Tuesday" / "la
semana pasada", "hace dos días", "el martes pasado").

Speed: one pass of a literal alternation over the lower-cased text finds the anchors (month and
weekday names, relative phrases, four-digit numbers...); everything else is a small anchored
match or a search in a window of fixed size around an anchor. All patterns use literal
alternations and possessive quantifiers, so the work is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..lang import Lang
from ..model import Fact, Span
from ..tables import snapshot
from .calvocab import Lazy, Vocab, alternation, fold, lower_same_length, spelled_value, trie_pattern, vocab
from .numfmt import roman_value
from .when import DateValue, show_date, valid_day

# Set on a numeric date written in the other language's order ("3/15/2025" in a Spanish text):
# the FMT rule of the date family reports it.
SWAPPED = "numeric-swapped"

_B = r"(?<!\w)"
_E = r"(?!\w)"
_WS = r"[\s\u00a0\u202f]++"
_YEAR = r"(?P<y>(?:1[0-9]|20|21)\d{2})(?!\w|[.,]\d)"
_ORD = {"en": r"(?:st|nd|rd|th)?", "es": r"(?:\.?[ºª°]|ro|er)?"}
_SENTENCE_END = frozenset(".!?¿¡:;\"“”«»'‘’(\n")
_BACK = 48  # how far before an anchor a date may begin ("Wednesday, the 15th of ")
_FLAGS = re.IGNORECASE


@dataclass
class _Cand:
    start: int
    end: int
    values: tuple[DateValue, ...]
    form: str = "words"
    weak: bool = False
    # A date with a day and a month: lists and ranges of days may attach to it.
    day_at: tuple[int, int] | None = None


@dataclass(frozen=True)
class _Patterns:
    v: Vocab
    trigger: Lazy
    anchors: dict[str, str]
    day_before: Lazy  # "15 " / "Saturday, the 15th of " / "sábado 15 de "
    day_word_before: Lazy | None  # en: "the Fourth of " (es: day_before reads "primero de")
    day_after: Lazy | None  # " 15, 2025" after an English month
    md_es: Lazy | None  # " 15 de 2020" after a Spanish month (es-US style)
    year_after: Lazy  # ", 2025" / " de 2025" after a day and month
    month_year: Lazy  # " 2017" / " of 2017" / " de 2017" after a month
    weekday_before: Lazy
    rel_before: Lazy
    rel_after: Lazy
    rel_offsets: dict[str, int]
    ago_before: Lazy | None  # en: "two days " before "ago"
    ago_after: Lazy | None  # es: " dos días" after "hace"
    ago_units: dict[str, str]
    decades: tuple[Lazy, ...]
    century: Lazy
    cue_before: Lazy
    not_year_after: Lazy
    year_blocker: Lazy | None
    numeric: Lazy
    part_before: Lazy
    list_before: Lazy
    list_after: Lazy
    range_gap: Lazy
    decade_words: dict[str, int]
    month_list: Lazy  # "/June", " and June": another month follows


def _tens_words(lang: Lang) -> dict[str, int]:
    """Spanish decades in words are the tens ("los noventa"): from the numbers lexicon."""
    import yaml

    from ..resources import rules_path

    path = rules_path() / "lexicon" / f"numbers.{lang.base}.yaml"
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {fold(str(k)): int(n) for k, n in (data.get("tens") or {}).items()}


@snapshot
def _patterns(lang: Lang) -> _Patterns:
    v = vocab(lang)
    es = lang.base == "es"
    ordinal = _ORD[lang.base]
    weekday_names = [n for n in v.names if fold(n) in v.weekdays]
    wd = f"(?P<wd>{alternation(weekday_names)}){_E}"
    year = _YEAR

    decade_words = ({fold(k): int(n) for k, n in (v.data.get("decade_words") or {}).items()}
                    if not es else _tens_words(lang))
    # CLDR's "{0} days ago" / "hace {0} días": the fixed word is the anchor, the unit word is
    # on the count's other side.
    ago_units: dict[str, str] = {}
    unit_words: set[str] = set()
    ago_heads: set[str] = set()
    for before, after, unit in v.ago_templates:
        if before.strip():
            ago_heads.add(before.strip())
            word = after.strip()
        else:
            *rest, head = after.split()
            ago_heads.add(head)
            word = " ".join(rest)
        ago_units[fold(word)] = unit
        unit_words |= {word, fold(word)}
    # The anchors: every word or phrase a date can hang on, lower-cased, with its kind.
    anchors: dict[str, str] = {}

    def put(kind: str, words: object) -> None:
        for w in words:  # type: ignore[attr-defined]
            for form in (str(w).lower(), fold(str(w))):
                anchors.setdefault(form, kind)

    put("mon", v.months)
    put("mon", v.month_abbr)
    put("wd", weekday_names)
    put("rel", v.relative_surfaces)
    put("ago", ago_heads)
    put("dec", [v.data.get("century_word") or "century", *decade_words])
    if es:
        put("dec", ["años", "década"])
    # No \b in front: a pattern that begins with its words lets the regex engine skip to the
    # letters they begin with; the word boundary before is checked in Python.
    trigger = Lazy(rf"{trie_pattern(anchors)}\b")

    if es:
        day_before = Lazy(
            rf"(?:{wd}\s*+[,(]?\s*+)?(?:{_B}(?P<d>[0-3]?\d){ordinal}|{_B}(?P<dw>[^\W\d_]++)){_WS}"
            rf"de{_WS}$", _FLAGS)
        day_after = None
        day_word_before: Lazy | None = None
        md_es: Lazy | None = Lazy(
            rf"{_WS}(?P<d>[0-3]?\d)(?!\w|[.,:]\d)"
            rf"(?:\s*+,?\s*+(?:(?:de|del){_WS})?{year})?", _FLAGS)
        # Spanish joins the year with "de": after "26 de marzo," a number is a count
        # ("26 de marzo, 1700 millones de personas").
        year_after = Lazy(rf"{_WS}(?:de|del){_WS}{year}", _FLAGS)
        month_year = Lazy(rf"\s*+(?:(?:de|del){_WS}|,\s*+)?{year}", _FLAGS)
    else:
        day_before = Lazy(
            rf"(?:{wd}\s*+[,(]?\s*+)?(?:the{_WS})?{_B}(?P<d>[0-3]?\d){ordinal}{_WS}(?:(?:day{_WS})?of{_WS})?$",
            _FLAGS)
        # A spelled day takes "of": "the Fourth of July", "the first of May". Asked only when
        # "of" comes before the month: its many words would slow the search before every month.
        day_word_before = Lazy(
            rf"(?:{wd}\s*+,?\s*+)?(?:the{_WS})?{_B}(?P<dw>(?:twenty|thirty)?-?(?:first|second|"
            rf"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
            rf"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
            rf"thirtieth)){_WS}of{_WS}$", _FLAGS)
        day_after = Lazy(
            rf"{_WS}(?:the{_WS})?(?P<d>[0-3]?\d){ordinal}(?!\w|[.,:]\d)"
            rf"(?:\s*+,?\s*+{year})?", _FLAGS)
        md_es = None
        year_after = Lazy(rf"\s*+,?\s*+{year}", _FLAGS)
        month_year = Lazy(rf"(?:{_WS}of{_WS}|\s*+,\s*+|{_WS}){year}", _FLAGS)
    # "Saturday, March 15" and "Saturday (September 29)": the weekday of the date after it.
    weekday_before = Lazy(rf"{_B}{wd}\s*+[,(]?\s*+$", _FLAGS)

    rel_offsets: dict[str, int] = {}
    befores, afters = set(), set()
    for before, after, offset in v.weekday_templates:
        if before.strip():
            befores.add(before.strip())
            rel_offsets[fold(before.strip())] = offset
        if after.strip():
            afters.add(after.strip())
            rel_offsets[fold(after.strip())] = offset
    rel_before = Lazy(rf"{_B}(?P<r>{alternation(befores)}){_WS}$", _FLAGS)
    rel_after = Lazy(rf"{_WS}(?P<r>{alternation(afters)}){_E}", _FLAGS)

    count = r"(?P<n>\d{1,3}|[^\W\d_]++(?:-[^\W\d_]++)?)"
    units = alternation(unit_words)
    if es:
        ago_before = None
        ago_after = Lazy(rf"{_WS}{count}{_WS}(?P<u>{units}){_E}", _FLAGS)
    else:
        ago_before = Lazy(rf"{_B}{count}{_WS}(?P<u>{units}){_WS}$", _FLAGS)
        ago_after = None

    parts = alternation(v.parts)
    tens = alternation(decade_words)
    if es:
        decades = (
            Lazy(rf"{_B}(?:(?:los|las){_WS})?años{_WS}(?:(?P<y4>1\d{{2}}0|20\d0)|(?P<y2>\d0)"
                          rf"|(?P<w>{tens})){_E}", _FLAGS),
            Lazy(rf"{_B}década{_WS}de{_WS}(?:(?:los|las){_WS})?(?:años{_WS})?"
                          rf"(?:(?P<y4>1\d{{2}}0|20\d0)|(?P<y2>\d0)|(?P<w>{tens})){_E}", _FLAGS),
            Lazy(rf"{_B}los{_WS}(?:(?P<y2>\d0)|(?P<w>{tens}))"
                          rf"(?=\s*+(?:[,;)]|[.:](?!\d))|\s*+$)", _FLAGS),
        )
        century = Lazy(
            rf"{_B}siglo{_WS}(?:(?P<r>[IVXLC]++)|(?P<c>\d{{1,2}})|(?P<cw>[^\W\d_]++)){_E}",
            0)
    else:
        decades = (
            Lazy(rf"{_B}(?:the{_WS})?(?:(?P<part>{parts})[\s-]*+)?"
                          rf"(?P<y4>1\d{{2}}0|20\d0)['’]?s{_E}", _FLAGS),
            Lazy(rf"{_B}the{_WS}(?:(?P<part>{parts})[\s-]*+)?['’]?(?P<y2>\d0)['’]?s{_E}",
                          _FLAGS),
            Lazy(rf"{_B}the{_WS}(?:(?P<part>{parts})[\s-]*+)?(?P<w>{tens}){_E}", _FLAGS),
        )
        century = Lazy(
            rf"{_B}(?:the{_WS})?(?:(?P<part>{parts})[\s-]*+)?(?:(?P<c>\d{{1,2}})(?:st|nd|rd|th)"
            rf"|(?P<cw>[^\W\d_]++(?:-[^\W\d_]++)?)){_WS}century{_E}", _FLAGS)

    cues = alternation(v.words("year_cues"))
    # A hyphen joins a part of the year to it: "mid-2020", "late-2019".
    cue_before = Lazy(
        rf"{_B}(?P<cue>{cues})(?:{_WS}|-)(?:(?:the|el){_WS})?(?:(?:year|año){_WS})?$", _FLAGS)
    not_year_after = Lazy(
        r"\s*+(?:%|por\s++ciento|percent|per\s++cent|mil\b|millones|millón|millon|billones|"
        r"millions?\b|billions?\b|thousand|trillions?\b)", _FLAGS)
    blockers = v.words("year_blockers")
    year_blocker = (Lazy(rf"{_B}(?:{alternation(blockers)}){_WS}$", _FLAGS)
                    if blockers else None)
    numeric = Lazy(
        r"(?P<a>\d{1,4})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})"
        r"(?!\w|[/\-]\d|[.,]\d)")
    if es:
        part_before = Lazy(
            rf"{_B}(?P<part>{parts})l?(?:{_WS}(?:el|la|los|las))?{_WS}$", _FLAGS)
    else:
        part_before = Lazy(rf"{_B}(?P<part>{parts})(?:\s*+-\s*+|{_WS})$", _FLAGS)
    joiners = alternation(v.words("day_joiners"))
    article = r"(?:el|the)"
    # Python's re keeps one capture per group: the days of a list are read from its digits.
    list_before = Lazy(
        rf"(?:{_B}[0-3]?\d{ordinal}\s*+,\s*+(?:{article}{_WS})?)*+"
        rf"{_B}[0-3]?\d{ordinal}\s*+,?\s*+(?<![^\W\d_])(?:{joiners})(?![^\W\d_])\s*+"
        rf"(?:{article}{_WS})?$", _FLAGS)
    list_after = Lazy(
        rf"(?:\s*+,\s*+(?:{article}{_WS})?[0-3]?\d{ordinal}(?!\w|[.,]\d))*+"
        rf"\s*+,?\s*+(?<![^\W\d_])(?:{joiners})(?![^\W\d_])\s*+(?:{article}{_WS})?"
        rf"[0-3]?\d{ordinal}(?!\w|[.,:]\d)(?:\s*+,\s*+{year})?", _FLAGS)
    range_gap = Lazy(
        rf"^\s*+(?:(?:{alternation(v.words('range_joiners'))})(?![^\W\d_])\s*+)"
        rf"(?:(?:el|the){_WS})?$", _FLAGS)
    month_list = Lazy(
        rf"\s*+(?:{alternation(v.words('range_joiners'))})\s*+"
        rf"(?:{alternation([n for n in v.names if fold(n) in v.months])}){_E}", _FLAGS)
    return _Patterns(
        v, trigger, anchors, day_before, day_word_before, day_after, md_es, year_after, month_year, weekday_before,
        rel_before, rel_after, rel_offsets, ago_before, ago_after, ago_units, decades, century,
        cue_before, not_year_after, year_blocker, numeric, part_before, list_before, list_after,
        range_gap, decade_words, month_list)


# --- reading the anchors ------------------------------------------------------------------

def _capitalised_inside(text: str, start: int) -> bool:
    """A capitalised word that does not begin a sentence: a name in Spanish ("Plaza de Mayo",
    "Santo Domingo"), where months and weekdays are written in lower case."""
    if not text[start].isupper():
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0\u202f":
        i -= 1
    return i >= 0 and text[i] not in _SENTENCE_END


_WORD_BEFORE = Lazy(r"([^\W\d_](?:[^\W\d_]|['’])*+)[\s\u00a0\u202f]*+$")


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1) if m else ""


def _is_name_weekday(text: str, start: int, lang: Lang) -> bool:
    if lang.base == "es":
        return _capitalised_inside(text, start)
    # "Super Tuesday", "Black Friday", "Good Friday": a capitalised word inside a sentence.
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None or not m.group(1)[0].isupper():
        return False
    return _capitalised_inside(text, m.start(1)) and fold(m.group(1)) not in vocab(lang).months


def _year(m: re.Match[str] | None) -> int | None:
    if m is None:
        return None
    y = m.groupdict().get("y")
    return int(y) if y else None


def _month(text: str, s: int, e: int, lang: Lang, p: _Patterns, out: list[_Cand]) -> None:
    v = p.v
    word = text[s:e].rstrip(".")
    key = fold(word)
    abbr = key not in v.months
    month = v.months.get(key) or v.month_abbr.get(key)
    if month is None:
        return
    en = lang.base == "en"
    if en and not word[0].isupper():
        return  # "march", "may": verbs
    # An abbreviation takes its dot: "Sept."
    e = s + len(word) + (1 if abbr and text.startswith(".", s + len(word)) else 0)
    # A day before the month: "15 March", "Saturday, the 15th of March", "el 15 de marzo".
    before = p.day_before.search(text, max(0, s - _BACK), s)
    if before is None and p.day_word_before is not None \
            and text[max(0, s - 3):s].lower() in ("of ", "of\u00a0"):
        before = p.day_word_before.search(text, max(0, s - _BACK), s)
    if before is not None:
        # The day's group: digits ("d") or a word ("dw"); the word-day pattern has no "d".
        group = "d" if before.groupdict().get("d") else "dw"
        day = int(before["d"]) if group == "d" else (
            spelled_value(before["dw"], lang.base) if before.groupdict().get("dw") else None)
        if day is not None and 1 <= day <= 31:
            after = p.year_after.match(text, e)
            year = _year(after)
            if valid_day(year, month, day):
                wd = before.group("wd")
                weekday = v.weekdays.get(fold(wd)) if wd and (not en or wd[0].isupper()) else None
                start = before.start()
                if weekday is None and wd:
                    start = before.start(group)
                d_span = before.span(group)
                out.append(_Cand(start, after.end() if after else e,
                                 (DateValue(year, month, day, weekday),), day_at=d_span))
                return
    # A day after it: "March 15, 2025" (en), "marzo 15 de 2020" (es, with its year).
    after_pat = p.day_after if en else p.md_es
    if after_pat is not None:
        m = after_pat.match(text, e)
        if m is not None:
            day, year = int(m.group("d")), _year(m)
            ok = 1 <= day <= 31 and valid_day(year, month, day)
            if not en and year is None and not re.match(r"\s*+(?:[,.;:)]|$)", text[m.end():]):
                ok = False  # "en marzo 15 personas": a count after a month
            if ok:
                wd = p.weekday_before.search(text, max(0, s - 16), s)
                weekday = None
                start = s
                if wd is not None and (not en or wd.group("wd")[0].isupper()):
                    weekday, start = v.weekdays.get(fold(wd.group("wd"))), wd.start()
                out.append(_Cand(start, m.end(), (DateValue(year, month, day, weekday),),
                                 day_at=m.span("d")))
                return
    my = p.month_year.match(text, e)
    if my is not None:
        out.append(_Cand(s, my.end(), (DateValue(_year(my), month),)))
        return
    if abbr:
        # An abbreviation alone is too often a word ("Mar", "sept"), unless it is capitalised,
        # takes its dot and follows a word that announces a month: "closed until Oct.", "the
        # vote on Nov." (a wire story's date cut short).
        if not (en and word[0].isupper() and e > s + len(word)
                and fold(_word_before(text, s)) in (*p.v.words("month_cues"),
                                                    *p.v.words("abbreviation_cues"))):
            return
    elif en:
        cued = fold(_word_before(text, s)) in p.v.words("month_cues") or text[:s].endswith("-") \
            or p.month_list.match(text, e) is not None
        if not cued and (month == 5 or (text[e:e + 1].isspace() and text[e + 1:e + 2].isupper())):
            # "May" is a modal verb as often as a month; "March Madness", "June Almeida",
            # "the March for Our Lives" are names.
            return
    elif _capitalised_inside(text, s):
        return
    out.append(_Cand(s, e, (DateValue(month=month),)))


def _weekday(text: str, s: int, e: int, lang: Lang, p: _Patterns, out: list[_Cand]) -> None:
    word = text[s:e]
    weekday = p.v.weekdays.get(fold(word))
    if weekday is None or (lang.base == "en" and not word[0].isupper()):
        return
    before = p.rel_before.search(text, max(0, s - 16), s)
    if before is not None:
        out.append(_Cand(before.start(), e, (DateValue(weekday=weekday,
                                                       offset=p.rel_offsets[fold(before.group("r"))]),)))
        return
    after = p.rel_after.match(text, e)
    if after is not None:
        out.append(_Cand(s, after.end(), (DateValue(weekday=weekday,
                                                    offset=p.rel_offsets[fold(after.group("r"))]),)))
        return
    if _is_name_weekday(text, s, lang):
        return
    out.append(_Cand(s, e, (DateValue(weekday=weekday),)))


def _relative(text: str, s: int, e: int, lang: Lang, p: _Patterns, out: list[_Cand]) -> None:
    v = p.v
    key = fold(text[s:e])
    got = v.relative.get(key)
    if got is None:
        return
    unit, offset = got
    if lang.base == "es" and unit == "day" and offset == 1 \
            and fold(_word_before(text, s)) in {fold(w) for w in v.words("not_tomorrow_after")}:
        return  # "de la mañana", "esta mañana": the morning, not tomorrow
    out.append(_Cand(s, e, (DateValue(unit=unit, offset=offset),), form="relative",
                     weak=key in v.weak_relative))


def _ago(text: str, s: int, e: int, lang: Lang, p: _Patterns, out: list[_Cand]) -> None:
    if p.ago_before is not None:
        m = p.ago_before.search(text, max(0, s - 40), s)
        start, end = (m.start(), e) if m else (0, 0)
    elif p.ago_after is not None:
        m = p.ago_after.match(text, e)
        start, end = (s, m.end()) if m else (0, 0)
    else:
        return
    if m is None:
        return
    unit = p.ago_units.get(fold(m.group("u")))
    n_text = m.group("n")
    n = 1 if fold(n_text) in {fold(w) for w in p.v.words("one")} else spelled_value(n_text, lang.base)
    if unit is None or n is None or n <= 0:
        return
    out.append(_Cand(start, end, (DateValue(unit=unit, offset=-n),), form="relative"))


def _decades(text: str, s: int, e: int, lang: Lang, p: _Patterns, out: list[_Cand]) -> None:
    lo, hi = max(0, s - 40), min(len(text), e + 30)
    for pat in p.decades:
        for m in pat.finditer(text, lo, hi):
            if m.start() > e or m.end() < s:
                continue
            gd = m.groupdict()
            part = _part_of(m, p.v)
            if gd.get("y4"):
                if lang.base == "en" and not re.match(r"the|early|mid|late", m.group(), re.I):
                    continue  # "N95 (series # 1860s)": a model, not a decade
                y = int(gd["y4"])
                unit = "century" if y % 100 == 0 and y < 2000 and lang.base == "en" else "decade"
                out.append(_Cand(m.start(), m.end(), (DateValue(year=y, part=part, unit=unit),)))
                continue
            if gd.get("y2"):
                tens = int(gd["y2"])
            elif gd.get("w"):
                got = p.decade_words.get(fold(gd["w"]))
                if got is None:
                    continue
                tens = got
            else:
                continue
            if not 10 <= tens <= 90:
                continue
            # "the twenties": the 1920s or the 2020s; a two-digit decade from the thirties on
            # is of the twentieth century in what news writes.
            years = (1900 + tens,) if tens >= 30 else (1900 + tens, 2000 + tens)
            out.append(_Cand(m.start(), m.end(),
                             tuple(DateValue(year=y, part=part, unit="decade") for y in years)))
    for m in p.century.finditer(text, lo, hi):
        gd = m.groupdict()
        n: int | None = None
        if gd.get("r"):
            n = roman_value(gd["r"])
        elif gd.get("c"):
            n = int(gd["c"])
        elif gd.get("cw"):
            n = spelled_value(gd["cw"], lang.base)
        if n is None or not 1 <= n <= 22:
            continue
        out.append(_Cand(m.start(), m.end(), (DateValue(year=(n - 1) * 100, part=_part_of(m, p.v),
                                                        unit="century"),)))


def _part_of(m: re.Match[str], v: Vocab) -> str | None:
    part = m.groupdict().get("part")
    return v.parts.get(fold(part)) if part else None


def _year_alone(text: str, s: int, e: int, lang: Lang, p: _Patterns, out: list[_Cand]) -> None:
    cue = p.cue_before.search(text, max(0, s - 30), s)
    if cue is None or p.not_year_after.match(text, e):
        return
    if p.year_blocker is not None and p.year_blocker.search(text, max(0, cue.start() - 30),
                                                            cue.start()):
        return  # "más de 2000 personas": a count
    out.append(_Cand(s, e, (DateValue(year=int(text[s:e])),)))


def _numeric(text: str, s: int, lang: Lang, p: _Patterns, out: list[_Cand]) -> None:
    m = p.numeric.match(text, s)
    if m is None:
        return
    a, b, c, sep = m.group("a"), m.group("b"), m.group("c"), m.group("sep")
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)  # ISO, the same in every locale
        if sep == "-" and len(c) == 2 and 1 <= mo <= 12 and valid_day(y, mo, d):
            out.append(_Cand(m.start(), m.end(), (DateValue(y, mo, d),), form="numeric"))
        return
    if len(c) not in (2, 4) or len(a) > 2:
        return
    y = int(c) if len(c) == 4 else 2000 + int(c) if int(c) < 50 else 1900 + int(c)
    first, second = int(a), int(b)
    own = (first, second) if p.v.date_order == "MDY" else (second, first)
    other = (own[1], own[0])
    if 1 <= own[0] <= 12 and valid_day(y, own[0], own[1]):
        out.append(_Cand(m.start(), m.end(), (DateValue(y, own[0], own[1]),), form="numeric"))
    elif 1 <= other[0] <= 12 and valid_day(y, other[0], other[1]):
        out.append(_Cand(m.start(), m.end(), (DateValue(y, other[0], other[1]),), form=SWAPPED))


# --- combining ----------------------------------------------------------------------------

def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Longest first at each start, then left to right; a longer candidate that begins inside
    the last one kept replaces it."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cand] = []
    for c in cands:
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
        elif c.end - c.start > kept[-1].end - kept[-1].start and (
                len(kept) < 2 or kept[-2].end <= c.start):
            kept[-1] = c
    return kept


def _with_parts(text: str, p: _Patterns, kept: list[_Cand]) -> None:
    prev_end = 0
    for c in kept:
        v0 = c.values[0]
        if v0.part is None and v0.day is None and v0.weekday is None and (
                v0.month is not None or v0.year is not None or v0.unit in ("week", "month", "year")):
            m = p.part_before.search(text, max(prev_end, c.start - _BACK), c.start)
            if m:
                part = p.v.parts.get(fold(m.group("part")))
                if part:
                    c.values = tuple(x._replace(part=part) for x in c.values)
                    c.start = m.start()
                    c.weak = False
        prev_end = c.end


_DAY_DIGITS = Lazy(r"(?<!\d)\d{1,2}(?!\d)")


def _days_in(m: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the days of a matched list (its digit runs, the year left out)."""
    end = m.start("y") if m.groupdict().get("y") else m.end()
    return [(d.start(), d.end()) for d in _DAY_DIGITS.finditer(m.string, m.start(), end)]


def _with_lists(text: str, p: _Patterns, kept: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    prev_end = 0
    for i, c in enumerate(kept):
        next_start = kept[i + 1].start if i + 1 < len(kept) else len(text)
        v0 = c.values[0]
        if c.day_at is not None and v0.month is not None:
            # Days before the date share its month and year: "3 and 5 March", "del 1 al 15".
            if text[c.start:c.day_at[0]].strip().lower() in ("", "el", "the"):
                m = p.list_before.search(text, max(prev_end, c.start - _BACK), c.start)
                if m:
                    for s, e in _days_in(m):
                        day = int(text[s:e])
                        if valid_day(v0.year, v0.month, day):
                            out.append(_Cand(s, e, (v0._replace(day=day, weekday=None),),
                                             form="list"))
            # Days after it: "March 3 and 5", "March 1-15, 2020".
            if c.day_at[1] == c.end:
                m = p.list_after.match(text, c.end, next_start)
                if m:
                    year = _year(m)
                    base = v0._replace(year=year) if year and v0.year is None else v0
                    c.values = (base,)
                    for s, e in _days_in(m):
                        day = int(text[s:e])
                        if base.month is not None and valid_day(base.year, base.month, day):
                            out.append(_Cand(s, e, (base._replace(day=day, weekday=None),),
                                             form="list"))
        out.append(c)
        prev_end = c.end
    out.sort(key=lambda c: c.start)
    return out


def _range_years(text: str, p: _Patterns, kept: list[_Cand]) -> None:
    """"31 January–15 March 2020": the first date takes the year of the second."""
    for a, b in zip(kept, kept[1:], strict=False):
        va, vb = a.values[0], b.values[0]
        if va.year is None and vb.year is not None and va.month is not None \
                and vb.month is not None and va.unit is None and vb.unit is None \
                and p.range_gap.match(text[a.end:b.start]):
            a.values = tuple(x._replace(year=vb.year) for x in a.values)


# Only the digit runs a date can be: a numeric date, a year (maybe the start or end of a span of
# years), a decade. The pattern begins with a digit, outside any group, so the regex engine skips
# other text at C speed; the look-behinds after that digit say it does not continue a number.
_DIGITS = Lazy(
    r"\d(?:(?<![\d.,]\d)(?:(?P<num>\d{0,3}(?P<sep>[/.\-])\d{1,2}(?P=sep)\d{2,4})(?![\d/]|[.,]\d)"
    r"|(?P<year>\d{3})(?![\d]|[.,]\d)|(?P<dec>0)(?=['’]?s\b))"
    r"|(?<=los \d)(?P<los>0)\b|(?<=años \d)(?P<anos>0)\b)")
_RANGE_MARK = "-/\u2010\u2011\u2012\u2013\u2014"


def _in_range(low: str, s: int, e: int) -> bool:
    """"2019-2020", "2019–20", "1968/69": a span of years, which the numbers read as such."""
    after = low[e:e + 2]
    before = low[max(0, s - 2):s]
    return (len(after) == 2 and after[0] in _RANGE_MARK and after[1].isdigit()) or (
        len(before) == 2 and before[1] in _RANGE_MARK and before[0].isdigit())


def _digit_anchors(text: str, low: str, lang: Lang, p: _Patterns, cands: list[_Cand]) -> None:
    """Years, numeric dates and decades."""
    for m in _DIGITS.finditer(low):
        s, e = m.span()
        kind = m.lastgroup
        if kind == "num":
            if not (s and low[s - 1] in "/-"):
                _numeric(text, s, lang, p, cands)
        elif kind == "year":
            if not "1000" <= m.group() < "2200":
                continue  # "3456": a count
            if low.startswith(("s", "'s", "’s"), e):
                _decades(text, s, e, lang, p, cands)
            elif not _in_range(low, s, e):
                _year_alone(text, s, e, lang, p, cands)
        else:
            _decades(text, s, e, lang, p, cands)


# Days named by their date: "9/11" in English; in Spanish the day and its month's initial ("11-S",
# "23-F"), for the initials that name one month only.
_NAMED_DAY = {
    "en": (Lazy(r"(?<![\w/.,])9/11(?![\w/]|[.,]\d)"), None),
    "es": (Lazy(r"(?<![\w\-])(?P<d>[1-9]|[12]\d|3[01])-(?P<m>[EFSOND])(?![\w\-])"),
           {"E": 1, "F": 2, "S": 9, "O": 10, "N": 11, "D": 12}),
}


# A digit first lets the engine skip to digits; the full pattern's look-behind does not.
_NAMED_DAY_HINT = Lazy(r"\d-[EFSOND]")


def _named_days(text: str, lang: Lang, cands: list[_Cand]) -> None:
    pattern, months = _NAMED_DAY.get(lang.base, (None, None))
    if pattern is None or not ("9/11" in text if months is None else _NAMED_DAY_HINT.search(text)):
        return
    for m in pattern.finditer(text):
        if months is None:
            value = DateValue(month=9, day=11)
        else:
            value = DateValue(month=months[m.group("m")], day=int(m.group("d")))
        cands.append(_Cand(m.start(), m.end(), (value,), form="named"))


def extract(text: str, lang: Lang) -> list[Fact]:
    p = _patterns(lang)
    low = lower_same_length(text)
    cands: list[_Cand] = []
    for m in p.trigger.finditer(low):
        s, e = m.span()
        if s and low[s - 1].isalnum():
            continue
        kind = p.anchors.get(m.group())
        if kind == "mon":
            _month(text, s, e, lang, p, cands)
        elif kind == "wd":
            _weekday(text, s, e, lang, p, cands)
        elif kind == "rel":
            _relative(text, s, e, lang, p, cands)
        elif kind == "ago":
            _ago(text, s, e, lang, p, cands)
        elif kind == "dec":
            _decades(text, s, e, lang, p, cands)
    _digit_anchors(text, low, lang, p, cands)
    _named_days(text, lang, cands)
    if not cands:
        return []
    kept = _resolve(cands)
    _with_parts(text, p, kept)
    kept = _with_lists(text, p, kept)
    _range_years(text, p, kept)
    return [_fact(text, c) for c in kept]


def _fact(text: str, c: _Cand) -> Fact:
    value = c.values[0]
    alts: list[tuple[object, str]] = [(x, "") for x in c.values[1:]]
    if value.unit is None and value.year is not None and value.month is None \
            and value.weekday is None and value.part is None:
        # A year alone may be read as a plain number on the other side ("the 2003 outbreak").
        alts.append((Decimal(value.year), ""))
    elif c.form == "named" and text[c.start:c.end] == "9/11":
        # Copied as it is, a ratio: the other side reads its 9.
        alts.append((Decimal(9), ""))
    return Fact(
        kind="date", value=value, span=Span(c.start, c.end), surface=text[c.start:c.end],
        strength="weak" if c.weak else "strong", form=c.form,
        alternatives=tuple(alts),
        display=show_date(value),
    )
