"""Inline suppression directives: the syntax only. What they cover is decided in the filter
stage (suppress.py), which knows the rules.

In Markdown (and in any file) an HTML comment:

    <!-- bilint disable NUM001, number-missing -->   ... until `enable` or the end of the file
    <!-- bilint enable [CODES] -->
    <!-- bilint disable-next-line [CODES] -->       the next non-blank line
    <!-- bilint disable-line [CODES] -->            the line the comment is on
    <!-- bilint disable-file [CODES] -->            the whole file

In plain text (not Markdown) also a line of its own: `# bilint: disable-next-line NUM001`.
No codes means every rule. Codes may be codes, names or families.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..model import Span
from ..rxcache import compile_regex

ACTIONS = ("disable", "enable", "disable-next-line", "disable-line", "disable-file")

# A comment whose text starts with the word "bilint" is read as a directive (a misspelt action is
# reported, not silently ignored). Linear: the body stops at the first "-->" or "<!--".
COMMENT = compile_regex(r"<!--[ \t\n]*+bilint\b(?P<body>(?:[^<-]|-(?!->)|<(?!!--))*+)-->",
                        regex.IGNORECASE)
PLAIN_LINE = compile_regex(r"^[ \t]*+#[ \t]*+bilint[ \t]*+:(?P<body>[^\n]*+)$",
                           regex.MULTILINE | regex.IGNORECASE)
_WORD = compile_regex(r"[^\s,]++")
_NON_BLANK = compile_regex(r"\S")


@dataclass(frozen=True)
class Directive:
    """One directive as written. `action` is one of ACTIONS, or the unknown word when it is none
    of them (`valid` is then False). `codes` are the selectors as written; empty means all.
    `target` is the line a disable-next-line covers (None when no line follows)."""

    action: str
    codes: tuple[str, ...]
    span: Span
    line: int
    end_line: int
    column: int
    text: str
    target: int | None = None

    @property
    def valid(self) -> bool:
        return self.action in ACTIONS


def parse(raw: str, markdown: bool) -> tuple[Directive, ...]:
    """Every directive of a file, in order. `raw` is the file's text (line ends `\\n`)."""
    if "bilint" not in raw and "BILINT" not in raw.upper():
        return ()
    searched = _outside_code(raw) if markdown else raw
    found = list(COMMENT.finditer(searched))
    if not markdown:
        found += list(PLAIN_LINE.finditer(searched))
    found.sort(key=lambda m: m.start())
    starts = _line_starts(raw)
    spans = [(m.start(), m.end()) for m in found]
    out = []
    for m in found:
        words = _WORD.findall(m.group("body").lstrip(" \t:-"))
        action = words[0].lower() if words else ""
        line, column = _position(starts, m.start())
        end_line, _ = _position(starts, m.end() - 1)
        target = _next_line(raw, starts, end_line, spans) if action == "disable-next-line" else None
        out.append(Directive(action, tuple(words[1:]), Span(m.start(), m.end()), line, end_line,
                             column, m.group().strip(), target))
    return tuple(out)


def blank_plain(text: str) -> str:
    """Plain text with its directives blanked (codes like NUM001 are not numbers of the article)."""
    if "bilint" not in text.lower():
        return text
    for pattern in (COMMENT, PLAIN_LINE):
        text = pattern.sub(lambda m: regex.sub(r"[^\n]", " ", m.group()), text)
    return text


def _outside_code(raw: str) -> str:
    # A directive quoted in a code block or in front matter is an example, not a directive.
    from .prose import _FENCE, _FRONT_MATTER, _blank

    return _blank(_blank(raw, _FRONT_MATTER), _FENCE)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _position(starts: list[int], offset: int) -> tuple[int, int]:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def _next_line(raw: str, starts: list[int], after: int, spans: list[tuple[int, int]]) -> int | None:
    """The first line after `after` with text other than directives."""
    for line in range(after + 1, len(starts) + 1):
        lo = starts[line - 1]
        hi = starts[line] - 1 if line < len(starts) else len(raw)
        rest = raw[lo:hi]
        for a, b in spans:
            if a < hi and b > lo:  # blank directives out of this line
                x, y = max(a, lo) - lo, min(b, hi) - lo
                rest = rest[:x] + " " * (y - x) + rest[y:]
        if _NON_BLANK.search(rest):
            return line
    return None
