"""Helpers for tests that check a short article pair end to end, as `bilint compare` does."""

from __future__ import annotations

from pathlib import Path

from bilint.extract import extract
from bilint.lang import parse_lang
from bilint.model import Fact, Finding
from bilint.pipeline import check, load_pair

FAMILIES = ("NUM", "MON", "PCT", "QTY")


def findings(tmp: Path, src: str, tgt: str, src_lang: str = "en", tgt_lang: str = "es") -> list[Finding]:
    """Every finding of the pair, info-level ones included."""
    a, b = tmp / f"src.{src_lang}.txt", tmp / f"tgt.{tgt_lang}.txt"
    a.write_text(src + "\n", encoding="utf-8")
    b.write_text(tgt + "\n", encoding="utf-8")
    s, t = load_pair(str(a), str(b), src_lang, tgt_lang)
    return check(s, t).findings


def loud(found: list[Finding]) -> list[str]:
    """Errors and warnings of the families under test, as "CODE message"."""
    return [f"{f.code} {f.message}" for f in found
            if f.severity in ("error", "warning") and f.code.startswith(FAMILIES)]


def codes(found: list[Finding]) -> list[str]:
    return sorted(f.code for f in found)


def facts(text: str, lang: str, kind: str | None = None) -> list[Fact]:
    return [f for f in extract(text, parse_lang(lang)) if kind is None or f.kind == kind]
