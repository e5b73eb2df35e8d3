"""The suppression filter: drop the findings that a directive in either file covers, and report
directives that are misspelt (SUP002, SUP003) or suppressed nothing (SUP001).

A finding is suppressed when a directive of the source file covers its source line, or one of
the target file covers its target line. This filter runs before the configuration and the
selection, so a directive counts as used when it covered any finding the rules produced.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from .digest import fingerprint
from .judge import suppression as sup
from .model import Document, Finding, Side
from .pipeline import Result, sort_key
from .read.directives import Directive
from .registry import Rule, select


@dataclass
class _Cover:
    """The lines and rules one directive covers. `codes` None means every rule; `last` None means
    to the end of the file; `exempt` holds rules given back by a later `enable CODES`."""

    directive: Directive
    owner: tuple[Document, bool]
    codes: frozenset[str] | None
    first: int
    last: int | None
    exempt: list[tuple[frozenset[str], int]] = field(default_factory=list)
    used: bool = False

    def covers(self, code: str, lo: int, hi: int) -> bool:
        if hi < self.first or (self.last is not None and lo > self.last):
            return False
        if self.codes is not None and code not in self.codes:
            return False
        return not any(code in codes and lo >= line for codes, line in self.exempt)


def apply(r: Result) -> Result:
    docs = [r.src] if r.src.path == r.tgt.path else [r.src, r.tgt]
    covers: dict[str, list[_Cover]] = {}
    problems: list[Finding] = []
    for doc in docs:
        doc_covers, doc_problems = _read(doc, r)
        covers[doc.path] = doc_covers
        problems.extend(doc_problems)
    if not any(covers.values()) and not problems:
        return r
    kept = [f for f in r.findings if not _suppressed(f, covers)]
    unused = [_finding(sup.UNUSED, c.directive, c.owner,
                       f'"{c.directive.text}" suppressed no finding')
              for cs in covers.values() for c in cs if not c.used]
    added = _with_fingerprints(problems + unused)
    return replace(r, findings=sorted(kept + added, key=sort_key))


def _suppressed(f: Finding, covers: dict[str, list[_Cover]]) -> bool:
    hit = False
    for side in (f.source, f.target):
        if side is None:
            continue
        for c in covers.get(side.path, ()):
            if c.covers(f.code, side.line, side.end_line):
                c.used = hit = True
    return hit


def _read(doc: Document, r: Result) -> tuple[list[_Cover], list[Finding]]:
    """The covers of a document's directives, in file order, and the directives' own problems."""
    out: list[_Cover] = []
    problems: list[Finding] = []
    open_: list[_Cover] = []
    for d in doc.suppressions:
        if not isinstance(d, Directive):
            continue
        owner = _owner(d, doc, r)
        if not d.valid:
            word = d.action or "(nothing)"
            problems.append(_finding(
                sup.MALFORMED, d, owner,
                f'"{d.text}": "{word}" is not a directive; use disable, enable, '
                "disable-next-line, disable-line or disable-file"))
            continue
        codes, unknown = _resolve(d.codes)
        for token in unknown:
            problems.append(_finding(sup.UNKNOWN, d, owner,
                                     f'"{d.text}": unknown rule "{token}" (see `bilint rules`)'))
        if d.codes and not codes:
            continue  # every code misspelt: SUP002 said so; reporting it unused too is noise
        chosen = frozenset(codes) if d.codes else None
        if d.action == "enable":
            open_ = _enable(open_, chosen, d.line)
            continue
        first, last = {
            "disable-file": (1, None),
            "disable-line": (d.line, d.end_line),
            "disable-next-line": (d.target, d.target) if d.target else (0, -1),
            "disable": (d.line, None),
        }[d.action]
        cover = _Cover(d, owner, chosen, first, last)
        out.append(cover)
        if d.action == "disable":
            open_.append(cover)
    return out, problems


def _enable(open_: list[_Cover], codes: frozenset[str] | None, line: int) -> list[_Cover]:
    """Close the open `disable` ranges (all of them, or give back `codes`); the still open."""
    still = []
    for c in open_:
        if codes is None:
            c.last = line
            continue
        c.exempt.append((codes, line))
        given_back = frozenset().union(*(e for e, _ in c.exempt))
        if c.codes is not None and c.codes <= given_back:
            c.last = line
        else:
            still.append(c)
    return still


def _resolve(tokens: tuple[str, ...]) -> tuple[set[str], list[str]]:
    codes: set[str] = set()
    unknown = []
    for token in tokens:
        try:
            codes |= select([token])
        except KeyError:
            unknown.append(token)
    return codes, unknown


def _owner(d: Directive, doc: Document, r: Result) -> tuple[Document, bool]:
    """The document a directive of `doc` belongs to and whether it is the target; in a file
    holding both languages, the one whose paragraphs it stands among."""
    if r.src.path != r.tgt.path:
        return doc, doc is r.tgt
    if r.tgt.segments and d.span.start >= r.tgt.segments[0].span.start:
        return r.tgt, True
    return r.src, False


def _finding(rule_: Rule, d: Directive, owner: tuple[Document, bool], message: str) -> Finding:
    doc, is_target = owner
    side = Side(doc.path, doc.lang, d.span, d.text, None, d.line, d.column,
                *doc.position(d.span.end))
    return Finding(rule_.code, rule_.name, rule_.severity, message,
                   None if is_target else side, side if is_target else None,
                   key=(d.action, *d.codes))


def _with_fingerprints(findings: list[Finding]) -> list[Finding]:
    # As compare.py does: no line numbers, so a directive keeps its fingerprint when text moves.
    seen: Counter[tuple[str, ...]] = Counter()
    out = []
    for f in findings:
        base = (f.code, f.primary.path, *f.key)
        seen[base] += 1
        # A file name that is not UTF-8 arrives with surrogate escapes: hash its bytes.
        key = "\x1f".join((*base, str(seen[base]))).encode("utf-8", "surrogateescape")
        digest = fingerprint(key)
        out.append(replace(f, fingerprint=digest))
    return out
