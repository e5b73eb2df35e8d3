"""The default glossary is read from its YAML on first use and kept in the user's cache; what
comes back from the cache is the glossary the YAML gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilint import glossary as gl
from bilint import usercache
from bilint.resources import rules_path


def _yaml() -> list[Path]:
    return sorted((rules_path() / "glossary").glob("*.yaml"))


def test_the_cached_glossary_is_the_one_the_yaml_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILINT_CACHE_DIR", str(tmp_path))
    gl.default_glossary.cache_clear()
    try:
        first = gl.default_glossary()  # built and stored
        assert list(tmp_path.glob("glossary-*.pickle"))
        gl.default_glossary.cache_clear()
        cached = gl.default_glossary()  # loaded
    finally:
        gl.default_glossary.cache_clear()
    assert cached is not first
    built = gl._build_default(_yaml())
    assert cached.concepts == built.concepts
    assert cached.index == built.index and cached.longest == built.longest
    assert cached.keep == built.keep and cached.by_id == built.by_id


def test_a_cache_of_other_files_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILINT_CACHE_DIR", str(tmp_path))
    usercache.store(gl.CACHE_NAME, "an old stamp", gl.Glossary())
    assert usercache.load(gl.CACHE_NAME, gl._stamp(_yaml())) is None


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
