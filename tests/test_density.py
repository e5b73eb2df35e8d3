"""Fact floods (issue 8): a paragraph far denser in figures than prose is not checked fact by
fact but reported once per side as ALN003; long real prose is still checked."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bilint.cli import cli
from bilint.extract.density import (
    DENSE_CHARS_PER_CANDIDATE,
    DENSE_CHARS_PER_CAPITAL,
    DENSE_FROM_CHARS,
    candidates,
    too_dense,
)
from bilint.lang import Lang, parse_lang

from .conftest import ROOT, SHARED

SCHEMA = ROOT / "tests" / "data" / "findings.schema.json"
TICO = SHARED / "corpora" / "tico19"
EN, ES = parse_lang("en"), parse_lang("es")


def _findings(src: Path, tgt: Path) -> list[dict[str, object]]:
    r = CliRunner().invoke(cli, ["compare", str(src), str(tgt), "--format", "json"])
    assert r.exit_code in (0, 1), r.output
    data = json.loads(r.stdout)
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert isinstance(data, list)
    return data


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


# --- the guard alone -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("-1" * 15_000, EN),
    ("1 one " * 5_000, EN),
    ("1 uno " * 5_000, ES),
    ("thousand " * 3_000, EN),
    ("mil " * 6_000, ES),
    ("Uno, dos, tres, cuatro, cinco. " * 1_000, ES),
])
def test_floods_are_too_dense(text: str, lang: Lang) -> None:
    found = too_dense(text, lang)
    assert found is not None and found.chars == len(text)
    assert found.candidates * DENSE_CHARS_PER_CANDIDATE > len(text)


@pytest.mark.parametrize("text", ["A " * 15_000, "I X V L " * 4_000, "ÉL ÉL " * 4_000])
def test_a_flood_of_capitalised_words_is_too_dense(text: str) -> None:
    found = too_dense(text, EN)
    assert found is not None and found.what == "capitalised words"
    assert found.candidates * DENSE_CHARS_PER_CAPITAL > len(text)


def test_a_long_paragraph_in_capitals_is_still_read() -> None:
    shouting = ("THE COUNTY BOARD APPROVED THE BUDGET ON TUESDAY AFTER A LONG DEBATE, AND THE MAYOR "
                "SAID HER OFFICE WOULD PUBLISH THE FIGURES NEXT WEEK. ") * 200
    assert len(shouting) > DENSE_FROM_CHARS and too_dense(shouting, EN) is None


def test_a_short_paragraph_is_never_scanned() -> None:
    assert too_dense("-1" * (DENSE_FROM_CHARS // 2 - 1), EN) is None


def test_real_text_is_far_below_the_threshold() -> None:
    """Every 20,000-character stretch of TICO-19 (medical and news text, one sentence a line,
    read here as one paragraph) and the example article are read fact by fact."""
    texts = [(p.read_text(encoding="utf-8"), ES if ".es." in p.name else EN)
             for p in sorted((ROOT / "examples").glob("*.md"))]
    if TICO.exists():
        texts += [((TICO / "tico19.en.txt").read_text(encoding="utf-8"), EN),
                  ((TICO / "tico19.es-419.txt").read_text(encoding="utf-8"), parse_lang("es-419"))]
    for text, lang in texts:
        long = text.replace("\n", " ")
        while len(long) < DENSE_FROM_CHARS:
            long += " " + long
        for start in range(0, max(1, len(long) - DENSE_FROM_CHARS), 10_000):
            window = long[start:start + DENSE_FROM_CHARS]
            assert too_dense(window, lang) is None
            # The margin the threshold promises: real text is at most a third of the limit.
            assert candidates(window, lang) * DENSE_CHARS_PER_CANDIDATE * 3 <= len(window)
            capitals = sum(1 for w in window.split() if w[:1].isupper())
            assert capitals * DENSE_CHARS_PER_CAPITAL * 3 <= len(window)


# --- through the command line --------------------------------------------------------------

INTRO_EN = """# County publishes a year of daily case counts

The county health department on Monday published 365 days of case counts, a year after
the first 12 infections were confirmed.

Officials said the figures below were copied from the state's reporting system.
"""
OUTRO_EN = """
The department said about 4,200 residents had been vaccinated by the end of March.

A spokesperson said the next report would be published on April 15.
"""
INTRO_ES = """# El condado publica un año de casos diarios

El departamento de salud del condado publicó el lunes 365 días de recuentos de casos, un
año después de que se confirmaran las primeras 12 infecciones.

Los funcionarios dijeron que las cifras de abajo se copiaron del sistema de informes
del estado.
"""
OUTRO_ES = """
El departamento dijo que unos 4.200 residentes se habían vacunado a finales de marzo.

