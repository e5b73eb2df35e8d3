"""`bilint check .` on a generated repository of article pairs, and what --jobs buys.

  python benchmarks/bench_check.py [--pairs 200] [--runs 3] [--bilint .venv/bin/bilint]

Builds, in a temporary directory, a git repository of N English articles and their Spanish
translations (11 to 15 paragraphs each, about 280 words in English and 325 in Spanish: the size
of the example pair in examples/; drawn from realistic news paragraphs with varying
figures; about one translation in five carries a planted error, and the repository mixes the
`name.en.md` and `en/...` conventions), then times, start-up included, `bilint check .` with
the default --jobs, with --jobs 1 and with --jobs 2. Prints the best and median of the runs
and the speed-up. Targets (issue 6): at most 5 s for 200 pairs; --jobs 2 at least 1.6 times
faster than --jobs 1 on two cores.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (English, Spanish) paragraphs; {a}, {b}... are figures, filled the same on both sides.
PARAGRAPHS = [
    ("The city council voted {a} to {b} on Tuesday to approve a ${m} million budget for road "
     "repairs, the largest such allocation in {y} years.",
     "El concejo municipal votó {a} a {b} el martes a favor de aprobar un presupuesto de "
     "{m} millones de dólares para reparar calles, la mayor asignación de ese tipo en {y} años."),
    ("Officials said {n} families had been evacuated from low-lying neighborhoods as the river "
     "rose {p} feet above flood stage.",
     "Las autoridades dijeron que {n} familias fueron evacuadas de los barrios bajos cuando el "
     "río subió {p} pies por encima del nivel de inundación."),
    ("The company reported revenue of ${m} million for the quarter, up {pc}% from a year "
     "earlier, and said it would hire {n} workers at its plant in Monterrey.",
     "La empresa informó ingresos de {m} millones de dólares en el trimestre, un {pc} % más "
     "que un año antes, y dijo que contratará a {n} trabajadores en su planta de Monterrey."),
    ("About {n} people attended the rally, according to police, while organizers put the "
     "figure at {k} thousand.",
     "Unas {n} personas asistieron a la manifestación, según la policía, mientras que los "
     "organizadores calcularon la cifra en {k} mil."),
    ("The school district will close {a} of its {c} elementary schools at the end of the year, "
     "affecting roughly {n} students.",
     "El distrito escolar cerrará {a} de sus {c} escuelas primarias al final del año, lo que "
     "afectará a unos {n} estudiantes."),
    ("Health officials confirmed {a} new cases on Monday, bringing the total this month to "
     "{n}, and urged residents over {age} to get vaccinated.",
     "Las autoridades sanitarias confirmaron {a} casos nuevos el lunes, con lo que el total de "
     "este mes llega a {n}, e instaron a los residentes mayores de {age} años a vacunarse."),
    ("The bridge, which opened in {yr}, carries about {k} thousand vehicles a day and has not "
     "had a major repair in {y} years.",
     "El puente, que se inauguró en {yr}, soporta unos {k} mil vehículos al día y no ha tenido "
     "una reparación importante en {y} años."),
    ("Investigators said the fire started shortly after {h}:{mm} and destroyed {a} homes before "
     "crews contained it.",
     "Los investigadores dijeron que el incendio comenzó poco después de las {h}:{mm} y destruyó "
     "{a} viviendas antes de que los bomberos lo controlaran."),
    ("The measure passed the state Senate {c} to {b} and now goes to the governor, who has "
     "{a} days to sign or veto it.",
     "La medida fue aprobada en el Senado estatal por {c} votos contra {b} y pasa ahora al "
     "gobernador, que tiene {a} días para firmarla o vetarla."),
    ("Ticket prices will rise by {pc}% next year, the transit agency said, the first increase "
     "since {yr}.",
     "Los precios de los boletos subirán un {pc} % el próximo año, dijo la agencia de "
     "transporte, el primer aumento desde {yr}."),
    ("Farmers in the region lost an estimated {n} acres of crops to the drought, and {a} "
     "counties have asked for federal aid.",
     "Los agricultores de la región perdieron unos {n} acres de cultivos por la sequía, y {a} "
     "condados han pedido ayuda federal."),
    ("The museum expects {k} thousand visitors during the exhibition, which runs for {a} weeks "
     "and includes {c} works never shown before.",
     "El museo espera {k} mil visitantes durante la exposición, que dura {a} semanas e incluye "
     "{c} obras nunca antes exhibidas."),
]


def _figures(rng: random.Random) -> dict[str, str]:
    return {
        "a": str(rng.randint(2, 9)), "b": str(rng.randint(1, 9)), "c": str(rng.randint(11, 40)),
        "m": str(rng.randint(12, 480)), "y": str(rng.randint(11, 30)),
        "n": str(rng.randint(120, 990)), "p": str(rng.randint(2, 9)), "pc": str(rng.randint(3, 19)),
        "k": str(rng.randint(12, 95)), "age": str(rng.choice([50, 60, 65, 70])),
        "yr": str(rng.randint(1950, 2015)), "h": str(rng.randint(1, 11)),
        "mm": f"{rng.randint(0, 5)}{rng.randint(0, 9)}",
    }


# Paragraphs an article: 11-15 make the example pair's size (examples/harbor-bridge: 289 words in
# English, 328 in Spanish). 6-10, this benchmark's first default, made 174 and 201.
PARAGRAPHS_PER_ARTICLE = (11, 15)


def article(rng: random.Random, planted: bool,
            paragraphs: tuple[int, int] = PARAGRAPHS_PER_ARTICLE) -> tuple[str, str]:
    # Longer articles than the bank has paragraphs repeat them, with other figures.
    n = rng.randint(*paragraphs)
    chosen = [p for _ in range(n // len(PARAGRAPHS) + 1) for p in rng.sample(PARAGRAPHS, len(PARAGRAPHS))][:n]
    en, es = [], []
    for i, (e, s) in enumerate(chosen):
        figs = _figures(rng)
        en.append(e.format(**figs))
        if planted and i == len(chosen) // 2:
            key = next(k for k in ("n", "m", "k", "c", "a", "pc", "yr", "y") if "{" + k + "}" in s)
            figs = {**figs, key: str(int(figs[key]) + 1)}
        es.append(s.format(**figs))
    title_en, title_es = "# Local news roundup", "# Resumen de noticias locales"
    return "\n\n".join([title_en, *en]) + "\n", "\n\n".join([title_es, *es]) + "\n"


def build(root: Path, pairs: int, seed: int = 6,
          paragraphs: tuple[int, int] = PARAGRAPHS_PER_ARTICLE) -> None:
    rng = random.Random(seed)
    for i in range(pairs):
        en, es = article(rng, planted=rng.random() < 0.2, paragraphs=paragraphs)
        section = ("city", "business", "health", "culture")[i % 4]
        if i % 2:
            paths = (root / section / f"story-{i:03d}.en.md", root / section / f"story-{i:03d}.es.md")
        else:
            paths = (root / "en" / section / f"story-{i:03d}.md", root / "es" / section / f"story-{i:03d}.md")
        for path, text in zip(paths, (en, es), strict=True):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.org"}
    for argv in (["git", "init", "-q"], ["git", "add", "."], ["git", "commit", "-q", "-m", "articles"]):
        subprocess.run(argv, cwd=root, env=env, check=True, capture_output=True)


def timed(argv: list[str], cwd: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system, worker processes included) of each run: on a
    machine shared with other work, CPU time shows what the wall time hides."""
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run(argv, cwd=cwd, capture_output=True)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if p.returncode not in (0, 1):
            raise SystemExit(f"failed: {' '.join(argv)}\n{p.stderr.decode()[-2000:]}")
    return times, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--paragraphs", default="{}-{}".format(*PARAGRAPHS_PER_ARTICLE), metavar="MIN-MAX",
                    help="paragraphs per article (11-15: about 300 words, the size of examples/; "
                    "6-10: about 190 words, a brief; 40-50: about 1,000 words, nearer the real "
                    "CNN article in ../shared/seed, 1,230 words a side)")
    ap.add_argument("--bilint", default=str(ROOT / ".venv" / "bin" / "bilint"))
    a = ap.parse_args()
    lo, _, hi = a.paragraphs.partition("-")
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        build(root, a.pairs, paragraphs=(int(lo), int(hi or lo)))
        files = list(root.rglob("*.md"))
        size = sum(p.stat().st_size for p in files)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in files) / len(files)
        print(f"{a.pairs} article pairs, {a.paragraphs} paragraphs ({words:.0f} words) an article, "
              f"{size / 1e6:.2f} MB of text, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        configs = (("check . (default --jobs)", []), ("check . --jobs 1", ["--jobs", "1"]),
                   ("check . --jobs 2", ["--jobs", "2"]))
        rows: dict[str, list[float]] = {label: [] for label, _ in configs}
        cpus: dict[str, list[float]] = {label: [] for label, _ in configs}
        # Round by round, each configuration once: a machine whose speed drifts (other work,
        # a shared host) then slows every configuration alike instead of one block of runs.
        for _ in range(a.runs):
            for label, extra in configs:
                times, cpu = timed([a.bilint, "check", ".", "--format", "concise", *extra], root, 1)
                rows[label] += times
                cpus[label] += cpu
        for label, _ in configs:
            times = rows[label]
            print(f"{label:<28} best {min(times):6.2f} s   median {statistics.median(times):6.2f} s"
                  f"   (CPU {statistics.median(cpus[label]):5.2f} s)")
        one, two = rows["check . --jobs 1"], rows["check . --jobs 2"]
        rounds = [x / y for x, y in zip(one, two, strict=True)]
        print(f"speed-up of --jobs 2 over --jobs 1: best {min(one) / min(two):.2f}x, "
              f"median {statistics.median(one) / statistics.median(two):.2f}x, "
              f"median of the rounds {statistics.median(rounds):.2f}x (load {os.getloadavg()[0]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
