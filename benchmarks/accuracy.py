"""The accuracy ratchet: rerun ../shared/eval/score.py and compare with benchmarks/accuracy.json.

  python benchmarks/accuracy.py            print the figures and the comparison
  python benchmarks/accuracy.py --check    exit 1 when a class's recall dropped or the clean-text
                                           errors and warnings per 100 segments rose
  python benchmarks/accuracy.py --update   rewrite accuracy.json, only if no figure got worse

The top-level figures are TICO-19's (the scorer's default corpus); `corpora` holds the same
figures for each ntrex-dev translation (news bilint was not tuned on), checked the same way.
The clean-text figure held is `clean_not_real_per_100`: loud findings on the clean corpus that
benchmarks/review/ does not judge real (false, defensible or unreviewed); a real discrepancy
newly caught is no regression. `clean_errors_warnings_per_100` (all loud findings) is reported.

Needs ../shared (the corpora and the scorer); absent on a user's machine, where it says so.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "benchmarks" / "accuracy.json"
# Run-to-run noise cannot move these figures (the scorer is deterministic), so no tolerance.
TOLERANCE = 0.0


NTREX = SHARED / "corpora" / "ntrex-dev"
# name -> (translation file, target language), each scored against ntrex-dev/eng.txt
NTREX_CORPORA = {"ntrex-spa": ("spa.txt", "es"), "ntrex-ref2": ("spa-ref2.txt", "es"),
                 "ntrex-mx": ("spa-MX.txt", "es-MX")}


def _not_real(dump: Path, review: str) -> int:
    """How many loud findings of a clean run (score.py --dump) the review file does not judge
    real: false alarms, defensible ones and those not yet reviewed."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from review import LOUD, REVIEW, signature

    verdicts: dict[str, str] = {}
    path = REVIEW / f"{review}.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                verdicts[entry["sig"]] = entry["verdict"]
    count = 0
    for line in dump.read_text(encoding="utf-8").splitlines():
        f = json.loads(line)
        if f.get("severity") not in LOUD:
            continue
        sig = signature(f["code"], (f.get("source") or {}).get("text"), (f.get("target") or {}).get("text"),
                        f.get("en") or "", f.get("es") or "")
        count += verdicts.get(sig) != "real"
    return count


def measure(bilint: str, corpus: list[str] | None = None, review: str = "tico19") -> dict[str, object]:
    score = SHARED / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as d:
        dump = Path(d) / "clean.jsonl"
        out = subprocess.run([sys.executable, str(score), *(corpus or []), "--bilint", bilint,
                              "--dump", str(dump)], capture_output=True, text=True, check=True).stdout
        not_real = _not_real(dump, review)
    summary = json.loads(out)
    clean = summary["clean_per_100"]
    recall = {}
    for cls, frac in summary["recall"].items():
        caught, total = (int(x) for x in frac.split("/"))
        recall[cls] = round(caught / total, 3) if total else 1.0
    return {
        "segments": summary["segments"],
        "recall": recall,
        "clean_errors_warnings_per_100": round(clean.get("error", 0) + clean.get("warning", 0), 2),
        "clean_not_real_per_100": round(100 * not_real / summary["segments"], 2),
        "clean_codes": summary["clean_codes"],
        "spill": summary["spill"],
        "wall_s": summary["wall_s"],
    }


def measure_all(bilint: str) -> dict[str, object]:
    now = measure(bilint)
    if NTREX.exists():
        now["corpora"] = {name: measure(bilint, [str(NTREX / "eng.txt"), str(NTREX / file),
                                                 "--target-lang", lang], review=name)
                          for name, (file, lang) in NTREX_CORPORA.items()}
    return now


def regressions(now: dict[str, object], base: dict[str, object]) -> list[str]:
    """What got worse, TICO-19's figures and each corpus's of `corpora`."""
    out = _regressions(now, base)
    now_c, base_c = now.get("corpora", {}), base.get("corpora", {})
    assert isinstance(now_c, dict) and isinstance(base_c, dict)
    for name, was in base_c.items():
        if name not in now_c:
            out.append(f"{name}: not measured")
            continue
        out.extend(f"{name}: {p}" for p in _regressions(now_c[name], was))
    return out


def _regressions(now: dict[str, object], base: dict[str, object]) -> list[str]:
    out = []
    now_r, base_r = now["recall"], base["recall"]
    assert isinstance(now_r, dict) and isinstance(base_r, dict)
    for cls, was in base_r.items():
        if now_r.get(cls, 0.0) + TOLERANCE < was:
            out.append(f"recall of {cls} dropped: {was} -> {now_r.get(cls, 0.0)}")
    # What must not rise is the loud findings on clean text that are not real discrepancies (by
    # benchmarks/review/): a newly caught real one ("John Ram" / "John Rahm") is no regression.
    # A baseline without that figure is held to all loud findings.
    key = "clean_not_real_per_100" if "clean_not_real_per_100" in base else "clean_errors_warnings_per_100"
    was_clean, is_clean = base[key], now[key]
    assert isinstance(was_clean, float | int) and isinstance(is_clean, float | int)
    if is_clean > was_clean + TOLERANCE:
        what = "not judged real " if key == "clean_not_real_per_100" else ""
        out.append(f"clean-text errors and warnings {what}per 100 segments rose: {was_clean} -> {is_clean}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bilint", default=str(ROOT / ".venv" / "bin" / "bilint"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        print("accuracy: ../shared/eval/score.py is absent; nothing to measure")
        return 0
    now = measure_all(a.bilint)
    print(json.dumps(now, indent=1))
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else None
    problems = regressions(now, base) if base else []
    for p in problems:
        print(f"accuracy: {p}", file=sys.stderr)
    if a.update:
        if problems:
            print("accuracy: not updated, some figures are worse", file=sys.stderr)
            return 1
        BASELINE.write_text(json.dumps(now, indent=1) + "\n")
        print(f"accuracy: wrote {BASELINE.relative_to(ROOT)}")
    if a.check and problems:
        return 1
    if a.check:
        print("accuracy: no regression against benchmarks/accuracy.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
