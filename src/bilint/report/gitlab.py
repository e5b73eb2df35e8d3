"""`--format gitlab`: GitLab Code Quality report (a JSON array of issues), shown in merge
requests when a job publishes it as `artifacts: reports: codequality`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Finding
from ..pipeline import Result
from .paths import relative

# GitLab's scale is info, minor, major, critical, blocker. A changed fact is what a reader must
# never see (major); an omission or a format slip needs an editor's look (minor).
SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def issue(f: Finding) -> dict[str, Any]:
    s = f.primary
    return {
        "description": f"{f.code} {f.message}",
        "check_name": f.code,
        "fingerprint": f.fingerprint,
        "severity": SEVERITY[f.severity],
        "location": {"path": relative(s.path), "lines": {"begin": s.line, "end": s.end_line}},
    }


def render(results: Sequence[Result], color: bool = False) -> str:
    items = [issue(f) for r in results for f in r.findings]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
