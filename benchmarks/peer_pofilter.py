"""The peer of benchmarks/run.py: Translate Toolkit's checks, built exactly as `pofilter` builds
them (the StandardChecker and the StandardUnitChecker with every test, `--language es`), over
line-aligned segment pairs. Prints JSON.

  python benchmarks/peer_pofilter.py write EN.txt ES.txt OUT.po [--limit N]
  python benchmarks/peer_pofilter.py check IN.po [--runs 3] [--language es]
  python benchmarks/peer_pofilter.py count FILTERED.po

`write` makes a PO file of the pairs (one unit a segment, its line number as msgctxt so that
repeated sentences stay distinct units); `check` times the checks alone, in this process;
`count` reads what the `pofilter` command wrote (only the units that failed a test).
Needs translate-toolkit (the bench extra: pip install '.[bench]'); run.py runs it with the
interpreter of the bilint it measures.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from translate.__version__ import sver
from translate.filters import checks, pofilter
from translate.storage import factory, po


def checkfilter(language: str) -> pofilter.pocheckfilter:
    """The filter `pofilter --language LANGUAGE IN OUT` runs, from pofilter's own option parser,
    so that defaults (every test, fuzzy and review units included) follow the installed version."""
    parser = pofilter.cmdlineparser()
    options, _ = parser.parse_args([f"--language={language}", "in.po", "out.po"])
    # FilterOptionParser.run with no --openoffice, --mozilla... option: the standard checkers.
    classes = [checks.StandardChecker, checks.StandardUnitChecker]
    return pofilter.pocheckfilter(options, classes, parser.build_checkerconfig(options))


def write(en: Path, es: Path, out: Path, limit: int) -> dict[str, Any]:
    src = en.read_text(encoding="utf-8").splitlines()
    tgt = es.read_text(encoding="utf-8").splitlines()
    if len(src) != len(tgt):
        raise SystemExit(f"{en} and {es} are not line-aligned: {len(src)} and {len(tgt)} lines")
    if limit:
        src, tgt = src[:limit], tgt[:limit]
    store = po.pofile()
    for i, (s, t) in enumerate(zip(src, tgt, strict=True), start=1):
        unit = store.addsourceunit(s.strip())
        unit.target = t.strip()
        unit.setcontext(str(i))
    out.write_bytes(bytes(store))
    return {"segments": len(src)}


def units_of(path: Path) -> list[Any]:
    return [u for u in factory.getobject(str(path)).units if not u.isheader()]


def check(path: Path, runs: int, language: str) -> dict[str, Any]:
    units = units_of(path)
    filt = checkfilter(language)
    times = []
    flagged = 0
    for _ in range(runs):
        start = time.perf_counter()
        flagged = len([u for u in units if filt.filterunit(u)])
        times.append(time.perf_counter() - start)
    # A separate, untimed pass: which tests fail, and how many tests actually run on a unit
    # (a failed precondition, such as an untranslated unit, skips the tests that depend on it).
    calls = 0

    def counting(run_test: Callable[..., object]) -> Callable[..., object]:
        def run(test: Callable[..., object], unit: Any) -> object:
            nonlocal calls
            calls += 1
            return run_test(test, unit)
        return run

    for c in filt.checker.checkers:
        c.run_test = counting(c.run_test)
    failed: collections.Counter[str] = collections.Counter()
    for u in units:
        failed.update(filt.filterunit(u).keys())
    return {
        "version": sver,
        "segments": len(units),
        "times": times,
        "flagged": flagged,
        "tests": len(filt.checker.combinedfilters),
        "checks_per_segment": calls / max(1, len(units)),
        "failed_tests": dict(failed.most_common()),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("en", type=Path)
    w.add_argument("es", type=Path)
    w.add_argument("out", type=Path)
    w.add_argument("--limit", type=int, default=0)
    c = sub.add_parser("check")
    c.add_argument("po", type=Path)
    c.add_argument("--runs", type=int, default=3)
    c.add_argument("--language", default="es")
    n = sub.add_parser("count")
    n.add_argument("po", type=Path)
    a = ap.parse_args()
    if a.command == "write":
        result = write(a.en, a.es, a.out, a.limit)
    elif a.command == "check":
        result = check(a.po, a.runs, a.language)
    else:
        # pofilter writes nothing when no unit failed.
        result = {"flagged": len(units_of(a.po)) if a.po.exists() else 0}
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
