"""`--format json`: the contract in spec/findings.schema.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Finding, Side
from ..pipeline import Result


def side(s: Side | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "path": s.path, "lang": s.lang, "line": s.line, "column": s.column,
        "end_line": s.end_line, "end_column": s.end_column, "text": s.surface, "value": s.value,
    }


def finding(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": f.code, "name": f.name, "severity": f.severity, "message": f.message,
        "source": side(f.source), "target": side(f.target), "fingerprint": f.fingerprint,
    }
    if f.suggestion:
        out["suggestion"] = {"side": f.suggestion[0], "replacement": f.suggestion[1]}
    return out


def render(results: Sequence[Result], color: bool = False) -> str:
    items = [finding(f) for r in results for f in r.findings]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
