"""Clock times, in English and Spanish: "5 a.m.", "5:30 p.m.", "17:30", "noon", "midnight",
"six in the morning", "5 o'clock" / "las cinco de la mañana", "5 a. m.", "las 5:30 de la
tarde", "a las 17 horas", "mediodía", "medianoche", each with its time zone when one follows
("5 p.m. ET", "10 a.m. Central European Time" / "hora del Este", "hora de Greenwich").

A time without AM/PM or a day period ("at 5:30", "a las cinco") could be either half of the
day: it carries both readings. AM/PM markers and day periods ("de la tarde", "in the evening",
with the hours each covers) come from CLDR; the rest from `rules/lexicon/calendar.*.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import Lang
from ..model import Fact, Span
from ..tables import snapshot
from .calvocab import Lazy, Vocab, alternation, fold, lower_same_length, spelled_value, trie_pattern, vocab
from .when import TimeValue, show_time

_B = r"(?<!\w)"
_E = r"(?!\w)"
_WS = r"[\s\u00a0\u202f]++"
_DAY = 24 * 60


@dataclass(frozen=True)
class _Patterns:
    v: Vocab
    digits: Lazy
    words: Lazy
    military: Lazy
    noon: Lazy
    am: frozenset[str]
    # Where a time may be: a digit followed by ":", "a.m.", "horas"...; or a word of a time
    # phrase ("noon", "de la tarde", "o'clock", "a las"). Only there do the patterns run.
    digit_hint: Lazy
    word_hint: Lazy


def _marker(forms: tuple[str, ...]) -> str:
    """"a.m.", "a. m.", "am", "AM" from CLDR's spellings: the letters, with dots (and spaces)
    between them or none."""
    shapes = set()
    for f in forms:
        letters = [c for c in fold(f) if c.isalpha()]
        # With dots, the last one may end the sentence too; without, a dot is the sentence's.
        shapes.add(r"\.[\s\u00a0\u202f]?".join(letters) + r"\.?")
        shapes.add("".join(letters))
    return "|".join(sorted(shapes, key=lambda s: (-len(s), s)))


def _zones(v: Vocab) -> str:
    # Abbreviations are matched in capitals only: "ET" is a zone, "et" is Latin.
    upper = [z for z in _zone_names(v) if z.isupper()]
    other = [z for z in _zone_names(v) if not z.isupper()]
    return f"(?-i:{alternation(upper)})|{alternation(other)}"


def _zone_names(v: Vocab) -> list[str]:
    return [str(n) for names in (v.data.get("zones") or {}).values() for n in names]


@snapshot
def _patterns(lang: Lang) -> _Patterns:
    v = vocab(lang)
    flags = re.IGNORECASE
    ap = rf"(?P<ap>{_marker(v.am)}|{_marker(v.pm)})(?![^\W\d_])"
    periods = alternation(v.periods)
    hour_words = alternation(v.words("hour_words"))
    oclock = alternation(v.words("oclock"))
    minutes = alternation((v.data.get("minutes") or {}).keys())
    cues = alternation(v.words("hour_cues"))
    zone = rf"(?:\s*+,?\s*+(?P<paren>\()?\s*+(?P<zone>{_zones(v)})(?![^\W\d_])(?(paren)\)))?"
    tail = (rf"(?:\s*+{ap}|{_WS}(?P<per>{periods}){_E}|\s*+(?P<hw>{hour_words}){_E}"
            rf"|{_WS}(?P<oc>{oclock}))?")
    art = r"(?:(?P<art>las|la)" + _WS + ")"
    digits = Lazy(
        rf"{_B}(?:(?P<cue>{cues}){_WS})?{art}?(?P<h>[0-2]?\d)(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
        rf"(?!\d|[.,:]\d){tail}{zone}", flags)
    words = Lazy(
        rf"{_B}(?:(?P<cue>{cues}){_WS})?{art if lang.base == 'es' else '()'}"
        rf"(?P<w>[^\W\d_]++(?:-[^\W\d_]++)?)(?:{_WS}(?P<mw>{minutes}))?"
        rf"(?:{_WS}(?P<per>{periods}){_E}|{_WS}(?P<oc>{oclock})|(?=\s*+(?:[,;)]|\.(?!\d)|$)))"
        rf"{zone}", flags)
    utc = [n for n in _zone_names(v) if v.zones.get(fold(n)) == "UTC" and n.isupper()]
    military = Lazy(
        rf"{_B}(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d){_WS}(?P<zone>(?-i:{alternation(utc)})){_E}",
        flags)
    noon = Lazy(
        rf"{_B}(?:12\s*+)?(?:(?P<noon>{alternation(v.noon)})|(?P<mid>{alternation(v.midnight)}))"
        rf"{_E}{zone}", flags)
    am = frozenset(c for f in v.am for c in [fold(f).replace(".", "").replace(" ", "")])
    markers = sorted({"".join(c for c in fold(f) if c.isalpha()) for f in (*v.am, *v.pm)})
    first = "".join(sorted({m[0] for m in markers}))
    digit_hint = Lazy(
        rf"\d(?::[0-5]\d|\.[0-5]\d\s*(?:[{first}]\.?\s?m|[a-z])|\s*[{first}]\.?\s?m\b|\d\d\s+[a-z]"
        rf"|\s+(?:{trie_pattern(w.lower() for w in v.words('hour_words') + v.words('oclock'))})\b"
        rf"|\s+(?:{trie_pattern(k for k in v.periods)})\b)")
    hints = [*v.noon, *v.midnight, *v.words("oclock"), *v.periods,
             *(v.data.get("minutes") or {}).keys()]
    if lang.base == "es":
        hints += [f"{c} {a}" for c in v.words("hour_cues") for a in ("la", "las")]
    # Without \b in front the regex engine skips to the first letters of the words.
    word_hint = Lazy(rf"{trie_pattern({fold(h) for h in hints} | {h.lower() for h in hints})}\b")
    return _Patterns(v, digits, words, military, noon, am, digit_hint, word_hint)


def _with_period(hour: int, period: tuple[int, int, str]) -> int:
    """The hour of the day that "5" means "de la tarde" or "in the morning": the reading that
    falls in (or, failing that, nearest to) the hours CLDR gives the period."""
    start, before, _ = period
    best, best_gap = hour, _DAY
    for h in {hour % 12, hour % 12 + 12} if hour <= 12 else {hour}:
        if start <= h < before:
            return h
        gap = min((start - h) % 24, (h - before + 1) % 24)
        if gap < best_gap:
            best, best_gap = h, gap
    return best


@dataclass
class _Cand:
    start: int
    end: int
    minutes: tuple[int, ...]
    zone: str | None


def _read(m: re.Match[str], hour: int, minute: int, p: _Patterns, *,
          evidence: bool) -> _Cand | None:
    v = p.v
    gd = m.groupdict()
    readings: tuple[int, ...]
    if gd.get("ap"):
        if not 1 <= hour <= 12:
            return None
        is_am = fold(gd["ap"]).replace(".", "").replace(" ", "") in p.am
        hour = hour % 12 + (0 if is_am else 12)
        readings = (hour * 60 + minute,)
    elif gd.get("per"):
        period = v.periods.get(fold(gd["per"]))
        if period is None or not 0 <= hour <= 23:
            return None
        readings = (_with_period(hour, period) * 60 + minute,)
    else:
        if not evidence:
            return None
        if not 0 <= hour <= 23 and not (hour == 24 and minute == 0):
            return None
        hour %= 24
        if 1 <= hour <= 12:
            # Either half of the day; which one the text means is for the other side to say.
            readings = ((hour % 12) * 60 + minute, (hour % 12 + 12) * 60 + minute)
        else:
            readings = (hour * 60 + minute,)
    zone = v.zones.get(fold(gd["zone"])) if gd.get("zone") else None
    start = m.start("art") if gd.get("art") else m.start("h") if gd.get("h") else m.start("w")
    return _Cand(start, m.end(), readings, zone)


def _digit_times(text: str, lang: Lang, p: _Patterns, out: list[_Cand], lo: int, hi: int,
                 digit: int) -> None:
    for m in p.digits.finditer(text, lo, hi):
        if m.start("h") != digit:
            continue
        gd = m.groupdict()
        hour, raw_min = int(m.group("h")), m.group("m")
        minute = int(raw_min) if raw_min else 0
        if not (gd.get("ap") or gd.get("per") or gd.get("hw") or gd.get("oc") or gd.get("zone")
                or raw_min or gd.get("cue")):
            continue
        if raw_min and m.group("sep") == "." and not (gd.get("ap") or gd.get("hw")):
            continue  # "4.30" is a decimal unless "horas" or "p.m." says otherwise
        if gd.get("hw") and not ((gd.get("cue") and gd.get("art")) or raw_min):
            continue  # "24 horas", "alrededor de 4 horas" are durations
        if gd.get("zone") and not (raw_min or gd.get("ap") or gd.get("per")):
            continue
        evidence = bool(raw_min and m.group("sep") == ":") or bool(gd.get("oc")) or (
            bool(gd.get("hw")) and hour <= 23) or (
            bool(gd.get("cue")) and bool(gd.get("art")) and _ends_phrase(text, m.end()))
        c = _read(m, hour, minute, p, evidence=evidence)
        if c is not None:
            out.append(c)


def _ends_phrase(text: str, end: int) -> bool:
    return re.match(r"\s*+(?:[,;)]|\.(?!\d)|$|(?:y|a|hasta|and|to)\s+las?\s)", text[end:end + 12]) \
        is not None


def _word_times(text: str, lang: Lang, p: _Patterns, out: list[_Cand], lo: int, hi: int) -> None:
    minutes = {fold(k): int(n) for k, n in (p.v.data.get("minutes") or {}).items()}
    for m in p.words.finditer(text, lo, hi):
        gd = m.groupdict()
        hour = spelled_value(m.group("w"), lang.base)
        if hour is None or not 1 <= hour <= 12:
            continue
        bare = not (gd.get("per") or gd.get("oc"))
        if bare and not (gd.get("cue") and gd.get("art")):
            continue  # "las dos" is "the two" unless a time phrase says otherwise
        minute = minutes.get(fold(gd["mw"]), 0) if gd.get("mw") else 0
        if minute < 0:
            hour, minute = hour - 1, 60 + minute
        c = _read(m, hour, minute, p, evidence=True)
        if c is not None:
            out.append(c)


def _named_times(text: str, p: _Patterns, out: list[_Cand], lo: int, hi: int) -> None:
    for m in p.noon.finditer(text, lo, hi):
        minutes = 12 * 60 if m.group("noon") else 0
        zone = p.v.zones.get(fold(m.group("zone"))) if m.group("zone") else None
        out.append(_Cand(m.start(), m.end(), (minutes,), zone))


def extract(text: str, lang: Lang) -> list[Fact]:
    p = _patterns(lang)
    low = lower_same_length(text)
    cands: list[_Cand] = []
    spots = [m.start() for m in p.digit_hint.finditer(low)]
    words = [m.span() for m in p.word_hint.finditer(low)
             if not (m.start() and low[m.start() - 1].isalnum())]
    if not spots and not words:
        return []
    for at in spots:
        # The digits of the hint and what may come before them: "a las 5", "las 17".
        start = at
        while start and low[start - 1].isdigit():
            start -= 1
        lo = max(0, start - 20)
        _digit_times(text, lang, p, cands, lo, min(len(text), at + 60), start)
        for m in p.military.finditer(text, start, min(len(text), at + 16)):
            cands.append(_Cand(m.start(), m.end(), (int(m.group("h")) * 60 + int(m.group("m")),),
                               p.v.zones.get(fold(m.group("zone")))))
    for s, e in words:
        lo, hi = max(0, s - 30), min(len(text), e + 40)
        _word_times(text, lang, p, cands, lo, hi)
        _named_times(text, p, cands, lo, hi)
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    facts: list[Fact] = []
    end = -1
    for c in cands:
        if c.start < end:
            continue
        end = c.end
        values = [TimeValue(x, c.zone) for x in c.minutes]
        display = " or ".join(show_time(TimeValue(x)) for x in c.minutes)
        if c.zone:
            display += f" {c.zone}"
        facts.append(Fact(
            kind="time", value=values[0], span=Span(c.start, c.end),
            surface=text[c.start:c.end], form="clock",
            alternatives=tuple((x, "") for x in values[1:]), display=display,
        ))
    return facts
