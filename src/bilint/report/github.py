"""`--format github`: GitHub Actions workflow commands, which the runner turns into annotations
on the pull request's changed lines.

    ::error file=a.es.md,line=4,col=17,endLine=4,endColumn=34,title=NUM001 number-changed::message

The runner parses these lines itself, so data and properties are escaped as its toolkit does
(actions/toolkit, command.ts): in the message `%`, CR and LF; in properties also `:` and `,`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Finding
from ..pipeline import Result
from .paths import relative

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    s = f.primary
    props = [("file", relative(s.path)), ("line", str(s.line)), ("col", str(s.column)),
             ("endLine", str(s.end_line)), ("endColumn", str(s.end_column)), ("title", f"{f.code} {f.name}")]
    message = f.message
    other = f.source if f.target is not None else None
    if other is not None:
        message += f" (source: {relative(other.path)}:{other.line}:{other.column})"
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{LEVEL[f.severity]} {head}::{escape_data(message)}"


def render(results: Sequence[Result], color: bool = False) -> str:
    return "".join(annotation(f) + "\n" for r in results for f in r.findings)
