"""`--statistics`: the number of findings per rule, most frequent first (as ruff prints it)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from ..model import Finding


def counts(findings: Sequence[Finding]) -> list[tuple[str, str, str, int]]:
    """(code, name, severity, count), most frequent first, then by code."""
    n: Counter[str] = Counter(f.code for f in findings)
    first = {f.code: f for f in reversed(findings)}
    return sorted(((c, first[c].name, first[c].severity, k) for c, k in n.items()),
                  key=lambda t: (-t[3], t[0]))


def render(fmt: str, findings: Sequence[Finding]) -> str:
    rows = counts(findings)
    if fmt in ("json", "json-lines"):
        items = [{"code": c, "name": name, "severity": sev, "count": k} for c, name, sev, k in rows]
        if fmt == "json":
            return json.dumps(items, indent=2) + "\n"
        return "".join(json.dumps(i) + "\n" for i in items)
    if not rows:
        return ""
    width = max(len(str(k)) for *_, k in rows)
    code_width = max(len(c) for c, *_ in rows)
    return "".join(f"{k:>{width}}\t{c:<{code_width}}\t[{sev}] {name}\n" for c, name, sev, k in rows)
