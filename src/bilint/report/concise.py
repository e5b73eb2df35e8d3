"""`--format concise`: one line a finding, `path:line:col: CODE [severity] message`."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline import Result


def render(results: Sequence[Result], color: bool = False) -> str:
    lines = []
    for r in results:
        for f in r.findings:
            s = f.primary
            lines.append(f"{s.path}:{s.line}:{s.column}: {f.code} [{f.severity}] {f.message}")
    return "".join(line + "\n" for line in lines)
