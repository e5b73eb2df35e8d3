"""Qualifiers of matched numbers, amounts, percentages and quantities: "more than 300" rendered
"menos de 300" (NUM005), or a hedge the translation drops (NUM006, info)."""

from __future__ import annotations

from ..extract.qualifiers import contradict
from ..model import Fact
from ..registry import rule
from .kinds import Verdict

CONTRADICTED = rule(
    "NUM005", "qualifier-contradicted", "warning",
    "The translation bounds a value from the other side (\"more than\" became \"less than\").",
    what="Reports a number, amount, percentage or quantity that agrees in value with its "
    "counterpart but whose qualifier points the other way: the source bounds it from below "
    "(\"more than\", \"over\", \"at least\", \"más de\", \"al menos\") and the translation from "
    "above (\"up to\", \"less than\", \"nearly\", \"hasta\", \"menos de\", \"casi\"), or the "
    "reverse. \"About\"/\"unos\" bounds it from neither side and contradicts nothing.",
    why="\"More than 300 people\" and \"menos de 300 personas\" state different facts with the "
    "same figure; a value check alone cannot see it.",
    example='```\nen: El Salvador agreed to accept up to 300 people\n'
    'es: El Salvador aceptó recibir a más de 300 personas\n```\n'
    'NUM005 "300" is qualified "max" in the source but "more" in the translation',
    options="The qualifier words and their classes are in `rules/lexicon/qualifiers.yaml`.",
)
DROPPED = rule(
    "NUM006", "qualifier-dropped", "info",
    "The translation states as exact a value the source qualifies (\"about\", \"up to\").",
    what="Reports a number, amount, percentage or quantity qualified in the source (\"about\", "
    "\"up to\", \"more than\"...) whose counterpart in the translation carries no qualifier. "
    "Off by default: translators often drop a hedge the sentence implies.",
    why="\"Up to 300\" is a ceiling, \"300\" a count: the translation states more certainty "
    "than the source.",
    example='```\nen: travelling up to 4.5 metres\nes: desplazarse 4,5 metros\n```',
)

_SHOW = {"about": "about", "under": "just under", "over": "just over", "max": "up to",
         "less": "less than", "more": "more than", "min": "at least"}


def on_match(src: Fact, tgt: Fact) -> list[Verdict]:
    if src.strength != "strong" or tgt.strength != "strong":
        return []
    if contradict(src.qualifier, tgt.qualifier):
        return [Verdict(
            CONTRADICTED,
            f"\"{src.surface}\" is qualified \"{_SHOW.get(src.qualifier or '', src.qualifier)}\" "
            f"in the source but \"{_SHOW.get(tgt.qualifier or '', tgt.qualifier)}\" in the "
            f"translation (\"{tgt.surface}\")",
            src, tgt,
        )]
    if src.qualifier and not tgt.qualifier:
        return [Verdict(
            DROPPED,
            f"\"{src.surface}\" is qualified \"{_SHOW.get(src.qualifier, src.qualifier)}\" in the "
            f"source; \"{tgt.surface}\" in the translation is not",
            src, tgt,
        )]
    return []
