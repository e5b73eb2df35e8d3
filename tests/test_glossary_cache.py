"""The default glossary ships pickled beside its YAML; a stale pickle is never used."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bilint import glossary as gl
from bilint.resources import rules_path


def _yaml() -> list[Path]:
    return sorted((rules_path() / "glossary").glob("*.yaml"))


def test_the_shipped_cache_is_up_to_date() -> None:
    cached = gl._cached_default(rules_path() / "glossary" / gl.CACHE_NAME, gl._stamp(_yaml()))
    assert cached is not None, "rules/glossary/default.cache is stale: run `python -m bilint.glossary`"
    built = gl._build_default(_yaml())
    assert cached.concepts == built.concepts
    assert cached.index == built.index and cached.longest == built.longest
    assert cached.keep == built.keep and cached.by_id == built.by_id


def test_a_cache_of_other_files_or_code_is_ignored(tmp_path: Path) -> None:
    stale = tmp_path / gl.CACHE_NAME
    stale.write_bytes(pickle.dumps(("an old stamp", gl.Glossary()), protocol=4))
    assert gl._cached_default(stale, gl._stamp(_yaml())) is None
    stale.write_bytes(b"not a pickle")
    assert gl._cached_default(stale, gl._stamp(_yaml())) is None
    assert gl._cached_default(tmp_path / "absent", gl._stamp(_yaml())) is None


def test_an_edited_glossary_changes_the_stamp(tmp_path: Path) -> None:
    for p in _yaml():
        (tmp_path / p.name).write_bytes(p.read_bytes())
    copies = sorted(tmp_path.glob("*.yaml"))
    before = gl._stamp(copies)
    copies[0].write_text(copies[0].read_text(encoding="utf-8") + "\n  - {en: Narnia, es: Narnia}\n",
                         encoding="utf-8")
    assert gl._stamp(copies) != before


@pytest.mark.parametrize(("en", "es"), [("Oval Office", "Oficina Oval"), ("New York", "Nueva York"),
                                         ("United States", "EE.UU.")])
def test_the_default_glossary_in_force_knows_news_names(en: str, es: str) -> None:
    g = gl.default_glossary()
    assert set(g.lookup(gl.phrase_key(en), en.isupper())) & set(g.lookup(gl.phrase_key(es), es.isupper()))
