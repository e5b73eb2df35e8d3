"""The editors' HTML report at scale: TICO-19 (3,071 segments, one paragraph each) as one pair.

Measures (best of N runs):
  - written: `bilint report EN ES -o report.html` wall time, start-up and checking included;
    and the rendering alone (Result -> HTML string), in process;
  - opens: headless Chromium loading the file: the load event (navigation timing), first
    contentful paint, and the wall time of the WebDriver navigation.
Targets (issue 7): written in <= 3 s, opens in <= 2 s.

  python benchmarks/bench_report.py [--runs 3] [--bilint .venv/bin/bilint] [--keep DIR]

Needs ../shared/corpora/tico19, and Chromium with chromedriver for the second part.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICO = ROOT.parent / "shared" / "corpora" / "tico19"
sys.path.insert(0, str(ROOT))


def paragraphs(directory: Path) -> list[Path]:
    """TICO-19 with a blank line between segments: one paragraph each."""
    pair = []
    for name in ("tico19.en.txt", "tico19.es-419.txt"):
        lines = (TICO / name).read_text(encoding="utf-8").splitlines()
        out = directory / name
        out.write_text("\n\n".join(x.strip() for x in lines) + "\n", encoding="utf-8")
        pair.append(out)
    return pair


def written(bilint: str, pair: list[Path], out: Path, runs: int, fmt: str = "html") -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([bilint, "report", str(pair[0]), str(pair[1]), "--source-lang", "en",
                            "--target-lang", "es-419", "-o", str(out), "--exit-zero",
                            "--format", fmt], capture_output=True)
        times.append(time.perf_counter() - t)
        if p.returncode != 0:
            raise SystemExit(f"bilint report failed:\n{p.stderr.decode()[-2000:]}")
    return times


def rendering(pair: list[Path], runs: int) -> tuple[list[float], int, int, int]:
    from bilint.pipeline import check, load_pair
    from bilint.report import render

    result = check(*load_pair(str(pair[0]), str(pair[1]), "en", "es-419"))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        page = render("html", [result])
        times.append(time.perf_counter() - t)
    return times, len(page.encode("utf-8")), len(result.groups), len(result.findings)


def opening(page: Path, runs: int) -> tuple[list[float], list[float], list[float]] | str:
    from tests.chromium import browser

    d, profile = browser(1280, 800)
    if d is None:
        return profile
    load, paint, wall = [], [], []
    try:
        for _ in range(runs):
            d.get("about:blank")
            t = time.perf_counter()
            d.get(page.as_uri())
            wall.append(time.perf_counter() - t)
            nav = d.execute_script(
                "var n = performance.getEntriesByType('navigation')[0];"
                "var p = performance.getEntriesByName('first-contentful-paint')[0];"
                "return [n.loadEventEnd, p ? p.startTime : -1, document.body.dataset.ready]")
            if nav[2] != "1":
                raise SystemExit("the report's script did not run")
            load.append(nav[0] / 1000)
            paint.append(nav[1] / 1000)
    finally:
        d.quit()
    return load, paint, wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bilint", default=str(ROOT / ".venv" / "bin" / "bilint"))
    ap.add_argument("--keep", type=Path, help="write the report into this directory and keep it")
    a = ap.parse_args()
    if not TICO.exists():
        print("TICO-19 is absent (../shared/corpora/tico19): nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        pair = paragraphs(d)
        out = (a.keep or d) / "tico19-report.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        w = written(a.bilint, pair, out, a.runs)
        # The same run with the JSON format: what checking alone costs, the report aside.
        j = written(a.bilint, pair, d / "findings.json", a.runs, "json")
        r, size, groups, nfind = rendering(pair, a.runs)
        print(f"TICO-19 as one pair: {groups} aligned groups, {nfind} findings, "
              f"report {size / 1e6:.2f} MB")
        print(f"{'what':<52} {'best s':>8} {'median s':>9}")

        def row(what: str, times: list[float]) -> None:
            print(f"{what:<52} {min(times):>8.3f} {statistics.median(times):>9.3f}")

        row("written: bilint report ... -o (whole run)", w)
        row("  of which rendering the HTML (in process)", r)
        row("  the same run with --format json (no report)", j)
        o = opening(out, a.runs)
        if isinstance(o, str):
            print(f"opens: not measured: {o}")
            return 0
        load, paint, wall = o
        row("opens: Chromium load event (navigation timing)", load)
        row("  first contentful paint", paint)
        row("  WebDriver navigation, wall", wall)
        ok = min(w) <= 3.0 and min(load) <= 2.0
        print(f"targets (written <= 3 s, opens <= 2 s): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
