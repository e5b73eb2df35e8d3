"""Precision by review: bilint's loud findings on clean dev corpora, against a file of verdicts.

  python benchmarks/review.py                 every corpus: loud findings, precision, unreviewed
  python benchmarks/review.py ntrex-spa       one corpus (tico19, ntrex-spa, ntrex-ref2, ntrex-mx)
  python benchmarks/review.py --add           also append each unreviewed finding to the corpus's
                                              file with verdict "?" (to be judged by hand)

A loud finding is one of severity error or warning. benchmarks/review/<corpus>.jsonl holds one
reviewed finding a line: its signature, code, source and target surfaces, segment, both
sentences, verdict (real, defensible or false) and cause. The signature is the code, both
surfaces and a hash of both sentences, not the line: a finding keeps its verdict when lines
move, and loses it when its sentence changes. Precision is real / all loud findings; the
unreviewed count against it. ntrex-dev is also reported in two parts, the first 30 documents
(where fixes were made) and the rest (where they were checked).

Needs ../shared (the corpora and the scorer); absent on a user's machine, where it says so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REVIEW = ROOT / "benchmarks" / "review"
VERDICTS = ("real", "defensible", "false")
LOUD = ("error", "warning")
# ntrex-dev lines of its first 30 documents (DOCUMENT_IDS.tsv): the part fixes were made on.
DEV_DOCUMENTS = 30


@dataclass(frozen=True)
class Corpus:
    name: str
    en: str
    es: str
    lang: str


CORPORA = (
    Corpus("tico19", "corpora/tico19/tico19.en.txt", "corpora/tico19/tico19.es-419.txt", "es"),
    Corpus("ntrex-spa", "corpora/ntrex-dev/eng.txt", "corpora/ntrex-dev/spa.txt", "es"),
    Corpus("ntrex-ref2", "corpora/ntrex-dev/eng.txt", "corpora/ntrex-dev/spa-ref2.txt", "es"),
    Corpus("ntrex-mx", "corpora/ntrex-dev/eng.txt", "corpora/ntrex-dev/spa-MX.txt", "es-MX"),
)


def signature(code: str, src: str | None, tgt: str | None, en: str, es: str) -> str:
    sentences = hashlib.sha1(f"{en}\n{es}".encode()).hexdigest()[:12]
    return f"{code}|{src or ''}|{tgt or ''}|{sentences}"


def dev_lines() -> int:
    """How many ntrex-dev lines the first DEV_DOCUMENTS documents hold."""
    ids = (SHARED / "corpora" / "ntrex-dev" / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    seen: list[str] = []
    for i, line in enumerate(ids):
        doc = line.split("\t")[0]
        if not seen or seen[-1] != doc:
            seen.append(doc)
            if len(seen) > DEV_DOCUMENTS:
                return i
    return len(ids)


def loud_findings(corpus: Corpus, bilint: str) -> tuple[int, list[dict[str, object]]]:
    """The number of segments and the loud findings on the clean corpus, each with its
    segment, both sentences and its signature (run as ../shared/eval/score.py runs bilint)."""
    sys.path.insert(0, str(SHARED / "eval"))
    import score

    en = (SHARED / corpus.en).read_text(encoding="utf-8").splitlines()
    es = (SHARED / corpus.es).read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as d:
        src, tgt = str(Path(d) / "src.txt"), str(Path(d) / "tgt.txt")
        score.write_paragraphs(en, src)
        score.write_paragraphs(es, tgt)
        found, _ = score.run_bilint(bilint, src, tgt, "en", corpus.lang)
    out = []
    for f in found:
        if f.get("severity") not in LOUD:
            continue
        seg = score.segment_of(f)
        s_text = (f.get("source") or {}).get("text")
        t_text = (f.get("target") or {}).get("text")
        e, x = (en[seg] if seg < len(en) else ""), (es[seg] if seg < len(es) else "")
        out.append({"sig": signature(f["code"], s_text, t_text, e, x), "code": f["code"],
                    "source": s_text, "target": t_text, "segment": seg, "message": f["message"],
                    "en": e, "es": x})
    return len(en), out


def load_review(corpus: Corpus) -> dict[str, dict[str, object]]:
    path = REVIEW / f"{corpus.name}.jsonl"
    if not path.exists():
        return {}
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            entry = json.loads(line)
            if entry.get("verdict") not in (*VERDICTS, "?"):
                raise SystemExit(f"{path}:{n}: bad verdict {entry.get('verdict')!r}")
            out[entry["sig"]] = entry
    return out


def _precision(verdicts: Counter[str], loud: int) -> str:
    return f"{verdicts['real'] / loud:.2f}" if loud else "-"


def report(corpus: Corpus, segments: int, loud: list[dict[str, object]],
           reviewed: dict[str, dict[str, object]], split: int | None) -> list[dict[str, object]]:
    """Print the figures of one corpus; return its unreviewed findings."""
    verdicts: Counter[str] = Counter()
    unreviewed = []
    for f in loud:
        v = reviewed.get(str(f["sig"]), {}).get("verdict", "?")
        verdicts[str(v)] += 1
        if v == "?":
            unreviewed.append(f)
    n = len(loud)
    print(f"{corpus.name}: {n} loud findings in {segments} segments "
          f"({100 * n / segments:.2f} per 100); real {verdicts['real']}, defensible "
          f"{verdicts['defensible']}, false {verdicts['false']}, unreviewed {verdicts['?']}; "
          f"precision {_precision(verdicts, n)}")
    if split is not None:
        for label, part in (("first 30 documents", [f for f in loud if int(str(f["segment"])) < split]),
                            ("other documents", [f for f in loud if int(str(f["segment"])) >= split])):
            c: Counter[str] = Counter(str(reviewed.get(str(f["sig"]), {}).get("verdict", "?")) for f in part)
            size = split if label.startswith("first") else segments - split
            print(f"  {label}: {len(part)} loud ({100 * len(part) / size:.2f} per 100), "
                  f"real {c['real']}, unreviewed {c['?']}, precision {_precision(c, len(part))}")
    by_cause = Counter(str(reviewed[str(f["sig"])].get("cause", "")) for f in loud
                       if str(f["sig"]) in reviewed and reviewed[str(f["sig"])]["verdict"] == "false")
    for cause, k in by_cause.most_common(8):
        print(f"  false: {k} x {cause}")
    for f in unreviewed:
        print(f"  unreviewed: {f['segment']} {f['code']} {f['source']!r} -> {f['target']!r}")
    return unreviewed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", help="names of corpora (default: all)")
    ap.add_argument("--bilint", default=str(ROOT / ".venv" / "bin" / "bilint"))
    ap.add_argument("--add", action="store_true", help="append unreviewed findings with verdict ?")
    a = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        print("review: ../shared (the dev corpora and the scorer) is absent; nothing to review")
        return 0
    chosen = [c for c in CORPORA if not a.corpora or c.name in a.corpora]
    split = dev_lines()
    for corpus in chosen:
        segments, loud = loud_findings(corpus, a.bilint)
        reviewed = load_review(corpus)
        unreviewed = report(corpus, segments, loud, reviewed, split if corpus.name.startswith("ntrex") else None)
        if a.add and unreviewed:
            REVIEW.mkdir(exist_ok=True)
            with (REVIEW / f"{corpus.name}.jsonl").open("a", encoding="utf-8") as out:
                for f in unreviewed:
                    if str(f["sig"]) in reviewed:
                        continue
                    entry = {k: f[k] for k in ("sig", "code", "source", "target", "segment", "en", "es")}
                    entry.update(verdict="?", cause="")
                    out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
