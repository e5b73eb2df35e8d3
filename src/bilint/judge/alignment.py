"""ALN: paragraphs with no counterpart on the other side."""

from __future__ import annotations

from ..registry import rule

OMITTED = rule(
    "ALN001", "paragraph-missing", "warning", "A paragraph of the source has no counterpart in the translation.",
    what="Reports a paragraph of the source that the aligner could not pair with any paragraph of "
    "the translation. Its facts are not reported one by one.",
    why="A dropped paragraph drops every fact in it; one finding names it, instead of a cascade.",
    example="A 28-paragraph article whose translation has 27 paragraphs, the 9th left out.",
)
ADDED = rule(
    "ALN002", "paragraph-added", "warning", "A paragraph of the translation has no counterpart in the source.",
    what="Reports a paragraph of the translation that the aligner could not pair with any "
    "paragraph of the source. Titles, headings and source lines on one side only are not reported.",
    why="An added paragraph states things the source does not.",
    example="An editor's note added to the translation only.",
)
