"""Match and judge: pair the facts of aligned paragraphs by value, then report what is left.

Matching runs within each aligned group first, then against the neighbouring groups (facts move
between paragraphs in real translations). What stays unmatched becomes a finding: same-kind
leftovers in one group are a changed value (error), the rest missing or added (warning). Weak
facts satisfy matches but are never reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

from .digest import fingerprint
from .extract.density import Density
from .judge import alignment as aln
from .judge import fmt
from .judge.kinds import KINDS, Verdict, agreement, reading_values
from .model import Document, Fact, Finding, Group, Segment, Side, Span
from .registry import Rule

UNALIGNED_QUIET = frozenset({"title", "heading", "source-line"})
# How many aligned groups either side count as "nearby" for a kind's settle hook.
NEAR = 3


@dataclass
class _Item:
    fact: Fact
    group: int
    matched: bool = False


@dataclass
class _Pass:
    src: Document
    tgt: Document
    findings: list[Finding] = field(default_factory=list)
    matches: list[tuple[Fact, Fact]] = field(default_factory=list)
    # kind -> the kinds its facts may agree with (see _partners), filled as kinds turn up
    partners: dict[str, frozenset[str]] = field(default_factory=dict)

    def side(self, doc: Document, span: Span, surface: str, value: str | None) -> Side:
        line, col = doc.position(span.start)
        end_line, end_col = doc.position(span.end)
        return Side(doc.path, doc.lang, span, surface, value, line, col, end_line, end_col)

    def fact_side(self, doc: Document, fact: Fact) -> Side:
        return self.side(doc, fact.span, fact.surface, fact.shown)

    def add(self, rule_: Rule, message: str, src: Fact | None, tgt: Fact | None,
            suggestion: tuple[str, str] | None = None) -> None:
        self.findings.append(
            Finding(
                rule_.code, rule_.name, rule_.severity, message,
                self.fact_side(self.src, src) if src else None,
                self.fact_side(self.tgt, tgt) if tgt else None,
                key=(src.shown if src else "", tgt.shown if tgt else ""),
                suggestion=suggestion,
            )
        )


    def verdict(self, v: Verdict) -> None:
        self.add(v.rule, v.message, v.source, v.target, v.suggestion)


def _partners(kind: str) -> frozenset[str]:
    """The kinds `agreement` may accept for a fact of this kind: its own, those its spec
    declares compatible, and those whose spec declares it."""
    spec = KINDS.get(kind)
    return frozenset({kind, *(spec.compatible if spec else ()),
                      *(k for k, other in KINDS.items() if kind in other.compatible)})


@dataclass(frozen=True)
class Comparison:
    findings: list[Finding]
    # Every pair of facts that agreed, source first: what the editors' report shows quietly.
    matches: list[tuple[Fact, Fact]]


_NO_UNCHECKED: tuple[Mapping[int, Density], Mapping[int, Density]] = ({}, {})


def compare(src: Document, tgt: Document, src_facts: list[list[Fact]],
            tgt_facts: list[list[Fact]], groups: list[Group],
            unchecked: tuple[Mapping[int, Density], Mapping[int, Density]] = _NO_UNCHECKED,
            ) -> Comparison:
    """Findings for one document pair; `*_facts[i]` are the facts of segment i, and
    `unchecked` the segments of each side too dense in figures to be read (no facts)."""
    run = _Pass(src, tgt)
    s_items: list[list[_Item]] = []
    t_items: list[list[_Item]] = []
    s_skip, t_skip = unchecked
    for i, dense in s_skip.items():
        _not_checked(run, src, src.segments[i], dense, "source")
    for i, dense in t_skip.items():
        _not_checked(run, tgt, tgt.segments[i], dense, "translation")
    for g, (s_idx, t_idx) in enumerate(groups):
        if s_idx and t_idx and (any(i in s_skip for i in s_idx) or any(i in t_skip for i in t_idx)):
            # The other side of an unread paragraph has nothing to be compared with: its facts
            # would all be reported missing or added.
            s_items.append([])
            t_items.append([])
            continue
        if s_idx and t_idx:
            s_items.append([_Item(f, g) for i in s_idx for f in src_facts[i]])
            t_items.append([_Item(f, g) for i in t_idx for f in tgt_facts[i]])
            continue
        s_items.append([])
        t_items.append([])
        # An unread paragraph has only its length to align by, and ALN003 names it already.
        for i in s_idx:
            if i in s_skip:
                continue
            _unaligned(run, src, src.segments[i], aln.OMITTED, "source", "translation")
        for i in t_idx:
            if i in t_skip:
                continue
            _unaligned(run, tgt, tgt.segments[i], aln.ADDED, "translation", "source")

    for g in range(len(groups)):
        _match(s_items[g], t_items[g], run)
    widest = max((spec.scope for spec in KINDS.values()), default=1)
    for d in range(1, widest + 1):
        for g in range(len(groups)):
            for h in (g - d, g + d):
                if 0 <= h < len(groups):
                    _match(s_items[g], t_items[h], run, d, own=t_items[g])
    _match_anywhere(s_items, t_items, run)
    # Each settling kind's source facts group by group, sorted out once: every group below
    # gathers those of the groups around it, and a long document has thousands of groups.
    by_group = {k: [[i.fact for i in items if i.fact.kind == k] for items in s_items]
                for k, spec in KINDS.items() if spec.settle is not None}
    every: dict[str, tuple[list[Fact], list[Fact], list[Fact]]] = {
        k: ([f for facts in per_group for f in facts],
            [i.fact for items in t_items for i in items if i.fact.kind == k], [])
        for k, per_group in by_group.items()}
    for g in range(len(groups)):
        if not (_open(s_items[g], every) or _open(t_items[g], every)):
            continue  # most groups: nothing left to judge
        # Each settling kind also sees the source facts of the groups around this one.
        near = {k: (a, b, [f for facts in by_group[k][max(0, g - NEAR):g + NEAR + 1]
                           for f in facts])
                for k, (a, b, _) in every.items()} if every else {}
        _judge_leftovers(s_items[g], t_items[g], run, _texts(src, tgt, groups[g]), near)
    for g in range(len(groups)):
        for item in t_items[g]:
            f = item.fact
            if f.format_issue and not item.matched:
                _format_finding(run, None, f, f.format_issue)
    _inspect(run, src, src_facts, True)
    _inspect(run, tgt, tgt_facts, False)
    return Comparison(_with_fingerprints(_once_per_house_style(run.findings)), run.matches)


def _open(items: list[_Item], settling: Mapping[str, object]) -> bool:
    """Whether a group's side has a fact left to judge: unmatched and strong, or of a kind
    that settles its leftovers itself (weak ones included)."""
    return any(not i.matched and (i.fact.strength != "weak" or i.fact.kind in settling)
               for i in items)


def _inspect(run: _Pass, doc: Document, facts: list[list[Fact]], is_source: bool) -> None:
    hooks = {k: spec.inspect for k, spec in KINDS.items() if spec.inspect}
    if not hooks:
        return
    for seg_facts in facts:
        for f in seg_facts:
            hook = hooks.get(f.kind)
            if hook:
                for v in hook(f, doc, is_source):
                    run.verdict(v)


def _preview(doc: Document, seg: Segment) -> str:
    """The start of a paragraph's first line, to name the paragraph in a message."""
    first_line = doc.segment_text(seg).split("\n", 1)[0]
    return first_line if len(first_line) <= 60 else first_line[:57].rstrip() + "..."


