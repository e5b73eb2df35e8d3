"""Language tables are built from the files on first use and kept in the user's cache; a run
that loads them finds the same facts as one that builds them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bilint import tables, usercache
from bilint.resources import rules_path

_PROBE = r'''
import sys
from bilint import tables, usercache
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
print("tables loaded:", len(tables._snapshot or {}), "built:", len(tables._built))
tables.save()
'''


def _facts(cache: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True,
                         env={**os.environ, "BILINT_CACHE_DIR": str(cache)}).stdout
    return out.splitlines()


def test_facts_are_the_same_from_the_cache_and_from_the_files(tmp_path: Path) -> None:
    built, cached = _facts(tmp_path), _facts(tmp_path)
    assert len(built) > 40  # every kind of fact, in five language variants
    assert cached[:-1] == built[:-1]
    assert built[-1].startswith("tables loaded: 0 built: ") and not built[-1].endswith(" 0")
    assert cached[-1].endswith("built: 0") and not cached[-1].startswith("tables loaded: 0 ")


def test_tables_of_another_stamp_are_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILINT_CACHE_DIR", str(tmp_path))
    usercache.store(tables.CACHE_NAME, "cpython-27 babel=1.0 00000000", {("x", ()): b"1"})
    assert tables.load() == {}
    assert tables.load("cpython-27 babel=1.0 00000000") == {("x", ()): b"1"}


def test_the_stamp_names_the_interpreter_and_library_versions() -> None:
    from importlib.metadata import version

    stamp = tables.stamp()
    assert sys.implementation.cache_tag in stamp
    assert f"babel={version('babel')}" in stamp and f"regex={version('regex')}" in stamp
    assert f"yaml={version('pyyaml')}" in stamp


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
