"""What names cost: the foundation benchmark (TICO-19 as one file pair, start-up included) run
with every extractor, then without the name extractor (so no NAM check either), in fresh
processes. Prints wall and CPU time (user + system, child processes included), best of N, and
the slowdown names cause. Target (issue 5): at most 25 %.

  python benchmarks/names_cost.py [--runs 5] [--python .venv/bin/python]

Needs ../shared/corpora/tico19; absent on a user's machine, where it says so.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICO = ROOT.parent / "shared" / "corpora" / "tico19"

# The console script, optionally without the name extractor.
RUNNER = """
import sys
if sys.argv.pop(1) == "without":
    import bilint.extract as ex
    ex.EXTRACTORS = tuple(n for n in ex.EXTRACTORS if n != "names")
from bilint.cli import run
sys.argv[0] = "bilint"
run()
"""


def best(argv: list[str], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run(argv, capture_output=True)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if p.returncode not in (0, 1):
            raise SystemExit(f"failed: {' '.join(argv)}\n{p.stderr.decode()[-2000:]}")
    return min(walls), min(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    a = ap.parse_args()
    if not TICO.exists():
        print("TICO-19 is absent (../shared): nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as d:
        pair = []
        for name in ("tico19.en.txt", "tico19.es-419.txt"):
            lines = (TICO / name).read_text(encoding="utf-8").splitlines()
            out = Path(d) / name
            out.write_text("\n\n".join(x.strip() for x in lines) + "\n", encoding="utf-8")
            pair.append(out)
        args = ["compare", str(pair[0]), str(pair[1]), "--source-lang", "en", "--target-lang",
                "es", "--format", "json", "--exit-zero"]
        rows = {}
        for mode in ("with", "without"):
            rows[mode] = best([a.python, "-c", RUNNER, mode, *args], a.runs)
    print(f"{'TICO-19 as one pair':<28} {'wall s':>8} {'CPU s':>8}")
    for mode, (wall, cpu) in rows.items():
        print(f"{mode + ' names':<28} {wall:>8.3f} {cpu:>8.3f}")
    (w1, c1), (w0, c0) = rows["with"], rows["without"]
    print(f"{'names cost':<28} {100 * (w1 / w0 - 1):>7.1f}% {100 * (c1 / c0 - 1):>7.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