_CANDIDATES = {"figures": "candidate numbers", "capitalised words": "capitalised words"}


def _not_checked(run: _Pass, doc: Document, seg: Segment, dense: Density, here: str) -> None:
    preview = _preview(doc, seg)
    line, _ = doc.position(seg.span.start)
    message = (f"paragraph at line {line} of the {here} ({dense.chars:,} characters, "
               f"{dense.candidates:,} {_CANDIDATES[dense.what]}) is too dense in {dense.what} to be prose; "
               "it was not checked")
    side = run.side(doc, seg.span, preview, None)
    is_src = doc is run.src
    rule_ = aln.UNCHECKED
    run.findings.append(
        Finding(rule_.code, rule_.name, rule_.severity, message,
                side if is_src else None, None if is_src else side, key=(preview,))
    )


def _unaligned(run: _Pass, doc: Document, seg: Segment, rule_: Rule, here: str,
               there: str) -> None:
    if seg.kind in UNALIGNED_QUIET:
        return
    preview = _preview(doc, seg)
    line, _ = doc.position(seg.span.start)
    message = f"paragraph at line {line} of the {here} has no counterpart in the {there}: \"{preview}\""
    side = run.side(doc, seg.span, preview, None)
    is_src = doc is run.src
    run.findings.append(
        Finding(rule_.code, rule_.name, rule_.severity, message,
                side if is_src else None, None if is_src else side, key=(preview,))
    )


