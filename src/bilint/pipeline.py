"""The pipeline, end to end: read, segment, align, extract, match and judge, filter.

Only `load_*` touch the file system; everything after works on the records they return.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from . import extract as extraction
from .align import Para, align
from .extract.density import Density, too_dense
from .lang import Lang, LanguageError, detect, lang_from_path, parse_lang
from .model import SEVERITY_RANK, Document, Fact, Finding, Group, line_starts
from .parallel import PARALLEL_FROM, both, can_fork, facts_both
from .read import directives, prose
from .read.files import InputError, load_text
from .rxcache import compile_regex
from .segment import segment
from .split import renumber, split_point


@dataclass(frozen=True)
class Result:
    src: Document
    tgt: Document
    groups: list[Group]
    src_facts: list[list[Fact]]
    tgt_facts: list[list[Fact]]
    findings: list[Finding]
    matches: list[tuple[Fact, Fact]]


def _prose(path: str, raw: str) -> str:
    if prose.is_markdown(path):
        return prose.markdown(raw)
    # Directives are not prose: "NUM001" in one is not a number of the article.
    return prose.plain(directives.blank_plain(raw))


def with_directives(doc: Document) -> Document:
    """The document with its inline suppression directives (read/directives.py)."""
    return replace(doc, suppressions=directives.parse(doc.original, prose.is_markdown(doc.path)))


def _resolve_lang(given: str | None, path: str, text: str, role: str) -> Lang:
    code = given or lang_from_path(path) or detect(text)
    if code is None:
        raise InputError(f"{path}: cannot tell the language of the {role}; pass --{role}-lang")
    try:
        return parse_lang(code)
    except LanguageError as exc:
        raise InputError(f"{path}: {exc}") from None


def _not_same(src_path: str, tgt_path: str) -> None:
    if os.path.exists(src_path) and os.path.exists(tgt_path) and os.path.samefile(src_path, tgt_path):
        raise InputError(f"{tgt_path}: is the same file as the source; give the translation "
                         "as the second file, or one file holding both languages alone")


def load_doc(path: str, given: str | None, role: str, date: str | None = None) -> Document:
    """One side of a pair, read, blanked to its prose, cut into paragraphs, with its
    suppression directives; `role` ("source" or "target") names it in errors."""
    raw = load_text(path)
    text = _prose(path, raw)
    lang = _resolve_lang(given, path, text, role)
    return with_directives(Document(path, lang.code, text, segment(text, raw), line_starts(text),
                                    raw=raw, date=date or front_matter_date(raw)))


def _paired(src: Document, tgt: Document) -> tuple[Document, Document]:
    if tgt.date is None and src.date is not None:
        tgt = replace(tgt, date=src.date)  # a translation is of its source's day
    _check_languages(src, tgt)
    return src, tgt


def load_pair(src_path: str, tgt_path: str, src_lang: str | None = None,
              tgt_lang: str | None = None, date: str | None = None) -> tuple[Document, Document]:
    _not_same(src_path, tgt_path)
    return _paired(load_doc(src_path, src_lang, "source", date),
                   load_doc(tgt_path, tgt_lang, "target", date))


def check_files(src_path: str, tgt_path: str, src_lang: str | None = None,
                tgt_lang: str | None = None, date: str | None = None) -> Result:
    """load_pair() then check(); a long pair is read, side by side, in two processes from the
    start (each reads its file and its facts)."""
    _not_same(src_path, tgt_path)
    src_size, tgt_size = _size(src_path), _size(tgt_path)
    if src_size + tgt_size < PARALLEL_FROM or not can_fork():
        return check(*load_pair(src_path, tgt_path, src_lang, tgt_lang, date))

    def side(path: str, lang: str | None, role: str, here: bool) -> Callable[[], _Side]:
        def read() -> _Side:
            doc = load_doc(path, lang, role, date)
            found = (doc, read_side(doc))
            if here:
                # The judges are imported in this process while the child may still be
                # reading its side, rather than after it.
                from . import compare  # noqa: F401
            return found
        return read

    # The shorter file goes to the child, which should finish first: sending its side over
    # then overlaps with this process's work instead of following it.
    if tgt_size < src_size:
        (tgt, tgt_read), (src, src_read) = both(
            side(tgt_path, tgt_lang, "target", False), side(src_path, src_lang, "source", True),
            second_fails_first=True)
    else:
        (src, src_read), (tgt, tgt_read) = both(
            side(src_path, src_lang, "source", False), side(tgt_path, tgt_lang, "target", True))
    src, tgt = _paired(src, tgt)
    return _checked(src, tgt, src_read, tgt_read)


def load_combined(path: str, src_lang: str | None = None,
                  tgt_lang: str | None = None, date: str | None = None) -> tuple[Document, Document]:
    """One file holding an article followed by its translation."""
    raw = load_text(path)
    date = date or front_matter_date(raw)
    text = _prose(path, raw)
    segs = segment(text, raw)
    cut = split_point([text[s.span.start:s.span.end] for s in segs])
    if cut is None:
        raise InputError(f"{path}: cannot find where the translation starts (the file should hold "
                         "an English article then its Spanish version, or the reverse)")
    k, first, second = cut
    sl = _lang_or_error(src_lang or first, path)
    tl = _lang_or_error(tgt_lang or second, path)
    starts = line_starts(text)
    src = Document(path, sl.code, text, renumber(segs[:k]), starts, raw=raw, date=date)
    tgt = Document(path, tl.code, text, renumber(segs[k:]), starts, raw=raw, date=date)
    src, tgt = with_directives(src), with_directives(tgt)
    _check_languages(src, tgt)
    return src, tgt


_DATE_KEY = compile_regex(r"^date[ \t]*+:[ \t]*+['\"]?(\d{4}-\d{2}-\d{2})", regex.MULTILINE)


def front_matter_date(raw: str) -> str | None:
    """The publication date of a file with front matter (`date: 2025-04-28`, quoted or with a
    time after it): the year of dates written without one."""
    m = _DATE_KEY.search(prose.front_matter(raw))
    return m.group(1) if m else None


def _lang_or_error(code: str, path: str) -> Lang:
    try:
        return parse_lang(code)
    except LanguageError as exc:
        raise InputError(f"{path}: {exc}") from None


def _check_languages(src: Document, tgt: Document) -> None:
    if parse_lang(src.lang).base == parse_lang(tgt.lang).base:
        raise InputError(f"{tgt.path}: source and target are both {parse_lang(src.lang).base}; "
                         "set --source-lang and --target-lang")


_WORDISH = compile_regex(r"\b\p{Lu}[\p{L}\p{M}'’-]{2,}+|\b\p{Lu}{2,}+\b")


def _para(doc: Document, index: int, facts: list[Fact]) -> Para:
    seg = doc.segments[index]
    body = doc.text[seg.span.start:seg.span.end]
    anchors = {f"#{f.value}" for f in facts if f.strength == "strong" and f.kind == "number"}
    # Capitalised words shared by both languages are names: good evidence, cheap to collect.
    anchors |= {m.group().casefold() for m in _WORDISH.finditer(body) if m.start() > 0}
    return Para(len(body), frozenset(anchors), seg.kind)


def facts_of(doc: Document) -> tuple[list[list[Fact]], dict[int, Density]]:
    """The facts of each paragraph, and the paragraphs too dense in figures to be prose
    (extract/density.py), by index: those are not read and have no facts."""
    lang = parse_lang(doc.lang)
    facts: list[list[Fact]] = []
    unchecked: dict[int, Density] = {}
    extraction.expect(lang, sum(s.span.end - s.span.start for s in doc.segments))
    for i, s in enumerate(doc.segments):
        text = doc.segment_text(s)
        dense = too_dense(text, lang)
        if dense is not None:
            unchecked[i] = dense
            facts.append([])
        else:
            facts.append(extraction.extract(text, lang, s.span.start))
    return facts, unchecked


@dataclass(frozen=True)
class Reading:
    """What is read of one document: facts per paragraph, what the aligner needs of each
    paragraph, and the paragraphs left unchecked (by index)."""

    facts: list[list[Fact]]
    paras: list[Para]
    unchecked: dict[int, Density]


def read_side(doc: Document) -> Reading:
    """A document's facts per paragraph, and what the aligner needs of each paragraph."""
    facts, unchecked = facts_of(doc)
    return Reading(facts, [_para(doc, i, f) for i, f in enumerate(facts)], unchecked)


