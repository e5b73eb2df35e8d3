"""SUP: the inline suppression directives themselves (applied in the filter stage, suppress.py)."""

from __future__ import annotations

from ..registry import rule

UNUSED = rule(
    "SUP001", "unused-suppression", "info", "A suppression directive suppressed no finding.",
    what="Reports a `bilint disable...` directive (in an HTML comment, or a `# bilint:` line in "
    "plain text) that covered no finding of the rules it names. Off unless selected: "
    "`--select SUP001`.",
    why="A directive left behind after the text was fixed silences the next real mistake on "
    "that line. Removing unused directives keeps every suppression a deliberate editor's decision.",
    example="```markdown\n<!-- bilint disable-next-line NUM001 -->\n"
    "El puente costó US$ 4,76 millones.\n```\n"
    "The figure now agrees with the source: the directive suppresses nothing.",
)
UNKNOWN = rule(
    "SUP002", "unknown-suppression-code", "warning",
    "A suppression directive names a rule that does not exist.",
    what="Reports a code, name or family in a directive that is not a rule of bilint "
    "(see `bilint rules`). The directive still applies to the rules it names correctly.",
    why="A misspelt code (`NUM01`, `number-change`) suppresses nothing, and the editor who wrote "
    "it believes the finding is silenced.",
    example="```markdown\n<!-- bilint disable-next-line NUM01 -->\n```",
)
MALFORMED = rule(
    "SUP003", "malformed-suppression", "warning",
    "A comment starting with `bilint` is not a directive bilint understands.",
    what="Reports a comment `<!-- bilint WORD ... -->` (or a plain-text line `# bilint: WORD`) "
    "whose WORD is not one of `disable`, `enable`, `disable-next-line`, `disable-line`, "
    "`disable-file`.",
    why="A misspelt directive (`disabel`, `disable-next`) suppresses nothing.",
    example="```markdown\n<!-- bilint disabel NUM001 -->\n```",
)
