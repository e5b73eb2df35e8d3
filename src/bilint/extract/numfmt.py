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
