"""How normalized numbers are shown to the user, whatever language they came from."""

from __future__ import annotations

from decimal import Decimal


def show_number(value: Decimal) -> str:
    """`Decimal("4.76E+6")` -> "4,760,000"; `Decimal("4.760")` -> "4.76"."""
    if value.adjusted() > 30:
        return f"{value:.6E}"  # a digit run nobody reads as an amount: keep it short
    if value == value.to_integral_value():
        return f"{int(value):,}"
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}.{frac}" if whole not in ("-0", "0") else text


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(s: str) -> int | None:
    """"XXI" -> 21; None for a run of numeral letters that is no well-formed numeral ("IIII")."""
    values = [_ROMAN[c] for c in s]
    total = sum(-x if i + 1 < len(values) and values[i + 1] > x else x
                for i, x in enumerate(values))
    return total if _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = []
    for value, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                       (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)
