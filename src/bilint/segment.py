"""Paragraphs: blank-line separated blocks of prose, or lines when a text has no blank lines."""

from __future__ import annotations

from .model import Segment, Span
from .rxcache import compile_regex

# Each block starts at its first non-space character, not at the start of its line: a pattern
# that may start anywhere on a line and scan to its end is quadratic on a long line of spaces.
# Leading spaces are stripped from a segment anyway.
_BLOCK = compile_regex(r"\S[^\n]*+(?:\n[^\S\n]*+\S[^\n]*+)*+")
_LINE = compile_regex(r"\S[^\n]*+")
# A line with text, a blank line, a line with text; linear because a run of spaces ends the
# only attempt that started on the character before it.
_BLANK_LINE = compile_regex(r"\S[^\S\n]*+\n[ \t]*+\n[ \t]*+\S")
_SOURCE_LINE = compile_regex(r"^[^\s:][^:\n]{0,60}:\s*(?:https?://|www\.)\S+\s*$")
_HEADING = compile_regex(r"^[ \t]{0,3}#{1,6}[ \t]")
_SENTENCE_END = compile_regex(r"[.!?:;…»”\"')]\s*$")


def segment(prose: str, original: str, start: int = 0, end: int | None = None) -> tuple[Segment, ...]:
    """Segments of `prose[start:end]`; `original` (same length) decides each one's kind."""
    end = len(prose) if end is None else end
    window = prose[start:end]
    has_blank_lines = _BLANK_LINE.search(original, start, end) is not None
    pattern = _BLOCK if has_blank_lines else _LINE
    out: list[Segment] = []
    for m in pattern.finditer(window):
        s, e = m.start() + start, m.end() + start
        s += len(prose[s:e]) - len(prose[s:e].lstrip())
        e -= len(prose[s:e]) - len(prose[s:e].rstrip())
        if s == e:
            continue  # only characters Python strips but the pattern does not ("\x1f"): no text
        out.append(Segment(len(out), Span(s, e), _kind(original[s:e], first=not out)))
    return tuple(out)


def _kind(raw: str, first: bool) -> str:
    text = raw.strip()
    if _SOURCE_LINE.match(text):
        return "source-line"
    if _HEADING.match(raw):
        return "heading"
    if "\n" not in text and len(text.split()) <= 25 and not _SENTENCE_END.search(text):
        return "title" if first else "heading"
    return "paragraph"
