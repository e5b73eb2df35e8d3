"""Percentages and percentage points: `(Decimal, "%")` and `(Decimal, "pp")`.

"50%", "50 %", "50 percent", "50 per cent", "cincuenta por ciento" are (50, "%"); "2 percentage
points" and "2 puntos porcentuales" are (2, "pp"). Ranges state the sign once ("10-15%",
"entre 10 y 15 %"). The vocabulary is in `rules/lexicon/percent.yaml`.
"""

from __future__ import annotations

from typing import Any

from ..lang import Lang
from ..model import Fact
from ..tables import snapshot
from . import amounts
from .numfmt import show_number
from .surfaces import Surfaces

PERCENT = "%"
POINTS = "pp"



@snapshot
def data() -> dict[str, Any]:
    from ..resources import load_lexicon

    out: dict[str, Any] = load_lexicon("percent.yaml")
    return out


@snapshot
def _surfaces(base: str) -> Surfaces[str]:
    d = data()
    words = {str(w): unit for unit, key in ((PERCENT, "percent"), (POINTS, "points"))
             for w in d[key].get(base, [])}
    symbols = {str(s): unit for unit, key in ((PERCENT, "percent"), (POINTS, "points"))
               for s in d[key]["symbols"]}
    return Surfaces(words, symbols)


def _find(text: str, n: Fact, lang: Lang) -> amounts.Found[str] | None:
    m = _surfaces(lang.base).match(text, n.span.end, space=True)
    if m is None:
        return None
    unit, end = m
    return unit, n.span.start, end, False


def _hinted(low: str) -> bool:
    """Whether a lower-cased paragraph has a percent word: plain substring tests, cheaper than
    any pattern over every paragraph."""
    return ("percent" in low or "per cent" in low or "por cien" in low or "porcien" in low
            or "pct" in low or "porcentual" in low or "percentual" in low or " pp" in low
            or "p.p" in low or "p. p" in low)


def show(value: object, unit: str) -> str:
    from decimal import Decimal

    assert isinstance(value, Decimal)
    if unit == POINTS:
        return f"{show_number(value)} percentage point{'' if value == 1 else 's'}"
    return f"{show_number(value)}%"


def extract(text: str, lang: Lang) -> list[Fact]:
    if "%" not in text and "\uff05" not in text and not _hinted(text.lower()):
        return []
    nums = amounts.base_numbers(text, lang)
    facts = [amounts.fact_of(text, "percent", h, show(h.value, h.payload))
             for h in amounts.attach(text, lang, nums, _find)]
    return facts
