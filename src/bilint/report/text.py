"""`--format text`: findings grouped by file pair, each side quoted with the fact underlined."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Document, Finding, Side
from ..pipeline import Result

WIDTH = 96
_COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _snippet(doc: Document, side: Side, color: bool, gutter: int) -> list[str]:
    text = doc.original
    starts = doc.line_starts
    line_start = starts[side.line - 1]
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    a = side.span.start - line_start
    b = min(side.span.end, line_end) - line_start
    # Long paragraphs are single lines: show a window around the fact, never more than WIDTH
    # characters: a span may be a whole 1 MB paragraph (ALN001, ALN003), shown by its start.
    lo = max(0, a - max(0, WIDTH - (b - a)) // 2)
    hi = min(len(line), lo + WIDTH)
    lo = max(0, min(lo, hi - WIDTH))
    shown = ("…" if lo else "") + line[lo:hi] + ("…" if hi < len(line) else "")
    col = a - lo + (1 if lo else 0)
    pad = " " * gutter
    under = " " * col + "^" * max(1, min(b, hi) - a)
    if color:
        under = _COLORS["error"] + under + _RESET
    return [f"{pad} |", f"{side.line:>{gutter}} | {shown}", f"{pad} | {under}"]


def render(results: Sequence[Result], color: bool = False) -> str:
    out: list[str] = []
    total: Counter[str] = Counter()
    for r in results:
        if not r.findings:
            continue
        header = f"{r.src.path} ({r.src.lang}) -> {r.tgt.path} ({r.tgt.lang})"
        out.append((_BOLD + header + _RESET) if color else header)
        for f in r.findings:
            total[f.severity] += 1
            out.extend(_finding(r, f, color))
        out.append("")
    n = sum(total.values())
    if n == 0:
        out.append("All checked: no findings.")
    else:
        parts = [f"{total[s]} {s}{'s' if total[s] != 1 else ''}"
                 for s in ("error", "warning", "info") if total[s]]
        pairs = sum(1 for r in results if r.findings)
        out.append(f"Found {n} finding{'s' if n != 1 else ''} ({', '.join(parts)}) "
                   f"in {pairs} file pair{'s' if pairs != 1 else ''}.")
    return "\n".join(out) + "\n"


def _finding(r: Result, f: Finding, color: bool) -> list[str]:
    sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}" if color else f.severity
    code = f"{_BOLD}{f.code}{_RESET}" if color else f.code
    lines = [f"{code} [{sev}] {f.message}"]
    sides = [(r.src, f.source), (r.tgt, f.target)]
    gutter = max(len(str(s.line)) for _, s in sides if s is not None)
    for doc, s in sides:
        if s is None:
            continue
        arrow = f"{' ' * gutter}--> {s.path}:{s.line}:{s.column} ({s.lang})"
        lines.append(_DIM + arrow + _RESET if color else arrow)
        lines.extend(_snippet(doc, s, color, gutter))
    lines.append("")
    return lines
