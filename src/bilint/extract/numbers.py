"""Numbers: digits in the locale's notation, with scale words, and numbers in words."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from ..lang import Lang
from ..model import Fact, Span
from ..rxcache import compile_regex
from . import spelled
from .numfmt import roman_value, show_number

FMT_DECIMAL = "FMT001"
FMT_GROUP = "FMT002"

# A run of digits with separators; what the separators mean is decided afterwards, from the
# locale and the shape of the groups. Possessive quantifiers and single-character classes keep
# this linear.
_DIGITS = compile_regex(
    r"""
    (?P<neg>[-\u2212](?=\d))?
    (?P<num>
        \d{1,3}(?:[\u0020\u00a0\u202f]\d{3})++(?![\d.,]\d)   # 100 000 (ISO/RAE grouping)
      | \d++(?:[.,]\d++)*+
      | (?<![\w.,])\.\d++(?=\s?%)                          # .08% (English drops the zero)
    )
    """,
    regex.VERBOSE,
)

# Suffixes glued to digits that keep them numbers: ordinals and scale abbreviations.
_EN_ORD = compile_regex(r"(?:st|nd|rd|th)\b", regex.IGNORECASE)
_ES_ORD = compile_regex(r"\.?[ºª°](?!\w)|(?:er|era|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma)\b")

_ABBREVIATIONS: dict[str, dict[str, Decimal]] = {
    "en": {
        "k": Decimal(1000), "m": Decimal(10**6), "mn": Decimal(10**6), "mln": Decimal(10**6),
        "bn": Decimal(10**9), "tn": Decimal(10**12), "tr": Decimal(10**12),
    },
    "es": {
        "k": Decimal(1000), "mill": Decimal(10**6), "mill.": Decimal(10**6),
        "mm": Decimal(10**6), "mdd": Decimal(10**6), "M": Decimal(10**6),
    },
}


@lru_cache(maxsize=4)
def _scale_pattern(base: str) -> regex.Pattern[str]:
    words = sorted(spelled.scale_words(base), key=len, reverse=True)
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return compile_regex(rf"\s*+(?P<w>{alts})\b", regex.IGNORECASE)


_ABBREV = compile_regex(r"[A-Za-z]{1,4}\.?")
_SPACES = compile_regex(r"[\u0020\u00a0\u202f]")
_SEPS = compile_regex(r"[.,]")


def _abbreviation(text: str, end: int, base: str) -> tuple[str, Decimal, int] | None:
    """A scale abbreviation glued to the digits ("2.8bn", "$125m", "10k")."""
    m = _ABBREV.match(text, end, end + 5)
    if not m:
        return None
    word = m.group()
    after = end + len(word)
    if after < len(text) and (text[after].isalnum()):
        return None
    table = _ABBREVIATIONS.get(base, {})
    for key in (word, word.rstrip("."), word.lower(), word.lower().rstrip(".")):
        if key in table:
            return key, table[key], after
    return None


def _is_code(text: str, start: int, end: int) -> bool:
    """Digits that belong to a name or code: MS-13, COVID-19, G7, F-35, SARS-CoV-2, 5G."""
    before = text[start - 1] if start else " "
    if before == "&" and start >= 2 and text[start - 2].isdigit():
        return False  # "won 5&4", "a 2&1 defeat": a golf score's second figure ("5-4", "5 y 4")
    if before.isalpha() or before in "_/#@&":
        return True
    return before in "-\u2010\u2011" and start >= 2 and text[start - 2].isalpha()


# A short word: "interleukin-6" is a code whatever the word lists say. It may follow digits
# and a hyphen: "1-of-4 players", "a 2-in-1 device".
_WORD_BEFORE_HYPHEN = compile_regex(
    r"(?:(?<![\p{L}\-])|(?<=\p{N}[\-\u2010\u2011]))\p{Ll}{2,6}+[\-\u2010\u2011]$")


def _after_word(text: str, start: int, base: str) -> bool:
    """Digits after an ordinary lowercase word and a hyphen: "the par-3 16th hole", "type-2
    diabetes", "a top-10 finish" are numbers; "covid-19" is a code written small."""
    m = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 24), start)
    if m is None:
        return False
    from .names import is_ordinary

    return is_ordinary(m.group()[:-1], base)


