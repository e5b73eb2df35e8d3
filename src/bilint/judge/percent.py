"""PCT: percentages changed, dropped or added, percentage points confused with percent; and the
house style of the space before "%" (FMT003, info)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..extract import percent as pct
from ..model import Document, Fact
from ..registry import rule
from ..tables import snapshot
from . import qualifier
from .kinds import KindSpec, Verdict, readings, register_kind

CHANGED = rule(
    "PCT001", "percent-changed", "error", "A percentage has a different value in the translation.",
    what="Reports a percentage in the source whose counterpart in the aligned paragraph of the "
    "translation has another value: \"50%\", \"50 %\", \"50 percent\" and \"cincuenta por ciento\" "
    "are the same value.",
    why="A changed percentage misstates the size of everything it describes.",
    example='```\nen: a 50% discount for Year 2\nes: un 5 % de descuento para el Año 2\n```\n'
    'PCT001 "50%" (50%) became "5 %" (5%)',
)
MISSING = rule(
    "PCT002", "percent-missing", "warning", "A percentage of the source is absent from the translation.",
    what="Reports a percentage of the source with no counterpart of equal value in the aligned "
    "paragraph of the translation or its neighbours (a plain number of equal value counts).",
    why="A dropped percentage is dropped information.",
    example='```\nen: visits declined by 40%\nes: las visitas disminuyeron\n```',
)
ADDED = rule(
    "PCT003", "percent-added", "warning", "The translation states a percentage the source does not.",
    what="Reports a percentage in the translation with no counterpart of equal value in the source.",
    why="An added percentage is an error or information the source does not support.",
    example='```\nen: visits declined\nes: las visitas disminuyeron un 40 %\n```',
)
POINTS = rule(
    "PCT004", "points-percent-swap", "error",
    "Percentage points rendered as percent, or the reverse.",
    what="Reports a value given in percentage points in one text and in percent in the other "
    "(\"2 percentage points\" / \"2 %\", \"2 puntos porcentuales\" / \"2 percent\").",
    why="A rate that rises from 10% to 12% rises by 2 percentage points, or by 20 percent: "
    "swapping the units states another fact.",
    example='```\nen: unemployment rose 2 percentage points\nes: el desempleo subió un 2 %\n```\n'
    'Write "2 puntos porcentuales".',
)
SPACING = rule(
    "FMT003", "percent-spacing", "info",
    "The space between a number and \"%\" differs from the house style.",
    what="Reports a percentage in the translation written \"50%\" where the house style is "
    "\"50 %\", or the reverse. Both are correct Spanish; the choice is a house decision, so the "
    "rule is off by default.",
    why="A consistent style reads better; CLDR writes \"50 %\" (with a no-break space) for "
    "Spain and \"50%\" for Mexico, Latin America and the US.",
    example='```\nen: a 50% discount\nes: un 50% de descuento\n```\nWrite "50 %" in `es`.',
    options="`spacing` in `rules/lexicon/percent.yaml`: `cldr` (the target locale's CLDR "
    "pattern; default), `space` or `none`.",
)


def _values(f: Fact) -> Iterator[tuple[Decimal, str | None, str]]:
    for value, code in readings(f):
        if isinstance(value, tuple):
            yield value[0], value[1], code
        elif isinstance(value, Decimal):
            yield value, None, code


def agree(src: Fact, tgt: Fact) -> str | None:
    best: str | None = None
    s_values = list(_values(src))
    for t_amount, t_unit, code in _values(tgt):
        for s_amount, s_unit, _ in s_values:
            if s_amount == t_amount and (s_unit is None or t_unit is None or s_unit == t_unit) and (
                    best is None or (best and not code)):
                best = code
    return best


def classify(src: Fact, tgt: Fact) -> Verdict | None:
    assert isinstance(src.value, tuple) and isinstance(tgt.value, tuple)
    if src.value[0] == tgt.value[0] and src.value[1] != tgt.value[1]:
        return Verdict(
            POINTS,
            f"\"{src.surface}\" ({src.shown}) became \"{tgt.surface}\" ({tgt.shown}): percentage "
            "points and percent are different things",
            src, tgt,
        )
    return None


@snapshot
def _wants_space(lang: str) -> bool:
    style = str(pct.data().get("spacing", "cldr"))
    if style in ("space", "none"):
        return style == "space"
    from babel import Locale

    pattern = Locale.parse(lang.replace("-", "_")).percent_formats[None].pattern
    return any(c in pattern for c in " \u00a0\u202f")


def inspect(fact: Fact, doc: Document, is_source: bool) -> list[Verdict]:
    if is_source or not isinstance(fact.value, tuple) or fact.value[1] != pct.PERCENT:
        return []
    surface = fact.surface.rstrip()
    if not surface.endswith("%"):
        return []
    spaced = surface[-2:-1].isspace()
    try:
        wants = _wants_space(doc.lang)
    except (ValueError, LookupError):
        return []
    if spaced == wants:
        return []
    want = "with a space before \"%\"" if wants else "without a space before \"%\""
    return [Verdict(SPACING, f"\"{fact.surface}\": the house style writes percentages {want}",
                    None, fact)]


register_kind(KindSpec("percent", CHANGED, MISSING, ADDED, agree=agree,
                       compatible=frozenset({"number"}), classify=classify,
                       on_match=qualifier.on_match, inspect=inspect))