def _reach(kind: str) -> int:
    spec = KINDS.get(kind)
    return 1 if spec is None else spec.scope


def _claimed(s: _Item, own: list[_Item]) -> bool:
    """Whether an unmatched fact of the other text's own group claims `s` (KindSpec.claimed)."""
    spec = KINDS.get(s.fact.kind)
    if spec is None or spec.claimed is None:
        return False
    here = [t.fact for t in own if not t.matched and t.fact.kind == s.fact.kind]
    return bool(here) and spec.claimed(s.fact, here)


def _claims(t: _Item, sources: list[_Item]) -> bool:
    """Whether `t` is claimed by an unmatched fact of the source's side of its own group."""
    spec = KINDS.get(t.fact.kind)
    if spec is None or spec.claimed is None:
        return False
    return any(not s.matched and s.fact.kind == t.fact.kind and spec.claimed(s.fact, [t.fact])
               for s in sources)


def _match(sources: list[_Item], targets: list[_Item], run: _Pass, distance: int = 0,
           own: list[_Item] | None = None) -> None:
    # Strong facts pair among themselves first, so that a weak "un" or "one" cannot take the
    # counterpart a real figure needs.
    partners = run.partners
    for strong_only in (True, False):
        for s in sources:
            if s.matched or (strong_only and s.fact.strength != "strong"):
                continue
            kind = s.fact.kind
            if distance and 0 <= _reach(kind) < distance:
                continue
            accepted = partners.get(kind)
            if accepted is None:
                accepted = partners[kind] = _partners(kind)
            best, best_code = _best_counterpart(s, targets, strong_only, accepted, distance)
            if best is not None and own and _claimed(s, own):
                continue
            if best is not None:
                _pair(run, s, best, best_code)


def _best_counterpart(s: _Item, targets: list[_Item], strong_only: bool,
                      partners: frozenset[str], distance: int = 0,
                      ) -> tuple[_Item | None, str | None]:
    """The first agreeing target, preferring one that needs no FMT reading, then the same kind,
    then the same ordinal or cardinal reading ("three points" is "tres puntos", not the
    "tercera división" beside it)."""
    best: _Item | None = None
    best_code: str | None = None
    best_rank = (2, 2, 2)
    for t in targets:
        # Other kinds cannot agree: skipping them spares a call of `agreement` per pair.
        if t.matched or (strong_only and t.fact.strength != "strong") \
                or t.fact.kind not in partners:
            continue
        if distance and _converted(s.fact, t.fact):
            continue
        code = agreement(s.fact, t.fact)
        if code is None:
            continue
        rank = (int(bool(code)), int(t.fact.kind != s.fact.kind),
                int((t.fact.form == "ordinal") != (s.fact.form == "ordinal")))
        if rank < best_rank:
            best, best_code, best_rank = t, code, rank
            if rank == (0, 0, 0):
                break
    return best, best_code


