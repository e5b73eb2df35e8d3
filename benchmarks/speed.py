"""Speed: the whole of TICO-19 (3,071 segments, about 1 MB of bilingual text) as one file
pair, and start-up (`bilint --version`). Wall times, start-up included, best of N runs.

  python benchmarks/speed.py [--runs 3] [--bilint .venv/bin/bilint]

Needs ../shared/corpora/tico19; absent on a user's machine, where it says so.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICO = ROOT.parent / "shared" / "corpora" / "tico19"


def tico_pair(directory: Path, tico: Path = TICO, limit: int = 0) -> list[Path]:
    """TICO-19's English and Spanish files as one article pair in `directory`, each segment a
    paragraph (a blank line between them), so that alignment runs as on an article. `limit`
    keeps the first segments only (0: all)."""
    pair = []
    for name in ("tico19.en.txt", "tico19.es-419.txt"):
        lines = (tico / name).read_text(encoding="utf-8").splitlines()
        if limit:
            lines = lines[:limit]
        out = directory / name
        out.write_text("\n\n".join(x.strip() for x in lines) + "\n", encoding="utf-8")
        pair.append(out)
    return pair


def best_of(argv: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(argv, capture_output=True)
        best = min(best, time.perf_counter() - t)
        if p.returncode not in (0, 1):
            raise SystemExit(f"failed: {' '.join(argv)}\n{p.stderr.decode()[-2000:]}")
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bilint", default=str(ROOT / ".venv" / "bin" / "bilint"))
    a = ap.parse_args()
    rows = [("bilint --version", best_of([a.bilint, "--version"], a.runs * 3), None)]
    ex = ROOT / "examples"
    rows.append(("compare examples/ (one article pair)",
                 best_of([a.bilint, "compare", str(ex / "harbor-bridge.en.md"),
                          str(ex / "harbor-bridge.es.md")], a.runs), None))
    if TICO.exists():
        with tempfile.TemporaryDirectory() as d:
            pair = tico_pair(Path(d))
            size = sum(p.stat().st_size for p in pair)
            wall = best_of([a.bilint, "compare", str(pair[0]), str(pair[1]), "--source-lang", "en",
                            "--target-lang", "es", "--format", "json", "--exit-zero"], a.runs)
            rows.append((f"compare TICO-19 as one pair ({size / 1e6:.2f} MB)", wall, size / 1e6 / wall))
    else:
        print("TICO-19 is absent (../shared): only start-up measured")
    print(f"{'what':<48} {'wall s':>8} {'MB/s':>8}")
    for what, wall, rate in rows:
        print(f"{what:<48} {wall:>8.3f} {'' if rate is None else f'{rate:.2f}':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