def _read_digits(raw: str, lang: Lang) -> tuple[Decimal, str | None, tuple[tuple[Decimal, str], ...]]:
    """The value of a digit string in `lang`, a FMT code if even the best reading breaks the
    locale's notation, and other possible readings with the FMT code each implies."""
    compact = _SPACES.sub("", raw) if not raw.isdigit() else raw
    if compact != raw:
        return Decimal(compact), None, ()
    dec, grp = lang.decimal, lang.group
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return Decimal(raw), None, ()
    parts = _SEPS.split(raw)
    kinds = set(seps)
    grouped = len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])

    def as_grouped() -> Decimal:
        return Decimal("".join(parts))

    if len(kinds) == 2:
        last = seps[-1]
        int_part, frac = raw.rsplit(last, 1)
        value = Decimal(_SEPS.sub("", int_part) + "." + frac)
        return value, (None if last == dec else FMT_DECIMAL), ()
    sep = seps[0]
    if len(seps) > 1:
        # Several identical separators can only be grouping.
        return as_grouped(), (None if sep == grp or not grouped else FMT_GROUP), ()
    as_decimal = Decimal(parts[0] + "." + parts[1])
    if sep == dec:
        if grouped and len(parts[1]) == 3:
            # "1,000" in Spanish: 1 with three decimals, or 1000 written the English way.
            return as_decimal, None, ((as_grouped(), FMT_GROUP),)
        return as_decimal, None, ()
    # The separator is the locale's group mark.
    if grouped:
        # "10.000 millones" is ten thousand million; only a non-zero fraction ("2.500" in an
        # es text for 2.5) makes the other language's decimal reading plausible.
        if set(parts[1]) == {"0"}:
            return as_grouped(), None, ()
        return as_grouped(), None, ((as_decimal, FMT_DECIMAL),)
    # "4.76" in Spanish: only a decimal reading makes sense, with the wrong mark.
    return as_decimal, FMT_DECIMAL, ()


def _scale_after(text: str, end: int, base: str) -> tuple[str, Decimal, int] | None:
    if text.startswith("+", end):
        end += 1  # "$300+ billion": the hedge does not change the scale
    m = _scale_pattern(base).match(text, end)
    if m:
        word = " ".join(m.group("w").lower().split())
        table = spelled.scale_words(base)
        if word in table:
            return word, table[word], m.end()
    return _abbreviation(text, end, base)


def _digit_facts(text: str, lang: Lang) -> list[Fact]:
    facts: list[Fact] = []
    skip_until = 0
    for m in _DIGITS.finditer(text):
        start, end = m.span("num")
        raw = m.group("num")
        if start < skip_until:
            continue
        if _is_code(text, start, end) and not _after_word(text, start, lang.base):
            continue
        try:
            value, issue, alts = _read_digits(raw, lang)
        except InvalidOperation:
            continue
        if m.group("neg") and (start < 2 or not text[start - 2].isdigit()):
            s0 = m.start()
            if s0 == 0 or text[s0 - 1].isspace() or text[s0 - 1] in "(":
                value, start = -value, s0
                alts = tuple((-v, c) for v, c in alts)
        form = "digits"
        scale_word = None
        nxt = end
        decade = _DECADE.match(text, end)
        if decade and raw.isdigit() and len(raw) in (2, 4) and raw.endswith("0"):
            # "the 1980s" / "la década de 1980"; "in their 50s" / "en sus 50"
            facts.append(_plain(text, start, decade.end(), value, "decade"))
            continue
        frac = _FRACTION.match(text, end)
        if frac and raw.isdigit() and 0 < int(raw) < int(frac.group(1)) and not m.group("neg"):
            # "2/3" of the demand / "dos terceras partes"
            share = (value / Decimal(frac.group(1))).quantize(Decimal("0.000001")).normalize()
            facts.append(_plain(text, start, frac.end(), share, "fraction"))
            continue
        short = _YEAR_RANGE_END.match(text, end)
        if short and raw.isdigit() and len(raw) == 4:
            # "2019-20" is 2019 to 2020, as the Spanish "2019-2020" or "2019 y 2020" says
            facts.append(_plain(text, start, end, value, "digits"))
            tail = Decimal(raw[:2] + short.group(1))
            if tail > value:
                facts.append(_plain(text, short.start(1), short.end(1), tail, "digits"))
                skip_until = short.end(1)
            continue
        ordinal = (_EN_ORD if lang.base == "en" else _ES_ORD).match(text, end)
        if ordinal and value == value.to_integral_value() and not issue:
            form, nxt = "ordinal", ordinal.end()
        else:
            sc = _scale_after(text, end, lang.base)
            if sc:
                scale_word, mult, nxt = sc
                value *= mult
                # "1.716 billion", "1,5 millones": before a scale word a separator is decimal
                alts = tuple((v * mult, c) for v, c in alts if c != FMT_GROUP)
                form = "digits+words"
            elif times := _TIMES.match(text, nxt):
                nxt, form = times.end(), "multiplier"
            elif nxt < len(text) and (text[nxt].isalpha() or text[nxt] == "_"):
                continue  # "3D", "737s", "2B": a code, not a count
        facts.append(
            Fact(
                kind="number",
                value=value,
                span=Span(start, nxt),
                surface=text[start:nxt],
                form=form,
                alternatives=alts,
                format_issue=issue,
                scale_word=scale_word,
                display=show_number(value),
            )
        )
    return facts


