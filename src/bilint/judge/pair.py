"""PAIR: file pairing and staleness, found by `bilint check` before any fact is compared."""

from __future__ import annotations

from ..digest import fingerprint
from ..model import Document, Finding, Side, Span
from ..registry import rule

MISSING = rule(
    "PAIR001", "translation-missing", "warning", "A source article has no translation on disk.",
    what="Reports a source file whose translation, where the configuration's `pairs:` patterns "
    "or the default conventions (`name.en.md` / `name.es.md`, `en/...` / `es/...`) put it, does "
    "not exist.",
    why="An article published in one language only is either a translation still to do or a "
    "file named so that bilint cannot find its pair (and so never checks it).",
    example="```\nnews/harbor-bridge.en.md   (present)\nnews/harbor-bridge.es.md   (absent)\n```\n"
    'PAIR001 "news/harbor-bridge.en.md" has no translation: expected "news/harbor-bridge.es.md"',
)
STALE = rule(
    "PAIR002", "translation-stale", "warning",
    "The source was committed after the last commit of its translation.",
    what="Inside a git repository, reports a pair whose source file has a commit newer than the "
    "last commit that touched the translation. Uncommitted changes are not considered.",
    why="A source edited after it was translated (a corrected figure, an added paragraph) leaves "
    "the translation stating the old facts until someone updates it.",
    example='PAIR002 "es/bridge.md" was last committed on 2025-03-10, before its source '
    '"en/bridge.md" changed on 2025-03-14',
)


def _fingerprint(code: str, src: str, tgt: str) -> str:
    # A file name that is not UTF-8 arrives with surrogate escapes: hash its bytes.
    key = "\x1f".join((code, src, tgt, "1")).encode("utf-8", "surrogateescape")
    return fingerprint(key)


def _head(doc: Document) -> Side:
    """The first line of a file: where a finding about the whole file points."""
    first = doc.original.split("\n", 1)[0]
    end = len(first)
    return Side(doc.path, doc.lang, Span(0, end), first, None, 1, 1, 1, end + 1)


def missing(src: Document, expected: str) -> Finding:
    message = f'"{src.path}" has no translation: expected "{expected}"'
    return Finding(MISSING.code, MISSING.name, MISSING.severity, message, _head(src), None,
                   fingerprint=_fingerprint(MISSING.code, src.path, expected))


def stale(src: Document, tgt: Document, src_date: str, tgt_date: str) -> Finding:
    message = (f'"{tgt.path}" was last committed on {tgt_date}, before its source '
               f'"{src.path}" changed on {src_date}')
    return Finding(STALE.code, STALE.name, STALE.severity, message, _head(src), _head(tgt),
                   fingerprint=_fingerprint(STALE.code, src.path, tgt.path))
