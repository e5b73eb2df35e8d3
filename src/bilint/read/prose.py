"""What is prose: markup, code, comments and URLs are blanked out with spaces, so that the
extractors never see them and every remaining offset is still the file's own."""

from __future__ import annotations

import re

import regex

from ..rxcache import compile_regex

_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]\"']++")
# An address starts where a run of its characters starts: tried at every character of a long
# run (a word, "1.000.000..."), the possessive run would rescan to the run's end each time.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.-]++")
_FRONT_MATTER = compile_regex(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", regex.DOTALL)
_FENCE = compile_regex(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.DOTALL | regex.MULTILINE)
_COMMENT = compile_regex(r"<!--.*?(?:-->|\Z)", regex.DOTALL)
# A code span opens where a run of backticks starts (or where the previous one closed), so a
# long run of backticks is not tried from each of its characters.
_INLINE_CODE = compile_regex(r"(?:\G|(?<!`))(`++)[^`\n]+?\1")
_LINK_TARGET = compile_regex(r"(?<=\])\((?:[^()\n]|\([^()\n]*\))*+\)")
_REF_DEF = compile_regex(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", regex.MULTILINE)
_HTML_TAG = compile_regex(r"</?[A-Za-z][^<>\n]*+>")
_HEADING = compile_regex(r"^[ \t]{0,3}#{1,6}(?=[ \t])", regex.MULTILINE)
_LIST_MARK = compile_regex(r"^[ \t]*+(?:[-*+]|\d{1,9}[.)])(?=[ \t])", regex.MULTILINE)
_QUOTE_MARK = compile_regex(r"^[ \t]*+>", regex.MULTILINE)
_EMPH = compile_regex(r"\*{1,3}|(?<![\w])_{1,3}|_{1,3}(?![\w])")
# A line of only table-rule characters with a "|" after its first character. The lookahead
# rejects any other line in one pass: backtracking over where the "|" is would be quadratic
# on a long line of "|" ending in a letter.
_TABLE_RULE = compile_regex(r"^(?=[ \t:|-]*+$)[ \t:|-]+?\|[ \t:|-]*+$", regex.MULTILINE)


_NOT_NEWLINE = compile_regex(r"[^\n]")


def _blank(text: str, pattern: regex.Pattern[str] | re.Pattern[str]) -> str:
    def keep_lines(m: regex.Match[str]) -> str:
        return str(_NOT_NEWLINE.sub(" ", m.group()))

    return str(pattern.sub(keep_lines, text))


def plain(text: str) -> str:
    if "://" in text or "www." in text:
        text = _blank(text, _URL)
    if "@" in text:  # the e-mail pattern costs a scan of every word: only when it can match
        text = _blank(text, _EMAIL)
    return text


def markdown(text: str) -> str:
    for pattern in (_FRONT_MATTER, _FENCE, _COMMENT, _INLINE_CODE, _LINK_TARGET, _REF_DEF,
                    _HTML_TAG, _URL, _EMAIL, _HEADING, _LIST_MARK, _QUOTE_MARK, _TABLE_RULE, _EMPH):
        text = _blank(text, pattern)
    return text


def front_matter(text: str) -> str:
    m = _FRONT_MATTER.match(text)
    return m.group() if m else ""


def is_markdown(path: str) -> bool:
    return path.lower().endswith((".md", ".markdown", ".mdx", ".mkd"))