_DECADE = compile_regex(r"['’]?s\b")
_YEAR_RANGE_END = compile_regex(r"[-\u2013/](\d{2})(?!\d|[.,:/-]\d)")
_FRACTION = compile_regex(r"/([2-9]|10)(?![\d/]|[.,]\d)")
_TIMES = compile_regex(r"[x×](?![\w])")


def _plain(text: str, start: int, end: int, value: Decimal, form: str) -> Fact:
    return Fact(kind="number", value=value, span=Span(start, end), surface=text[start:end],
                form=form, display=show_number(value))


def extract(text: str, lang: Lang) -> list[Fact]:
    # Money, percentages and quantities read a paragraph's numbers before this extractor
    # does: the paragraph is parsed once.
    return list(_cached(text, lang))


@lru_cache(maxsize=4)
def _cached(text: str, lang: Lang) -> tuple[Fact, ...]:
    return tuple(_extract(text, lang))


def _extract(text: str, lang: Lang) -> list[Fact]:
    facts = _digit_facts(text, lang)
    # One byte per character marks the digits' spans: testing each spelled number against
    # every digit fact would be quadratic in a paragraph dense with both ("1 one 1 one ...").
    taken = bytearray(len(text))
    for f in facts:
        taken[f.span.start:f.span.end] = b"\x01" * (f.span.end - f.span.start)
    for s in spelled.find_spelled(text, lang.base):
        span = Span(s.start, s.end)
        if taken.find(1, s.start, s.end) >= 0:
            continue
        facts.append(
            Fact(
                kind="number",
                value=s.value,
                span=span,
                surface=text[s.start:s.end],
                strength="weak" if s.weak else "strong",
                form=s.form,
                scale_word=s.scale,
                display=show_number(s.value),
            )
        )
    facts.sort(key=lambda f: f.span.start)
    base = lang.base
    if any(w in text for w in _HALF_HINTS.get(base, ())):
        facts = _with_halves(text, facts, base)
    if any(w in text for w in _SIGN_HINTS.get(base, ())):
        facts = _with_signs(text, facts, base)
    if any(w in text for w in _ROMAN_HINTS.get(base, ())) and _ROMAN_TOKEN.search(text):
        facts = _with_romans(text, facts, base)
    return facts


# A Roman numeral after the word it numbers: "Phase III trial" / "ensayo de fase 3", "type II
# diabetes" / "diabetes tipo 2" (centuries are dates: extract/dates.py).
NUMBERED_BY_ROMAN = {"en": ("phase", "type", "stage", "grade", "category", "level"),
                     "es": ("fase", "tipo", "etapa", "grado", "categoría", "categoria", "nivel")}
_ROMAN_HINTS = {base: tuple(v for w in words for v in (w, w.capitalize()))
                for base, words in NUMBERED_BY_ROMAN.items()}
# Then a numeral at all: the search for one after its word costs 0.3 % of TICO-19 without it.
_ROMAN_TOKEN = compile_regex(r"[\s\-][IVX]{1,5}\b")
# "Phase II-III", "type-I", "fases II y III", "fase I a IV": one numeral or a range of two.
_ROMAN_TO = {"en": "and|or|to|through", "es": "y|e|o|u|a|hasta"}
_ROMAN_AFTER = {
    base: compile_regex(rf"\b(?i:(?:{'|'.join(words)})(?:e?s)?)[\s\-]+(?P<r>[IVX]{{1,5}})"
                        rf"(?:(?:[\-–/]|\s+(?:{_ROMAN_TO[base]})\s+)(?P<r2>[IVX]{{1,5}}))?+"
                        r"\b(?![\-'’]\p{L})")
    for base, words in NUMBERED_BY_ROMAN.items()
}
# "the type I like": the pronoun, not a numeral.
_PRONOUN_AFTER = compile_regex(r"\b(?:the|what|which|any|this|that|every)\s+$", regex.IGNORECASE)


