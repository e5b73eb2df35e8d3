"""TIM: clock times changed, dropped or added.

A time is compared by the minute of the day it names; "at 5:30" or "a las cinco", which say
neither AM nor PM, agree with either half of the day. A time zone is compared when both texts
state one ("5 p.m. ET" / "5 p. m. hora del Este").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..extract.when import TimeValue
from ..model import Fact
from ..registry import rule
from .kinds import KindSpec, Verdict, register_kind

CHANGED = rule(
    "TIM001", "time-changed", "error", "A clock time has a different value in the translation.",
    what="Reports a time of day in the source whose counterpart in the translation names another "
    "hour or minute (\"5 a.m.\" / \"5 p. m.\", \"5:30 p.m.\" / \"las 3:30 de la tarde\"), or "
    "another time zone. A time without AM/PM agrees with either half of the day.",
    why="\"5 a.m.\" printed as \"5 p. m.\" sends readers to the wrong event at the wrong time.",
    example='```\nen: the polls close at 5:30 p.m.\nes: las urnas cierran a las 3:30 p. m.\n```\n'
    'TIM001 "5:30 p.m." (17:30) became "las 3:30 p. m." (15:30)',
)
MISSING = rule(
    "TIM002", "time-missing", "warning", "A clock time of the source is absent from the translation.",
    what="Reports a time of day in the source with no counterpart in the translation.",
    why="A dropped time is dropped information.",
    example='```\nen: at 5:30 p.m. the polls close\nes: cierran las urnas\n```',
)
ADDED = rule(
    "TIM003", "time-added", "warning", "The translation states a clock time the source does not.",
    what="Reports a time of day in the translation with no counterpart in the source.",
    why="An added time is information the source does not support.",
    example='```\nen: the polls close\nes: a las 5:30 p. m. cierran las urnas\n```',
)


def _values(fact: Fact) -> Iterator[TimeValue]:
    if isinstance(fact.value, TimeValue):
        yield fact.value
    for alt, _ in fact.alternatives:
        if isinstance(alt, TimeValue):
            yield alt


def _same(a: TimeValue, b: TimeValue) -> bool:
    return a.minutes == b.minutes and (a.zone is None or b.zone is None or a.zone == b.zone)


def agree(src: Fact, tgt: Fact) -> str | None:
    for a in _values(src):
        for b in _values(tgt):
            if _same(a, b):
                return ""
    return None


def classify(src: Fact, tgt: Fact) -> Verdict:
    said = f"\"{src.surface}\" ({src.shown}) became \"{tgt.surface}\" ({tgt.shown})"
    hours = any(a.minutes == b.minutes for a in _values(src) for b in _values(tgt))
    return Verdict(CHANGED, said + (": the time zone differs" if hours else ""), src, tgt)


register_kind(KindSpec("time", CHANGED, MISSING, ADDED, agree=agree, classify=classify))
