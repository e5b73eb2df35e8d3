"""The values of calendar facts: partial dates and clock times, and how they are shown.

A date is partial: each text states some of year, month, day, weekday, part of a month or year,
and two dates are compared on what both state. Relative expressions ("last week", "hace dos
días") carry a unit and an offset from the time of writing; decades and centuries a unit and
their first year. Values are plain tuples, so they are hashable and compare by content.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

# Weekdays are numbered as Python and babel number them: 0 = Monday.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
PARTS = ("early", "mid", "late")


class DateValue(NamedTuple):
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None  # "early", "mid", "late" (of the month, or of the year)
    # "day", "week", "month", "year" with `offset` for relative dates ("last week": week, -1);
    # "decade" and "century" with `year` their first year (the 1990s: 1990; the 19th century:
    # 1800); None for calendar dates. A relative weekday ("last Tuesday") has weekday and
    # offset and no unit.
    unit: str | None = None
    offset: int | None = None


class TimeValue(NamedTuple):
    minutes: int  # since midnight
    zone: str | None = None  # a canonical key from the calendar lexicon ("US-Eastern", "UTC")


def weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return _dt.date(year, month, day).weekday()
    except ValueError:
        return None


def valid_day(year: int | None, month: int, day: int) -> bool:
    # A leap year when the year is unknown, so that "29 February" is accepted.
    try:
        _dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


_RELATIVE = {("day", -1): "yesterday", ("day", 0): "today", ("day", 1): "tomorrow"}


def show_date(v: DateValue) -> str:
    """An English rendering that names what the text states and nothing else."""
    part = f"{v.part}{'-' if v.part == 'mid' else ' '}" if v.part else ""
    if v.unit == "decade" and v.year is not None:
        return f"the {part}{v.year}s"
    if v.unit == "century" and v.year is not None:
        return f"the {part}{ordinal(v.year // 100 + 1)} century"
    if v.unit is not None and v.offset is not None:
        words = _RELATIVE.get((v.unit, v.offset))
        if words is None:
            n = abs(v.offset)
            if v.offset < 0 and n > 1:
                words = f"{n} {v.unit}s ago"
            elif v.offset > 1:
                words = f"in {n} {v.unit}s"
            else:
                words = {-1: "last", 0: "this", 1: "next"}[v.offset] + f" {v.unit}"
        return f"{v.part} {words}" if v.part else words
    out: list[str] = []
    if v.weekday is not None:
        if v.offset is not None and v.month is None:
            out.append({-1: "last", 0: "this", 1: "next"}.get(v.offset, "") + " ")
        out.append(_WEEKDAYS[v.weekday] + (" " if v.day or v.month or v.year else ""))
    if v.part is not None:
        out.append(part)
    if v.day is not None:
        out.append(f"{v.day} ")
    if v.month is not None:
        out.append(_MONTHS[v.month - 1] + " ")
    if v.year is not None:
        out.append(str(v.year))
    return "".join(out).strip()


def show_time(v: TimeValue) -> str:
    h, m = divmod(v.minutes, 60)
    return f"{h:02d}:{m:02d}" + (f" {v.zone}" if v.zone else "")