def _with_romans(text: str, facts: list[Fact], base: str) -> list[Fact]:
    found = []
    for m in _ROMAN_AFTER[base].finditer(text):
        numeral = m.group("r")
        if base == "en" and numeral == "I" and not m.group("r2") \
                and _PRONOUN_AFTER.search(text, max(0, m.start() - 8), m.start()):
            continue
        for group in ("r", "r2") if m.group("r2") else ("r",):
            value = roman_value(m.group(group))
            if value is not None:
                found.append(_plain(text, m.start(group), m.end(group), Decimal(value), "digits"))
    if not found:
        return facts
    return sorted([*facts, *found], key=lambda f: f.span.start)


# Words without which a paragraph has no half or sign to join to a count: a plain substring
# test, where a pattern over every paragraph cost 3 % of a long text.
_HALF_HINTS = {"en": ("half", "Half", "HALF"), "es": ("medi", "Medi", "MEDI")}
_SIGN_HINTS = {"en": ("inus", "INUS"), "es": ("cero", "CERO")}

# Below zero in words: "minus 10 degrees", "10 grados bajo cero" (both -10).
_MINUS_BEFORE = compile_regex(r"\bminus\s+$", regex.IGNORECASE)
_BELOW_ZERO_AFTER = compile_regex(r"(?:\s+[\p{L}°º]+){0,2}?\s+bajo\s+cero\b", regex.IGNORECASE)


def _with_signs(text: str, facts: list[Fact], base: str) -> list[Fact]:
    out = []
    for f in facts:
        value = f.value
        if f.kind == "number" and isinstance(value, Decimal) and value > 0:
            if base == "en" and (m := _MINUS_BEFORE.search(text, max(0, f.span.start - 12),
                                                           f.span.start)):
                f = _revalued(f, -value, Span(m.start(), f.span.end), text)
            elif base == "es" and _BELOW_ZERO_AFTER.match(text, f.span.end):
                # The count keeps its span: its unit ("grados") comes right after it.
                f = _revalued(f, -value)
        out.append(f)
    return out


# "dos años y medio" is 2.5 years, as "two and a half years" is: Spanish puts the half after
# the noun, and English may too ("three years and a half"). Digits take the half directly
# ("2 and a half", "2 millones y medio"), and an English article counts one before a noun and
# its half ("a year and a half").
_JOIN = {
    "es": compile_regex(r"\s+(?:(?P<noun>\p{L}+)\s+)?y\s+(?=medi[oa]\b)", regex.IGNORECASE),
    "en": compile_regex(r"\s+(?:(?P<noun>\p{L}+)\s+)?and\s+(?=a\s+half\b(?!-))", regex.IGNORECASE),
}
_EN_ONE_AND_A_HALF = compile_regex(r"\b(?:a|an)\s+\p{L}+\s+and\s+$", regex.IGNORECASE)
_HALF = Decimal("0.5")


def _with_halves(text: str, facts: list[Fact], base: str) -> list[Fact]:
    join = _JOIN.get(base)
    if join is None:
        return facts
    out: list[Fact] = []
    for f in facts:
        if f.value != _HALF or f.kind != "number":
            out.append(f)
            continue
        joined = _count_and_half(text, out[-1], f, join, base) if out else None
        if joined is not None:
            out[-1] = joined
        elif base == "en" and _EN_ONE_AND_A_HALF.search(text, max(0, f.span.start - 40),
                                                        f.span.start):
            out.append(_revalued(f, 1 + _HALF))
        else:
            out.append(f)
    return out


def _count_and_half(text: str, count: Fact, half: Fact, join: regex.Pattern[str],
                    base: str) -> Fact | None:
    """`count` with `half` added, when the text joins them; None when it does not."""
    value = count.value
    if (count.kind != "number" or not isinstance(value, Decimal) or value <= 0
            or value != value.to_integral_value()):
        return None
    m = join.match(text, count.span.end)
    if m is None or m.end() != half.span.start:
        return None
    if m.group("noun"):
        # The count keeps its span, so that a unit right after it ("dos millas y media") is
        # still read as its unit.
        return _revalued(count, value + _HALF)
    scale = spelled.scale_words(base).get((count.scale_word or "").lower())
    if scale is None and not (base == "en" and count.form == "digits"):
        return None  # "las cinco y media" is a time
    # "2 millones y medio", "2 and a half": one number, up to the half.
    return _revalued(count, value + _HALF * (scale or 1), Span(count.span.start, half.span.end),
                      text)


def _revalued(f: Fact, value: Decimal, span: Span | None = None, text: str = "") -> Fact:
    """`f` with another value, and over `span` of `text` when given."""
    if span is None:
        return replace(f, value=value, display=show_number(value))
    return replace(f, value=value, span=span, surface=text[span.start:span.end],
                   display=show_number(value))
