"""`--format sarif`: SARIF 2.1.0, as GitHub code scanning and other viewers read it.

Every rule is listed in tool.driver with its documentation (the text of `bilint rule CODE`).
A result's location is its primary side (the translation when it has one); the other side is a
relatedLocation. partialFingerprints carry bilint's fingerprint, which ignores line numbers.
Columns count Unicode code points, as bilint's do, and the run says so (columnKind).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..model import Finding, Side
from ..pipeline import Result
from ..registry import Rule, all_rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "bilint/v1"


def _uri(path: str) -> dict[str, str]:
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    # A file name that is not UTF-8 (surrogate escapes) is percent-encoded byte for byte.
    return {"uri": quote(path.replace(os.sep, "/"), errors="surrogateescape"), "uriBaseId": "%SRCROOT%"}


def _location(side: Side, label: str | None = None, ident: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": _uri(side.path),
            "region": {
                "startLine": side.line, "startColumn": side.column,
                "endLine": side.end_line, "endColumn": side.end_column,
                "snippet": {"text": side.surface},
            },
        },
    }
    if ident is not None:
        loc["id"] = ident
    if label is not None:
        loc["message"] = {"text": label}
    return loc


def _rule(r: Rule) -> dict[str, Any]:
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.what},
        "help": {"text": r.doc(), "markdown": r.doc()},
        "defaultConfiguration": {"level": LEVEL[r.severity]},
        "properties": {"tags": [r.family], "why": r.why, "example": r.example, "options": r.options},
    }


def _result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [_location(f.primary)],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    }
    if f.code in index:
        out["ruleIndex"] = index[f.code]
    if f.source is not None and f.target is not None:
        out["relatedLocations"] = [
            _location(f.source, f'source ({f.source.lang}): "{f.source.surface}"', 1)]
    if f.suggestion:
        out["properties"] = {"suggestion": {"side": f.suggestion[0], "replacement": f.suggestion[1]}}
    return out


def log(results: Sequence[Result], cwd: str | None = None) -> dict[str, Any]:
    rules = sorted(all_rules().values(), key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rules)}
    root = Path(cwd or os.getcwd()).resolve().as_uri().rstrip("/") + "/"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "bilint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://pypi.org/project/bilint/",
                "rules": [_rule(r) for r in rules],
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index) for r in results for f in r.findings],
        }],
    }


def render(results: Sequence[Result], color: bool = False) -> str:
    return json.dumps(log(results), ensure_ascii=False, indent=2) + "\n"
