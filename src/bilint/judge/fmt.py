"""FMT: the translation's notation breaks its locale's conventions."""

from __future__ import annotations

from ..registry import rule

DECIMAL_MARK = rule(
    "FMT001", "decimal-mark", "warning", "A decimal number uses the other language's decimal mark.",
    what="Reports a decimal number in the translation written with the decimal mark of the other "
    "locale: \"4.76\" in a Spanish (Spain) text, \"4,76\" in an English or Mexican Spanish text. "
    "The locale's marks come from CLDR. A translation that writes two decimals or more so has "
    "a house style, one decision: it is reported once, at its first figure, with the lines of "
    "the others.",
    why="Readers of the target locale read \"4.76\" as 476 or as a typo; a figure must be written "
    "in the notation of the text it appears in.",
    example='```\nen: the $4.76 million grant\nes: la subvención de US$ 4.76 millones\n```\n'
    'Write "US$ 4,76 millones" in `es`, keep "4.76" in `es-MX`.',
    options="The target locale is set by `--target-lang` (es = Spain and generic Spanish, "
    "es-MX, es-US, es-419 use \".\" for decimals).",
)
GROUP_MARK = rule(
    "FMT002", "group-mark", "warning", "A large number uses the other language's thousands separator.",
    what="Reports a number in the translation grouped with the thousands separator of the other "
    "locale: \"20,000\" in a Spanish (Spain) text, \"20.000\" in an English text. Two such "
    "numbers or more are reported once, at the first, with the lines of the others.",
    why="\"20,000\" in a Spanish text reads as twenty with three decimals.",
    example='```\nen: about $20,000 per person\nes: unos US$ 20,000 por persona\n```\nWrite "US$ 20.000" '
    '(or "20 000").',
)