def _converted(s: Fact, t: Fact) -> bool:
    """Two measures in different figures: a conversion. One is recognised only within its own
    paragraph; across paragraphs it would let any number of degrees or miles nearby stand in
    for one the translation dropped ("80 degrees" and the next paragraph's "26 grados")."""
    return s.kind == t.kind == "quantity" and isinstance(s.value, tuple) \
        and isinstance(t.value, tuple) and s.value[0] != t.value[0]


def _pair(run: _Pass, s: _Item, t: _Item, code: str | None) -> None:
    s.matched = t.matched = True
    run.matches.append((s.fact, t.fact))
    if code:
        _format_finding(run, s.fact, t.fact, code)
    spec = KINDS.get(s.fact.kind)
    if spec and spec.on_match and t.fact.kind == s.fact.kind:
        for v in spec.on_match(s.fact, t.fact):
            run.verdict(v)


def _match_anywhere(s_items: list[list[_Item]], t_items: list[list[_Item]], run: _Pass) -> None:
    """Kinds with scope -1: the nearest unmatched counterpart anywhere, found through keys so
    that a long document costs a lookup per fact, not a scan."""
    wide = {k: spec for k, spec in KINDS.items() if spec.scope < 0}
    if not wide:
        return
    index: dict[tuple[str, Hashable], list[_Item]] = defaultdict(list)
    # Most facts are matched by now: that is tested first.
    for items in t_items:
        for t in items:
            if t.matched:
                continue
            spec = wide.get(t.fact.kind)
            if spec is not None:
                for key in (spec.keys or reading_values)(t.fact):
                    index[(t.fact.kind, key)].append(t)
    for items in s_items:
        for s in items:
            if s.matched:
                continue
            spec = wide.get(s.fact.kind)
            if spec is None:
                continue
            found = [t for key in (spec.keys or reading_values)(s.fact)
                     for t in index.get((s.fact.kind, key), ()) if not t.matched
                     and (t.group == s.group or not _claims(t, s_items[t.group]))]
            if found and _claimed(s, t_items[s.group]):
                continue
            if found:
                best = min(found, key=lambda t: abs(t.group - s.group))
                _pair(run, s, best, None)


def _format_finding(run: _Pass, src: Fact | None, tgt: Fact, code: str) -> None:
    rule_ = fmt.DECIMAL_MARK if code == fmt.DECIMAL_MARK.code else fmt.GROUP_MARK
    lang = run.tgt.lang
    if rule_ is fmt.DECIMAL_MARK:
        wrong = "," if "," in tgt.surface else "."
        message = (f"\"{tgt.surface}\" uses \"{wrong}\" as the decimal mark, which is not the "
                   f"{lang} convention")
    else:
        message = (f"\"{tgt.surface}\" groups thousands the way the other language does, "
                   f"not the {lang} way")
    if src is not None:
        message += f"; read as {tgt.shown if not tgt.alternatives else src.shown} to match "
        message += f"\"{src.surface}\" ({src.shown})"
    run.add(rule_, message, src, tgt)


def _texts(src: Document, tgt: Document, group: Group) -> tuple[str, str]:
    return ("\n".join(src.segment_text(src.segments[i]) for i in group[0]),
            "\n".join(tgt.segment_text(tgt.segments[i]) for i in group[1]))


def _settle(sources: list[_Item], targets: list[_Item], run: _Pass, texts: tuple[str, str],
            every: dict[str, tuple[list[Fact], list[Fact], list[Fact]]]) -> set[Fact]:
    settled: set[Fact] = set()
    for kind, spec in KINDS.items():
        if spec.settle is None:
            continue
        ss = [i.fact for i in sources if not i.matched and i.fact.kind == kind]
        ts = [i.fact for i in targets if not i.matched and i.fact.kind == kind]
        if ss or ts:
            verdicts, done = spec.settle(ss, ts, *texts, every.get(kind, ([], [], [])))
            for v in verdicts:
                run.verdict(v)
            settled |= done
    return settled


