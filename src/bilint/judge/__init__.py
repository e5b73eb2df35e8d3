"""Judging: the rule families. Importing this package registers every rule and fact kind."""

from __future__ import annotations

from . import alignment, date, fmt, names, number, pair, suppression, time  # noqa: F401  (registration side effects)
