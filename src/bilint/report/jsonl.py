"""`--format json-lines`: one finding a line, each the object of `--format json` (streamable)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..pipeline import Result
from .json import finding


def render(results: Sequence[Result], color: bool = False) -> str:
    return "".join(json.dumps(finding(f), ensure_ascii=False) + "\n"
                   for r in results for f in r.findings)