def _named_in(fact: Fact, other: str, doc: Document) -> bool:
    spec = KINDS.get(fact.kind)
    return bool(other) and spec is not None and spec.named_in is not None and spec.named_in(fact, other, doc)


def _kept_verbatim(fact: Fact, other: str) -> bool:
    """A capitalised date word the other language's text repeats letter for letter is the title
    of a show or a paper kept untranslated, not a date: a translated weekday or month is spelled
    in the other language, so a changed one is still reported."""
    spec = KINDS.get(fact.kind)
    surface = fact.surface.strip()
    if spec is None or not spec.kept_verbatim_is_name or not other or surface.lower() == surface:
        return False
    at = other.find(surface)
    while at >= 0:
        end = at + len(surface)
        if (at == 0 or not other[at - 1].isalnum()) and (end == len(other) or not other[end].isalnum()):
            return True
        at = other.find(surface, at + 1)
    return False


def _restatements(sources: list[_Item], targets: list[_Item], run: _Pass) -> None:
    """Restatements in parentheses ("$200 billion (£150 billion)") left unmatched on both sides
    of a group, one for one in the same currency or unit: the translation restated another
    value ("(£150 millones)"). Otherwise a restatement is never reported: dropping one is fine."""
    ss = [i.fact for i in sources if not i.matched and i.fact.strength == "restated"]
    ts = [i.fact for i in targets if not i.matched and i.fact.strength == "restated"]
    if not ss or len(ss) != len(ts):
        return
    for s, t in zip(ss, ts, strict=True):
        spec = KINDS.get(s.kind)
        if spec is None or s.kind != t.kind or not _same_measure(s, t):
            continue
        verdict = spec.classify(s, t) if spec.classify else None
        if verdict is not None:
            run.verdict(verdict)
        else:
            run.add(spec.changed, f"\"{s.surface}\" ({spec.describe(s)}) became \"{t.surface}\" "
                    f"({spec.describe(t)})", s, t)


def _same_measure(s: Fact, t: Fact) -> bool:
    """Both values are (amount, currency or unit) with the same currency or unit."""
    a, b = s.value, t.value
    return isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b) == 2 and a[1] == b[1]


def _judge_leftovers(sources: list[_Item], targets: list[_Item], run: _Pass,
                     texts: tuple[str, str] = ("", ""),
                     every: dict[str, tuple[list[Fact], list[Fact], list[Fact]]] | None = None) -> None:
    settled = _settle(sources, targets, run, texts, every or {})
    s_left = [i.fact for i in sources if not i.matched and i.fact.strength == "strong"
              and i.fact not in settled and not _kept_verbatim(i.fact, texts[1])
              and not _named_in(i.fact, texts[1], run.tgt)]
    t_left = [i.fact for i in targets if not i.matched and i.fact.strength == "strong"
              and i.fact not in settled and not _kept_verbatim(i.fact, texts[0])
              and not _named_in(i.fact, texts[0], run.src)]
    _restatements(sources, targets, run)
    kinds = {f.kind for f in s_left} | {f.kind for f in t_left}
    for kind in sorted(kinds):
        spec = KINDS.get(kind)
        if spec is None:
            continue
        ss = [f for f in s_left if f.kind == kind]
        ts = [f for f in t_left if f.kind == kind]
        pairs = 0 if spec.settle else min(len(ss), len(ts))
        for s, t in zip(ss[:pairs], ts[:pairs], strict=True):
            verdict = spec.classify(s, t) if spec.classify else None
            if verdict is not None:
                run.verdict(verdict)
                continue
            run.add(spec.changed,
                    f"\"{s.surface}\" ({spec.describe(s)}) became \"{t.surface}\" ({spec.describe(t)})",
                    s, t)
        for s in ss[pairs:]:
            run.add((spec.alone and spec.alone(s, True)) or spec.missing,
                    f"\"{s.surface}\" ({spec.describe(s)}) is missing from the translation", s, None)
        for t in ts[pairs:]:
            run.add((spec.alone and spec.alone(t, False))
                    or (aln.GLOSS if _in_gloss(t, run.tgt, texts) else spec.added),
                    f"\"{t.surface}\" ({spec.describe(t)}) in the translation has no counterpart "
                    f"in the source", None, t)


