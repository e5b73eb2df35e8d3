"""bilint: a linter for bilingual news. Checks that an article and its translation state the
same facts: numbers, amounts, percentages, quantities, dates, times and names."""

from __future__ import annotations

__version__ = "0.1.0"
