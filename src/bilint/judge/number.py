"""NUM: numbers changed, dropped or added, and the billion/billón false friend."""

from __future__ import annotations

from decimal import Decimal

from ..model import Fact
from ..registry import rule
from . import qualifier
from .kinds import KindSpec, Verdict, register_kind, same_value

CHANGED = rule(
    "NUM001", "number-changed", "error", "A number has a different value in the translation.",
    what="Reports a number of the source whose counterpart in the aligned paragraph of the "
    "translation has another value, whatever the notation (digits, words, scale words).",
    why="A changed figure is a factual error that readers cannot detect: \"238 migrants\" printed "
    "as \"328 migrantes\" misinforms every reader of the translation.",
    example='```\nen: deportation flights carrying 238 Venezuelan migrants\n'
    'es: vuelos de deportación que llevaron a 328 migrantes venezolanos\n```\n'
    'NUM001 "238" (238) became "328" (328)',
)
MISSING = rule(
    "NUM002", "number-missing", "warning", "A number of the source is absent from the translation.",
    what="Reports a number of the source with no counterpart of equal value in the aligned "
    "paragraph of the translation or its neighbours.",
    why="A dropped figure usually means dropped information, or a figure rendered so loosely that "
    "it no longer states the same fact.",
    example='```\nen: up to 300 people in mid-March\nes: hasta personas a mediados de marzo\n```',
)
ADDED = rule(
    "NUM003", "number-added", "warning", "The translation states a number the source does not.",
    what="Reports a number of the translation with no counterpart of equal value in the aligned "
    "paragraph of the source or its neighbours.",
    why="An added figure is either an error of the translator or information the source does not "
    "support.",
    example='```\nen: the flights departed\nes: los 3 vuelos partieron\n```',
)
BILLION = rule(
    "NUM004", "billion-false-friend", "error",
    "\"billion\" (10^9) rendered as \"billón\" (10^12), or the reverse.",
    what="Reports an English billion translated with the Spanish billón, or a Spanish billón "
    "translated as an English billion: the same word stem, a thousandfold difference.",
    why="English billion is 10^9 (\"mil millones\"); Spanish billón is 10^12 (English trillion).",
    example='```\nen: a $2.8bn contract\nes: un contrato de 2,8 billones de dólares\n```\n'
    'Write "2.800 millones" or "2,8 mil millones".',
)

_THOUSAND = Decimal(1000)


def is_billion_swap(src: Fact, tgt: Fact) -> bool:
    """The target reads a thousand times too big or too small because of billion/billón."""
    s, t = src.value, tgt.value
    if not isinstance(s, Decimal) or not isinstance(t, Decimal) or not (src.scale_word and tgt.scale_word):
        return False
    sw, tw = src.scale_word.lower(), tgt.scale_word.lower()
    if sw.startswith(("billion", "bn")) and tw.startswith(("billón", "billon")):
        return t == s * _THOUSAND
    if sw.startswith(("billón", "billon")) and tw.startswith(("billion", "bn")):
        return t * _THOUSAND == s
    return False


def classify(src: Fact, tgt: Fact) -> Verdict | None:
    if not is_billion_swap(src, tgt):
        return None
    return Verdict(
        BILLION,
        f"\"{src.surface}\" ({src.shown}) became \"{tgt.surface}\" ({tgt.shown}): "
        f"\"{src.scale_word}\" and \"{tgt.scale_word}\" differ by a factor of 1,000",
        src, tgt,
    )


_SIX_PLACES = Decimal("0.000001")


def agree(src: Fact, tgt: Fact) -> str | None:
    """Equal values; or an ordinal n and the fraction 1/n ("a third" read as an ordinal in
    English, "una tercera parte" in Spanish: writers use both for the same share)."""
    code = same_value(src, tgt)
    if code is not None:
        return code
    forms = {src.form, tgt.form}
    if forms == {"ordinal", "fraction"}:
        ordinal, fraction = (src, tgt) if src.form == "ordinal" else (tgt, src)
        n, f = ordinal.value, fraction.value
        if (isinstance(n, Decimal) and isinstance(f, Decimal) and n > 1
                and (1 / n).quantize(_SIX_PLACES) == f.quantize(_SIX_PLACES)):
            return ""
    return None


register_kind(KindSpec("number", CHANGED, MISSING, ADDED, agree=agree, classify=classify,
                       on_match=qualifier.on_match))
