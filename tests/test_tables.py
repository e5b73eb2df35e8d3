"""Language tables come from a shipped snapshot when it matches the code, lexicons and
libraries, and are built from the files otherwise, with the same results either way."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from bilint import tables
from bilint.resources import rules_path

_PROBE = r'''
import sys
from bilint import tables
if sys.argv[1] == "fresh":
    tables._snapshot = {}  # as if no snapshot were shipped: every table built from the files
from bilint.extract import extract
from bilint.lang import parse_lang
texts = {
    "en": "On Tuesday, March 5, 2024, at 5:30 p.m., the Port Authority approved $4.76 million, "
          "up 12% from 2023, for 3.5 miles of road; about two hundred people came, more than "
          "in the 1990s. Mayor Ana Ruiz said 1,500 tons of steel arrive next week.",
    "es": "El martes 5 de marzo de 2024, a las 17:30, la Autoridad Portuaria aprobó US$ 4,76 "
          "millones, un 12 % más que en 2023, para 3,5 millas de calles; vinieron unas doscientas "
          "personas, más que en los años noventa. La alcaldesa Ana Ruiz dijo que 1.500 toneladas "
          "de acero llegan la semana próxima.",
}
for code in ("en", "en-GB", "es", "es-MX", "es-419"):
    for f in extract(texts[parse_lang(code).base], parse_lang(code)):
        print(code, f.kind, f.span, repr(f.value), f.strength, f.format_issue, f.display)
print("snapshot tables:", len(tables._snapshot or {}))
'''


def _facts(mode: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True,
                         check=True).stdout
    return out.splitlines()


def test_the_shipped_snapshot_matches_the_code_and_lexicons() -> None:
    path = rules_path() / tables.CACHE_NAME
    shipped_stamp = pickle.loads(path.read_bytes())[0]  # noqa: S301  (our own file)
    current = tables.stamp()
    if shipped_stamp.split()[0] != current.split()[0]:
        pytest.skip(f"snapshot made by {shipped_stamp.split()[0]}, running {current.split()[0]}")
    assert shipped_stamp == current, "rules/tables.cache is stale: run `python -m bilint.tables`"


def test_facts_are_the_same_from_the_snapshot_and_from_the_files() -> None:
    from_snapshot, built = _facts("shipped"), _facts("fresh")
    assert from_snapshot[:-1] == built[:-1]
    assert len(built) > 40  # every kind of fact, in five language variants
    assert built[-1] == "snapshot tables: 0"
    if tables.load():
        assert from_snapshot[-1] != "snapshot tables: 0"


def test_a_stale_or_broken_snapshot_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / tables.CACHE_NAME
    path.write_bytes(pickle.dumps(("cpython-27 00000000", {("x", ()): 1}), protocol=4))
    assert tables.load(path) == {}
    path.write_bytes(b"\x80not a pickle")
    assert tables.load(path) == {}
    assert tables.load(tmp_path / "absent") == {}


def test_an_edited_lexicon_changes_the_stamp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    (copy / "lexicon").mkdir(parents=True)
    for p in (rules_path() / "lexicon").iterdir():
        if p.is_file():
            (copy / "lexicon" / p.name).write_bytes(p.read_bytes())
    monkeypatch.setattr(tables, "rules_path", lambda: copy)
    before = tables.stamp()
    units = copy / "lexicon" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert tables.stamp() != before


def test_a_builder_outside_the_stamped_modules_is_refused() -> None:
    def builder(base: str) -> str:
        return base

    builder.__module__ = "bilint.compare"
    with pytest.raises(RuntimeError, match="stamped module"):
        tables.snapshot(builder)
