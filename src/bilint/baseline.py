"""Baseline files: the findings a repository already had, matched by fingerprint.

Fingerprints are built from the code, both paths and the normalized values, never from line
numbers, so editing elsewhere in an article keeps a baselined finding silent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .filters import Filter
from .model import Finding
from .pipeline import Result

VERSION = 1


class BaselineError(Exception):
    pass


def dumps(findings: Sequence[Finding]) -> str:
    entries = sorted(
        ({"fingerprint": f.fingerprint, "code": f.code,
          "source": f.source.path if f.source else None,
          "target": f.target.path if f.target else None,
          "message": f.message} for f in findings),
        key=lambda e: (e["source"] or "", e["target"] or "", e["code"], e["fingerprint"]),
    )
    doc = {"bilint_baseline": VERSION, "findings": entries}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def parse(path: str, text: str) -> frozenset[str]:
    """The fingerprints of a baseline file's text; a one-line BaselineError when it is broken."""
    try:
        doc: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: not a bilint baseline: invalid JSON ({exc.msg})") from None
    if not isinstance(doc, dict) or "bilint_baseline" not in doc:
        raise BaselineError(f"{path}: not a bilint baseline (no \"bilint_baseline\" version field); "
                            "write one with --write-baseline")
    if doc["bilint_baseline"] != VERSION:
        raise BaselineError(f"{path}: baseline version {doc['bilint_baseline']!r} is not supported "
                            f"(this bilint reads version {VERSION}); write it again with --write-baseline")
    items = doc.get("findings")
    if not isinstance(items, list):
        raise BaselineError(f"{path}: \"findings\" must be a list")
    out = set()
    for i, item in enumerate(items):
        fp = item.get("fingerprint") if isinstance(item, dict) else None
        if not isinstance(fp, str) or not fp:
            raise BaselineError(f"{path}: finding {i + 1} has no \"fingerprint\" string")
        out.add(fp)
    return frozenset(out)


def load(path: str) -> frozenset[str]:
    from .options import RunError
    from .read.files import InputError, load_text

    try:
        return parse(path, load_text(path))
    except (InputError, BaselineError) as exc:
        raise RunError(str(exc)) from None


def matching(known: frozenset[str]) -> Filter:
    """Drop the findings recorded in the baseline."""

    def drop(r: Result) -> Result:
        return replace(r, findings=[f for f in r.findings if f.fingerprint not in known])

    return drop
