"""The seed article (../shared/seed): silent for money, percentages and quantities, and single
planted changes to its Spanish reported with the right code in the right paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import SHARED
from .pairs import FAMILIES

SEED = SHARED / "seed" / "000_7d743c62b215637b.txt"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not available"),
]


def _check(path: Path) -> list[tuple[str, str, int]]:
    from bilint.pipeline import apply_selection, check, load_combined

    src, tgt = load_combined(str(path))
    found = apply_selection(check(src, tgt).findings, None, set())
    return [(f.code, f.severity, f.primary.line) for f in found]


def _planted(tmp_path: Path, old: str, new: str) -> Path:
    text = SEED.read_text(encoding="utf-8")
    cut = text.index("Gobierno de Trump propuso")
    assert text.count(old, cut) == 1
    out = tmp_path / "seed.txt"
    out.write_text(text[:cut] + text[cut:].replace(old, new), encoding="utf-8")
    return out


def test_seed_is_silent_for_money_percent_quantity(tmp_path: Path) -> None:
    assert [f for f in _check(SEED) if f[0].startswith(("MON", "PCT", "QTY", "NUM"))] == []


@pytest.mark.parametrize(("old", "new", "code", "line"), [
    ("US$ 4,76 millones", "US$ 4,67 millones", "MON001", 51),
    ("un 50 % de descuento", "un 5 % de descuento", "PCT001", 39),
    ("única de US$ 10 millones", "única de US$ 10.000 millones", "MON001", 38),
    ("aproximadamente US$ 20.000", "aproximadamente 20.000 euros", "MON004", 38),
    ("aceptar hasta 300 personas", "aceptar más de 300 personas", "NUM005", 33),
])
def test_planted_change_is_reported_in_its_paragraph(tmp_path: Path, old: str, new: str,
                                                     code: str, line: int) -> None:
    found = [f for f in _check(_planted(tmp_path, old, new)) if f[0].startswith(FAMILIES)]
    assert [(c, ln) for c, _, ln in found] == [(code, line)]
