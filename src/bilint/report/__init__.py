"""Reports: findings in the formats people and CI systems read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line imports FORMATS at start-up: keep this module light
    from ..model import Finding
    from ..pipeline import Result

Formatter = Callable[["Sequence[Result]", bool], str]

FORMATS = ("text", "concise", "json")


def render(fmt: str, results: Sequence[Result], color: bool = False) -> str:
    if fmt == "text":
        from .text import render as text

        return text(results, color)
    if fmt == "concise":
        from .concise import render as concise

        return concise(results, color)
    if fmt == "json":
        from .json import render as json_

        return json_(results, color)
    raise ValueError(fmt)


def statistics(fmt: str, findings: Sequence[Finding]) -> str:
    """--statistics: findings counted per rule, most frequent first, as ruff prints them."""
    from .stats import render as stats

    return stats(fmt, findings)
