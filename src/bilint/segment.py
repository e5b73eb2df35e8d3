"""Paragraphs: blank-line separated blocks of prose, or lines when a text has no blank lines."""

from __future__ import annotations

import regex

from .model import Segment, Span

_BLOCK = regex.compile(r"[^\n]*\S[^\n]*+(?:\n[^\n]*\S[^\n]*+)*+")
_LINE = regex.compile(r"[^\n]*\S[^\n]*+")
_SOURCE_LINE = regex.compile(r"^[^\s:][^:\n]{0,60}:\s*(?:https?://|www\.)\S+\s*$")
_HEADING = regex.compile(r"^[ \t]{0,3}#{1,6}[ \t]")
_SENTENCE_END = regex.compile(r"[.!?:;…»”\"')]\s*$")


def segment(prose: str, original: str, start: int = 0, end: int | None = None) -> tuple[Segment, ...]:
    """Segments of `prose[start:end]`; `original` (same length) decides each one's kind."""
    end = len(prose) if end is None else end
    window = prose[start:end]
    has_blank_lines = regex.search(r"\S[^\n]*\n[ \t]*\n[ \t]*\S", original[start:end]) is not None
    pattern = _BLOCK if has_blank_lines else _LINE
    out: list[Segment] = []
    for m in pattern.finditer(window):
        s, e = m.start() + start, m.end() + start
        s += len(prose[s:e]) - len(prose[s:e].lstrip())
        e -= len(prose[s:e]) - len(prose[s:e].rstrip())
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
