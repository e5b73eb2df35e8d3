"""Adversarial inputs (issue 8): wall time of `bilint compare` on each of tests/adversarial.py's
cases, source and translation about 1 MB each. The target is 5 s per input on a 2-core machine;
tests/test_hardness.py runs the same inputs with only a hang guard, never a timing assertion.

  python benchmarks/adversarial.py [--size 1000000] [--only NAME] [--bilint .venv/bin/bilint]

Prints one row per input: the case, the size of both files, wall seconds, CPU seconds (the
process and its children: above wall when the two sides are read on two cores), exit status.
"""

from __future__ import annotations

import argparse
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.adversarial import CASES, MB, write_pair  # noqa: E402

TARGET_S = 5.0


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=MB, help="characters per file (default 1,000,000)")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="only the cases whose name contains NAME (repeatable)")
    ap.add_argument("--bilint", default=str(ROOT / ".venv" / "bin" / "bilint"),
                    help="the command to run (split as a shell would)")
    ap.add_argument("--timeout", type=float, default=600)
    a = ap.parse_args()
    cases = [c for c in CASES if not a.only or any(o in c.name for o in a.only)]
    print(f"{'input':<28} {'MB':>6} {'wall s':>8} {'cpu s':>8} {'exit':>5}  target {TARGET_S:.0f} s")
    slow = 0
    with tempfile.TemporaryDirectory() as d:
        for case in cases:
            src, tgt = write_pair(case, a.size, Path(d))
            size = (src.stat().st_size + tgt.stat().st_size) / 1e6
            argv = [*shlex.split(a.bilint), "compare", str(src), str(tgt), "--format", "concise"]
            cpu0, t0 = _children_cpu(), time.perf_counter()
            try:
                p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   timeout=a.timeout)
                status = str(p.returncode)
                if b"Traceback" in p.stderr:
                    status += " (traceback)"
            except subprocess.TimeoutExpired:
                status = "timeout"
            wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
            verdict = "ok" if wall <= TARGET_S and status in ("0", "1") else "MISSED"
            slow += verdict != "ok"
            print(f"{case.name:<28} {size:>6.2f} {wall:>8.2f} {cpu:>8.2f} {status:>5}  {verdict}", flush=True)
    print(f"{len(cases) - slow} of {len(cases)} inputs within {TARGET_S:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
