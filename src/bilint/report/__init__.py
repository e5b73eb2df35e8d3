"""Reports: findings in the formats people and CI systems read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line imports FORMATS at start-up: keep this module light
    from ..model import Finding
    from ..pipeline import Result

Formatter = Callable[["Sequence[Result]", bool], str]

# The machine-read formats: format name -> module of this package with a `render`.
CI_FORMATS = {"json-lines": "jsonl", "sarif": "sarif", "github": "github", "gitlab": "gitlab",
              "junit": "junit"}

FORMATS = ("text", "concise", "json", "html", *CI_FORMATS)


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
    if fmt in CI_FORMATS:
        from importlib import import_module

        module = import_module(f".{CI_FORMATS[fmt]}", __package__)
        return str(module.render(results, color))
    if fmt == "html":
        from .html import render as html

        return html(results, color)
    raise ValueError(fmt)


def statistics(fmt: str, findings: Sequence[Finding]) -> str:
    """--statistics: findings counted per rule, most frequent first, as ruff prints them."""
    from .stats import render as stats

    return stats(fmt, findings)
