"""Judging: the rule families. Importing this package registers every rule and fact kind."""

from __future__ import annotations

from . import (  # noqa: F401  (registration side effects)
    alignment,
    date,
    fmt,
    money,
    names,
    number,
    pair,
    percent,
    quantity,
    suppression,
    time,
)
