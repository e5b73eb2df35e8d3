"""Print pip constraints that pin each runtime dependency to the lower bound pyproject.toml
declares (`regex>=2023.3.22` -> `regex==2023.3.22`), so that CI can run the tests against the
oldest versions bilint claims to support: a declared bound is then a tested one.

  python tools/lowest_constraints.py > lowest.txt && pip install -c lowest.txt '.[test]'
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_BOUND = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*>=\s*([0-9][0-9A-Za-z.]*)\s*(?:,.*)?$")


def constraints(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    out = []
    for requirement in project["dependencies"]:
        m = _BOUND.match(requirement.split(";")[0])
        if m is None:
            raise SystemExit(f"pyproject.toml: {requirement!r} has no '>=' lower bound to test")
        out.append(f"{m.group(1)}=={m.group(2)}")
    return out


if __name__ == "__main__":
    sys.stdout.write("".join(f"{line}\n" for line in constraints()))
