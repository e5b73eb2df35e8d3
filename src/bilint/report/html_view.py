"""What the editors' report shows, before any markup: rows of aligned paragraphs, the marked
facts in each, and the findings that point at them.

Pure: a `Result` in, plain records out. `html.py` turns them into a page.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from ..model import SEVERITY_RANK, Document, Fact, Finding, Side, Span
from ..pipeline import Result

# The rule family that reports a kind of fact; a kind not listed gets its own upper-cased name.
KIND_FAMILY: dict[str, str] = {
    "number": "NUM", "money": "MON", "percent": "PCT", "quantity": "QTY", "date": "DAT",
    "time": "TIM", "name": "NAM",
}


def family_of_kind(kind: str) -> str:
    return KIND_FAMILY.get(kind) or "".join(c for c in kind.upper() if c.isalnum())[:8] or "FACT"


def family_of_code(code: str) -> str:
    return code.rstrip("0123456789") or code


@dataclass
class Mark:
    """A highlighted stretch of a paragraph: a fact, or the span a finding names."""

    id: str
    span: Span
    kind: str
    surface: str
    shown: str
    # "ok" agreed with its counterpart; "changed" a finding names both sides; "missing" (source)
    # or "extra" (target) a finding names this side only; "plain" no verdict (a weak fact).
    state: str = "plain"
    strength: str = "strong"
    findings: list[int] = field(default_factory=list)
    pair: str | None = None
    severity: str | None = None


@dataclass
class Cell:
    """One side of a row: the paragraphs (segments) of one language in an aligned group."""

    doc: Document
    segments: list[int]
    marks: dict[int, list[Mark]]  # by segment index, sorted by start


@dataclass
class Row:
    id: str
    src: Cell
    tgt: Cell
    findings: list[int] = field(default_factory=list)

    @property
    def alone(self) -> str | None:
        """"source" or "target" when the group has paragraphs on one side only."""
        if self.src.segments and not self.tgt.segments:
            return "source"
        if self.tgt.segments and not self.src.segments:
            return "target"
        return None


@dataclass
class Item:
    """A finding as the list shows it, with where it points."""

    id: str
    finding: Finding
    family: str
    row: str | None
    marks: list[str]


@dataclass
class Pair:
    """The report of one document pair."""

    prefix: str
    result: Result
    rows: list[Row]
    items: list[Item]
    marks: dict[str, Mark]
    severities: Counter[str]
    agreed: int

    @property
    def src(self) -> Document:
        return self.result.src

    @property
    def tgt(self) -> Document:
        return self.result.tgt


def _marks_for(facts: list[list[Fact]], side: str, prefix: str,
               matched: set[Span]) -> tuple[list[list[Mark]], dict[Span, Mark]]:
    per_seg: list[list[Mark]] = []
    by_span: dict[Span, Mark] = {}
    n = 0
    for seg_facts in facts:
        row = []
        for f in seg_facts:
            if f.strength != "strong" and f.span not in matched:
                continue  # "un", "a": a fact only when it answers one on the other side
            m = Mark(f"{prefix}{side}{n}", f.span, f.kind, f.surface, f.shown, strength=f.strength)
            n += 1
            row.append(m)
            by_span[f.span] = m
        per_seg.append(row)
    return per_seg, by_span


def _segment_of(doc: Document, starts: list[int], span: Span) -> int | None:
    i = bisect.bisect_right(starts, span.start) - 1
    if i >= 0 and span.start < max(doc.segments[i].span.end, starts[i] + 1):
        return i
    return None


def build(result: Result, prefix: str = "") -> Pair:
    src, tgt = result.src, result.tgt
    s_marks, s_by_span = _marks_for(result.src_facts, "s", prefix, {a.span for a, _ in result.matches})
    t_marks, t_by_span = _marks_for(result.tgt_facts, "t", prefix, {b.span for _, b in result.matches})
    for a, b in result.matches:
        ma, mb = s_by_span.get(a.span), t_by_span.get(b.span)
        if ma and mb:
            ma.state = mb.state = "ok"
            ma.pair, mb.pair = mb.id, ma.id

    s_row: dict[int, int] = {}
    t_row: dict[int, int] = {}
    rows: list[Row] = []
    for g, (si, ti) in enumerate(result.groups):
        for i in si:
            s_row[i] = g
        for i in ti:
            t_row[i] = g
        rows.append(Row(
            f"{prefix}r{g + 1}",
            Cell(src, list(si), {i: s_marks[i] for i in si}),
            Cell(tgt, list(ti), {i: t_marks[i] for i in ti}),
        ))

    starts = {"s": [seg.span.start for seg in src.segments], "t": [seg.span.start for seg in tgt.segments]}
    marks: dict[str, Mark] = {m.id: m for ms in (*s_marks, *t_marks) for m in ms}
    extra = 0
    items: list[Item] = []
    severities: Counter[str] = Counter()
    for k, f in enumerate(result.findings):
        severities[f.severity] += 1
        item = Item(f"{prefix}f{k}", f, family_of_code(f.code), None, [])
        found: list[Mark] = []
        for side, doc, by_span, seg_rows, seg_marks, letter in (
            (f.source, src, s_by_span, s_row, s_marks, "s"),
            (f.target, tgt, t_by_span, t_row, t_marks, "t"),
        ):
            if side is None:
                continue
            at = _segment_of(doc, starts[letter], side.span)
            if at is None:
                continue
            gi = seg_rows.get(at)
            if gi is not None and item.row is None:
                item.row = rows[gi].id
            if gi is not None and doc.segments[at].span == side.span:
                if k not in rows[gi].findings:  # a finding about the whole paragraph
                    rows[gi].findings.append(k)
                continue
            mark = by_span.get(side.span) or _overlapping(seg_marks[at], side.span)
            if mark is None:
                mark = Mark(f"{prefix}{letter}x{extra}", side.span, "finding", side.surface,
                            side.value or side.surface)
                extra += 1
                seg_marks[at].append(mark)
                seg_marks[at].sort(key=lambda m: m.span.start)
                marks[mark.id] = mark
            found.append(mark)
            if gi is not None and k not in rows[gi].findings:
                rows[gi].findings.append(k)
        state = "changed" if f.source and f.target else _lone(f)
        for m in found:
            m.findings.append(k)
            if _STATE_RANK[state] >= _STATE_RANK[m.state]:
                m.state = state
            if m.severity is None or SEVERITY_RANK[f.severity] > SEVERITY_RANK[m.severity]:
                m.severity = f.severity
        if len(found) == 2:
            found[0].pair, found[1].pair = found[1].id, found[0].id
        item.marks = [m.id for m in found]
        items.append(item)
    return Pair(prefix, result, rows, items, marks, severities, len(result.matches))


_STATE_RANK = {"plain": 0, "ok": 0, "extra": 1, "missing": 1, "changed": 2}


def _lone(f: Finding) -> str:
    return "missing" if f.source is not None else "extra"


def _overlapping(marks: list[Mark], span: Span) -> Mark | None:
    for m in marks:
        if m.span.overlaps(span):
            return m
    return None


def side_label(side: Side | None) -> str:
    return "" if side is None else f"{side.path}:{side.line}:{side.column}"
