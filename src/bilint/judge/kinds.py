"""Fact kinds as the judge sees them: which rules report them and when two facts agree."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field

from ..model import Document, Fact
from ..registry import Rule

# Returns None when the facts disagree, else the FMT code the agreement implies ("" if none).
Agree = Callable[[Fact, Fact], str | None]


@dataclass(frozen=True)
class Verdict:
    """A finding a kind's hook asks for; the engine places it and fingerprints it."""

    rule: Rule
    message: str
    source: Fact | None
    target: Fact | None
    suggestion: tuple[str, str] | None = None


# Leftover facts of one kind in one aligned group, paired: a kind may say more precisely what
# changed (a currency, not an amount; billion read as billón) than its `changed` rule.
Classify = Callable[[Fact, Fact], Verdict | None]
# One fact in its document, whichever side: (fact, document, is_source) -> findings.
Inspect = Callable[[Fact, Document, bool], list[Verdict]]
# Matched facts that still differ in something worth saying (a qualifier, the case of a name).
OnMatch = Callable[[Fact, Fact], list[Verdict]]
# The unmatched facts of one kind in one aligned group, weak ones included, with the texts of
# the group's source and target paragraphs, every fact of the kind in each document and those
# of the source paragraphs nearby: the verdicts the kind gives itself (a name spelled
# differently, a name the other text states in lowercase) and the facts it has settled, which
# are then not reported as changed, missing or added. A kind with this hook is never paired
# blindly into `changed`.
Settle = Callable[[list[Fact], list[Fact], str, str, tuple[list[Fact], list[Fact], list[Fact]]],
                  tuple[list[Verdict], set[Fact]]]


def readings(fact: Fact) -> Iterator[tuple[Hashable, str]]:
    yield fact.value, fact.format_issue or ""
    yield from fact.alternatives


def reading_values(fact: Fact) -> Iterator[Hashable]:
    for value, _ in readings(fact):
        yield value


def same_value(src: Fact, tgt: Fact) -> str | None:
    """Agreement on any reading; a target reading that needs an FMT code is worth less."""
    best: str | None = None
    src_values = {v for v, _ in readings(src)}
    for value, code in readings(tgt):
        if value in src_values and (best is None or (best and not code)):
            best = code
    return best


@dataclass(frozen=True)
class KindSpec:
    kind: str
    changed: Rule
    missing: Rule
    added: Rule
    agree: Agree = same_value
    # Other kinds a fact of this kind may be satisfied by ("number" for an amount of money
    # whose currency one side leaves implicit).
    compatible: frozenset[str] = field(default_factory=frozenset)
    describe: Callable[[Fact], str] = lambda f: f.shown
    classify: Classify | None = None
    on_match: OnMatch | None = None
    # How far from its aligned group a fact may find its counterpart: 1 = the neighbouring
    # groups; -1 = anywhere in the document (names are introduced once, then shortened).
    scope: int = 1
    # For scope -1: the keys under which a fact is looked up anywhere in the document; two
    # facts that share a key agree. Default: the values of its readings.
    keys: Callable[[Fact], Iterable[Hashable]] | None = None
    # A check of one fact on its own, in its document (a weekday that does not fit its date).
    inspect: Inspect | None = None
    settle: Settle | None = None
    # A capitalised surface the other text repeats verbatim is a title kept untranslated
    # ("This Morning", "Saturday Night Live", "el Sunday Times"), not a fact left out.
    kept_verbatim_is_name: bool = False
    # The rule for a fact left with no counterpart when its evidence is weak, instead of
    # `missing` or `added` (a relative date, which translations paraphrase: "last year" / "el
    # año anterior"); None: the usual rule.
    alone: Callable[[Fact, bool], Rule | None] | None = None
    # For scope -1: whether facts of the other text's own group, still unmatched, claim this
    # source fact (a misspelling of it: "Cina" beside "China"), so that it is judged there and
    # not matched with a mention far away.
    claimed: Callable[[Fact, list[Fact]], bool] | None = None
    # Whether the other text (its text, its language) states a fact left over in words its
    # extractor did not read as one: "Fox News Sunday" / "el domingo en Fox News".
    named_in: Callable[[Fact, str, Document], bool] | None = None


KINDS: dict[str, KindSpec] = {}


def register_kind(spec: KindSpec) -> KindSpec:
    KINDS[spec.kind] = spec
    return spec


def agreement(src: Fact, tgt: Fact) -> str | None:
    if src.kind == tgt.kind:
        spec = KINDS.get(src.kind)
        return (spec.agree if spec else same_value)(src, tgt)
    s_spec, t_spec = KINDS.get(src.kind), KINDS.get(tgt.kind)
    # The kind that declares the compatibility knows how its values compare with the other's
    # ((Decimal, "USD") with a plain Decimal); for most kinds that is `same_value`.
    if s_spec and tgt.kind in s_spec.compatible:
        return s_spec.agree(src, tgt)
    if t_spec and src.kind in t_spec.compatible:
        return t_spec.agree(src, tgt)
    return None
