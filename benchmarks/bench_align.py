"""Wall time of `bilint.align.align` on synthetic article pairs of growing size.

Not a test: run it by hand, e.g. ``.venv/bin/python benchmarks/bench_align.py``, and compare
with the targets (10k paragraphs well under 1 s, 100k under 12 s in pure Python).
Each input is an "English" side of random paragraph lengths, about one paragraph in six
carrying a few anchors (some of them recurring, like a year or a name), and a "Spanish" side
5-25 % longer per paragraph with a few paragraphs dropped and one added.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

try:
    from bilint.align import Group, Para, align
except ImportError:  # run from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from bilint.align import Group, Para, align


def make_pair(n: int, seed: int) -> tuple[list[Para], list[Para], list[int]]:
    """A source of n paragraphs, its translation, and the source indices dropped from it."""
    rng = random.Random(seed)
    src = []
    for i in range(n):
        anchors: set[str] = set()
        if rng.random() < 0.15:
            anchors = {f"n{i}-{k}" for k in range(rng.randint(1, 3))}
            if rng.random() < 0.2:
                anchors.add(rng.choice(["2024", "cnn", "needham"]))
        src.append(Para(rng.randint(80, 600), frozenset(anchors)))
    tgt = [Para(round(p.length * rng.uniform(1.05, 1.25)), p.anchors) for p in src]
    dropped = sorted(rng.sample(range(n), 3 + n // 5000))
    for k in reversed(dropped):
        del tgt[k]
    tgt.insert(rng.randrange(len(tgt)), Para(rng.randint(80, 600), frozenset({"added"})))
    return src, tgt, dropped


def time_align(n: int, seed: int, repeat: int) -> tuple[float, list[Group], list[int]]:
    """Best wall time of aligning a generated pair of n paragraphs, the groups and the drops."""
    src, tgt, dropped = make_pair(n, seed)
    times = []
    groups: list[Group] = []
    # One run of a 100k input is long enough to be steady; repeats would only add minutes.
    for _ in range(repeat if n < 50_000 else 1):
        start = time.perf_counter()
        groups = align(src, tgt)
        times.append(time.perf_counter() - start)
    return min(times), groups, dropped


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size below 50k; best is shown")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    # "as 1-0": drops found exactly; "in 2-1": drops read as merged into a neighbour, which
    # lengths alone cannot always tell apart from a drop (most paragraphs have no anchor).
    print(
        f"{'paragraphs':>10} {'target':>8} {'drops':>5} {'as 1-0':>6} {'in 2-1':>6} {'best s':>8} {'µs/para':>8}"
    )
    for n in args.sizes:
        best, groups, dropped = time_align(n, args.seed, args.repeat)
        skipped = sum(1 for s, t in groups if not t and s[0] in dropped)
        merged = sum(1 for s, t in groups if len(s) == 2 and any(i in dropped for i in s))
        print(
            f"{n:>10} {n - len(dropped) + 1:>8} {len(dropped):>5} {skipped:>6} {merged:>6}"
            f" {best:>8.3f} {best / n * 1e6:>8.1f}"
        )


if __name__ == "__main__":
    main()
