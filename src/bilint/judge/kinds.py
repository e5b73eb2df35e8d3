"""Fact kinds as the judge sees them: which rules report them and when two facts agree."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field

from ..model import Fact
from ..registry import Rule

# Returns None when the facts disagree, else the FMT code the agreement implies ("" if none).
Agree = Callable[[Fact, Fact], str | None]


def readings(fact: Fact) -> Iterator[tuple[Hashable, str]]:
    yield fact.value, fact.format_issue or ""
    yield from fact.alternatives


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


KINDS: dict[str, KindSpec] = {}


def register_kind(spec: KindSpec) -> KindSpec:
    KINDS[spec.kind] = spec
    return spec


def agreement(src: Fact, tgt: Fact) -> str | None:
    if src.kind == tgt.kind:
        spec = KINDS.get(src.kind)
        return (spec.agree if spec else same_value)(src, tgt)
    s_spec, t_spec = KINDS.get(src.kind), KINDS.get(tgt.kind)
    if (s_spec and tgt.kind in s_spec.compatible) or (t_spec and src.kind in t_spec.compatible):
        return same_value(src, tgt)
    return None