_MEASURES = frozenset({"quantity", "money", "percent"})
# An editor's insertion in square brackets ("LSU [Universidad Estatal de Luisiana]") is a gloss.
_BRACKETS = (("(", ")"), ("[", "]"))


def _in_gloss(fact: Fact, doc: Document, texts: tuple[str, str]) -> bool:
    """Whether `fact` stands inside parentheses or brackets the translation adds: its paragraph
    opens more of them than the source's (ALN004). Not a measure: "72 kilómetros (54 millas)"
    restates the value before it, and a wrong restatement is an error of fact."""
    if fact.kind in _MEASURES:
        return False
    text = doc.text
    start, end = fact.span.start, fact.span.end
    for opening, closing in _BRACKETS:
        if texts[1].count(opening) <= texts[0].count(opening):
            continue
        before = text.rfind(opening, 0, start)
        if before < 0 or text.find(closing, before, start) >= 0 or "\n" in text[before:start]:
            continue
        after = text.find(closing, end)
        if after >= 0 and opening not in text[end:after] and "\n" not in text[end:after]:
            return True
    return False


# The marks of the other locale used this often in one translation are its house style.
HOUSE_STYLE = 2
# How many other lines the one finding of a house style names.
_LINES_SHOWN = 8


def _once_per_house_style(findings: list[Finding]) -> list[Finding]:
    """A translation that writes every decimal or every large number the other locale's way
    ("1.5 millones", "7.5" and "2.53" in a Spain-Spanish text) made one decision, not one
    error per figure: it is reported once, at its first figure, naming the lines of the others."""
    from dataclasses import replace

    by_code: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        if f.code in (fmt.DECIMAL_MARK.code, fmt.GROUP_MARK.code) and f.target is not None:
            by_code[f.code].append(i)
    drop: set[int] = set()
    first: dict[int, Finding] = {}
    for indices in by_code.values():
        if len(indices) < HOUSE_STYLE:
            continue
        ordered = sorted(indices, key=lambda i: findings[i].primary.span.start)
        head, rest = ordered[0], ordered[1:]
        lines = sorted({findings[i].primary.line for i in rest})
        shown = ", ".join(str(n) for n in lines[:_LINES_SHOWN]) + (", ..." if len(lines) > _LINES_SHOWN else "")
        more = f"; {len(rest)} more figure{'s' if len(rest) > 1 else ''} of the translation " \
               f"{'are' if len(rest) > 1 else 'is'} written so (line{'s' if len(lines) > 1 else ''} {shown})"
        first[head] = replace(findings[head], message=findings[head].message + more)
        drop.update(rest)
    return [first.get(i, f) for i, f in enumerate(findings) if i not in drop]


def _with_fingerprints(findings: list[Finding]) -> list[Finding]:
    from dataclasses import replace

    seen: Counter[tuple[str, ...]] = Counter()
    out = []
    for f in findings:
        base = (f.code, f.source.path if f.source else "", f.target.path if f.target else "",
                *f.key)
        seen[base] += 1
        # A file name that is not UTF-8 arrives with surrogate escapes: hash its bytes.
        key = "\x1f".join((*base, str(seen[base]))).encode("utf-8", "surrogateescape")
        digest = fingerprint(key)
        out.append(replace(f, fingerprint=digest))
    return out
