"""TIM: clock times changed, dropped or added."""

from __future__ import annotations

from ..registry import rule
from .kinds import KindSpec, register_kind

CHANGED = rule(
    "TIM001", "time-changed", "error", "A clock time has a different value in the translation.",
    what="Reports a time of day in the source whose counterpart in the translation differs.",
    why="\"5:30\" printed as \"3:30\" sends readers to the wrong event at the wrong time.",
    example='```\nen: at 5:30 the polls close\nes: a las 3:30 cierran las urnas\n```',
)
MISSING = rule(
    "TIM002", "time-missing", "warning", "A clock time of the source is absent from the translation.",
    what="Reports a time of day in the source with no counterpart in the translation.",
    why="A dropped time is dropped information.",
    example='```\nen: at 5:30 the polls close\nes: cierran las urnas\n```',
)
ADDED = rule(
    "TIM003", "time-added", "warning", "The translation states a clock time the source does not.",
    what="Reports a time of day in the translation with no counterpart in the source.",
    why="An added time is information the source does not support.",
    example='```\nen: the polls close\nes: a las 5:30 cierran las urnas\n```',
)

register_kind(KindSpec("time", CHANGED, MISSING, ADDED))
