"""ALN: paragraphs with no counterpart on the other side, or not read at all."""

from __future__ import annotations

from ..extract.density import DENSE_CHARS_PER_CANDIDATE, DENSE_CHARS_PER_CAPITAL, DENSE_FROM_CHARS
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
UNCHECKED = rule(
    "ALN003", "paragraph-not-checked", "warning",
    "A paragraph too dense in figures or capitalised words to be prose is not checked fact by fact.",
    what=f"Reports a long paragraph (at least {DENSE_FROM_CHARS:,} characters) holding more than "
    "one candidate number (a run of digits or a number word such as \"one\", \"uno\", \"mil\", "
    f"\"thousand\") per {DENSE_CHARS_PER_CANDIDATE} characters, or more than one capitalised word "
    f"(what names are read from) per {DENSE_CHARS_PER_CAPITAL}. Such a paragraph yields no facts: "
    "it is reported once, on its side, and the paragraph aligned with it on the other side is "
    "not compared fact by fact either. It still aligns as a paragraph, so the paragraphs around "
    "it are checked as usual; with only its length to align by, it is not reported as missing "
    "or added (ALN001, ALN002).",
    why="Prose holds one candidate number per 30 to 120 characters and one capitalised word per "
    "30 to 60 (5 or 6 in capitals); a paragraph several times denser is a data dump, a generated "
    "list or a corrupted file. Checked fact by fact it would "
    "cost minutes and bury the report under hundreds of thousands of findings; skipping it "
    "silently would hide that it was not checked.",
    example="A 1 MB paragraph \"1 one 1 one 1 one ...\" pasted into an article by mistake: "
    "\"paragraph at line 12 of the source (1,000,000 characters, 333,334 candidate numbers) is "
    "too dense in figures to be prose; it was not checked\".",
    options="None. Move a data table out of the prose (a code block in Markdown is not read), or "
    f"split it into paragraphs under {DENSE_FROM_CHARS:,} characters to have it checked.",
)
GLOSS = rule(
    "ALN004", "gloss-added", "info",
    "A fact stated only inside a parenthesis the translation adds, to explain something to its readers.",
    what="Reports a name, number or date of the translation that has no counterpart in the "
    "source and stands inside parentheses or square brackets, in a paragraph where the "
    "translation opens more of them than the source: an explanation the translator added "
    "(\"la League One (la tercera división inglesa)\", \"Baton Rouge (Luisiana)\" for \"Baton "
    "Rouge, La.\", \"LSU [Universidad Estatal de Luisiana]\"). "
    "Without the parentheses the same fact is reported as added (NAM002, NUM003, ...).",
    why="Translators explain to their readers what the source's readers know; such a gloss adds "
    "no fact that drifted from the source, so alone it is a note. A value changed inside one is "
    "still reported as changed, and a measure or an amount in parentheses (\"72 kilómetros (54 "
    "millas)\") restates the value before it, so it must agree as usual.",
    example="\"the North-East club, third in League One\" / \"el club del nordeste, tercero en la "
    "League One (la tercera división de Inglaterra)\": \"tercera\" and \"Inglaterra\" are notes.",
)
