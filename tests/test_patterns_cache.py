"""Compiled regex patterns come back from the user's cache: the same matches, without the
compile; a cache made by another regex version is not used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex

from bilint import rxcache, usercache

_TEXT = ("El martes 5 de marzo de 2024, a las 17:30, dijo Needham 12 veces; on Tuesday, "
         "March 5, 2024, at 5:30 p.m., and in the 1990s, hace tres días, last week.")
_SOURCE = r"(?P<name>\p{Lu}\p{Ll}+) (?P<n>\d+)"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BILINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_table", None)
    monkeypatch.setattr(rxcache, "_built", {})
    return tmp_path


def test_a_cached_pattern_matches_as_the_compiled_one(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = rxcache.compile_regex(_SOURCE, regex.IGNORECASE)
    rxcache.save()
    assert list(fresh.glob("patterns-*.pickle"))
    monkeypatch.setattr(rxcache, "_table", None)
    regex.purge()
    loaded = rxcache.compile_regex(_SOURCE, regex.IGNORECASE)
    assert not rxcache._built  # from the cache, not compiled
    assert loaded is not compiled
    assert (loaded.pattern, loaded.flags, loaded.groupindex) == (compiled.pattern, compiled.flags, compiled.groupindex)
    assert [(m.span(), m.groups()) for m in loaded.finditer(_TEXT)] == \
        [(m.span(), m.groups()) for m in compiled.finditer(_TEXT)] != []


def test_a_cache_of_another_regex_version_is_not_used(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rxcache.compile_regex(_SOURCE)
    rxcache.save()
    monkeypatch.setattr(rxcache, "_table", None)
    monkeypatch.setattr(usercache, "library_versions", lambda _libs: "regex=9999.1.1")
    assert rxcache.load() == {}
    rxcache.compile_regex(_SOURCE)
    assert (_SOURCE, 0) in rxcache._built  # compiled again


def test_a_run_that_compiled_nothing_new_writes_nothing(fresh: Path) -> None:
    rxcache.save()
    assert not any(fresh.iterdir())


def test_re_patterns_are_compiled_as_re_compiles_them(fresh: Path) -> None:
    rx = rxcache.compile(r"(?P<day>\d{1,2}) de (?P<month>[a-z]+)", re.IGNORECASE)
    assert isinstance(rx, re.Pattern)
    m = rx.search("el 22 de Mayo")
    assert m is not None and m.group("day", "month") == ("22", "Mayo")
    assert usercache.load(rxcache.CACHE_NAME, rxcache.stamp()) is None
