"""Fuzzing (issue 8, hardness): every extractor, the combined extraction, the aligner, the
readers, segmentation and the command line, on any Unicode text (combining marks, right-to-left
text, emoji, NUL, lone surrogates) and on arbitrary bytes. Nothing may raise, and what a user
would see must hold: a fact's span lies in its text and quotes it, the aligner covers every
paragraph once and in order, a reader keeps every offset and line, a finding's line and column
point at its quoted text. Example counts are bounded so that the file runs in CI in seconds.
"""

from __future__ import annotations

import json
import os
import tempfile
from importlib import import_module
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bilint import extract as extraction
from bilint.align import Para, align
from bilint.cli import cli
from bilint.lang import parse_lang
from bilint.read import directives, prose
from bilint.read.files import InputError, decode
from bilint.segment import segment

# CI runs a fixed set of examples (no flaky failures); BILINT_FUZZ_EXAMPLES=5000 explores
# further with fresh random ones.
_EXPLORE = int(os.environ.get("BILINT_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=_EXPLORE or 60, deadline=None, derandomize=not _EXPLORE,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CLI_FUZZ = settings(FUZZ, max_examples=_EXPLORE or 25)

# What breaks text code: combining marks, right-to-left and bidi controls, emoji (with
# modifiers, flags and joiners), NUL and other controls, a lone surrogate (as surrogateescape
# makes of an invalid byte), a BOM, no-break spaces, every line end, characters whose case
# mapping changes their length.
ODD = ["\u0301", "\u0308\u0323", "\u200f", "\u202e", "\u2066", "\u05e9\u05dc\u05d5\u05dd",
       "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u0661\u0662", "\U0001f600", "\U0001f44d\U0001f3fd",
       "\U0001f1ea\U0001f1f8", "\u200d", "\x00", "\x07", "\x1c", "\udcff", "\ufeff", "\u00a0", "\u202f",
       "\r\n", "\r", "\n", "\n\n", "\u2028", "\u0085", "\t", "\u0130", "\u00df", "\ufb01", "\u0149",
       "\uff11", "\U0001d7d9", "\u2212"]
# What the extractors look for, so that fuzzing reaches past their first test.
NEWSY = ["$", "US$", "\u20ac", "\u00a3", "%", " por ciento", " percent", "million", "millones", "mil",
         "billion", "bill\u00f3n", " de ", " of ", "March", "marzo", "lunes", "Monday", "1", "23", "4,76",
         "4.76", "20.000", "20,000", "1 000", "3/15/2025", "p.m.", "a. m.", "5:30", "ET", "km", "mph",
         "miles", "millas", "about ", "m\u00e1s de ", "up to ", "twenty-one", "veintiuno", "dos", "one",
         "Needham", "EE.UU.", "MS-13", "COVID-19", "Mr. ", "Presidente ", "el ", "The ", "(", ")", "-",
         ".", ",", " ", "'", "\u2019", "\u00bf", "\"", "<!-- bilint disable -->", "# bilint: disable\n",
         "`", "*", "_", "[", "](", "http://x.io/1", "a@b.co", "---\n", "```\n", "|", "# "]
PIECE = st.one_of(st.characters(), st.sampled_from(ODD), st.sampled_from(NEWSY))
TEXT = st.lists(PIECE, max_size=80).map("".join)
LANGS = ["en", "es", "es-MX"]


def _modules() -> list[str]:
    return list(extraction.EXTRACTORS)


@pytest.mark.parametrize("name", _modules())
@FUZZ
@given(text=TEXT, lang=st.sampled_from(LANGS))
@example(text="1 one 1 one 4,76 millones de d\u00f3lares", lang="es")
@example(text="\u202e$\u0661\u0662 million\U0001f600 on March\u0301 3", lang="en")
def test_each_extractor_quotes_its_text(name: str, text: str, lang: str) -> None:
    for fact in import_module(f"bilint.extract.{name}").extract(text, parse_lang(lang)):
        assert 0 <= fact.span.start < fact.span.end <= len(text), fact
        assert text[fact.span.start:fact.span.end] == fact.surface, fact


@FUZZ
@given(text=TEXT, lang=st.sampled_from(LANGS), offset=st.integers(0, 50))
def test_one_surface_is_one_fact(text: str, lang: str, offset: int) -> None:
    facts = extraction.extract(text, parse_lang(lang), offset)
    ends = 0
    for fact in facts:
        start, end = fact.span.start - offset, fact.span.end - offset
        assert text[start:end] == fact.surface
        assert start >= ends, "facts overlap or are out of reading order"
        ends = end


PARAS = st.lists(st.builds(Para, st.integers(0, 3000),
                           st.frozensets(st.sampled_from(["#1", "#2", "#2024", "needham", "cnn", "x"]),
                                         max_size=3),
                           st.sampled_from(["paragraph", "heading", "title", "source-line"])),
                 max_size=40)


@FUZZ
@given(src=PARAS, tgt=PARAS)
def test_aligner_covers_every_paragraph_once_in_order(src: list[Para], tgt: list[Para]) -> None:
    groups = align(src, tgt)
    assert [i for s, _ in groups for i in s] == list(range(len(src)))
    assert [j for _, t in groups for j in t] == list(range(len(tgt)))
    assert all((len(s), len(t)) in {(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)} for s, t in groups)


def _utf8(text: str) -> bytes:
    # A surrogate that surrogateescape made of an invalid byte (U+DC80-U+DCFF) turns back into
    # that byte; no file can hold another one.
    kept = "".join("\ufffd" if "\ud800" <= c < "\udc80" or "\udcff" < c <= "\udfff" else c for c in text)
    return kept.encode("utf-8", "surrogateescape")


FILE_BYTES = st.one_of(
    st.binary(max_size=300),
    TEXT.map(_utf8),
    # With a BOM; a lone surrogate makes it invalid UTF-16.
    TEXT.map(lambda t: t.encode("utf-16", "surrogatepass")),
)


@FUZZ
@given(data=FILE_BYTES)
@example(data=b"\xef\xbb\xbfok\r\nline\rthree\n")
@example(data=b"\xff\xfeo\x00k\x00")
def test_reader_decodes_or_names_the_file(data: bytes) -> None:
    try:
        text = decode("in.txt", data)
    except InputError as exc:
        assert str(exc).startswith("in.txt") and "\n" not in str(exc)
        return
    assert "\r" not in text and "\x00" not in text
    # Every line end of the file is one "\n": line numbers stay the file's.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    raw = data.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    assert text.count("\n") == raw.count(b"\n")


@FUZZ
@given(text=TEXT)
@example(text="[a](http://x.io/(y)) `code` <!-- c --> a@b.co\n---\n|-|\n")
def test_blanking_keeps_every_offset_and_line(text: str) -> None:
    for blanked in (prose.markdown(text), prose.plain(text), directives.blank_plain(text)):
        assert len(blanked) == len(text)
        for a, b in zip(text, blanked, strict=True):
            assert b == a or (b == " " and a != "\n"), (a, b)
    directives.parse(text, markdown=True)
    directives.parse(text, markdown=False)


@FUZZ
@given(text=TEXT, cut=st.data())
def test_segments_cover_the_text_in_order(text: str, cut: st.DataObject) -> None:
    text = text.replace("\r", "\n")
    start = cut.draw(st.integers(0, len(text)))
    end = cut.draw(st.integers(start, len(text)))
    segs = segment(text, text, start, end)
    covered = bytearray(len(text))
    previous = start
    for i, seg in enumerate(segs):
        assert seg.index == i
        assert previous <= seg.span.start < seg.span.end <= end
        body = text[seg.span.start:seg.span.end]
        assert body == body.strip()
        covered[seg.span.start:seg.span.end] = b"\x01" * len(body)
        previous = seg.span.end
    # Nothing the extractors should read is left out of every paragraph.
    missed = [c for i, c in enumerate(text[start:end], start) if not covered[i] and not c.isspace()]
    assert not missed


def _position(text: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return starts[line - 1] + column - 1


@CLI_FUZZ
@given(src=FILE_BYTES, tgt=FILE_BYTES, suffix=st.sampled_from(["txt", "md"]))
@example(src=b"Officials said 238 people left on March 3.\n",
         tgt=b"Funcionarios dijeron que 328 personas salieron el 3 de marzo.\n", suffix="txt")
@example(src=b"\xef\xbb\xbf$4.76 million\r\n\r\nMr. Needham\r\n",
         tgt="\ufeff4,67 millones de d\u00f3lares\r\rSr. Needam\r".encode("utf-16"), suffix="md")
def test_command_line_on_any_file(src: bytes, tgt: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        a, b = Path(d) / f"a.en.{suffix}", Path(d) / f"a.es.{suffix}"
        a.write_bytes(src)
        b.write_bytes(tgt)
        r = CliRunner().invoke(cli, ["compare", str(a), str(b), "--format", "json", "--select", "ALL"])
        assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
        assert r.exit_code in (0, 1, 2)
        assert "Traceback" not in r.stdout + r.stderr
        if r.exit_code == 2:
            assert r.stderr.count("\n") == 1 and r.stderr.startswith("bilint: error: ")
            assert str(a) in r.stderr or str(b) in r.stderr
            return
        # Each finding's line and column, counted in the file, point at the text it quotes.
        texts = {str(a): decode("", src), str(b): decode("", tgt)}
        for finding in json.loads(r.stdout):
            for side in (finding["source"], finding["target"]):
                if side is None or side["path"] not in texts:
                    continue
                text = texts[side["path"]]
                at = _position(text, side["line"], side["column"])
                end = _position(text, side["end_line"], side["end_column"])
                if finding["code"].startswith("ALN"):
                    # A paragraph, shown by a preview of its prose (URLs and markup blanked).
                    assert 0 <= at < end <= len(text), side
                else:
                    assert text[at:end] == side["text"], (finding["code"], side)