Una portavoz dijo que el próximo informe se publicará el 15 de abril.
"""


def _dump() -> str:
    """A data dump pasted as one paragraph: date, cases, deaths, tests; 25,000+ characters."""
    rows = []
    for day in range(1, 1_200):
        rows.append(f"2021-{day % 12 + 1:02d}-{day % 28 + 1:02d},{(day * 37) % 2000},"
                    f"{(day * 7) % 40},{(day * 113) % 9000}")
    return ";".join(rows)


def test_a_dense_paragraph_is_one_aln003_per_side_and_nothing_else(tmp_path: Path) -> None:
    dump = _dump()
    assert len(dump) > 25_000
    en = INTRO_EN + "\n" + dump + "\n" + OUTRO_EN
    es = INTRO_ES + "\n" + dump + "\n" + OUTRO_ES
    src, tgt = tmp_path / "cases.en.md", tmp_path / "cases.es.md"
    src.write_text(en, encoding="utf-8")
    tgt.write_text(es, encoding="utf-8")
    data = _findings(src, tgt)
    assert [f["code"] for f in data] == ["ALN003", "ALN003"], data
    by_side = {("source" if f["source"] else "target"): f for f in data}
    s, t = by_side["source"]["source"], by_side["target"]["target"]
    assert isinstance(s, dict) and isinstance(t, dict)
    assert (s["path"], s["line"], s["column"]) == (str(src), _line(en, dump), 1)
    assert (t["path"], t["line"], t["column"]) == (str(tgt), _line(es, dump), 1)
    assert _line(en, dump) != _line(es, dump)  # each side's own place
    message = by_side["source"]["message"]
    assert isinstance(message, str)
    assert f"{len(dump):,} characters" in message and "not checked" in message
    assert by_side["source"]["severity"] == "warning"


def test_the_paragraphs_around_a_dense_one_are_still_checked(tmp_path: Path) -> None:
    dump = _dump()
    src, tgt = tmp_path / "cases.en.md", tmp_path / "cases.es.md"
    src.write_text(INTRO_EN + "\n" + dump + "\n" + OUTRO_EN, encoding="utf-8")
    tgt.write_text(INTRO_ES + "\n" + dump + "\n" + OUTRO_ES.replace("4.200", "2.400"),
                   encoding="utf-8")
    codes = sorted(str(f["code"]) for f in _findings(src, tgt))
    assert codes == ["ALN003", "ALN003", "NUM001"]


def _flood(tmp_path: Path, en: str, es: str) -> list[dict[str, object]]:
    """The findings of a pair of one-paragraph files."""
    src, tgt = tmp_path / "a.en.txt", tmp_path / "a.es.txt"
    src.write_text(en + "\n", encoding="utf-8")
    tgt.write_text(es + "\n", encoding="utf-8")
    return _findings(src, tgt)


def test_a_flood_of_thousand_and_mil_is_one_finding_per_side(tmp_path: Path) -> None:
    data = _flood(tmp_path, "thousand " * 3_000, "mil " * 6_000)
    assert sorted(str(f["code"]) for f in data) == ["ALN003", "ALN003"]


def test_a_flood_of_capitals_is_one_finding_per_side_that_says_so(tmp_path: Path) -> None:
    data = _flood(tmp_path, "A " * 20_000, "A " * 20_000)
    assert sorted(str(f["code"]) for f in data) == ["ALN003", "ALN003"]
    assert all("20,000 capitalised words) is too dense in capitalised words" in str(f["message"])
               for f in data)


# Different realistic sentences, each with its translation: a long paragraph of these is prose,
# with about one number per 40 characters, and must be read fact by fact.
SENTENCES = [
    ("The city council approved a budget of $48 million for the new bridge on Tuesday.",
     "El concejo municipal aprobó el martes un presupuesto de 48 millones de dólares para el "
     "nuevo puente."),
    ("About 3,500 commuters cross the river every day, officials said.",
     "Unos 3.500 viajeros cruzan el río cada día, dijeron los funcionarios."),
    ("Construction is expected to take three years and to create 240 jobs.",
     "Se prevé que la construcción dure tres años y cree 240 empleos."),
    ("The old bridge, built in 1962, was closed twice last winter for repairs.",
     "El viejo puente, construido en 1962, se cerró dos veces el invierno pasado por reparaciones."),
    ("Residents of the east side said they had waited for decades for a second crossing.",
     "Los vecinos del lado este dijeron que llevaban décadas esperando un segundo cruce."),
    ("Traffic on the main road rose by 18% in the past five years.",
     "El tráfico en la vía principal aumentó un 18% en los últimos cinco años."),
]
PLANTED_EN = "The inspectors found 4,817 cracks in the deck of the old bridge."
PLANTED_ES = "Los inspectores encontraron 4.871 grietas en el tablero del viejo puente."


def _long_prose(planted: str, side: int) -> str:
    """The same 360 sentences on either side, the planted one among them: some 26,000
    characters of English and a longer Spanish translation, as real translations run."""
    out = [SENTENCES[n % len(SENTENCES)][side] for n in range(360)]
    out.insert(150, planted)
    return " ".join(out)


def test_a_long_prose_paragraph_is_still_checked(tmp_path: Path) -> None:
    en, es = _long_prose(PLANTED_EN, 0), _long_prose(PLANTED_ES, 1)
    assert len(en) > 25_000 and len(es) > 25_000
    assert too_dense(en, EN) is None and too_dense(es, ES) is None
    src, tgt = tmp_path / "bridge.en.txt", tmp_path / "bridge.es.txt"
    src.write_text(en + "\n", encoding="utf-8")
    tgt.write_text(es + "\n", encoding="utf-8")
    data = _findings(src, tgt)
    changed = [f for f in data if f["code"] == "NUM001"]
    assert len(changed) == 1, data
    s, t = changed[0]["source"], changed[0]["target"]
    assert isinstance(s, dict) and isinstance(t, dict)
    assert s["text"] == "4,817" and t["text"] == "4.871"
    assert "ALN003" not in {f["code"] for f in data}
