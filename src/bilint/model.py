"""The records that flow through the pipeline: documents, segments, facts, findings."""

from __future__ import annotations

import bisect
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Literal

# "restated": weak, and a restatement in parentheses of the value before it ("$200 billion
# (£150 billion)"), which the other text's own restatement is checked against.
Strength = Literal["strong", "weak", "restated"]
Severity = Literal["error", "warning", "info"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into a text; `end` is exclusive, as in SARIF."""

    start: int
    end: int

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        return Span, (self.start, self.end)  # see Fact.__reduce__

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shift(self, by: int) -> Span:
        return Span(self.start + by, self.end + by)


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph (or the format's own unit) with its span in the document text."""

    index: int
    span: Span
    kind: str = "paragraph"  # "paragraph", "heading", "source-line", "title"

    def __reduce__(self) -> tuple[type[Segment], tuple[int, Span, str]]:
        return Segment, (self.index, self.span, self.kind)  # see Fact.__reduce__


@dataclass(frozen=True)
class Document:
    """A text in one language, with the map from text offsets back to file lines.

    `text` is what the extractors read; readers blank out what is not prose (code, comments,
    URLs) with spaces so that offsets stay those of the file. When one file holds both
    languages, both documents carry the whole text and their segments say which part is theirs.
    """

    path: str
    lang: str
    text: str
    segments: tuple[Segment, ...] = ()
    line_starts: tuple[int, ...] = field(default=(), repr=False)
    suppressions: tuple[object, ...] = ()
    # The file's text before blanking, same offsets: what reports quote.
    raw: str = field(default="", repr=False)
    # The publication date (ISO "2025-03-14") from front matter or --date: the year of dates
    # written without one.
    date: str | None = None

    @property
    def original(self) -> str:
        return self.raw or self.text

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (columns count code points) of a text offset."""
        starts = self.line_starts or _line_starts(self.text)
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    def segment_text(self, seg: Segment) -> str:
        return self.text[seg.span.start : seg.span.end]


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return tuple(starts)


def line_starts(text: str) -> tuple[int, ...]:
    return _line_starts(text)


@dataclass(frozen=True, init=False)
class Fact:
    """One fact stated in a text: a number, an amount, a date, a name...

    `value` is normalized and hashable, so that equal facts compare equal whatever their
    surface. `alternatives` holds other readings of an ambiguous surface (e.g. "4.76" in a
    Spanish text: 476? 4.76?), each with the FMT code that using it implies.
    """

    kind: str
    value: Hashable
    span: Span
    surface: str
    strength: Strength = "strong"
    qualifier: str | None = None
    form: str = "digits"
    alternatives: tuple[tuple[Hashable, str], ...] = ()
    # A FMT code when the surface breaks the locale's conventions even in its best reading.
    format_issue: str | None = None
    scale_word: str | None = None
    display: str = ""

    # Written out rather than generated: the frozen dataclass __init__ goes through
    # object.__setattr__ for each field, which made a fact three times as costly to build, and
    # a long text builds tens of thousands. Same fields, same order (a test checks).
    def __init__(self, kind: str, value: Hashable, span: Span, surface: str,
                 strength: Strength = "strong", qualifier: str | None = None,
                 form: str = "digits", alternatives: tuple[tuple[Hashable, str], ...] = (),
                 format_issue: str | None = None, scale_word: str | None = None,
                 display: str = "") -> None:
        d = self.__dict__
        d["kind"] = kind
        d["value"] = value
        d["span"] = span
        d["surface"] = surface
        d["strength"] = strength
        d["qualifier"] = qualifier
        d["form"] = form
        d["alternatives"] = alternatives
        d["format_issue"] = format_issue
        d["scale_word"] = scale_word
        d["display"] = display

    def __reduce__(self) -> tuple[type[Fact], tuple[object, ...]]:
        # Sent between processes (parallel.py, batch.py) as a plain tuple of the fields: half
        # the bytes and time of pickling the instance dictionary.
        d = self.__dict__
        return Fact, (d["kind"], d["value"], d["span"], d["surface"], d["strength"],
                      d["qualifier"], d["form"], d["alternatives"], d["format_issue"],
                      d["scale_word"], d["display"])

    @property
    def shown(self) -> str:
        return self.display or str(self.value)

    def moved(self, by: int) -> Fact:
        """The same fact `by` characters further on: a paragraph's fact in its document.

        Copies the fields directly: dataclasses.replace() re-runs the frozen __init__ and
        was a tenth of the extraction time of a long text."""
        new = object.__new__(Fact)
        new.__dict__.update(self.__dict__)
        new.__dict__["span"] = Span(self.span.start + by, self.span.end + by)
        return new


@dataclass(frozen=True)
class Side:
    path: str
    lang: str
    span: Span
    surface: str
    value: str | None
    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 1


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    source: Side | None
    target: Side | None
    # What the fingerprint is built from besides code and paths: the normalized values.
    key: tuple[str, ...] = ()
    suggestion: tuple[str, str] | None = None
    fingerprint: str = ""

    @property
    def primary(self) -> Side:
        side = self.target or self.source
        assert side is not None
        return side


Group = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class Alignment:
    """Pairs of (source segment indices, target segment indices); either may be empty."""

    groups: tuple[Group, ...]
