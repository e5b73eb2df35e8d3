"""What names cost: the foundation benchmark (TICO-19 as one file pair, start-up included) run
with every extractor, then without the name extractor (so no NAM check either), in fresh
processes, the two modes alternating run by run. Prints wall and CPU time (user + system,
child processes included), best and median of N, and the slowdown names cause. Target
(issue 5): at most 25 %.

  python benchmarks/names_cost.py [--runs 5] [--python .venv/bin/python]

Needs ../shared/corpora/tico19; absent on a user's machine, where it says so.
"""

from __future__ import annotations

import argparse
import resource
import statistics
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


def once(argv: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(argv, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        raise SystemExit(f"failed: {' '.join(argv)}\n{p.stderr.decode()[-2000:]}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


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
        # The two modes alternate, run by run: this host's speed drifts by a quarter over a
        # minute, and running one mode after the other would measure the drift.
        runs: dict[str, list[tuple[float, float]]] = {"with": [], "without": []}
        for _ in range(a.runs):
            for mode in runs:
                runs[mode].append(once([a.python, "-c", RUNNER, mode, *args]))
    print(f"{'TICO-19 as one pair':<28} {'best wall s':>12} {'median':>8} {'best CPU s':>11}")
    for mode, got in runs.items():
        walls = [w for w, _ in got]
        print(f"{mode + ' names':<28} {min(walls):>12.3f} {statistics.median(walls):>8.3f} "
              f"{min(c for _, c in got):>11.3f}")
    (w1, c1), (w0, c0) = ((min(w for w, _ in runs[m]), min(c for _, c in runs[m]))
                          for m in ("with", "without"))
    med = statistics.median(w / w0 - 1 for (w, _), (w0, _) in zip(runs["with"], runs["without"],
                                                                  strict=True))
    print(f"{'names cost':<28} {100 * (w1 / w0 - 1):>11.1f}% {100 * med:>7.1f}% "
          f"{100 * (c1 / c0 - 1):>10.1f}%")
    print("(best over best; median of the runs' own ratios; CPU best over best)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