_Side = tuple[Document, Reading]


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # reported by load_doc, in the order of the sides


def check(src: Document, tgt: Document) -> Result:
    src_read, tgt_read = facts_both(src, tgt, read_side)
    return _checked(src, tgt, src_read, tgt_read)


def _checked(src: Document, tgt: Document, src_read: Reading, tgt_read: Reading) -> Result:
    groups = align(src_read.paras, tgt_read.paras)
    from .compare import compare  # see check_files

    outcome = compare(src, tgt, src_read.facts, tgt_read.facts, groups,
                      (src_read.unchecked, tgt_read.unchecked))
    findings = sorted(outcome.findings, key=sort_key)
    return Result(src, tgt, groups, src_read.facts, tgt_read.facts, findings, outcome.matches)


def sort_key(f: Finding) -> tuple[str, int, int, str]:
    side = f.source or f.target
    assert side is not None
    return (side.path, side.span.start if f.source else side.span.start, 0 if f.source else 1, f.code)


def apply_selection(findings: list[Finding], select: set[str] | None,
                    ignore: set[str]) -> list[Finding]:
    """Rules chosen by the user; info-level findings are off unless selected by name.

    The finding's severity, not the rule's default, decides: the configuration may have raised
    an info rule to a warning (then it runs) or lowered a rule to info (then it does not).
    """
    out = []
    for f in findings:
        if f.code in ignore:
            continue
        if select is not None and f.code not in select:
            continue
        if select is None and f.severity == "info":
            continue
        out.append(f)
    return out


def set_severity(finding: Finding, severity: str) -> Finding:
    assert severity in SEVERITY_RANK
    return replace(finding, severity=severity)  # type: ignore[arg-type]
