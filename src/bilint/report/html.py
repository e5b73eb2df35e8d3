"""`--format html`: the editors' report, one self-contained page.

The two texts side by side, aligned paragraph by paragraph, every fact marked (agreeing ones
quietly, mismatched ones strongly, missing or extra ones in a third style), the findings in a
list that links to their paragraph, filters by severity and by family. CSS and JavaScript are
package data inlined here; a Content-Security-Policy forbids any network access and any script
but ours. Everything that comes from the inputs is escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from .. import __version__
from ..model import Document
from ..pipeline import Result
from .html_view import KIND_FAMILY, Cell, Item, Mark, Pair, Row, build, family_of_kind

SEVERITIES = ("error", "warning", "info")
ICON = {"error": "✖", "warning": "▲", "info": "ℹ"}
FAMILY_LABEL = {
    "NUM": "numbers", "MON": "money", "PCT": "percentages", "QTY": "quantities", "DAT": "dates",
    "TIM": "times", "NAM": "names", "ALN": "paragraphs", "FMT": "formats", "PAIR": "pairing",
    "SUP": "suppressions",
}
_SAFE = re.compile(r"[^a-z0-9-]")


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


@cache
def _cls(word: str) -> str:
    return _SAFE.sub("-", word.lower())


@cache
def _asset(name: str) -> str:
    return (files("bilint.report") / "html_assets" / name).read_text(encoding="utf-8")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(results: Sequence[Result], color: bool = False) -> str:
    """The whole page for these document pairs."""
    pairs = [build(r, f"p{i}-" if len(results) > 1 else "") for i, r in enumerate(results)]
    severities: Counter[str] = Counter()
    for p in pairs:
        severities.update(p.severities)
    families = _families(pairs)
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'; "
           "base-uri 'none'; form-action 'none'")
    if len(pairs) == 1:
        title = f"bilint report: {pairs[0].src.path} → {pairs[0].tgt.path}"
    else:
        title = f"bilint report: {len(pairs)} file pairs"
    out: list[str] = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="bilint {_a(__version__)}">\n',
        f"<title>{_e(title)}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n<body>\n",
        '<a class="skip" href="#findings">Skip to the findings</a>\n',
        '<header class="top">\n<h1>bilint report</h1>\n',
    ]
    for p in pairs:
        out.append(_pair_header(p, len(pairs) > 1))
    out.append(f'<p class="counts" id="counts">{_counts(severities)} · '
               f'{_plural(sum(p.agreed for p in pairs), "fact")} agree · '
               f'{_plural(sum(len(p.rows) for p in pairs), "aligned group")}</p>\n</header>\n')
    out.append('<div class="layout">\n<aside class="side" aria-label="Findings and filters">\n')
    out.append(_filters(severities, families))
    out.append(_legend())
    out.append('<section id="findings" class="findings" aria-labelledby="findings-h" tabindex="-1">\n'
               f'<h2 id="findings-h">Findings ({sum(severities.values())})</h2>\n')
    for p in pairs:
        out.append(_findings(p, len(pairs) > 1))
    out.append("</section>\n</aside>\n<main id=\"text\" tabindex=\"-1\">\n")
    for p in pairs:
        _texts(p, out)
    out.append('</main>\n</div>\n<div id="tip" role="tooltip" hidden></div>\n')
    out.append(f"<script>{script}</script>\n</body>\n</html>\n")
    return "".join(out)


def _pair_header(p: Pair, counts: bool) -> str:
    src, tgt = p.src, p.tgt
    return (f'<p class="files"><span class="role">Source</span> <code>{_e(src.path)}</code> '
            f'<span class="lang">({_e(src.lang)})</span> <span aria-hidden="true">→</span>'
            f'<span class="visually-hidden">translated as</span> '
            f'<span class="role">Translation</span> <code>{_e(tgt.path)}</code> '
            f'<span class="lang">({_e(tgt.lang)})</span>'
            f'{": " + _counts(p.severities) if counts else ""}</p>\n')


def _counts(severities: Counter[str]) -> str:
    parts = []
    for s in SEVERITIES:
        n = severities[s]
        word = "info" if s == "info" else _plural(n, s).split(" ", 1)[1]
        parts.append(f'<span class="count sev-{s}"><span aria-hidden="true">{ICON[s]}</span> '
                     f'<b>{n}</b> {word}</span>')
    return " ".join(parts)


def _families(pairs: list[Pair]) -> dict[str, set[str]]:
    """Family code -> the fact kinds it covers, for every family present in the report."""
    fams: dict[str, set[str]] = {}
    for p in pairs:
        for item in p.items:
            fams.setdefault(item.family, set())
        for kind in {m.kind for m in p.marks.values()} - {"finding"}:
            fams.setdefault(family_of_kind(kind), set()).add(_cls(kind))
    order = [*KIND_FAMILY.values(), *FAMILY_LABEL]
    return dict(sorted(fams.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))


def _filters(severities: Counter[str], families: dict[str, set[str]]) -> str:
    out = ['<form id="filters" class="filters" aria-label="Filters" hidden>\n'
           '<fieldset><legend>Severity</legend>\n']
    for s in SEVERITIES:
        out.append(f'<label><input type="checkbox" name="sev" value="{s}" checked> '
                   f'<span aria-hidden="true">{ICON[s]}</span> {s} ({severities[s]})</label>\n')
    out.append("</fieldset>\n<fieldset><legend>Family</legend>\n")
    for fam, kinds in families.items():
        label = FAMILY_LABEL.get(fam, fam.lower())
        out.append(f'<label><input type="checkbox" name="fam" value="{_a(fam)}" '
                   f'data-kinds="{_a(" ".join(sorted(kinds)))}" checked> '
                   f'<code>{_e(fam)}</code> {_e(label)}</label>\n')
    out.append('</fieldset>\n<fieldset><legend>Show</legend>\n'
               '<label><input type="checkbox" name="ok" checked> agreeing facts</label>\n'
               '<label><input type="checkbox" name="only"> only paragraphs with findings</label>\n'
               '</fieldset>\n<p id="shown" class="shown" role="status" aria-live="polite"></p>\n'
               '<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous finding · '
               '<kbd>Enter</kbd> on a fact: go to its counterpart · <kbd>Esc</kbd> clear</p>\n'
               '</form>\n')
    return "".join(out)


def _legend() -> str:
    return ('<details class="legend"><summary>Legend</summary><ul>\n'
            '<li><mark class="ok k-number">12</mark> agrees with its counterpart (dotted)</li>\n'
            '<li><mark class="changed sev-error">12</mark> changed in the translation (solid)</li>\n'
            '<li><mark class="missing sev-warning">12</mark> missing from the translation (dashed)</li>\n'
            '<li><mark class="extra sev-warning">12</mark> only in the translation (double)</li>\n'
            '<li><mark class="plain">a</mark> not compared (an ambiguous word)</li>\n'
            '<li><span class="alone-tag">⊘ alone</span> a paragraph with no counterpart</li>\n'
            "</ul></details>\n")


def _findings(p: Pair, named: bool) -> str:
    out = []
    if named:
        out.append(f"<h3><code>{_e(p.src.path)}</code> → <code>{_e(p.tgt.path)}</code></h3>\n")
    if not p.items:
        out.append('<p class="none">No findings: every fact checked agrees.</p>\n')
        return "".join(out)
    out.append('<ol class="flist">\n')
    for item in p.items:
        out.append(_item(item))
    out.append("</ol>\n")
    return "".join(out)


def _item(item: Item) -> str:
    f = item.finding
    where = []
    for label, side in (("source", f.source), ("translation", f.target)):
        if side is not None:
            where.append(f"{label} line {side.line}, column {side.column}")
    href = f' href="#{item.row}"' if item.row else ""
    return (f'<li id="{item.id}" class="fi sev-{f.severity}" data-sev="{f.severity}" '
            f'data-fam="{_a(item.family)}" data-m="{" ".join(item.marks)}">'
            f'<a{href}><span class="ico" aria-hidden="true">{ICON[f.severity]}</span> '
            f'<span class="sev">{f.severity}</span> <code class="code">{_e(f.code)}</code> '
            f'<span class="name">{_e(f.name)}</span><br><span class="msg">{_e(f.message)}</span>'
            f'<br><span class="loc">{_e("; ".join(where))}</span></a></li>\n')


def _texts(p: Pair, out: list[str]) -> None:
    src, tgt = p.src, p.tgt
    out.append(f'<section class="pair" aria-label="{_a(src.path)} and {_a(tgt.path)}">\n'
               '<div class="heads" aria-hidden="true"><span></span>'
               f'<span>Source <code>{_e(src.path)}</code> ({_e(src.lang)})</span>'
               f'<span>Translation <code>{_e(tgt.path)}</code> ({_e(tgt.lang)})</span></div>\n')
    for n, row in enumerate(p.rows, 1):
        _row(p, row, n, out)
    out.append("</section>\n")


def _row(p: Pair, row: Row, n: int, out: list[str]) -> None:
    # Thousands of rows: the markup is kept short (classes "c s" / "c t": source / target cell).
    classes = "row"
    alone = row.alone
    if alone:
        classes += f" alone alone-{alone}"
    f_attr = ""
    if row.findings:
        classes += " hot"
        f_attr = f' data-f="{" ".join(p.items[k].id for k in row.findings)}"'
    out.append(f'<div class="{classes}" id="{row.id}"{f_attr}><a class="n" href="#{row.id}">{n}</a>')
    for cell, letter, label in ((row.src, "s", "source"), (row.tgt, "t", "translation")):
        if cell.segments:
            out.append(f'<div class="c {letter}" lang="{_a(cell.doc.lang)}">')
            if alone:
                out.append(f'<span class="alone-tag">⊘ only in the {label}</span>')
            _cell(p, cell, out)
            out.append("</div>")
        else:
            out.append(f'<div class="c {letter} empty"><span class="alone-tag">⊘ no counterpart '
                       f'in the {label}</span></div>')
    out.append("</div>\n")


def _cell(p: Pair, cell: Cell, out: list[str]) -> None:
    doc: Document = cell.doc
    text = doc.original
    for i in cell.segments:
        seg = doc.segments[i]
        out.append("<p>" if seg.kind == "paragraph" else f'<p class="{_cls(seg.kind)}">')
        pos = seg.span.start
        for m in cell.marks.get(i, ()):
            if m.span.start < pos or m.span.end > seg.span.end:
                continue
            out.append(_e(text[pos:m.span.start]))
            out.append(_mark(p, m))
            out.append(_e(text[m.span.start:m.span.end]))
            out.append("</mark>")
            pos = m.span.end
        out.append(_e(text[pos:seg.span.end]))
        out.append("</p>")


def _mark(p: Pair, m: Mark) -> str:
    classes = f"{m.state} k-{_cls(m.kind)}"
    if m.severity:
        classes += f" sev-{m.severity}"
    if m.strength != "strong":
        classes += " weak"
    attrs = f' data-v="{_a(m.shown)}"' if m.shown != m.surface else ""
    if m.pair:
        attrs += f' data-p="{m.pair}"'
    if m.findings:
        attrs += f' data-f="{" ".join(p.items[k].id for k in m.findings)}"'
    return f'<mark class="{classes}" id="{m.id}" tabindex="0"{attrs}>'
